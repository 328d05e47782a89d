// The Auth0 simulator's front door: HTTP in and out, /oauth/token, Bearer tokens, scopes, the
// rate limit and the request log. The resources live in the other Auth0Sandbox*.cpp files.

#include "sandbox/Auth0SandboxPrivate.h"

#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QPointer>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace Auth0SandboxReply;
using namespace Auth0SandboxState;

namespace {

QByteArray base64Url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// Grant types Auth0 knows; any other is unsupported_grant_type.
bool isKnownGrantType(const QString &grantType)
{
    static const QStringList known {
        u"authorization_code"_s,
        u"client_credentials"_s,
        u"password"_s,
        u"refresh_token"_s,
        u"implicit"_s,
        u"http://auth0.com/oauth/grant-type/password-realm"_s,
        u"http://auth0.com/oauth/grant-type/passwordless/otp"_s,
        u"http://auth0.com/oauth/grant-type/mfa-otp"_s,
        u"http://auth0.com/oauth/grant-type/mfa-oob"_s,
        u"http://auth0.com/oauth/grant-type/mfa-recovery-code"_s,
        u"urn:ietf:params:oauth:grant-type:device_code"_s,
        u"urn:ietf:params:oauth:grant-type:token-exchange"_s,
        u"urn:ietf:params:oauth:grant-type:jwt-bearer"_s,
        u"urn:openid:params:grant-type:ciba"_s,
    };
    return known.contains(grantType);
}

// The request as kept in the log: the client secret, a user's password and the MFA API's tokens
// and codes of the Authentication API's requests are not.
QByteArray loggedBody(const SandboxHttpRequest &request)
{
    QByteArray body = request.body.left(MaxLoggedBody);
    if (request.path != u"/oauth/token"_s && !request.path.startsWith(u"/mfa/"_s))
        return body;
    static const QStringList secret {u"client_secret"_s, u"password"_s, u"mfa_token"_s,
                                     u"oob_code"_s, u"binding_code"_s};
    const QJsonDocument json = QJsonDocument::fromJson(body);
    if (json.isObject()) {
        QJsonObject o = json.object();
        for (const QString &name : secret) {
            if (o.contains(name))
                o.insert(name, u"[redacted]"_s);
        }
        return compact(o);
    }
    FormCodec::Fields fields = FormCodec::parse(body);
    for (auto &f : fields) {
        if (secret.contains(f.first))
            f.second = u"[redacted]"_s;
    }
    return FormCodec::encode(fields);
}

QString methodOf(const SandboxHttpRequest &r)
{
    return QString::fromLatin1(r.method);
}

} // namespace

void Auth0SandboxPrivate::addRoute(const char *method, const QString &pattern,
                                   const QStringList &scopes, Handler handler)
{
    QString re = pattern;
    re.replace(u"{}"_s, u"([^/]+)"_s);
    routes.append({QByteArray(method), QRegularExpression(QRegularExpression::anchoredPattern(re)),
                   scopes, std::move(handler)});
}

SandboxHttpResponse Auth0SandboxPrivate::handle(Tenant &t, const SandboxHttpRequest &request)
{
    Auth0Sandbox::LoggedRequest entry;
    entry.tenant = t.mode;
    entry.method = methodOf(request);
    entry.path = request.path;
    entry.query = QString::fromUtf8(request.rawQuery);
    entry.body = loggedBody(request);

    const quint64 generation = t.generation;
    Reply reply;
    QString clientId;
    const bool management = request.path.startsWith(u"/api/v2/"_s);
    if (request.bodyTooLarge) {
        // hapi's words, which the Management API and /oauth/token answer with.
        reply = apiError(
            413, u"Payload content length greater than maximum allowed: %1"_s.arg(MaxBodyBytes));
    } else if (request.path == u"/oauth/token"_s) {
        reply = request.method == "POST" ? token(t, request) : notFound();
    } else if (request.path.startsWith(u"/mfa/"_s)) {
        reply = mfaEndpoint(t, request);
    } else if (management) {
        reply = this->management(t, request, &clientId);
    } else {
        reply = notFound();
    }
    if (management && reply.http == 413) {
        bool over = false;
        reply.headers += rateLimitHeaders(t, false, &over);
    }
    if (request.path == u"/oauth/token"_s && reply.http == 200) {
        const Token tok = t.tokens.value(reply.body.toObject().value(u"access_token"_s).toString());
        clientId = tok.clientId;
    }

    entry.clientId = clientId;
    // Logged and announced when the answer goes out.
    const auto answer = [this, entry, generation, tenant = &t](const Reply &r) {
        Auth0Sandbox::LoggedRequest e = entry;
        e.httpStatus = r.http;
        if (generation == tenant->generation) {
            log.append(e);
            if (log.size() > MaxRequestLog)
                log.removeFirst();
        }
        Q_EMIT q->requestHandled(e);
        SandboxHttpResponse response;
        response.status = r.http;
        response.headers = r.headers;
        if (!r.body.isUndefined()) {
            response.headers.prepend({"Content-Type", "application/json; charset=utf-8"});
            response.body = r.body.isArray()
                ? QJsonDocument(r.body.toArray()).toJson(QJsonDocument::Compact)
                : QJsonDocument(r.body.toObject()).toJson(QJsonDocument::Compact);
        }
        return response;
    };
    if (!reply.deferred)
        return answer(reply);
    SandboxHttpResponse later;
    QPointer<Auth0Sandbox> owner(q);
    later.deferred = [owner, answer, run = reply.deferred, headers = reply.headers](
                         std::function<void(const SandboxHttpResponse &)> send) {
        run([owner, answer, headers, send](const Reply &r) {
            if (!owner)
                return;
            Reply withHeaders = r;
            withHeaders.headers = headers + r.headers;
            send(answer(withHeaders));
        });
    };
    return later;
}

Auth0SandboxPrivate::Reply Auth0SandboxPrivate::token(Tenant &t, const SandboxHttpRequest &request)
{
    // Auth0 takes the body as a form or as JSON.
    QMap<QString, QString> in;
    if (request.header("Content-Type").toLower().startsWith("application/json")) {
        QJsonParseError error;
        const QJsonDocument json = QJsonDocument::fromJson(request.body, &error);
        if (error.error != QJsonParseError::NoError || !json.isObject())
            return oauthError(400, u"invalid_request"_s, u"Invalid JSON body"_s);
        const QJsonObject o = json.object();
        for (auto it = o.begin(); it != o.end(); ++it)
            in.insert(it.key(), it.value().toVariant().toString());
    } else {
        for (const auto &f : FormCodec::parse(request.body)) {
            if (!in.contains(f.first))
                in.insert(f.first, f.second);
        }
    }
    // client_secret_basic: the client may authenticate with HTTP Basic instead.
    const QByteArray authorization = request.header("Authorization");
    if (authorization.startsWith("Basic ") && !in.contains(u"client_secret"_s)) {
        const QByteArray decoded = QByteArray::fromBase64(authorization.mid(6).trimmed());
        const qsizetype colon = decoded.indexOf(':');
        if (colon > 0) {
            in.insert(u"client_id"_s, QString::fromUtf8(decoded.left(colon)));
            in.insert(u"client_secret"_s, QString::fromUtf8(decoded.mid(colon + 1)));
        }
    }

    const QString grantType = in.value(u"grant_type"_s);
    if (grantType.isEmpty())
        return oauthError(400, u"invalid_request"_s, u"Missing required parameter: grant_type"_s);
    if (!isKnownGrantType(grantType))
        return oauthError(400, u"unsupported_grant_type"_s,
                          u"Unsupported grant type: "_s + grantType);
    // The tenant's own applications (the MFA test's): the grants they were given.
    if (!Auth0SandboxFixtures::findClient(in.value(u"client_id"_s))) {
        if (const Client *app = t.findClient(in.value(u"client_id"_s))) {
            if (app->clientSecret != in.value(u"client_secret"_s))
                return oauthError(401, u"access_denied"_s, u"Unauthorized"_s);
            if (!app->grantTypes.contains(grantType) || !isMfaGrant(grantType))
                return oauthError(403, u"unauthorized_client"_s,
                                  u"Grant type '%1' not allowed for the client."_s.arg(grantType),
                                  u"https://auth0.com/docs/clients/client-grant-types"_s);
            return mfaGrant(t, in);
        }
    }
    // An unknown client and a wrong secret get the same answer, so neither can be probed.
    const Auth0SandboxFixtures::Client *client
        = Auth0SandboxFixtures::findClient(in.value(u"client_id"_s));
    if (!client || client->clientSecret != in.value(u"client_secret"_s))
        return oauthError(401, u"access_denied"_s, u"Unauthorized"_s);
    if (grantType != u"client_credentials"_s)
        return oauthError(403, u"unauthorized_client"_s,
                          u"Grant type '%1' not allowed for the client."_s.arg(grantType),
                          u"https://auth0.com/docs/clients/client-grant-types"_s);
    const QString expected = u"https://"_s + t.fixture->domain + u"/api/v2/"_s;
    const QString audience = in.value(u"audience"_s);
    if (audience.isEmpty())
        return oauthError(403, u"access_denied"_s,
                          u"No audience parameter was provided, and no default audience has been "
                          "configured"_s);
    if (audience != expected)
        return oauthError(403, u"access_denied"_s, u"Service not found: "_s + audience);

    QStringList scopes = client->scopes;
    const QString requested = in.value(u"scope"_s).simplified();
    if (!requested.isEmpty()) {
        const QStringList asked = requested.split(u' ');
        QStringList missing;
        for (const QString &s : asked) {
            if (!client->scopes.contains(s))
                missing << s;
        }
        if (!missing.isEmpty())
            return oauthError(403, u"access_denied"_s,
                              u"Client has not been granted scopes: "_s + missing.join(u", "_s));
        scopes = asked;
    }

    // Shaped like Auth0's tokens (a JWT), signed with a key of this sandbox only.
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    const qint64 expiresAtMs = nowMs + qint64(tokenLifetimeSecs) * 1000;
    const QJsonObject header {
        {u"alg"_s, u"HS256"_s}, {u"typ"_s, u"JWT"_s}, {u"kid"_s, u"sandbox"_s}};
    const QJsonObject claims {
        {u"iss"_s, QString(u"https://"_s + t.fixture->domain + u'/')},
        {u"sub"_s, QString(client->clientId + u"@clients"_s)},
        {u"aud"_s, expected},
        {u"iat"_s, nowMs / 1000},
        {u"exp"_s, expiresAtMs / 1000},
        {u"scope"_s, scopes.join(u' ')},
        {u"gty"_s, u"client-credentials"_s},
        {u"azp"_s, client->clientId},
        {u"jti"_s, randomId(22)},
    };
    const QByteArray signingInput = base64Url(compact(header)) + '.' + base64Url(compact(claims));
    const QByteArray signature
        = QMessageAuthenticationCode::hash(signingInput, tokenKey, QCryptographicHash::Sha256);
    const QString accessToken = QString::fromLatin1(signingInput + '.' + base64Url(signature));

    t.tokens.insert(accessToken, {client->clientId, scopes, expiresAtMs});
    t.tokenOrder.push_back(accessToken);
    while (int(t.tokenOrder.size()) > MaxTokens) {
        t.tokens.remove(t.tokenOrder.front());
        t.tokenOrder.pop_front();
    }
    return ok(QJsonObject {{u"access_token"_s, accessToken},
                           {u"expires_in"_s, tokenLifetimeSecs},
                           {u"scope"_s, scopes.join(u' ')},
                           {u"token_type"_s, u"Bearer"_s}});
}

QList<QPair<QByteArray, QByteArray>> Auth0SandboxPrivate::rateLimitHeaders(Tenant &t, bool count,
                                                                           bool *over)
{
    const qint64 elapsed = clock.elapsed();
    while (!t.hits.empty() && t.hits.front() <= elapsed - 1000)
        t.hits.pop_front();
    *over = false;
    if (count) {
        if (rateLimit > 0 && int(t.hits.size()) >= rateLimit)
            *over = true; // refused requests do not count
        else
            t.hits.push_back(elapsed);
    }
    const int limit = rateLimit > 0 ? rateLimit : NominalRateLimit;
    const int remaining = std::max(0, limit - int(t.hits.size()));
    const qint64 refillIn = t.hits.empty() ? 1000 : t.hits.front() + 1000 - elapsed;
    const qint64 resetMs = QDateTime::currentMSecsSinceEpoch() + std::max<qint64>(0, refillIn);
    const qint64 reset = (resetMs + 999) / 1000;
    return {{"x-ratelimit-limit", QByteArray::number(limit)},
            {"x-ratelimit-remaining", QByteArray::number(remaining)},
            {"x-ratelimit-reset", QByteArray::number(reset)}};
}

Auth0SandboxPrivate::Reply
Auth0SandboxPrivate::management(Tenant &t, const SandboxHttpRequest &request, QString *clientId)
{
    const QString path = request.path.mid(7); // after /api/v2
    const Route *route = nullptr;
    QRegularExpressionMatch match;
    for (const Route &r : std::as_const(routes)) {
        if (r.method != request.method)
            continue;
        match = r.path.match(path);
        if (match.hasMatch()) {
            route = &r;
            break;
        }
    }
    bool over = false;
    const auto uncounted = [&](Reply r) {
        r.headers += rateLimitHeaders(t, false, &over);
        return r;
    };
    if (!route)
        return uncounted(notFound());

    // Auth0's words for each refused token (hapi's JWT plugin).
    const auto unauthorized = [&](const QString &message) {
        Reply r = apiError(401, message);
        QJsonObject body = r.body.toObject();
        body.insert(u"attributes"_s, QJsonObject {{u"error"_s, message}});
        r.body = body;
        r.headers.append({"WWW-Authenticate", "Bearer error=\"" + message.toUtf8() + '"'});
        return uncounted(r);
    };
    const QByteArray authorization = request.header("Authorization");
    if (!authorization.startsWith("Bearer ") || authorization.mid(7).trimmed().isEmpty())
        return unauthorized(u"Missing authentication"_s);
    const QString accessToken = QString::fromLatin1(authorization.mid(7).trimmed());
    const auto found = t.tokens.constFind(accessToken);
    if (found == t.tokens.constEnd()) {
        Tenant &other = &t == &unified ? legacy : unified;
        if (other.tokens.contains(accessToken))
            return unauthorized(u"Bad audience: https://"_s + other.fixture->domain
                                + u"/api/v2/"_s);
        return unauthorized(u"Invalid token"_s);
    }
    if (QDateTime::currentMSecsSinceEpoch() >= found->expiresAtMs)
        return unauthorized(u"Expired token received for JSON Web Token validation"_s);
    *clientId = found->clientId;

    const auto headers = rateLimitHeaders(t, true, &over);
    const auto withHeaders = [&](Reply r) {
        r.headers += headers;
        return r;
    };
    if (over)
        return withHeaders(
            apiError(429, u"Global limit has been reached"_s, u"too_many_requests"_s));
    if (!route->scopes.isEmpty()
        && std::none_of(route->scopes.cbegin(), route->scopes.cend(),
                        [&](const QString &s) { return found->scopes.contains(s); }))
        return withHeaders(
            apiError(403, u"Insufficient scope, expected any of: "_s + route->scopes.join(u','),
                     u"insufficient_scope"_s));

    Context c {t,
               request,
               match.capturedTexts().mid(1),
               FormCodec::parse(request.rawQuery),
               QJsonValue(QJsonValue::Undefined),
               found->clientId,
               baseUrl(t).toString()};
    const bool hasBody = !request.body.trimmed().isEmpty();
    if (hasBody && request.method != "GET" && request.method != "DELETE") {
        QJsonParseError error;
        const QJsonDocument json = QJsonDocument::fromJson(request.body, &error);
        if (error.error != QJsonParseError::NoError)
            return withHeaders(
                apiError(400, u"Invalid request payload JSON format"_s, u"invalid_body"_s));
        c.json = json.isArray() ? QJsonValue(json.array()) : QJsonValue(json.object());
    }
    return withHeaders(route->handler(c));
}
