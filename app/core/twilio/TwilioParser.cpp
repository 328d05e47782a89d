#include "TwilioParser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace {

// Twilio writes some numbers as strings ("num_segments": "1") and some as numbers or null.
int intField(const QJsonObject &o, QLatin1String key)
{
    const QJsonValue v = o.value(key);
    if (v.isDouble())
        return v.toInt();
    if (v.isString())
        return v.toString().trimmed().toInt();
    return 0;
}

QString stringField(const QJsonObject &o, QLatin1String key)
{
    const QJsonValue v = o.value(key);
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toDouble(), 'f', 5); // price sent as a number
    return {};
}

bool boolField(const QJsonObject &o, QLatin1String key)
{
    const QJsonValue v = o.value(key);
    if (v.isString())
        return v.toString().compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
    return v.toBool();
}

// The body as a JSON object, or the error that explains why not. Error statuses become Http
// errors whatever the body.
TwilioResult<QJsonObject> object(int httpStatus, const QByteArray &body)
{
    TwilioResult<QJsonObject> r;
    if (httpStatus >= 400) {
        r.error = TwilioParser::error(httpStatus, body);
        return r;
    }
    if (httpStatus < 200 || httpStatus >= 300) {
        r.error = TwilioError::invalidResponse(
            QString(), httpStatus,
            TwilioError::tr("Unexpected HTTP status %1 (redirects are not followed).")
                .arg(httpStatus));
        return r;
    }
    QJsonParseError parseError {};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        r.error = TwilioError::invalidResponse(QString(), httpStatus,
                                               TwilioError::tr("Not JSON: %1 at byte %2.")
                                                   .arg(parseError.errorString())
                                                   .arg(parseError.offset));
        return r;
    }
    if (!doc.isObject()) {
        r.error = TwilioError::invalidResponse(QString(), httpStatus,
                                               TwilioError::tr("JSON, but not an object."));
        return r;
    }
    r.value = doc.object();
    return r;
}

TwilioError missingField(int httpStatus, const QString &field)
{
    return TwilioError::invalidResponse(QString(), httpStatus,
                                        TwilioError::tr("The field \"%1\" is missing.").arg(field));
}

template<typename T, typename Convert>
TwilioResult<QList<T>> list(int httpStatus, const QByteArray &body, QLatin1String key,
                            Convert convert)
{
    TwilioResult<QList<T>> r;
    const TwilioResult<QJsonObject> o = object(httpStatus, body);
    if (!o.isOk()) {
        r.error = o.error;
        return r;
    }
    const QJsonValue items = o.value.value(key);
    if (!items.isArray()) {
        r.error = missingField(httpStatus, key);
        return r;
    }
    const QJsonArray array = items.toArray();
    for (const QJsonValue &v : array) {
        if (!v.isObject()) {
            r.error = TwilioError::invalidResponse(
                QString(), httpStatus,
                TwilioError::tr("An entry of \"%1\" is not an object.").arg(key));
            return r;
        }
        r.value.append(convert(v.toObject()));
    }
    return r;
}

} // namespace

namespace TwilioParser {

QDateTime parseDate(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return {};
    QDateTime dt = QDateTime::fromString(t, Qt::RFC2822Date);
    if (!dt.isValid())
        dt = QDateTime::fromString(t, Qt::ISODateWithMs);
    if (!dt.isValid())
        return {};
    return dt.toUTC();
}

Message messageFromJson(const QJsonObject &o)
{
    Message m;
    m.sid = stringField(o, QLatin1String("sid"));
    m.status = stringField(o, QLatin1String("status"));
    m.to = stringField(o, QLatin1String("to"));
    m.from = stringField(o, QLatin1String("from"));
    m.body = stringField(o, QLatin1String("body"));
    m.numSegments = intField(o, QLatin1String("num_segments"));
    m.price = stringField(o, QLatin1String("price"));
    m.priceUnit = stringField(o, QLatin1String("price_unit"));
    m.errorCode = intField(o, QLatin1String("error_code"));
    m.errorMessage = stringField(o, QLatin1String("error_message"));
    m.dateCreated = parseDate(stringField(o, QLatin1String("date_created")));
    m.dateSent = parseDate(stringField(o, QLatin1String("date_sent")));
    m.dateUpdated = parseDate(stringField(o, QLatin1String("date_updated")));
    m.messagingServiceSid = stringField(o, QLatin1String("messaging_service_sid"));
    m.direction = stringField(o, QLatin1String("direction"));
    return m;
}

TwilioError error(int httpStatus, const QByteArray &body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    const QJsonObject o = doc.object();
    const int code = intField(o, QLatin1String("code"));
    const QString message = stringField(o, QLatin1String("message"));
    TwilioError e
        = TwilioError::http(httpStatus, code, message, stringField(o, QLatin1String("more_info")));
    if (!doc.isObject() && !body.trimmed().isEmpty()) {
        // Not Twilio's error JSON (an HTML page from a proxy, a wrong base URL): keep the status
        // and show the start of what came back.
        e.detail = TwilioError::tr("The answer is not Twilio's JSON: %1")
                       .arg(QString::fromUtf8(body.left(120)).simplified());
    }
    return e;
}

// One resource object: the JSON checked, the value filled by fill, the SID required.
template<typename T, typename Fill>
TwilioResult<T> resource(int httpStatus, const QByteArray &body, Fill fill)
{
    TwilioResult<T> r;
    const TwilioResult<QJsonObject> o = object(httpStatus, body);
    if (!o.isOk()) {
        r.error = o.error;
        return r;
    }
    fill(o.value, r.value);
    if (r.value.sid.isEmpty())
        r.error = missingField(httpStatus, QStringLiteral("sid"));
    return r;
}

TwilioResult<Message> message(int httpStatus, const QByteArray &body)
{
    TwilioResult<Message> r = resource<Message>(
        httpStatus, body, [](const QJsonObject &o, Message &m) { m = messageFromJson(o); });
    if (!r.error.isError() && r.value.status.isEmpty())
        r.error = missingField(httpStatus, QStringLiteral("status"));
    return r;
}

TwilioResult<MessagePage> messagePage(int httpStatus, const QByteArray &body)
{
    TwilioResult<MessagePage> r;
    const auto messages
        = list<Message>(httpStatus, body, QLatin1String("messages"), &messageFromJson);
    if (!messages.isOk()) {
        r.error = messages.error;
        return r;
    }
    r.value.messages = messages.value;
    r.value.nextPageUri
        = QJsonDocument::fromJson(body).object().value(QLatin1String("next_page_uri")).toString();
    return r;
}

TwilioResult<Account> account(int httpStatus, const QByteArray &body)
{
    return resource<Account>(httpStatus, body, [](const QJsonObject &o, Account &a) {
        // auth_token is in the answer too: deliberately not read.
        a.sid = stringField(o, QLatin1String("sid"));
        a.friendlyName = stringField(o, QLatin1String("friendly_name"));
        a.status = stringField(o, QLatin1String("status"));
        a.type = stringField(o, QLatin1String("type"));
    });
}

TwilioResult<VerifyService> verifyService(int httpStatus, const QByteArray &body)
{
    return resource<VerifyService>(httpStatus, body, [](const QJsonObject &o, VerifyService &v) {
        v.sid = stringField(o, QLatin1String("sid"));
        v.friendlyName = stringField(o, QLatin1String("friendly_name"));
        v.customCodeEnabled = boolField(o, QLatin1String("custom_code_enabled"));
    });
}

TwilioResult<MessagingService> messagingService(int httpStatus, const QByteArray &body)
{
    return resource<MessagingService>(httpStatus, body,
                                      [](const QJsonObject &o, MessagingService &m) {
                                          m.sid = stringField(o, QLatin1String("sid"));
                                          m.friendlyName
                                              = stringField(o, QLatin1String("friendly_name"));
                                      });
}

TwilioResult<Verification> verification(int httpStatus, const QByteArray &body)
{
    return resource<Verification>(httpStatus, body, [](const QJsonObject &o, Verification &v) {
        v.sid = stringField(o, QLatin1String("sid"));
        v.status = stringField(o, QLatin1String("status"));
        v.to = stringField(o, QLatin1String("to"));
        v.channel = stringField(o, QLatin1String("channel"));
    });
}

TwilioResult<QList<IncomingPhoneNumber>> incomingPhoneNumbers(int httpStatus,
                                                              const QByteArray &body)
{
    return list<IncomingPhoneNumber>(
        httpStatus, body, QLatin1String("incoming_phone_numbers"), [](const QJsonObject &o) {
            IncomingPhoneNumber n;
            n.sid = stringField(o, QLatin1String("sid"));
            n.phoneNumber = stringField(o, QLatin1String("phone_number"));
            const QJsonObject caps = o.value(QLatin1String("capabilities")).toObject();
            // Twilio has written these both lower- and upper-case over the years.
            n.sms = boolField(caps, QLatin1String("sms")) || boolField(caps, QLatin1String("SMS"));
            n.voice = boolField(caps, QLatin1String("voice"));
            n.mms = boolField(caps, QLatin1String("mms")) || boolField(caps, QLatin1String("MMS"));
            return n;
        });
}

TwilioResult<QList<OutgoingCallerId>> outgoingCallerIds(int httpStatus, const QByteArray &body)
{
    return list<OutgoingCallerId>(httpStatus, body, QLatin1String("outgoing_caller_ids"),
                                  [](const QJsonObject &o) {
                                      OutgoingCallerId c;
                                      c.sid = stringField(o, QLatin1String("sid"));
                                      c.phoneNumber = stringField(o, QLatin1String("phone_number"));
                                      return c;
                                  });
}

} // namespace TwilioParser
