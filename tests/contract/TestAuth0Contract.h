#pragma once

#include "Auth0ContractFront.h"
#include "PrismServer.h"

#include "auth0/Auth0Client.h"
#include "auth0/Auth0Requests.h"

#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QObject>

#include <memory>
#include <optional>

// Contract tests: what the console sends to an Auth0 tenant, checked by Prism
// (@stoplight/prism-cli, pinned in package-lock.json) serving Auth0's own Management API spec
// (specs/auth0, from auth0/docs-v2). Prism checks each request against the spec: the path and
// its parameters (enums such as the trigger id and the factor name), the method, the content
// type, required body fields, field types and enums, unknown fields where the spec forbids them,
// and that a bearer token is present. It reports what it found in the sl-violations header; a
// violation located in the request fails the test. Its answers are built from the spec's
// schemas, not from the request, so these tests prove the wire format, not behaviour (that is
// the Auth0 sandbox's job).
//
// The spec's paths are relative to /api/v2 and it does not describe /oauth/token, so the
// requests go through Auth0ContractFront, which strips the prefix and answers the token request
// itself. Accepted requests are sent by the real Auth0Client (token fetch included), so what is
// checked is what goes over the wire; refusals send a real request with one thing changed.
//
// Split by job: TestAuth0Contract.cpp (set-up, the harness), Auth0ContractRequests.cpp
// (every request Auth0Requests builds is accepted), Auth0ContractRefusals.cpp (Prism would
// catch a mistake).

// One answer as the network access manager saw it.
struct Exchange
{
    QByteArray method;
    QUrl url;
    int status = 0;
    QByteArray body;
    QStringList requestViolations; // Prism's sl-violations about the request
    QStringList responseViolations; // about its own answer: the spec's business, not checked
    QByteArray frontHeader; // x-contract-front: set when the front, not Prism, answered

    QString describe() const;
};

Q_DECLARE_METATYPE(Auth0Request)
Q_DECLARE_METATYPE(ActionDraft)
Q_DECLARE_METATYPE(ActionListQuery)
Q_DECLARE_METATYPE(BindingRef)
Q_DECLARE_METATYPE(TenantLogQuery)
Q_DECLARE_METATYPE(PhoneProviderDraft)
Q_DECLARE_METATYPE(std::optional<bool>)

// Prism accepted an exchange: the status, and nothing wrong with the request.
#define EXPECT_EXCHANGE_ACCEPTED(exchange, expectedStatus)                                         \
    do {                                                                                           \
        const Exchange &e_ = (exchange);                                                           \
        QVERIFY2(e_.requestViolations.isEmpty(), qPrintable(e_.describe()));                       \
        QVERIFY2(e_.frontHeader.isEmpty(), qPrintable(e_.describe()));                             \
        QVERIFY2(e_.status == (expectedStatus), qPrintable(e_.describe()));                        \
    } while (false)

// Prism refused it, and said why: the status, and a request violation containing what.
#define EXPECT_REFUSED(exchange, expectedStatus, what)                                             \
    do {                                                                                           \
        const Exchange &e_ = (exchange);                                                           \
        QVERIFY2(e_.status == (expectedStatus), qPrintable(e_.describe()));                        \
        QVERIFY2(e_.requestViolations.join(u'\n').contains(what), qPrintable(e_.describe()));      \
    } while (false)

// The client sent request, Prism accepted it on the first attempt with expectedStatus, and it
// reached Prism at /api/v2 + specPath. Declares `Auth0Reply *reply`.
#define EXPECT_SENT(request, expectedStatus, specPath)                                             \
    Auth0Reply *reply = nullptr;                                                                   \
    do {                                                                                           \
        const QString why_ = sendAccepted((request), (expectedStatus), (specPath), &reply);        \
        QVERIFY2(why_.isEmpty(), qPrintable(why_));                                                \
    } while (false)

class TestAuth0Contract : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    // The harness: what reaches Prism, and what does not.
    void frontForwardsApiV2ToPrism();
    void frontAnswersTokenRequests();
    void frontLeavesOtherPathsUnrouted();

    // Every request Auth0Requests builds, with realistic inputs, is accepted.
    void token();
    void tenantSettings();
    void listActions_data();
    void listActions();
    void getAction();
    void createAction_data();
    void createAction();
    void updateAction_data();
    void updateAction();
    void deleteAction_data();
    void deleteAction();
    void deployAction();
    void testAction();
    void listActionVersions_data();
    void listActionVersions();
    void getActionVersion();
    void deployActionVersion_data();
    void deployActionVersion();
    void getExecution();
    void listTriggers();
    void listTriggerBindings_data();
    void listTriggerBindings();
    void updateTriggerBindings_data();
    void updateTriggerBindings();
    void guardianFactors();
    void setGuardianFactor_data();
    void setGuardianFactor();
    void phoneMessageTypes_data();
    void phoneMessageTypes();
    void phoneSelectedProvider_data();
    void phoneSelectedProvider();
    void listPhoneProviders_data();
    void listPhoneProviders();
    void getPhoneProvider();
    void createPhoneProvider_data();
    void createPhoneProvider();
    void updatePhoneProvider_data();
    void updatePhoneProvider();
    void tryPhoneProvider_data();
    void tryPhoneProvider();
    void listLogs_data();
    void listLogs();
    void nextLogsPage();
    void listHooks_data();
    void listHooks();
    void getHook();

    // Prism would catch a mistake: the checks above are not vacuous.
    void requestWithoutBearerIsRefused();
    void missingRequiredFieldIsRefused_data();
    void missingRequiredFieldIsRefused();
    void wrongContentTypeIsRefused();
    void badPathIsRefused_data();
    void badPathIsRefused();
    void wrongValueIsRefused_data();
    void wrongValueIsRefused();
    void queryValueOutOfRangeIsRefused();
    void refusedBeforeSending_data();
    void refusedBeforeSending();

private:
    Auth0Connection connection() const;
    // Sends request through the client and checks it was accepted; empty when it was, else why
    // not (with what Prism said).
    QString sendAccepted(const Auth0Request &request, int expectedStatus, const QString &specPath,
                         Auth0Reply **reply);
    // request as toNetworkRequest makes it, sent by a second access manager whose traffic is not
    // checked in cleanup(): for the deliberately wrong variants. body and contentType replace
    // the request's own when given.
    Exchange sendRaw(const Auth0Request &request, std::optional<QByteArray> body = std::nullopt,
                     std::optional<QByteArray> contentType = std::nullopt,
                     const QByteArray &token = Auth0ContractFront::accessToken());
    // A hand-made request, for the harness checks.
    Exchange send(const QByteArray &method, const QString &pathAndQuery,
                  const QByteArray &body = {}, const QByteArray &contentType = "application/json",
                  bool withToken = true);
    Exchange send(const QByteArray &method, QNetworkRequest request, const QByteArray &body);

    std::unique_ptr<PrismServer> m_prism;
    std::unique_ptr<Auth0ContractFront> m_front;
    QNetworkAccessManager m_nam; // the client's; every answer is recorded and checked
    QNetworkAccessManager m_rawNam; // for the deliberately wrong requests
    QList<Exchange> m_exchanges;
    Auth0Client *m_client = nullptr;
};

namespace Auth0Contract {
inline const QString ClientId = QStringLiteral("ContractClientId0123456789abcdef");
// Characters that form encoding must get right.
inline const QString ClientSecret = QStringLiteral("contract-client-secret-+/=&% x");
inline const QString Domain = QStringLiteral("acme.us.auth0.com");
// Ids in the forms Auth0 uses.
inline const QString ActionId = QStringLiteral("910b1053-577f-4d81-a8c8-020e7319a38a");
inline const QString VersionId = QStringLiteral("12a3b9e6-06e6-4a29-96bf-90c82fe79a0d");
inline const QString ExecutionId
    = QStringLiteral("Mjk3NDc4MzAtNGU3Ni00OWQ1LWE0ZjctZGIzMjBjYTQ3ZmZm");
inline const QString ProviderId = QStringLiteral("pro_3UzyS4veHQLMTCt3EzXgTt");
inline const QString HookId = QStringLiteral("01GXYZ4V9Q2Z8K7N3M5P6R1S0T");
} // namespace Auth0Contract
