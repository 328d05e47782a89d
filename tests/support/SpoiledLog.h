#pragma once

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QTemporaryDir>

// Delivery logs that cannot be used, in each of the ways one can be, for the tests that prove
// nothing is sent unrecorded.
namespace SpoiledLog {

enum class Kind {
    Folder, // the path is a folder
    Random, // a file of bytes that are not SQLite
    Newer, // a database from a newer version (user_version 999)
    Unreachable, // below a regular file: no folder can be made there, whoever runs the test
};

// Makes the log in dir unusable as kind says; returns the path to give the log.
inline QString make(const QTemporaryDir &dir, Kind kind)
{
    const QString path = dir.filePath(QStringLiteral("log.sqlite"));
    switch (kind) {
    case Kind::Folder:
        QDir().mkpath(path);
        break;
    case Kind::Random: {
        QFile f(path);
        if (f.open(QIODevice::WriteOnly)) {
            QByteArray noise(8192, Qt::Uninitialized);
            for (qsizetype i = 0; i < noise.size(); ++i)
                noise[i] = char((i * 7919 + 13) % 251);
            f.write(noise);
        }
        break;
    }
    case Kind::Newer: {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                        QStringLiteral("spoiled-newer"));
            db.setDatabaseName(path);
            if (db.open())
                QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version = 999"));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("spoiled-newer"));
        break;
    }
    case Kind::Unreachable: {
        QFile f(dir.filePath(QStringLiteral("a-file")));
        if (f.open(QIODevice::WriteOnly))
            f.write("x");
        return f.fileName() + QStringLiteral("/logs/log.sqlite");
    }
    }
    return path;
}

// What the refusal must say about each kind.
inline QString reason(Kind kind)
{
    switch (kind) {
    case Kind::Folder:
        return QStringLiteral("is a folder");
    case Kind::Random:
        return QStringLiteral("not a database");
    case Kind::Newer:
        return QStringLiteral("version 999");
    case Kind::Unreachable:
        return QStringLiteral("Cannot create the folder");
    }
    return {};
}

} // namespace SpoiledLog

Q_DECLARE_METATYPE(SpoiledLog::Kind)
