#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// Value types for the part of Auth0's Authentication API the MFA test uses: a password-realm
// sign-in that Auth0 answers with mfa_required, the MFA API (/mfa/authenticators, /mfa/associate,
// /mfa/challenge) and the mfa-oob grant that completes the login. Plain data: request building is
// in MfaRequests, parsing in MfaParser. The secrets (the test application's client secret, the
// test user's password, the mfa_token, oob codes) live in memory only.

namespace MfaGrantTypes {
inline const QString Password = QStringLiteral("password");
inline const QString PasswordRealm
    = QStringLiteral("http://auth0.com/oauth/grant-type/password-realm");
inline const QString MfaOob = QStringLiteral("http://auth0.com/oauth/grant-type/mfa-oob");
// What the test application needs, in the order the Dashboard lists them.
inline QStringList required()
{
    return {Password, PasswordRealm, MfaOob};
}
} // namespace MfaGrantTypes

// Who signs in: a regular application of the tenant (not the Management API's M2M client) and a
// user of one of its database connections.
struct MfaTestAccount
{
    QString clientId; // the test application
    QString clientSecret; // from the keychain (@AUTH0_TEST_CLIENT_SECRET)
    QString username; // e-mail or user name
    QString password; // from the keychain (@AUTH0_TEST_USER_PASSWORD)
    QString realm; // the database connection's name, e.g. Username-Password-Authentication

    bool isComplete() const
    {
        return !clientId.isEmpty() && !clientSecret.isEmpty() && !username.isEmpty()
            && !password.isEmpty() && !realm.isEmpty();
    }
};

// 403 {"error":"mfa_required","error_description":"Multifactor authentication required",
// "mfa_token":"...", "mfa_requirements":{"challenge":[{"type":"phone"}]}}
struct MfaRequired
{
    QString mfaToken;
    QStringList challengeTypes; // mfa_requirements.challenge[].type, when Auth0 sends them
    QStringList enrollTypes; // mfa_requirements.enroll[].type
};

// One entry of GET /mfa/authenticators.
struct MfaAuthenticator
{
    QString id; // "sms|dev_..."
    QString authenticatorType; // "oob", "otp", "recovery-code"
    QString oobChannel; // "sms", "voice", "email", "auth0"
    QString name; // the masked phone number for sms ("+XXXXXXX0100")
    bool active = false;

    bool isSms() const
    {
        return authenticatorType == QLatin1String("oob") && oobChannel == QLatin1String("sms");
    }
};

// What /mfa/associate (enrolment) and /mfa/challenge answer for an SMS: the oob_code to send back
// with the code the user received (binding_method "prompt").
struct MfaOobCode
{
    QString oobCode;
    QString bindingMethod; // "prompt"
    QString challengeType; // challenge: "oob"
    QString authenticatorType; // associate: "oob"
    QString oobChannel; // associate: "sms"
    int recoveryCodeCount = 0; // associate, first enrolment: how many (never kept)
};

// A successful login: only what the timeline shows. The tokens themselves are not kept.
struct MfaLoginResult
{
    bool hasAccessToken = false;
    bool hasIdToken = false;
    QString tokenType;
    int expiresIn = 0;
    QString scope;
};
