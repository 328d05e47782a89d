#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

// The Auth0 simulator's answers and the validation behind its 400s, in Auth0's words. Pure.
namespace Auth0SandboxReply {

// What a handler answers; turned into HTTP and logged in one place.
struct Reply
{
    int http = 200;
    QJsonValue body; // an object or an array; Undefined for no body (204)
    QList<QPair<QByteArray, QByteArray>> headers;
    // Set for an answer made later (an Action run by the executor): called once with a function
    // that takes the answer, to be called once, later; the fields above then only add headers.
    std::function<void(std::function<void(const Reply &)>)> deferred;
};

Reply ok(const QJsonValue &body, int http = 200);
Reply noContent();
// The Management API's error body: {"statusCode", "error", "message", "errorCode"}; errorCode
// is left out when empty, as Auth0 does for some errors.
Reply apiError(int http, const QString &message, const QString &errorCode = QString());
// /oauth/token's error body: {"error", "error_description"[, "error_uri"]}.
Reply oauthError(int http, const QString &error, const QString &description,
                 const QString &uri = QString());
// 400 invalid_body: "Payload validation error: '<detail>'[ on property <property>]."
Reply invalidBody(const QString &detail, const QString &property = QString());
// 400 invalid_query_string: "Query validation error: '<detail>'[ on property <property>]."
Reply invalidQuery(const QString &detail, const QString &property = QString());
// 404 {"statusCode":404,"error":"Not Found","message":message}.
Reply notFound(const QString &message = QStringLiteral("Not Found"),
               const QString &errorCode = QString());

// page and per_page from a decoded query string (FormCodec::Fields): integers from 0, per_page
// at most 100; an error reply otherwise.
std::optional<Reply> readPaging(const QList<QPair<QString, QString>> &query, int defaultPerPage,
                                int *page, int *perPage);

// "2026-05-29T10:45:58.888Z", the form of most of Auth0's timestamps.
QString isoTime(const QDateTime &t);
QString newUuid();
// Random characters from Auth0's id alphabet (letters and digits, no look-alikes).
QString randomId(int length);

// Checks a JSON body or part of it as Auth0's schema validator does, keeping the first error
// (Auth0 reports one at a time). Each check returns false once an error is kept, so that checks
// chain with &&. property is the path in the body ("secrets[0].name"), empty for the top.
class Payload
{
public:
    using MakeError = Reply (*)(const QString &detail, const QString &property);
    explicit Payload(MakeError make = invalidBody) : m_make(make) { }

    bool isObject(const QJsonValue &value, const QString &property = QString());
    bool allowOnly(const QJsonObject &object, const QStringList &allowed,
                   const QString &property = QString());
    bool required(const QJsonObject &object, const QStringList &names,
                  const QString &property = QString());
    bool minProperties(const QJsonObject &object, int count, const QString &property = QString());
    // Absent (Undefined) values pass the type checks below; required() is for presence.
    bool isString(const QJsonValue &value, const QString &property, int minLength = 0,
                  int maxLength = -1);
    bool isBool(const QJsonValue &value, const QString &property);
    bool isArray(const QJsonValue &value, const QString &property, int minItems = 0,
                 int maxItems = -1);
    bool isOneOf(const QJsonValue &value, const QStringList &allowed, const QString &property);

    bool ok() const { return !m_error.has_value(); }
    const Reply &error() const { return *m_error; }

    static QString typeName(const QJsonValue &value);
    static QString child(const QString &property, const QString &name);
    static QString item(const QString &property, int index);

private:
    bool fail(const QString &detail, const QString &property);
    MakeError m_make;
    std::optional<Reply> m_error;
};

} // namespace Auth0SandboxReply
