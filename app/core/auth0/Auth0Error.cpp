#include "Auth0Error.h"

#include "Auth0Scopes.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

namespace {

Auth0Error make(Auth0Error::Kind kind, const QString &host)
{
    Auth0Error e;
    e.kind = kind;
    e.host = host;
    return e;
}

// "Insufficient scope, expected any of: read:actions,create:actions" -> the scopes.
QStringList scopesFromMessage(const QString &message)
{
    const int of = message.indexOf(QLatin1String("any of:"));
    if (of < 0)
        return {};
    QStringList out;
    static const QRegularExpression sep(QStringLiteral("[,\\s]+"));
    for (const QString &s : message.mid(of + 7).split(sep, Qt::SkipEmptyParts))
        out << s.trimmed();
    return out;
}

QString whenText(const QDateTime &resetUtc)
{
    if (!resetUtc.isValid())
        return Auth0Error::tr("in a moment");
    const qint64 secs = QDateTime::currentDateTimeUtc().secsTo(resetUtc);
    if (secs <= 0)
        return Auth0Error::tr("now");
    return Auth0Error::tr("in %n second(s) (at %1)", nullptr, int(std::min<qint64>(secs, 86400)))
        .arg(QLocale().toString(resetUtc.toLocalTime().time(), QLocale::LongFormat));
}

} // namespace

QString Auth0Error::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return QStringLiteral("none");
    case Kind::Unauthorized:
        return QStringLiteral("unauthorized");
    case Kind::MissingScope:
        return QStringLiteral("missing-scope");
    case Kind::Forbidden:
        return QStringLiteral("forbidden");
    case Kind::NotFound:
        return QStringLiteral("not-found");
    case Kind::Conflict:
        return QStringLiteral("conflict");
    case Kind::BadRequest:
        return QStringLiteral("bad-request");
    case Kind::RateLimited:
        return QStringLiteral("rate-limited");
    case Kind::Server:
        return QStringLiteral("server-error");
    case Kind::Http:
        return QStringLiteral("http-error");
    case Kind::HostNotFound:
        return QStringLiteral("host-not-found");
    case Kind::Network:
        return QStringLiteral("network");
    case Kind::Timeout:
        return QStringLiteral("timeout");
    case Kind::Tls:
        return QStringLiteral("tls");
    case Kind::InvalidResponse:
        return QStringLiteral("invalid-response");
    case Kind::OutcomeUnknown:
        return QStringLiteral("outcome-unknown");
    case Kind::Cancelled:
        return QStringLiteral("cancelled");
    case Kind::InvalidRequest:
        return QStringLiteral("invalid-request");
    }
    return QStringLiteral("unknown");
}

Auth0Error Auth0Error::fromHttp(int httpStatus, const QByteArray &body, bool tokenEndpoint,
                                const QByteArray &rateLimitReset, const QString &host)
{
    Auth0Error e = make(Kind::Http, host);
    e.httpStatus = httpStatus;
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    e.error = o.value(QStringLiteral("error")).toString();
    e.message = o.value(QStringLiteral("message")).toString();
    if (e.message.isEmpty())
        e.message = o.value(QStringLiteral("error_description")).toString();
    e.errorCode = o.value(QStringLiteral("errorCode")).toString();
    bool ok = false;
    const qint64 reset = rateLimitReset.trimmed().toLongLong(&ok);
    if (ok && reset > 0)
        e.rateLimitReset = QDateTime::fromSecsSinceEpoch(reset, Qt::UTC);

    if (httpStatus == 429) {
        e.kind = Kind::RateLimited;
    } else if (httpStatus >= 500) {
        e.kind = Kind::Server;
    } else if (tokenEndpoint && (httpStatus == 401 || httpStatus == 403)) {
        e.kind = Kind::Unauthorized;
    } else if (httpStatus == 401) {
        e.kind = Kind::Unauthorized;
    } else if (httpStatus == 403) {
        if (e.errorCode == QLatin1String("insufficient_scope")
            || e.message.startsWith(QLatin1String("Insufficient scope"))) {
            e.kind = Kind::MissingScope;
            e.missingScopes = scopesFromMessage(e.message);
        } else {
            e.kind = Kind::Forbidden;
        }
    } else if (httpStatus == 404) {
        e.kind = Kind::NotFound;
    } else if (httpStatus == 409) {
        e.kind = Kind::Conflict;
    } else if (httpStatus == 400 || httpStatus == 422 || httpStatus == 413 || httpStatus == 414) {
        e.kind = Kind::BadRequest;
    }
    // A token endpoint that does not know the tenant: Auth0 answers 404 for an unknown domain
    // on its own hosts.
    if (tokenEndpoint && httpStatus == 404)
        e.kind = Kind::HostNotFound;
    return e;
}

Auth0Error Auth0Error::network(const QString &host, const QString &detail, bool notSent)
{
    Auth0Error e = make(Kind::Network, host);
    e.detail = detail;
    e.notSent = notSent;
    return e;
}

Auth0Error Auth0Error::hostNotFound(const QString &host, const QString &detail)
{
    Auth0Error e = make(Kind::HostNotFound, host);
    e.detail = detail;
    e.notSent = true;
    return e;
}

Auth0Error Auth0Error::timeout(const QString &host, int timeoutMs)
{
    Auth0Error e = make(Kind::Timeout, host);
    e.detail = tr("no answer within %n second(s)", nullptr, (timeoutMs + 999) / 1000);
    return e;
}

Auth0Error Auth0Error::tls(const QString &host, const QString &detail)
{
    Auth0Error e = make(Kind::Tls, host);
    e.detail = detail;
    e.notSent = true;
    return e;
}

Auth0Error Auth0Error::invalidResponse(const QString &host, int httpStatus, const QString &detail)
{
    Auth0Error e = make(Kind::InvalidResponse, host);
    e.httpStatus = httpStatus;
    e.detail = detail;
    return e;
}

Auth0Error Auth0Error::outcomeUnknown(const QString &host, const QString &reason)
{
    Auth0Error e = make(Kind::OutcomeUnknown, host);
    e.detail = reason;
    return e;
}

Auth0Error Auth0Error::cancelled(bool mayHaveReachedAuth0)
{
    Auth0Error e = make(Kind::Cancelled, QString());
    e.notSent = !mayHaveReachedAuth0;
    return e;
}

Auth0Error Auth0Error::invalidRequest(const QString &message)
{
    Auth0Error e = make(Kind::InvalidRequest, QString());
    e.message = message;
    e.notSent = true;
    return e;
}

Auth0Error Auth0Error::missingScope(const QStringList &scopes, const QString &host)
{
    Auth0Error e = make(Kind::MissingScope, host);
    e.missingScopes = scopes;
    e.notSent = true;
    return e;
}

QString Auth0Error::summary() const
{
    const QString where = host.isEmpty() ? tr("Auth0") : host;
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::Unauthorized:
        if (error == QLatin1String("unauthorized_client"))
            return tr("%1 does not let this application use the client credentials grant.")
                .arg(where);
        if (message.contains(QLatin1String("not authorized to access"))
            || message.startsWith(QLatin1String("Service not found")))
            return tr("%1 accepted the client but it may not call the Management API.").arg(where);
        if (httpStatus == 401 && !errorCode.isEmpty())
            return tr("%1 refused the Management API token (%2).").arg(where, message);
        return tr("%1 refused the client ID and secret.").arg(where);
    case Kind::MissingScope:
        return tr("The token lacks the scope %1.")
            .arg(missingScopes.isEmpty() ? message : missingScopes.join(QStringLiteral(", ")));
    case Kind::Forbidden:
        return tr("%1 refused the request (HTTP 403): %2").arg(where, message);
    case Kind::NotFound:
        return tr("%1 has no such resource (HTTP 404)%2")
            .arg(where, message.isEmpty() ? QString() : QStringLiteral(": ") + message);
    case Kind::Conflict:
        return tr("%1 reports a conflict (HTTP 409): %2").arg(where, message);
    case Kind::BadRequest:
        return tr("%1 refused the request's content (HTTP %2): %3")
            .arg(where)
            .arg(httpStatus)
            .arg(message);
    case Kind::RateLimited:
        return tr("%1 is rate-limiting this client (HTTP 429); it can be asked again %2.")
            .arg(where, whenText(rateLimitReset));
    case Kind::Server:
        return tr("%1 had a server error (HTTP %2).").arg(where).arg(httpStatus);
    case Kind::Http:
        return tr("%1 answered HTTP %2%3")
            .arg(where)
            .arg(httpStatus)
            .arg(message.isEmpty() ? QString() : QStringLiteral(": ") + message);
    case Kind::HostNotFound:
        return tr("No Auth0 tenant answers at %1.").arg(where);
    case Kind::Network:
        return tr("Could not reach %1: %2").arg(where, detail);
    case Kind::Timeout:
        return tr("%1 did not answer in time (%2).").arg(where, detail);
    case Kind::Tls:
        return tr("The secure connection to %1 failed: %2").arg(where, detail);
    case Kind::InvalidResponse:
        return tr("The answer from %1 is not Auth0's JSON (HTTP %2).").arg(where).arg(httpStatus);
    case Kind::OutcomeUnknown:
        return tr("No answer from %1 after the change was sent: it may or may not have been "
                  "made (%2).")
            .arg(where, detail);
    case Kind::Cancelled:
        return notSent ? tr("Cancelled before anything was sent.")
                       : tr("Cancelled; the change may already have reached Auth0.");
    case Kind::InvalidRequest:
        return message;
    }
    return message;
}

QString Auth0Error::fix() const
{
    switch (kind) {
    case Kind::None:
    case Kind::InvalidRequest:
        return {};
    case Kind::Unauthorized:
        if (error == QLatin1String("unauthorized_client"))
            return tr("In the Auth0 Dashboard open Applications > your application > Settings > "
                      "Advanced Settings > Grant Types and tick Client Credentials (a "
                      "Machine to Machine application has it).");
        if (message.contains(QLatin1String("not authorized to access"))
            || message.startsWith(QLatin1String("Service not found")))
            return tr("In the Auth0 Dashboard open Applications > APIs > Auth0 Management API > "
                      "Machine to Machine Applications and authorize this application.");
        if (httpStatus == 401 && !errorCode.isEmpty())
            return tr("Connect again to get a new token.");
        return tr("Copy the client secret again from Auth0 Dashboard > Applications > your "
                  "application > Settings, and check the client ID and the domain.");
    case Kind::MissingScope:
        return Auth0Scopes::whereToGrant(missingScopes);
    case Kind::Forbidden:
        if (message.contains(QLatin1String("deprecated feature")))
            return tr("This tenant is in the Unified Phone Experience: its phone messages are "
                      "set under Branding > Phone Provider, not on the MFA page.");
        return tr("Check the application's permissions in the Auth0 Dashboard.");
    case Kind::NotFound:
        return tr("Refresh the tenant status; it may have been deleted or renamed.");
    case Kind::Conflict:
        return tr("Refresh the tenant status and try again.");
    case Kind::BadRequest:
        return tr("Correct what Auth0 names and try again.");
    case Kind::RateLimited:
        return tr("Wait until then; other tools using the same tenant share its rate limit.");
    case Kind::Server:
        return tr("Try again in a minute; check status.auth0.com if it persists.");
    case Kind::Http:
        return tr("Check the domain and try again.");
    case Kind::HostNotFound:
        return tr("Check the domain: it is shown in the Auth0 Dashboard under Applications > your "
                  "application > Settings > Domain (for example acme.us.auth0.com).");
    case Kind::Network:
        return tr("Check the network connection (and any proxy), then try again.");
    case Kind::Timeout:
        return tr("Try again; if it keeps happening, check the network or status.auth0.com.");
    case Kind::Tls:
        return tr("The console never ignores certificate errors. Check the system's date and "
                  "certificates, or a proxy that intercepts TLS.");
    case Kind::InvalidResponse:
        return tr("Check the domain and any base URL override: something other than Auth0 "
                  "answered.");
    case Kind::OutcomeUnknown:
        return tr("Refresh the tenant status to see whether the change was made before trying "
                  "again.");
    case Kind::Cancelled:
        return notSent ? QString() : tr("Refresh the tenant status to see what was done.");
    }
    return {};
}

QString Auth0Error::userText() const
{
    QString text = summary();
    const bool messageShown = !message.isEmpty() && text.contains(message);
    if (!message.isEmpty() && !messageShown && kind != Kind::InvalidRequest)
        text += QLatin1Char(' ') + tr("Auth0 says: %1").arg(message);
    const QString f = fix();
    if (!f.isEmpty())
        text += QLatin1Char(' ') + f;
    return text;
}
