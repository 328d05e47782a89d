#pragma once

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QStringList>

#include <sys/stat.h>

// Helpers shared by tests.
namespace TestSupport {

// Every regular file under root whose bytes contain needle (UTF-8). Used to prove that a
// secret never reached the disk.
inline QStringList filesContaining(const QString &root, const QString &needle)
{
    QStringList hits;
    const QByteArray bytes = needle.toUtf8();
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (f.open(QIODevice::ReadOnly) && f.readAll().contains(bytes))
            hits << path;
    }
    return hits;
}

inline int countFiles(const QString &root)
{
    int n = 0;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        ++n;
    }
    return n;
}

// The permission bits of path (0600, 0755, ...), -1 when it does not exist.
inline int unixMode(const QString &path)
{
    struct stat st;
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 07777);
}

} // namespace TestSupport
