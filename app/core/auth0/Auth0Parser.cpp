#include "Auth0Parser.h"

// The token answer only, for the client; the other answers' parsers land beside it.
std::optional<Auth0Token> Auth0Parser::token(const QJsonObject &o, const QDateTime &nowUtc)
{
    const QString access = o.value(QStringLiteral("access_token")).toString();
    const QJsonValue expires = o.value(QStringLiteral("expires_in"));
    if (access.isEmpty() || !expires.isDouble())
        return std::nullopt;
    Auth0Token t;
    t.accessToken = access.toUtf8();
    t.tokenType = o.value(QStringLiteral("token_type")).toString();
    t.scopes
        = o.value(QStringLiteral("scope")).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    t.obtainedAtUtc = nowUtc;
    t.expiresAtUtc = nowUtc.addSecs(qint64(expires.toDouble()));
    return t;
}

QDateTime Auth0Parser::parseDate(const QString &text)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        return {};
    return t.toUTC();
}
