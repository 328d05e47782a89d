#include "HookCodeStore.h"

#include "PrivateFiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUrl>

namespace {

QString hooksDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/hooks");
}

} // namespace

QString HookCodeStore::path(const QString &profile)
{
    // Profile names may hold "/", ".." or other characters a file name cannot: percent-encode
    // everything but letters, digits, "-" and "_" so that each name maps to one safe file.
    QByteArray encoded = QUrl::toPercentEncoding(profile, QByteArray(), QByteArray(".~"));
    if (encoded.isEmpty())
        encoded = QByteArrayLiteral("%00");
    return hooksDir() + QLatin1Char('/') + QString::fromLatin1(encoded) + QStringLiteral(".js");
}

bool HookCodeStore::hasCode(const QString &profile)
{
    return QFile::exists(path(profile));
}

QString HookCodeStore::load(const QString &profile)
{
    // Files and folders saved by an older version, with the default permissions.
    if (QFileInfo::exists(hooksDir()))
        PrivateFiles::makeFolder(hooksDir());
    PrivateFiles::tighten(path(profile));
    QFile file(path(profile));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

bool HookCodeStore::save(const QString &profile, const QString &code, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    // Private like the delivery log: the code names the profile's numbers and services.
    if (!PrivateFiles::makeFolder(hooksDir()))
        return fail(QCoreApplication::translate("HookCodeStore",
                                                "Could not create the folder %1 for hook code: "
                                                "check its permissions and free space.")
                        .arg(QDir::toNativeSeparators(hooksDir())));
    QSaveFile file(path(profile));
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(PrivateFiles::FileMode)
        || file.write(code.toUtf8()) < 0 || !file.commit())
        return fail(QCoreApplication::translate("HookCodeStore",
                                                "Could not save the hook code to %1: %2. Check "
                                                "the folder's permissions and free space.")
                        .arg(QDir::toNativeSeparators(file.fileName()), file.errorString()));
    return true;
}

bool HookCodeStore::move(const QString &from, const QString &to)
{
    if (!hasCode(from))
        return true;
    QFile::remove(path(to)); // a file left by an earlier profile of that name is not its code
    return QFile::rename(path(from), path(to));
}

bool HookCodeStore::copy(const QString &from, const QString &to)
{
    if (!hasCode(from))
        return true;
    return save(to, load(from));
}

bool HookCodeStore::remove(const QString &profile)
{
    return !hasCode(profile) || QFile::remove(path(profile));
}
