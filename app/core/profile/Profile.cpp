#include "Profile.h"

#include "phone/PhoneNumber.h"

#include <QHostAddress>

QString ProfileRules::checkName(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return tr("Profile name: enter a name, for example \"Production\".");
    if (trimmed != name)
        return tr("Profile name: remove the spaces at the start or end.");
    if (name.size() > MaxNameLength)
        return tr("Profile name: at most %n character(s).", nullptr, MaxNameLength);
    for (QChar c : name) {
        if (c == QLatin1Char('/') || c == QLatin1Char('\\') || c.category() == QChar::Other_Control)
            return tr("Profile name: do not use /, \\ or control characters.");
    }
    return {};
}

bool ProfileRules::isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QString ProfileRules::checkBaseUrl(const QUrl &url, const QString &field)
{
    if (!url.isValid() || url.host().isEmpty())
        return tr("%1: enter a full URL such as https://api.twilio.com.").arg(field);
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https")) {
        // fine
    } else if (scheme == QLatin1String("http")) {
        if (!isLoopbackHost(url.host()))
            return tr("%1: plain http is only allowed for a loopback host (the sandbox); use "
                      "https://%2.")
                .arg(field, url.host());
    } else {
        return tr("%1: use an https:// URL.").arg(field);
    }
    if (!url.userInfo().isEmpty())
        return tr("%1: do not put credentials in the URL; they belong in the secrets.").arg(field);
    if (url.hasQuery() || url.hasFragment())
        return tr("%1: remove the query or fragment from the URL.").arg(field);
    return {};
}

QString ProfileRules::checkRegion(const QString &region)
{
    if (region.isEmpty() || PhoneNumbers::isKnownRegion(region))
        return {};
    return tr("Default region: \"%1\" is not a known region; use a two-letter country code such "
              "as US or GB, or leave it empty.")
        .arg(region);
}

QString ProfileRules::checkAuth0Domain(const QString &domain)
{
    const QString d = domain.trimmed();
    if (d.isEmpty())
        return tr("Auth0 domain: enter the tenant's domain, for example acme.us.auth0.com "
                  "(Auth0 Dashboard > Applications > your application > Settings > Domain).");
    if (d.contains(QLatin1String("://")) || d.contains(QLatin1Char('/')))
        return tr("Auth0 domain: enter only the host name, such as acme.us.auth0.com, without "
                  "https:// or a path.");
    const QUrl url(QStringLiteral("https://") + d);
    if (!url.isValid() || url.host().isEmpty() || url.port() != -1 || !url.userInfo().isEmpty()
        || url.host() != d.toLower() || !d.contains(QLatin1Char('.')))
        return tr("Auth0 domain: \"%1\" is not a host name; use the form acme.us.auth0.com.")
            .arg(d);
    return {};
}
