#pragma once

#include "Auth0Connection.h"
#include "Auth0Requests.h"
#include "MfaTypes.h"

#include <QCoreApplication>

// Requests of Auth0's Authentication API for the MFA test, as they go over the wire: pure
// builders over value types, sent by Auth0Client::send like the Management API's (needsToken
// false: none of them carries the Management token). Bodies hold the test application's secret,
// the test user's password, the mfa_token or an oob_code: they are never logged, and
// describeForLog shows method and URL only. An invalid input gives a request with error set.
class MfaRequests
{
    Q_DECLARE_TR_FUNCTIONS(MfaRequests)
public:
    // POST /oauth/token, form: grant_type=http://auth0.com/oauth/grant-type/password-realm,
    // username, password, realm, client_id, client_secret, scope=openid. A tenant that requires
    // MFA answers 403 mfa_required with an mfa_token.
    static Auth0Request signIn(const Auth0Connection &c, const MfaTestAccount &account);
    // GET /mfa/authenticators with Authorization: Bearer mfa_token.
    static Auth0Request listAuthenticators(const Auth0Connection &c, const QString &mfaToken);
    // POST /mfa/associate with the mfa_token: {"authenticator_types":["oob"],
    // "oob_channels":["sms"], "phone_number": phone (E.164)}. Enrols the phone; Auth0 texts it a
    // code that completeOob confirms.
    static Auth0Request associateSms(const Auth0Connection &c, const QString &mfaToken,
                                     const QString &phoneNumber);
    // POST /mfa/challenge {"mfa_token","client_id","client_secret","challenge_type":"oob",
    // "authenticator_id"}: Auth0 texts the enrolled phone a code.
    static Auth0Request challengeOob(const Auth0Connection &c, const MfaTestAccount &account,
                                     const QString &mfaToken, const QString &authenticatorId);
    // POST /oauth/token, form: grant_type=http://auth0.com/oauth/grant-type/mfa-oob, client_id,
    // client_secret, mfa_token, oob_code, binding_code (the code the text brought).
    static Auth0Request completeOob(const Auth0Connection &c, const MfaTestAccount &account,
                                    const QString &mfaToken, const QString &oobCode,
                                    const QString &bindingCode);

    // Text with the account's secrets and the given tokens replaced by "***" (as typed and as
    // they travel percent-encoded in a form).
    static QString redact(const QString &text, const MfaTestAccount &account,
                          const QStringList &tokens = {});
};
