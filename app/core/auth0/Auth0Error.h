#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

// What went wrong with a request to an Auth0 tenant, as a value the user can act on: the kind of
// failure, Auth0's own words ({"statusCode","error","message","errorCode"} for the Management API,
// {"error","error_description"} for /oauth/token), and the console's summary and fix. Each kind
// the issue names gets its own words: a refused client secret, an unknown domain, no network,
// a 429 with its reset time, a 5xx, an answer that is not JSON, a missing scope.
struct Auth0Error
{
    Q_DECLARE_TR_FUNCTIONS(Auth0Error)
public:
    enum class Kind {
        None,
        Unauthorized, // /oauth/token refused the client (wrong secret, unknown client, no grant)
        MissingScope, // 403 insufficient_scope: the token lacks a scope (missingScopes)
        Forbidden, // another 403 (e.g. a legacy endpoint on a Unified Phone Experience tenant)
        NotFound, // 404: the resource does not exist
        Conflict, // 409
        BadRequest, // 400 / 422: Auth0 refused the request's content
        RateLimited, // 429 after the retries: rateLimitReset says when to try again
        Server, // 5xx
        Http, // any other error status
        HostNotFound, // the domain does not resolve: a typo in the domain
        Network, // no connection: refused, reset, no network
        Timeout, // no answer in time
        Tls, // the secure connection failed; never ignored
        InvalidResponse, // the answer is not Auth0's JSON (a proxy page, a wrong base URL)
        OutcomeUnknown, // a write may have reached Auth0 but no answer came: not resent
        Cancelled,
        InvalidRequest, // the input cannot be sent (no domain, plain http to a remote host)
    };

    Kind kind = Kind::None;
    int httpStatus = 0; // 0 when no HTTP answer arrived
    QString error; // Auth0's "error" ("Forbidden", "access_denied")
    QString message; // Auth0's "message" or "error_description", or the console's one-line text
    QString errorCode; // Auth0's "errorCode" ("insufficient_scope", "invalid_body", ...)
    QStringList missingScopes; // MissingScope: the scopes Auth0 expected (any of them)
    QDateTime rateLimitReset; // RateLimited: x-ratelimit-reset, UTC; invalid when not given
    QString host; // the server the request went to
    QString detail; // technical detail (Qt's network error text), already redacted
    bool notSent = false; // certainly did not reach Auth0: safe to try again by hand

    bool isError() const { return kind != Kind::None; }

    // Translated, one line: what failed ("Auth0 refused the client secret of <client>").
    QString summary() const;
    // Translated: what to do next, naming the field or the Dashboard page.
    QString fix() const;
    // summary, Auth0's own message when it adds something, and fix, as one paragraph.
    QString userText() const;
    // Stable, untranslated, for --json and tests: "unauthorized", "missing-scope", ...
    static QString kindName(Kind kind);

    // The error for an HTTP error answer. tokenEndpoint: the answer came from /oauth/token (its
    // body is OAuth's {"error","error_description"}). rateLimitReset: the x-ratelimit-reset
    // header (UNIX seconds), may be empty. Pure.
    static Auth0Error fromHttp(int httpStatus, const QByteArray &body, bool tokenEndpoint,
                               const QByteArray &rateLimitReset, const QString &host);
    static Auth0Error network(const QString &host, const QString &detail, bool notSent);
    static Auth0Error hostNotFound(const QString &host, const QString &detail);
    static Auth0Error timeout(const QString &host, int timeoutMs);
    static Auth0Error tls(const QString &host, const QString &detail);
    static Auth0Error invalidResponse(const QString &host, int httpStatus, const QString &detail);
    static Auth0Error outcomeUnknown(const QString &host, const QString &reason);
    static Auth0Error cancelled(bool mayHaveReachedAuth0);
    static Auth0Error invalidRequest(const QString &message);
    // The token's scopes lack what a feature needs; no request was made.
    static Auth0Error missingScope(const QStringList &scopes, const QString &host);
};
