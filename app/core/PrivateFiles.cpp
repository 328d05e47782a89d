#include "PrivateFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace {

bool isInside(const QString &path, const QString &folder)
{
    const QString p = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    const QString f = QDir::cleanPath(QFileInfo(folder).absoluteFilePath());
    return p == f || p.startsWith(f + QLatin1Char('/'));
}

} // namespace

QString PrivateFiles::dataFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

bool PrivateFiles::makeFolder(const QString &folder, QString *error)
{
    const QString target = QDir::cleanPath(QFileInfo(folder).absoluteFilePath());
    // The folders to create, outermost first: each of them is the console's, so each is private.
    QStringList missing;
    for (QString f = target; !f.isEmpty() && !QFileInfo::exists(f);) {
        missing.prepend(f);
        const QString parent = QFileInfo(f).absolutePath();
        if (parent == f)
            break;
        f = parent;
    }
    if (!QDir().mkpath(target)) {
        if (error)
            *error = tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(target));
        return false;
    }
    for (const QString &f : std::as_const(missing))
        QFile::setPermissions(f, FolderMode);
    // The data folder and the organisation folder above it are the console's too.
    const QString data = QDir::cleanPath(dataFolder());
    if (isInside(target, data)) {
        for (QString f = target; isInside(f, data); f = QFileInfo(f).absolutePath()) {
            QFile::setPermissions(f, FolderMode);
            if (f == data)
                break;
        }
        const QString organisation = QFileInfo(data).absolutePath();
        if (QFileInfo(organisation).fileName() == QCoreApplication::organizationName())
            QFile::setPermissions(organisation, FolderMode);
    }
    return true;
}

bool PrivateFiles::prepareFile(const QString &path, QString *error)
{
    if (!makeFolder(QFileInfo(path).absolutePath(), error))
        return false;
    if (QFileInfo::exists(path))
        return tighten(path);
    QFile file(path);
    // NewOnly with the mode: the file is born private, never briefly readable by others.
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, FileMode)
        && !QFileInfo::exists(path)) {
        if (error)
            *error = tr("Cannot create %1: %2")
                         .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return tighten(path);
}

bool PrivateFiles::tighten(const QString &path)
{
    if (!QFileInfo::exists(path) || QFileInfo(path).isDir())
        return true;
    return QFile::setPermissions(path, FileMode);
}
