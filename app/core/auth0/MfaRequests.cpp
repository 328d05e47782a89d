#include "MfaRequests.h"

#include "sandbox/FormCodec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace {

Auth0Request failed(const QString &error)
{
    Auth0Request r;
    r.error = error;
    return r;
}

// The checks every request shares: a usable connection and the test application's credentials.
QString checkAccount(const Auth0Connection &c, const MfaTestAccount &a, bool needsUser)
{
    if (const QString e = Auth0Requests::checkConnection(c); !e.isEmpty())
        return e;
    if (a.clientId.trimmed().isEmpty())
        return MfaRequests::tr("Test application: name the client ID of the application the test "
                               "user signs in to, or let the console set one up.");
    if (a.clientSecret.isEmpty())
        return MfaRequests::tr("Test application: its client secret is not in the keychain "
                               "(@AUTH0_TEST_CLIENT_SECRET); set it, or let the console set the "
                               "test application up.");
    if (!needsUser)
        return {};
    if (a.username.trimmed().isEmpty())
        return MfaRequests::tr("Test user: name the user (e-mail or user name) that signs in, or "
                               "let the console set one up.");
    if (a.password.isEmpty())
        return MfaRequests::tr("Test user: the password is not in the keychain "
                               "(@AUTH0_TEST_USER_PASSWORD); set it, or let the console set the "
                               "test user up.");
    if (a.realm.trimmed().isEmpty())
        return MfaRequests::tr("Test user: name the database connection the user belongs to "
                               "(for example Username-Password-Authentication).");
    return {};
}

Auth0Request post(const Auth0Connection &c, const QString &path)
{
    Auth0Request r;
    r.method = Auth0Request::Method::Post;
    r.needsToken = false;
    r.url = Auth0Requests::buildUrl(c, path);
    return r;
}

Auth0Request form(Auth0Request r, const FormCodec::Fields &fields)
{
    r.contentType = QByteArrayLiteral("application/x-www-form-urlencoded");
    r.body = FormCodec::encode(fields);
    return r;
}

Auth0Request json(Auth0Request r, const QJsonObject &body)
{
    r.contentType = QByteArrayLiteral("application/json");
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return r;
}

QString checkToken(const QString &mfaToken)
{
    if (mfaToken.isEmpty())
        return MfaRequests::tr("MFA token: sign in first; Auth0 gives the token with its "
                               "mfa_required answer.");
    return {};
}

} // namespace

Auth0Request MfaRequests::signIn(const Auth0Connection &c, const MfaTestAccount &a)
{
    if (const QString e = checkAccount(c, a, true); !e.isEmpty())
        return failed(e);
    return form(post(c, QStringLiteral("/oauth/token")),
                {{QStringLiteral("grant_type"), MfaGrantTypes::PasswordRealm},
                 {QStringLiteral("username"), a.username.trimmed()},
                 {QStringLiteral("password"), a.password},
                 {QStringLiteral("realm"), a.realm.trimmed()},
                 {QStringLiteral("client_id"), a.clientId.trimmed()},
                 {QStringLiteral("client_secret"), a.clientSecret},
                 {QStringLiteral("scope"), QStringLiteral("openid")}});
}

Auth0Request MfaRequests::listAuthenticators(const Auth0Connection &c, const QString &mfaToken)
{
    if (const QString e = Auth0Requests::checkConnection(c); !e.isEmpty())
        return failed(e);
    if (const QString e = checkToken(mfaToken); !e.isEmpty())
        return failed(e);
    Auth0Request r;
    r.method = Auth0Request::Method::Get;
    r.needsToken = false;
    r.bearer = mfaToken.toUtf8();
    r.url = Auth0Requests::buildUrl(c, QStringLiteral("/mfa/authenticators"));
    return r;
}

Auth0Request MfaRequests::associateSms(const Auth0Connection &c, const QString &mfaToken,
                                       const QString &phoneNumber)
{
    if (const QString e = Auth0Requests::checkConnection(c); !e.isEmpty())
        return failed(e);
    if (const QString e = checkToken(mfaToken); !e.isEmpty())
        return failed(e);
    static const QRegularExpression e164(QStringLiteral("^\\+[1-9][0-9]{6,14}$"));
    if (!e164.match(phoneNumber).hasMatch())
        return failed(tr("Phone number: enter the test phone in E.164 form, such as "
                         "+14155552671 (\"%1\" is not).")
                          .arg(phoneNumber));
    Auth0Request r = post(c, QStringLiteral("/mfa/associate"));
    r.bearer = mfaToken.toUtf8();
    return json(r,
                {{QStringLiteral("authenticator_types"), QJsonArray {QStringLiteral("oob")}},
                 {QStringLiteral("oob_channels"), QJsonArray {QStringLiteral("sms")}},
                 {QStringLiteral("phone_number"), phoneNumber}});
}

Auth0Request MfaRequests::challengeOob(const Auth0Connection &c, const MfaTestAccount &a,
                                       const QString &mfaToken, const QString &authenticatorId)
{
    if (const QString e = checkAccount(c, a, false); !e.isEmpty())
        return failed(e);
    if (const QString e = checkToken(mfaToken); !e.isEmpty())
        return failed(e);
    if (authenticatorId.isEmpty())
        return failed(tr("Authenticator: list the user's authenticators first and pick its SMS "
                         "one."));
    return json(post(c, QStringLiteral("/mfa/challenge")),
                {{QStringLiteral("mfa_token"), mfaToken},
                 {QStringLiteral("client_id"), a.clientId.trimmed()},
                 {QStringLiteral("client_secret"), a.clientSecret},
                 {QStringLiteral("challenge_type"), QStringLiteral("oob")},
                 {QStringLiteral("authenticator_id"), authenticatorId}});
}

Auth0Request MfaRequests::completeOob(const Auth0Connection &c, const MfaTestAccount &a,
                                      const QString &mfaToken, const QString &oobCode,
                                      const QString &bindingCode)
{
    if (const QString e = checkAccount(c, a, false); !e.isEmpty())
        return failed(e);
    if (const QString e = checkToken(mfaToken); !e.isEmpty())
        return failed(e);
    if (oobCode.isEmpty())
        return failed(tr("OOB code: ask for a challenge (or enrol) first; Auth0 answers it with "
                         "the oob_code."));
    const QString code = bindingCode.trimmed();
    if (code.isEmpty())
        return failed(tr("Code: type the code the text message brought."));
    return form(post(c, QStringLiteral("/oauth/token")),
                {{QStringLiteral("grant_type"), MfaGrantTypes::MfaOob},
                 {QStringLiteral("client_id"), a.clientId.trimmed()},
                 {QStringLiteral("client_secret"), a.clientSecret},
                 {QStringLiteral("mfa_token"), mfaToken},
                 {QStringLiteral("oob_code"), oobCode},
                 {QStringLiteral("binding_code"), code}});
}

QString MfaRequests::redact(const QString &text, const MfaTestAccount &a, const QStringList &tokens)
{
    QString out = text;
    QStringList secrets {a.clientSecret, a.password};
    secrets += tokens;
    for (const QString &s : std::as_const(secrets)) {
        if (s.size() < 4)
            continue;
        out.replace(s, QStringLiteral("***"));
        const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(s));
        if (encoded != s)
            out.replace(encoded, QStringLiteral("***"));
    }
    return out;
}
