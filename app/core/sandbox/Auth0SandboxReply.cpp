#include "Auth0SandboxReply.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QUuid>

#include <tuple>

using namespace Qt::StringLiterals;

namespace Auth0SandboxReply {

namespace {

QString errorName(int http)
{
    switch (http) {
    case 400:
        return u"Bad Request"_s;
    case 401:
        return u"Unauthorized"_s;
    case 403:
        return u"Forbidden"_s;
    case 404:
        return u"Not Found"_s;
    case 409:
        return u"Conflict"_s;
    case 413:
        return u"Request Entity Too Large"_s;
    case 429:
        return u"Too Many Requests"_s;
    default:
        return u"Internal Server Error"_s;
    }
}

// Auth0's validator (z-schema) quotes the offending value as JSON: "No enum match for: "x"".
QString jsonText(const QJsonValue &value)
{
    if (value.isString())
        return u'"' + value.toString() + u'"';
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isBool())
        return value.toBool() ? u"true"_s : u"false"_s;
    if (value.isDouble())
        return QString::number(value.toDouble());
    return u"null"_s;
}

Reply validationError(const QString &kind, const QString &code, const QString &detail,
                      const QString &property)
{
    QString message = kind + u" validation error: '"_s + detail + u'\'';
    if (!property.isEmpty())
        message += u" on property "_s + property;
    return apiError(400, message + u'.', code);
}

} // namespace

Reply ok(const QJsonValue &body, int http)
{
    Reply r;
    r.http = http;
    r.body = body;
    return r;
}

Reply noContent()
{
    Reply r;
    r.http = 204;
    return r;
}

Reply apiError(int http, const QString &message, const QString &errorCode)
{
    QJsonObject body {
        {u"statusCode"_s, http}, {u"error"_s, errorName(http)}, {u"message"_s, message}};
    if (!errorCode.isEmpty())
        body.insert(u"errorCode"_s, errorCode);
    return ok(body, http);
}

Reply oauthError(int http, const QString &error, const QString &description, const QString &uri)
{
    QJsonObject body {{u"error"_s, error}, {u"error_description"_s, description}};
    if (!uri.isEmpty())
        body.insert(u"error_uri"_s, uri);
    return ok(body, http);
}

Reply invalidBody(const QString &detail, const QString &property)
{
    return validationError(u"Payload"_s, u"invalid_body"_s, detail, property);
}

Reply invalidQuery(const QString &detail, const QString &property)
{
    return validationError(u"Query"_s, u"invalid_query_string"_s, detail, property);
}

Reply notFound(const QString &message, const QString &errorCode)
{
    return apiError(404, message, errorCode);
}

QString isoTime(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString randomId(int length)
{
    static const QString alphabet = u"123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"_s;
    QString id;
    id.reserve(length);
    for (int i = 0; i < length; ++i)
        id += alphabet.at(QRandomGenerator::global()->bounded(int(alphabet.size())));
    return id;
}

namespace {

QString valueOf(const QList<QPair<QString, QString>> &query, const QString &name)
{
    for (const auto &item : query) {
        if (item.first == name)
            return item.second;
    }
    return {};
}

} // namespace

// page and per_page as Auth0 reads them: integers, per_page at most 100.
std::optional<Reply> readPaging(const QList<QPair<QString, QString>> &query, int defaultPerPage,
                                int *page, int *perPage)
{
    *page = 0;
    *perPage = defaultPerPage;
    for (const auto &[name, out, max] :
         {std::tuple<QString, int *, int> {u"page"_s, page, 1 << 30},
          std::tuple<QString, int *, int> {u"per_page"_s, perPage, 100}}) {
        const QString text = valueOf(query, name);
        if (text.isNull())
            continue;
        bool ok = false;
        const int value = text.toInt(&ok);
        if (!ok)
            return invalidQuery(u"Expected type integer but found type string"_s, name);
        if (value < 0)
            return invalidQuery(u"Value %1 is less than minimum 0"_s.arg(value), name);
        if (value > max)
            return invalidQuery(u"Value %1 is greater than maximum %2"_s.arg(value).arg(max), name);
        *out = value;
    }
    return std::nullopt;
}

bool Payload::fail(const QString &detail, const QString &property)
{
    if (!m_error)
        m_error = m_make(detail, property);
    return false;
}

QString Payload::typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return u"null"_s;
    case QJsonValue::Bool:
        return u"boolean"_s;
    case QJsonValue::Double:
        return value.toDouble() == double(qint64(value.toDouble())) ? u"integer"_s : u"number"_s;
    case QJsonValue::String:
        return u"string"_s;
    case QJsonValue::Array:
        return u"array"_s;
    case QJsonValue::Object:
        return u"object"_s;
    default:
        return u"undefined"_s;
    }
}

QString Payload::child(const QString &property, const QString &name)
{
    return property.isEmpty() ? name : property + u'.' + name;
}

QString Payload::item(const QString &property, int index)
{
    return property + u'[' + QString::number(index) + u']';
}

bool Payload::isObject(const QJsonValue &value, const QString &property)
{
    if (!ok())
        return false;
    if (value.isUndefined() || value.isObject())
        return true;
    return fail(u"Expected type object but found type "_s + typeName(value), property);
}

bool Payload::allowOnly(const QJsonObject &object, const QStringList &allowed,
                        const QString &property)
{
    if (!ok())
        return false;
    QStringList extra;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!allowed.contains(it.key()))
            extra << it.key();
    }
    if (extra.isEmpty())
        return true;
    return fail(u"Additional properties not allowed: "_s + extra.join(u','), property);
}

bool Payload::required(const QJsonObject &object, const QStringList &names, const QString &property)
{
    if (!ok())
        return false;
    for (const QString &name : names) {
        if (!object.contains(name))
            return fail(u"Missing required property: "_s + name, property);
    }
    return true;
}

bool Payload::minProperties(const QJsonObject &object, int count, const QString &property)
{
    if (!ok())
        return false;
    if (object.size() >= count)
        return true;
    return fail(u"Too few properties defined (%1), minimum %2"_s.arg(object.size()).arg(count),
                property);
}

bool Payload::isString(const QJsonValue &value, const QString &property, int minLength,
                       int maxLength)
{
    if (!ok())
        return false;
    if (value.isUndefined())
        return true;
    if (!value.isString())
        return fail(u"Expected type string but found type "_s + typeName(value), property);
    const qsizetype length = value.toString().size();
    if (length < minLength)
        return fail(u"String is too short (%1 chars), minimum %2"_s.arg(length).arg(minLength),
                    property);
    if (maxLength >= 0 && length > maxLength)
        return fail(u"String is too long (%1 chars), maximum %2"_s.arg(length).arg(maxLength),
                    property);
    return true;
}

bool Payload::isBool(const QJsonValue &value, const QString &property)
{
    if (!ok())
        return false;
    if (value.isUndefined() || value.isBool())
        return true;
    return fail(u"Expected type boolean but found type "_s + typeName(value), property);
}

bool Payload::isArray(const QJsonValue &value, const QString &property, int minItems, int maxItems)
{
    if (!ok())
        return false;
    if (value.isUndefined())
        return true;
    if (!value.isArray())
        return fail(u"Expected type array but found type "_s + typeName(value), property);
    const qsizetype size = value.toArray().size();
    if (size < minItems)
        return fail(u"Array is too short (%1), minimum %2"_s.arg(size).arg(minItems), property);
    if (maxItems >= 0 && size > maxItems)
        return fail(u"Array is too long (%1), maximum %2"_s.arg(size).arg(maxItems), property);
    return true;
}

bool Payload::isOneOf(const QJsonValue &value, const QStringList &allowed, const QString &property)
{
    if (!ok())
        return false;
    if (value.isUndefined())
        return true;
    if (value.isString() && allowed.contains(value.toString()))
        return true;
    return fail(u"No enum match for: "_s + jsonText(value), property);
}

} // namespace Auth0SandboxReply
