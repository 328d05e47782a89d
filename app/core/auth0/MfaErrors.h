#pragma once

#include "Auth0Error.h"

#include <QCoreApplication>
#include <QString>

// What an Authentication API error means at a step of the MFA test, in the user's words: the
// console's summary and fix over Auth0's own "error" and "error_description". Pure.
struct MfaProblem
{
    // Stable, for --json and tests: "grant-type-missing", "wrong-password", "wrong-code",
    // "code-expired", "mfa-not-required", "sms-not-enabled", "already-enrolled",
    // "not-enrolled", "mfa-token-expired", "connection-not-enabled", "user-blocked",
    // "application-refused", or the Auth0Error kind name for the rest.
    QString code;
    QString summary; // translated, one line
    QString fix; // translated
    QString auth0Error; // Auth0's "error", e.g. invalid_grant
    QString auth0Description; // Auth0's "error_description"
    int httpStatus = 0;

    bool isEmpty() const { return code.isEmpty(); }
    QString userText() const;
};

class MfaErrors
{
    Q_DECLARE_TR_FUNCTIONS(MfaErrors)
public:
    enum class Step { SignIn, Authenticators, Associate, Challenge, Complete };

    // The problem behind error at step. Network and HTTP failures that are not Auth0's OAuth
    // errors keep Auth0Error's own summary and fix.
    static MfaProblem explain(Step step, const Auth0Error &error);
    // The tenant signed the user in without asking for a second factor.
    static MfaProblem mfaNotRequired();
    // An input problem found before anything was sent (message names the field and the fix).
    static MfaProblem invalidInput(const QString &message);
    static QString stepName(Step step); // stable: "sign-in", "authenticators", ...
};
