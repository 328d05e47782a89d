#include "RunEvents.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace {

const QString UserAgent = QStringLiteral(
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_14_0) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/70.0.3538.77 Safari/537.36");
const QString TenantId = QStringLiteral("dev-tenant");

// The text without comments, strings kept (an export name inside a comment does not count).
QString withoutComments(const QString &source)
{
    QString out;
    out.reserve(source.size());
    QChar quote;
    for (qsizetype i = 0; i < source.size(); ++i) {
        const QChar c = source.at(i);
        const QChar next = i + 1 < source.size() ? source.at(i + 1) : QChar();
        if (!quote.isNull()) {
            out += c;
            if (c == QLatin1Char('\\') && i + 1 < source.size())
                out += source.at(++i);
            else if (c == quote)
                quote = QChar();
        } else if (c == QLatin1Char('/') && next == QLatin1Char('/')) {
            while (i < source.size() && source.at(i) != QLatin1Char('\n'))
                ++i;
            out += QLatin1Char('\n');
        } else if (c == QLatin1Char('/') && next == QLatin1Char('*')) {
            i += 2;
            while (i + 1 < source.size()
                   && !(source.at(i) == QLatin1Char('*') && source.at(i + 1) == QLatin1Char('/')))
                ++i;
            ++i;
            out += QLatin1Char(' ');
        } else {
            if (c == QLatin1Char('\'') || c == QLatin1Char('"') || c == QLatin1Char('`'))
                quote = c;
            out += c;
        }
    }
    return out;
}

QJsonObject user(const PhoneMessage &m)
{
    return {
        {QStringLiteral("app_metadata"), QJsonObject {}},
        {QStringLiteral("created_at"), QStringLiteral("2026-01-05T09:30:00.000Z")},
        {QStringLiteral("email"), QStringLiteral("test@example.com")},
        {QStringLiteral("email_verified"), true},
        {QStringLiteral("family_name"), QStringLiteral("User")},
        {QStringLiteral("given_name"), QStringLiteral("Test")},
        {QStringLiteral("identities"),
         QJsonArray {QJsonObject {
             {QStringLiteral("connection"), QStringLiteral("Username-Password-Authentication")},
             {QStringLiteral("isSocial"), false},
             {QStringLiteral("provider"), QStringLiteral("auth0")},
             {QStringLiteral("user_id"), QStringLiteral("test12345")}}}},
        {QStringLiteral("name"), QStringLiteral("Test User")},
        {QStringLiteral("nickname"), QStringLiteral("test")},
        {QStringLiteral("phone_number"), m.recipient},
        {QStringLiteral("phone_verified"), !m.enrollment},
        {QStringLiteral("picture"), QStringLiteral("https://example.com/avatar.png")},
        {QStringLiteral("updated_at"), QStringLiteral("2026-11-20T14:02:11.000Z")},
        {QStringLiteral("user_id"), QStringLiteral("auth0|test12345")},
        {QStringLiteral("user_metadata"), QJsonObject {}},
    };
}

QJsonObject request(const PhoneMessage &m)
{
    return {
        {QStringLiteral("geoip"),
         QJsonObject {{QStringLiteral("cityName"), QStringLiteral("Bellevue")},
                      {QStringLiteral("continentCode"), QStringLiteral("NA")},
                      {QStringLiteral("countryCode"), QStringLiteral("US")},
                      {QStringLiteral("countryCode3"), QStringLiteral("USA")},
                      {QStringLiteral("countryName"), QStringLiteral("United States of America")},
                      {QStringLiteral("latitude"), 47.61793},
                      {QStringLiteral("longitude"), -122.19584},
                      {QStringLiteral("subdivisionCode"), QStringLiteral("WA")},
                      {QStringLiteral("subdivisionName"), QStringLiteral("Washington")},
                      {QStringLiteral("timeZone"), QStringLiteral("America/Los_Angeles")}}},
        {QStringLiteral("hostname"), QString(TenantId + QStringLiteral(".us.auth0.com"))},
        {QStringLiteral("ip"), QStringLiteral("127.0.0.1")},
        {QStringLiteral("language"), m.language},
        {QStringLiteral("method"), QStringLiteral("POST")},
        {QStringLiteral("user_agent"), UserAgent},
    };
}

QJsonObject client()
{
    return {
        {QStringLiteral("client_id"), QStringLiteral("1234567890")},
        {QStringLiteral("metadata"), QJsonObject {{QStringLiteral("foo"), QStringLiteral("bar")}}},
        {QStringLiteral("name"), QStringLiteral("Test Application")}};
}

} // namespace

CodeKind RunEvents::detectKind(const QString &source)
{
    const QString code = withoutComments(source);
    static const QRegularExpression custom(QStringLiteral("\\bonExecuteCustomPhoneProvider\\b"));
    static const QRegularExpression send(QStringLiteral("\\bonExecuteSendPhoneMessage\\b"));
    static const QRegularExpression hook(QStringLiteral("\\bmodule\\s*\\.\\s*exports\\s*="));
    if (custom.match(code).hasMatch())
        return CodeKind::CustomPhoneProvider;
    if (send.match(code).hasMatch())
        return CodeKind::SendPhoneMessage;
    if (hook.match(code).hasMatch())
        return CodeKind::Hook;
    return CodeKind::Unknown;
}

QString RunEvents::kindName(CodeKind kind)
{
    switch (kind) {
    case CodeKind::Unknown:
        return QStringLiteral("unknown");
    case CodeKind::Hook:
        return QStringLiteral("hook");
    case CodeKind::SendPhoneMessage:
        return QStringLiteral("send-phone-message");
    case CodeKind::CustomPhoneProvider:
        return QStringLiteral("custom-phone-provider");
    }
    return QStringLiteral("unknown");
}

CodeKind RunEvents::kindFromName(const QString &name)
{
    for (CodeKind k : {CodeKind::Hook, CodeKind::SendPhoneMessage, CodeKind::CustomPhoneProvider})
        if (kindName(k) == name)
            return k;
    return CodeKind::Unknown;
}

QJsonObject RunEvents::hookContext(const PhoneMessage &m)
{
    // The sample Auth0's hook editor filled in for a Send Phone Message hook.
    QJsonObject u = user(m);
    return {
        {QStringLiteral("factor_type"), QStringLiteral("second")},
        {QStringLiteral("message_type"), m.voice ? QStringLiteral("voice") : QStringLiteral("sms")},
        {QStringLiteral("action"),
         m.enrollment ? QStringLiteral("enrollment")
                      : QStringLiteral("second-factor-authentication")},
        {QStringLiteral("language"), m.language},
        {QStringLiteral("code"), m.code},
        {QStringLiteral("ip"), QStringLiteral("127.0.0.1")},
        {QStringLiteral("user_agent"), UserAgent},
        {QStringLiteral("client_id"), QStringLiteral("1234567890")},
        {QStringLiteral("name"), QStringLiteral("Test Application")},
        {QStringLiteral("client_metadata"),
         QJsonObject {{QStringLiteral("foo"), QStringLiteral("bar")}}},
        {QStringLiteral("user"),
         QJsonObject {{QStringLiteral("user_id"), u.value(QLatin1String("user_id"))},
                      {QStringLiteral("name"), u.value(QLatin1String("name"))},
                      {QStringLiteral("email"), u.value(QLatin1String("email"))},
                      {QStringLiteral("app_metadata"), QJsonObject {}},
                      {QStringLiteral("user_metadata"), QJsonObject {}}}},
    };
}

QJsonObject RunEvents::sendPhoneMessageEvent(const PhoneMessage &m)
{
    return {
        {QStringLiteral("message_options"),
         QJsonObject {{QStringLiteral("action"),
                       m.enrollment ? QStringLiteral("enrollment")
                                    : QStringLiteral("second-factor-authentication")},
                      {QStringLiteral("code"), m.code},
                      {QStringLiteral("message_type"),
                       m.voice ? QStringLiteral("voice") : QStringLiteral("sms")},
                      {QStringLiteral("recipient"), m.recipient},
                      {QStringLiteral("text"), m.text}}},
        {QStringLiteral("request"), request(m)},
        {QStringLiteral("user"), user(m)},
        {QStringLiteral("client"), client()},
        {QStringLiteral("tenant"), QJsonObject {{QStringLiteral("id"), TenantId}}},
        {QStringLiteral("secrets"), QJsonObject {}},
    };
}

QJsonObject RunEvents::customPhoneProviderEvent(const PhoneMessage &m)
{
    QString locale = m.language;
    locale.replace(QLatin1Char('-'), QLatin1Char('_'));
    QJsonObject notification {
        {QStringLiteral("as_text"), m.text},
        {QStringLiteral("as_voice"), m.text},
        {QStringLiteral("code"), m.code},
        {QStringLiteral("delivery_method"),
         m.voice ? QStringLiteral("voice") : QStringLiteral("text")},
        {QStringLiteral("message_type"),
         m.enrollment ? QStringLiteral("otp_enroll") : QStringLiteral("otp_verify")},
        {QStringLiteral("recipient"), m.recipient},
    };
    if (!locale.isEmpty())
        notification.insert(QStringLiteral("locale"), locale);
    return {
        {QStringLiteral("notification"), notification},
        {QStringLiteral("client"), client()},
        {QStringLiteral("tenant"),
         QJsonObject {{QStringLiteral("id"), TenantId},
                      {QStringLiteral("friendly_name"), QStringLiteral("Dev Tenant")},
                      {QStringLiteral("home_url"), QStringLiteral("https://example.com")},
                      {QStringLiteral("support_email"), QStringLiteral("support@example.com")}}},
        {QStringLiteral("request"), request(m)},
        {QStringLiteral("user"), user(m)},
        {QStringLiteral("secrets"), QJsonObject {}},
    };
}

QJsonObject RunEvents::inputFor(CodeKind kind, const PhoneMessage &message)
{
    switch (kind) {
    case CodeKind::SendPhoneMessage:
        return sendPhoneMessageEvent(message);
    case CodeKind::CustomPhoneProvider:
        return customPhoneProviderEvent(message);
    case CodeKind::Hook:
    case CodeKind::Unknown:
        break;
    }
    return hookContext(message);
}

PhoneMessage RunEvents::fromContext(const QJsonObject &context, const QString &recipient,
                                    const QString &text)
{
    PhoneMessage m;
    m.recipient = recipient;
    m.text = text;
    if (context.contains(QLatin1String("code")))
        m.code = context.value(QLatin1String("code")).toVariant().toString();
    m.voice = context.value(QLatin1String("message_type")).toString() == QLatin1String("voice");
    const QString action = context.value(QLatin1String("action")).toString();
    m.enrollment = action.isEmpty() || action == QLatin1String("enrollment");
    if (context.contains(QLatin1String("language")))
        m.language = context.value(QLatin1String("language")).toString();
    return m;
}

QJsonObject RunEvents::merged(const QJsonObject &base, const QJsonObject &over)
{
    QJsonObject out = base;
    for (auto it = over.begin(); it != over.end(); ++it) {
        const QJsonValue mine = out.value(it.key());
        if (it.value().isObject() && mine.isObject())
            out.insert(it.key(), merged(mine.toObject(), it.value().toObject()));
        else
            out.insert(it.key(), it.value());
    }
    return out;
}

QJsonObject RunEvents::withSecrets(CodeKind kind, QJsonObject input,
                                   const QMap<QString, QString> &secrets)
{
    QJsonObject values;
    for (auto it = secrets.cbegin(); it != secrets.cend(); ++it)
        values.insert(it.key(), it.value());
    if (isAction(kind)) {
        input.insert(QStringLiteral("secrets"), values);
        return input;
    }
    QJsonObject webtask = input.value(QLatin1String("webtask")).toObject();
    webtask.insert(QStringLiteral("secrets"), values);
    input.insert(QStringLiteral("webtask"), webtask);
    return input;
}
