// Auth0Requests: the connection and its URLs, the token, tenant settings, logs and legacy hooks,
// and the request as Qt sends it.

#include "Auth0Requests.h"
#include "Auth0RequestParts.h"

#include "profile/Profile.h"
#include "sandbox/FormCodec.h"
#include "twilio/TwilioRequests.h"

#include <QNetworkRequest>

using namespace Auth0RequestParts;

namespace {

QByteArray userAgent()
{
    return QByteArrayLiteral("SmsHookConsole/" SMSHOOK_VERSION " (Qt ") + qVersion() + ')';
}

} // namespace

QByteArray Auth0Request::methodName() const
{
    switch (method) {
    case Method::Get:
        return "GET";
    case Method::Post:
        return "POST";
    case Method::Put:
        return "PUT";
    case Method::Patch:
        return "PATCH";
    case Method::Delete:
        return "DELETE";
    }
    return "GET";
}

QString Auth0Requests::checkConnection(const Auth0Connection &c)
{
    if (const QString e = ProfileRules::checkAuth0Domain(c.domain); !e.isEmpty())
        return e;
    if (c.clientId.trimmed().isEmpty())
        return tr("Client ID: enter the client ID of the tenant's machine-to-machine application "
                  "(Auth0 Dashboard > Applications > your application > Settings).");
    if (!c.baseUrl.isEmpty()) {
        // The override exists for loopback servers only: a remote host must be the domain itself.
        if (!ProfileRules::isLoopbackHost(c.baseUrl.host()))
            return tr("Auth0 base URL: only a loopback address (a local simulator) may replace "
                      "https://%1; clear the override to reach the tenant.")
                .arg(c.domain);
        if (const QString e = ProfileRules::checkBaseUrl(c.baseUrl, tr("Auth0 base URL"));
            !e.isEmpty())
            return e;
    }
    return {};
}

QUrl Auth0Requests::buildUrl(const Auth0Connection &connection, const QString &path,
                             const Query &query)
{
    if (!checkConnection(connection).isEmpty())
        return {};
    // The same joining as for Twilio's hosts: the base's own path kept, the query percent-encoded.
    return TwilioRequests::buildUrl(connection.effectiveBaseUrl(), path, query);
}

QString Auth0Requests::checkClientSecret(const QString &clientSecret)
{
    if (clientSecret.isEmpty())
        return tr("Client secret: enter the client secret of the machine-to-machine application "
                  "(Auth0 Dashboard > Applications > your application > Settings).");
    return {};
}

Auth0Request Auth0Requests::token(const Auth0Connection &connection, const QString &clientSecret)
{
    if (const QString e = checkConnection(connection); !e.isEmpty())
        return failed(e);
    if (const QString e = checkClientSecret(clientSecret); !e.isEmpty())
        return failed(e);
    Auth0Request r;
    r.method = Auth0Request::Method::Post;
    r.needsToken = false;
    r.url = buildUrl(connection, QStringLiteral("/oauth/token"));
    r.contentType = QByteArrayLiteral("application/x-www-form-urlencoded");
    r.body
        = FormCodec::encode({{QStringLiteral("grant_type"), QStringLiteral("client_credentials")},
                             {QStringLiteral("client_id"), connection.clientId.trimmed()},
                             {QStringLiteral("client_secret"), clientSecret},
                             {QStringLiteral("audience"), connection.audience()}});
    return r;
}

Auth0Request Auth0Requests::getTenantSettings(const Auth0Connection &c)
{
    return api(c, Auth0Request::Method::Get, QStringLiteral("/tenants/settings"),
               {QStringLiteral("read:tenant_settings")});
}

Auth0Request Auth0Requests::listLogs(const Auth0Connection &c, const TenantLogQuery &q)
{
    Query query;
    if (q.isCheckpoint()) {
        // Auth0 ignores every other parameter in checkpoint mode; sending them would mislead.
        query.append({QStringLiteral("from"), q.from});
        if (q.take > 0)
            query.append({QStringLiteral("take"), QString::number(std::min(q.take, 100))});
    } else {
        if (!q.q.isEmpty())
            query.append({QStringLiteral("q"), q.q});
        if (!q.sort.isEmpty())
            query.append({QStringLiteral("sort"), q.sort});
        if (q.page >= 0)
            query.append({QStringLiteral("page"), QString::number(q.page)});
        if (q.perPage > 0)
            query.append({QStringLiteral("per_page"), QString::number(std::min(q.perPage, 100))});
        if (q.take > 0)
            query.append({QStringLiteral("take"), QString::number(std::min(q.take, 100))});
    }
    return api(c, Auth0Request::Method::Get, QStringLiteral("/logs"),
               {QStringLiteral("read:logs"), QStringLiteral("read:logs_users")}, query);
}

Auth0Request Auth0Requests::nextLogsPage(const Auth0Connection &c, const QUrl &next)
{
    if (const QString e = checkConnection(c); !e.isEmpty())
        return failed(e);
    const QUrl base = c.effectiveBaseUrl();
    // Auth0 writes the link for its own domain; behind a loopback override, the path and query
    // are what matter, and the host must be one we would send the token to anyway.
    const bool sameHost = next.host().compare(base.host(), Qt::CaseInsensitive) == 0
        && next.port(next.scheme() == QLatin1String("http") ? 80 : 443)
            == base.port(base.scheme() == QLatin1String("http") ? 80 : 443);
    const bool domainHost = next.host().compare(c.domain, Qt::CaseInsensitive) == 0
        && next.scheme() == QLatin1String("https");
    if (!next.isValid() || !(sameHost || domainHost)
        || !next.path().endsWith(QLatin1String("/api/v2/logs")))
        return failed(tr("Logs: the next-page link points elsewhere (%1); not followed.")
                          .arg(next.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery)));
    Auth0Request r;
    r.method = Auth0Request::Method::Get;
    r.scopes = {QStringLiteral("read:logs"), QStringLiteral("read:logs_users")};
    QUrl url = buildUrl(c, ApiPrefix + QStringLiteral("/logs"));
    url.setQuery(next.query(QUrl::FullyEncoded), QUrl::StrictMode);
    r.url = url;
    return r;
}

Auth0Request Auth0Requests::listHooks(const Auth0Connection &c, const QString &triggerId)
{
    Query query;
    if (!triggerId.isEmpty())
        query.append({QStringLiteral("triggerId"), triggerId});
    return api(c, Auth0Request::Method::Get, QStringLiteral("/hooks"),
               {QStringLiteral("read:hooks")}, query);
}

Auth0Request Auth0Requests::getHook(const Auth0Connection &c, const QString &id)
{
    if (!isPathSafeId(id))
        return badId(tr("Hook"), id);
    return api(c, Auth0Request::Method::Get, QStringLiteral("/hooks/") + id,
               {QStringLiteral("read:hooks")});
}

QNetworkRequest Auth0Requests::toNetworkRequest(const Auth0Request &request,
                                                const QByteArray &accessToken)
{
    QNetworkRequest nr(request.url);
    nr.setRawHeader("Accept", "application/json");
    nr.setRawHeader("User-Agent", userAgent());
    if (!request.contentType.isEmpty())
        nr.setHeader(QNetworkRequest::ContentTypeHeader, request.contentType);
    if (request.needsToken && !accessToken.isEmpty())
        nr.setRawHeader("Authorization", "Bearer " + accessToken);
    else if (!request.needsToken && !request.bearer.isEmpty())
        nr.setRawHeader("Authorization", "Bearer " + request.bearer);
    nr.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                    QNetworkRequest::ManualRedirectPolicy);
    // HTTP/2 would multiplex retries we cannot see; keep one request per exchange, as for Twilio.
    nr.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    return nr;
}

QUrl Auth0Requests::parseNextLink(const QByteArray &linkHeader)
{
    // Link: <https://host/api/v2/logs?from=X&take=100>; rel="next", <...>; rel="prev"
    static const QRegularExpression re(QStringLiteral("<([^>]*)>\\s*;[^,]*rel\\s*=\\s*\"?next\"?"),
                                       QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = re.match(QString::fromLatin1(linkHeader));
    if (!m.hasMatch())
        return {};
    return QUrl(m.captured(1), QUrl::StrictMode);
}

QString Auth0Requests::redact(const QString &text, const QString &clientSecret,
                              const QByteArray &accessToken)
{
    QString out = text;
    if (!clientSecret.isEmpty()) {
        out.replace(clientSecret, QStringLiteral("***"));
        // As it travels in a form body.
        const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(clientSecret));
        if (encoded != clientSecret)
            out.replace(encoded, QStringLiteral("***"));
    }
    if (!accessToken.isEmpty())
        out.replace(QString::fromLatin1(accessToken), QStringLiteral("***"));
    static const QRegularExpression bearer(QStringLiteral("(Bearer\\s+)[A-Za-z0-9._~+/=-]+"),
                                           QRegularExpression::CaseInsensitiveOption);
    out.replace(bearer, QStringLiteral("\\1***"));
    return out;
}

QString Auth0Requests::describeForLog(const Auth0Request &request)
{
    return QString::fromLatin1(request.methodName()) + QLatin1Char(' ')
        + request.url.toDisplayString(QUrl::RemoveUserInfo);
}
