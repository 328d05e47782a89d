#include "MfaErrors.h"

namespace {

MfaProblem make(const QString &code, const QString &summary, const QString &fix,
                const Auth0Error &e = {})
{
    MfaProblem p;
    p.code = code;
    p.summary = summary;
    p.fix = fix;
    p.auth0Error = e.error;
    p.auth0Description = e.message;
    p.httpStatus = e.httpStatus;
    return p;
}

bool says(const Auth0Error &e, const char *text)
{
    return e.message.contains(QLatin1String(text), Qt::CaseInsensitive);
}

const char *const GrantTypesPage = "Auth0 Dashboard > Applications > the test application > "
                                   "Settings > Advanced Settings > Grant Types";

} // namespace

QString MfaProblem::userText() const
{
    QString text = summary;
    if (!auth0Description.isEmpty() && !summary.contains(auth0Description))
        text += QLatin1Char(' ') + MfaErrors::tr("Auth0 says: %1").arg(auth0Description);
    if (!fix.isEmpty())
        text += QLatin1Char(' ') + fix;
    return text;
}

QString MfaErrors::stepName(Step step)
{
    switch (step) {
    case Step::SignIn:
        return QStringLiteral("sign-in");
    case Step::Authenticators:
        return QStringLiteral("authenticators");
    case Step::Associate:
        return QStringLiteral("associate");
    case Step::Challenge:
        return QStringLiteral("challenge");
    case Step::Complete:
        return QStringLiteral("complete");
    }
    return QStringLiteral("unknown");
}

MfaProblem MfaErrors::mfaNotRequired()
{
    return make(QStringLiteral("mfa-not-required"),
                tr("The tenant signed the test user in without asking for a second factor, so no "
                   "text message was sent."),
                tr("In the Auth0 Dashboard open Security > Multi-factor Auth, turn on Phone "
                   "Message and set Require Multi-factor Auth to Always (or require it in a "
                   "post-login Action)."));
}

MfaProblem MfaErrors::invalidInput(const QString &message)
{
    return make(QStringLiteral("invalid-input"), message, QString());
}

MfaProblem MfaErrors::explain(Step step, const Auth0Error &e)
{
    const QString err = e.error;
    if (err.isEmpty()) {
        // Not an OAuth error body: the network, a timeout, a proxy page, a 5xx.
        if (e.kind == Auth0Error::Kind::InvalidRequest)
            return invalidInput(e.message);
        MfaProblem p = make(Auth0Error::kindName(e.kind), e.summary(), e.fix(), e);
        if (e.kind == Auth0Error::Kind::OutcomeUnknown && step == Step::Complete)
            p.fix = tr("Run the test again: a login whose answer was lost cannot be told apart "
                       "from one that failed.");
        return p;
    }
    if (err == QLatin1String("unauthorized_client") && says(e, "grant type")) {
        return make(QStringLiteral("grant-type-missing"),
                    tr("The test application may not use this grant (%1).").arg(e.message),
                    tr("In %1 tick Password and MFA (OOB), then Save; or let the console set up "
                       "its own test application.")
                        .arg(QLatin1String(GrantTypesPage)),
                    e);
    }
    if (says(e, "connection") && (says(e, "not enabled") || says(e, "disabled"))) {
        return make(QStringLiteral("connection-not-enabled"),
                    tr("The test user's database connection is not enabled for the test "
                       "application."),
                    tr("In the Auth0 Dashboard open Authentication > Database > the connection > "
                       "Applications and enable the test application."),
                    e);
    }
    if (err == QLatin1String("access_denied") && says(e, "already enrolled")) {
        return make(QStringLiteral("already-enrolled"),
                    tr("The test user already has an MFA factor; Auth0 enrols another one only "
                       "after a challenge of the first."),
                    tr("Run the test again: the console challenges the enrolled phone."), e);
    }
    if (err == QLatin1String("access_denied") || (err == QLatin1String("invalid_client"))) {
        return make(QStringLiteral("application-refused"),
                    tr("Auth0 refused the test application's client ID and secret."),
                    tr("Copy the client secret of the test application again (Auth0 Dashboard > "
                       "Applications > the application > Settings) into the keychain entry "
                       "@AUTH0_TEST_CLIENT_SECRET, or let the console set its own up."),
                    e);
    }
    if (err == QLatin1String("too_many_attempts") || says(e, "blocked")) {
        return make(QStringLiteral("user-blocked"),
                    tr("Auth0 has blocked the test user after too many attempts."),
                    tr("Unblock the user in Auth0 Dashboard > User Management > Users > the user, "
                       "or wait for the block to lift."),
                    e);
    }
    if (err == QLatin1String("expired_token")) {
        if (step == Step::Complete && says(e, "oob_code"))
            return make(QStringLiteral("code-expired"),
                        tr("The code expired before it was typed (Auth0 keeps it 5 minutes)."),
                        tr("Run the test again and type the new code sooner."), e);
        return make(QStringLiteral("mfa-token-expired"),
                    tr("The MFA transaction expired (Auth0 keeps its mfa_token 10 minutes)."),
                    tr("Run the test again."), e);
    }
    if (err == QLatin1String("unsupported_challenge_type")) {
        return make(QStringLiteral("sms-not-enabled"),
                    tr("Auth0 does not offer an SMS challenge for this user."),
                    tr("In the Auth0 Dashboard open Security > Multi-factor Auth and turn on "
                       "Phone Message with SMS."),
                    e);
    }
    if (err == QLatin1String("association_required")) {
        return make(QStringLiteral("not-enrolled"),
                    tr("The test user has no active phone to challenge."),
                    tr("Run the test again: the console enrols the test phone first."), e);
    }
    if (err == QLatin1String("invalid_grant")) {
        if (step == Step::SignIn)
            return make(QStringLiteral("wrong-password"),
                        tr("Auth0 refused the test user's name or password."),
                        tr("Check the user name and the connection, and put the user's password "
                           "into the keychain entry @AUTH0_TEST_USER_PASSWORD again."),
                        e);
        if (says(e, "binding") || says(e, "otp"))
            return make(QStringLiteral("wrong-code"),
                        tr("Auth0 refused the code that was typed: it is not the one it sent."),
                        tr("Type the code of the newest text message, exactly as it arrived."), e);
        if (says(e, "rejected"))
            return make(QStringLiteral("rejected"), tr("Auth0 rejected the login."),
                        tr("Run the test again."), e);
        return make(QStringLiteral("invalid-grant"),
                    tr("Auth0 refused the step: %1").arg(e.message), tr("Run the test again."), e);
    }
    if (err == QLatin1String("mfa_required") && step == Step::Complete)
        return make(QStringLiteral("wrong-code"),
                    tr("Auth0 still asks for the second factor: the code was not accepted."),
                    tr("Type the code of the newest text message."), e);
    if (err == QLatin1String("invalid_request") && says(e, "binding_code"))
        return make(QStringLiteral("wrong-code"), tr("No code was sent with the login."),
                    tr("Type the code the text message brought."), e);
    if (err == QLatin1String("invalid_request") && says(e, "mfa_token"))
        return make(QStringLiteral("mfa-token-expired"),
                    tr("Auth0 does not accept the MFA token of this login (%1).").arg(e.message),
                    tr("Run the test again: every step must use the same test application."), e);
    return make(err, tr("Auth0 refused the step (%1, HTTP %2).").arg(err).arg(e.httpStatus),
                tr("Correct what Auth0 names and run the test again."), e);
}
