#pragma once

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QStringList>

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

} // namespace TestSupport
