#pragma once

#include "Auth0Connection.h"
#include "Auth0Types.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

class QNetworkRequest;

// One HTTP request to an Auth0 tenant, as it goes over the wire, minus the bearer token (added by
// Auth0Client when it sends). Built by pure functions so that tests check URL, method and body
// without a network.
struct Auth0Request
{
    enum class Method { Get, Post, Put, Patch, Delete };

    Method method = Method::Get;
    QUrl url;
    QByteArray body; // JSON for the Management API; form-encoded for /oauth/token
    QByteArray contentType; // empty without a body
    // Needs the Management API token in "Authorization: Bearer". False for /oauth/token and the
    // Authentication API's /mfa/* endpoints.
    bool needsToken = true;
    // A bearer of the request's own, sent when needsToken is false: the mfa_token of the MFA API.
    // Never logged (describeForLog prints the method and URL only).
    QByteArray bearer;
    // The scopes Auth0 asks for this request (any one of them is enough): what a 403 names.
    QStringList scopes;
    QString error; // translated; set instead of a request when the input cannot be sent

    bool isValid() const { return error.isEmpty() && url.isValid(); }
    // GETs may be retried on transient failures; writes never blindly.
    bool isIdempotentRead() const { return method == Method::Get; }
    bool isTokenRequest() const { return !needsToken; }
    QByteArray methodName() const;
};

class Auth0Requests
{
    Q_DECLARE_TR_FUNCTIONS(Auth0Requests)
public:
    // The connection's base URL (https://{domain}, or the loopback override) joined with path;
    // query values percent-encoded ('+' as %2B). Invalid when the connection has no domain, or
    // the override is not https or loopback http.
    static QUrl buildUrl(const Auth0Connection &connection, const QString &path,
                         const QList<QPair<QString, QString>> &query = {});
    // Empty when the connection can be used; else why not (translated, naming the field).
    static QString checkConnection(const Auth0Connection &connection);
    // Empty when a client secret is given; else what to enter and where Auth0 shows it.
    static QString checkClientSecret(const QString &clientSecret);

    // POST /oauth/token, client credentials for the Management API (audience
    // https://{domain}/api/v2/), form-encoded.
    static Auth0Request token(const Auth0Connection &connection, const QString &clientSecret);

    // Management API, all under /api/v2.
    static Auth0Request getTenantSettings(const Auth0Connection &c);

    static Auth0Request listActions(const Auth0Connection &c, const ActionListQuery &query);
    static Auth0Request getAction(const Auth0Connection &c, const QString &id);
    static Auth0Request createAction(const Auth0Connection &c, const ActionDraft &draft);
    static Auth0Request updateAction(const Auth0Connection &c, const QString &id,
                                     const ActionDraft &draft);
    static Auth0Request deleteAction(const Auth0Connection &c, const QString &id, bool force);
    static Auth0Request deployAction(const Auth0Connection &c, const QString &id);
    // POST /actions/actions/{id}/test with {"payload": payload}.
    static Auth0Request testAction(const Auth0Connection &c, const QString &id,
                                   const QJsonObject &payload);
    static Auth0Request listActionVersions(const Auth0Connection &c, const QString &actionId,
                                           int page = -1, int perPage = 0);
    static Auth0Request getActionVersion(const Auth0Connection &c, const QString &actionId,
                                         const QString &versionId);
    // Rollback: POST .../versions/{id}/deploy with {"update_draft": updateDraft}.
    static Auth0Request deployActionVersion(const Auth0Connection &c, const QString &actionId,
                                            const QString &versionId, bool updateDraft);
    static Auth0Request getExecution(const Auth0Connection &c, const QString &id);
    static Auth0Request listTriggers(const Auth0Connection &c);
    static Auth0Request listTriggerBindings(const Auth0Connection &c, const QString &triggerId,
                                            int page = -1, int perPage = 0);
    // Replaces the whole list: read, modify, write.
    static Auth0Request updateTriggerBindings(const Auth0Connection &c, const QString &triggerId,
                                              const QList<BindingRef> &bindings);

    static Auth0Request listGuardianFactors(const Auth0Connection &c);
    // PUT /guardian/factors/{name} {"enabled"}.
    static Auth0Request setGuardianFactor(const Auth0Connection &c, const QString &name,
                                          bool enabled);
    static Auth0Request getPhoneMessageTypes(const Auth0Connection &c);
    static Auth0Request setPhoneMessageTypes(const Auth0Connection &c, const QStringList &types);
    static Auth0Request getPhoneSelectedProvider(const Auth0Connection &c);
    static Auth0Request setPhoneSelectedProvider(const Auth0Connection &c, const QString &provider);

    // GET /branding/phone/providers[?disabled=]
    static Auth0Request listPhoneProviders(const Auth0Connection &c,
                                           std::optional<bool> disabled = std::nullopt);
    static Auth0Request getPhoneProvider(const Auth0Connection &c, const QString &id);
    static Auth0Request createPhoneProvider(const Auth0Connection &c,
                                            const PhoneProviderDraft &draft);
    static Auth0Request updatePhoneProvider(const Auth0Connection &c, const QString &id,
                                            const PhoneProviderDraft &draft);
    // POST /branding/phone/providers/{id}/try {"to", "delivery_method"}.
    static Auth0Request tryPhoneProvider(const Auth0Connection &c, const QString &id,
                                         const QString &to, const QString &deliveryMethod);

    // GET /logs with q (never the OAS's "search", which the live API refuses).
    static Auth0Request listLogs(const Auth0Connection &c, const TenantLogQuery &query);
    // The Link rel="next" URL of a checkpoint page, followed only when it points at the same
    // host and port as the connection's base URL and at /api/v2/logs.
    static Auth0Request nextLogsPage(const Auth0Connection &c, const QUrl &next);

    // Legacy Hooks, read only: GET /hooks?triggerId=, GET /hooks/{id}.
    static Auth0Request listHooks(const Auth0Connection &c, const QString &triggerId);
    static Auth0Request getHook(const Auth0Connection &c, const QString &id);

    // Request bodies as JSON, for tests and the contract check.
    static QJsonObject actionDraftJson(const ActionDraft &draft, bool forCreate);
    static QJsonObject phoneProviderDraftJson(const PhoneProviderDraft &draft, bool forCreate);

    // The request as Qt sends it: Accept JSON, User-Agent, the bearer token when given, no
    // redirects followed (a redirected write could be sent twice).
    static QNetworkRequest toNetworkRequest(const Auth0Request &request,
                                            const QByteArray &accessToken);
    // The rel="next" target of a Link header, or an empty URL.
    static QUrl parseNextLink(const QByteArray &linkHeader);
    // Text with the client secret, the token and any "Bearer ..." value replaced by "***".
    static QString redact(const QString &text, const QString &clientSecret,
                          const QByteArray &accessToken);
    // "PATCH https://acme.us.auth0.com/api/v2/actions/actions/ID" for logs: no body, no token.
    static QString describeForLog(const Auth0Request &request);
};
