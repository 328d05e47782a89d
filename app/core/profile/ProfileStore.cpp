#include "ProfileStore.h"

#include <QCollator>
#include <algorithm>

namespace {
const QString ProfilesGroup = QStringLiteral("profiles");
const QString LastProfileKey = QStringLiteral("ui/lastProfile");
} // namespace

ProfileStore::ProfileStore() = default;

ProfileStore::ProfileStore(const QString &settingsFile)
    : m_settings(settingsFile, QSettings::IniFormat)
{ }

// Profile names may hold characters QSettings treats specially in keys; percent-encode them.
QString ProfileStore::groupFor(const QString &name)
{
    return ProfilesGroup + QLatin1Char('/')
        + QString::fromLatin1(QUrl::toPercentEncoding(name, QByteArray(), "/\\ "));
}

QStringList ProfileStore::names() const
{
    m_settings.beginGroup(ProfilesGroup);
    const QStringList groups = m_settings.childGroups();
    m_settings.endGroup();
    QStringList result;
    result.reserve(groups.size());
    for (const QString &g : groups)
        result << QUrl::fromPercentEncoding(g.toLatin1());
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(result.begin(), result.end(),
              [&](const QString &a, const QString &b) { return collator.compare(a, b) < 0; });
    return result;
}

bool ProfileStore::contains(const QString &name) const
{
    return names().contains(name);
}

std::optional<Profile> ProfileStore::load(const QString &name) const
{
    if (!contains(name))
        return std::nullopt;
    Profile p;
    p.name = name;
    m_settings.beginGroup(groupFor(name));
    p.defaultRegion = m_settings.value(QStringLiteral("defaultRegion")).toString();
    p.apiBaseUrl = QUrl(
        m_settings.value(QStringLiteral("apiBaseUrl"), Profile::defaultApiBaseUrl()).toString());
    p.verifyBaseUrl
        = QUrl(m_settings.value(QStringLiteral("verifyBaseUrl"), Profile::defaultVerifyBaseUrl())
                   .toString());
    p.secretNames = m_settings.value(QStringLiteral("secretNames")).toStringList();
    p.consoleSecretNames = m_settings.value(QStringLiteral("consoleSecretNames")).toStringList();
    p.builtInSandbox = m_settings.value(QStringLiteral("builtInSandbox"), false).toBool();
    p.auth0.domain = m_settings.value(QStringLiteral("auth0/domain")).toString();
    p.auth0.clientId = m_settings.value(QStringLiteral("auth0/clientId")).toString();
    p.auth0.baseUrl = QUrl(m_settings.value(QStringLiteral("auth0/baseUrl")).toString());
    m_settings.endGroup();
    return p;
}

bool ProfileStore::save(const Profile &p)
{
    m_settings.beginGroup(groupFor(p.name));
    m_settings.setValue(QStringLiteral("defaultRegion"), p.defaultRegion);
    m_settings.setValue(QStringLiteral("apiBaseUrl"), p.apiBaseUrl.toString());
    m_settings.setValue(QStringLiteral("verifyBaseUrl"), p.verifyBaseUrl.toString());
    m_settings.setValue(QStringLiteral("secretNames"), p.secretNames);
    m_settings.setValue(QStringLiteral("consoleSecretNames"), p.consoleSecretNames);
    m_settings.setValue(QStringLiteral("builtInSandbox"), p.builtInSandbox);
    if (p.auth0.isConnected() || !p.auth0.domain.isEmpty()) {
        m_settings.setValue(QStringLiteral("auth0/domain"), p.auth0.domain);
        m_settings.setValue(QStringLiteral("auth0/clientId"), p.auth0.clientId);
        m_settings.setValue(QStringLiteral("auth0/baseUrl"), p.auth0.baseUrl.toString());
    } else {
        m_settings.remove(QStringLiteral("auth0"));
    }
    // A marker key keeps the group alive even when every value above is empty.
    m_settings.setValue(QStringLiteral("version"), 1);
    m_settings.endGroup();
    m_settings.sync();
    return checkWritten();
}

bool ProfileStore::checkWritten()
{
    switch (m_settings.status()) {
    case QSettings::NoError:
        m_error.clear();
        return true;
    case QSettings::AccessError:
        m_error = tr("The settings file %1 cannot be written: make its folder writable (and the "
                     "file, if it exists), then try again.")
                      .arg(m_settings.fileName());
        break;
    case QSettings::FormatError:
        m_error = tr("The settings file %1 is not readable as settings: move it aside and "
                     "start again.")
                      .arg(m_settings.fileName());
        break;
    }
    return false;
}

void ProfileStore::remove(const QString &name)
{
    m_settings.remove(groupFor(name));
    if (lastProfile() == name)
        m_settings.remove(LastProfileKey);
    m_settings.sync();
}

void ProfileStore::copyGroup(const QString &from, const QString &to)
{
    const QString source = groupFor(from) + QLatin1Char('/');
    const QString target = groupFor(to) + QLatin1Char('/');
    m_settings.beginGroup(groupFor(from));
    const QStringList keys = m_settings.allKeys();
    m_settings.endGroup();
    for (const QString &key : keys)
        m_settings.setValue(target + key, m_settings.value(source + key));
}

bool ProfileStore::rename(const QString &from, const QString &to)
{
    if (!contains(from) || contains(to))
        return false;
    const bool wasLast = lastProfile() == from;
    copyGroup(from, to);
    remove(from);
    if (wasLast)
        setLastProfile(to);
    m_settings.sync();
    return checkWritten();
}

bool ProfileStore::duplicate(const QString &from, const QString &to)
{
    if (!contains(from) || contains(to))
        return false;
    copyGroup(from, to);
    m_settings.sync();
    return checkWritten();
}

QVariant ProfileStore::profileValue(const QString &name, const QString &key,
                                    const QVariant &fallback) const
{
    return m_settings.value(groupFor(name) + QLatin1Char('/') + key, fallback);
}

bool ProfileStore::setProfileValue(const QString &name, const QString &key, const QVariant &value)
{
    if (!contains(name))
        return false;
    m_settings.setValue(groupFor(name) + QLatin1Char('/') + key, value);
    m_settings.sync();
    return checkWritten();
}

QString ProfileStore::lastProfile() const
{
    return m_settings.value(LastProfileKey).toString();
}

void ProfileStore::setLastProfile(const QString &name)
{
    m_settings.setValue(LastProfileKey, name);
}
