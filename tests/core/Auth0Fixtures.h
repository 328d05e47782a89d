#pragma once

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

// The JSON fixtures of tests/data/auth0 (SOURCE.txt there) for the Auth0 parsing tests.
namespace Auth0Fixtures {

inline QByteArray bytes(const QString &name)
{
    QFile f(QStringLiteral(SMSHOOK_AUTH0_FIXTURES "/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return f.readAll();
}

inline QJsonObject object(const QString &name)
{
    const QJsonDocument doc = QJsonDocument::fromJson(bytes(name));
    if (!doc.isObject())
        qFatal("fixture %s is not a JSON object", qPrintable(name));
    return doc.object();
}

inline QJsonArray array(const QString &name)
{
    const QJsonDocument doc = QJsonDocument::fromJson(bytes(name));
    if (!doc.isArray())
        qFatal("fixture %s is not a JSON array", qPrintable(name));
    return doc.array();
}

inline QDateTime utc(int y, int mo, int d, int h, int mi, int s, int ms = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), QTimeZone::utc());
}

// The date the spec's defaults use everywhere.
inline const QDateTime OasDate = utc(2021, 1, 1, 0, 0, 0);

} // namespace Auth0Fixtures
