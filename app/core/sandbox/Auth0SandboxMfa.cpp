// The simulated tenants' Authentication API for MFA: /oauth/token with the password-realm and
// mfa-oob grants, /mfa/authenticators, /mfa/associate and /mfa/challenge, in Auth0's OAuth error
// shape ({"error","error_description"}). Each enrolment or challenge texts a fresh code through
// the tenant's phone set-up: the bound, deployed Action of the mode's trigger, run by the
// executor, whose ending is logged as Auth0 logs it (gd_send_sms or gd_send_sms_failure, and
// actions_execution_failed), with an execution for GET /actions/executions/{id}.

#include "sandbox/Auth0SandboxPrivate.h"
#include "sandbox/SandboxFixtures.h"

#include <QJsonDocument>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;
using namespace Auth0SandboxReply;
using namespace Auth0SandboxState;
using Reply = Auth0SandboxReply::Reply;

namespace {

const QString PasswordRealm = u"http://auth0.com/oauth/grant-type/password-realm"_s;
const QString MfaOob = u"http://auth0.com/oauth/grant-type/mfa-oob"_s;

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QString digits(int count)
{
    QString out;
    for (int i = 0; i < count; ++i)
        out += QChar(u'0' + QRandomGenerator::system()->bounded(10));
    return out;
}

// "+14155550100" -> "+XXXXXXX0100", as the authenticators list shows a phone.
QString masked(const QString &phone)
{
    QString out = phone;
    int kept = 0;
    for (qsizetype i = out.size() - 1; i >= 0; --i) {
        if (!out.at(i).isDigit())
            continue;
        if (kept++ >= 4)
            out[i] = u'X';
    }
    return out;
}

Reply missing(const QString &name)
{
    return oauthError(400, u"invalid_request"_s, u"Missing required parameter: "_s + name);
}

Reply tokens()
{
    return ok(QJsonObject {{u"access_token"_s, QString(u"sbx-at-"_s + randomId(40))},
                           {u"id_token"_s, QString(u"eyJhbGciOiJIUzI1NiJ9.sbx."_s + randomId(40))},
                           {u"scope"_s, u"openid"_s},
                           {u"expires_in"_s, 86400},
                           {u"token_type"_s, u"Bearer"_s}});
}

QMap<QString, QString> fieldsOf(const SandboxHttpRequest &request, bool *badJson)
{
    QMap<QString, QString> in;
    *badJson = false;
    if (request.header("Content-Type").toLower().startsWith("application/json")) {
        QJsonParseError error;
        const QJsonDocument json = QJsonDocument::fromJson(request.body, &error);
        if (error.error != QJsonParseError::NoError || !json.isObject()) {
            *badJson = true;
            return in;
        }
        const QJsonObject o = json.object();
        for (auto it = o.begin(); it != o.end(); ++it)
            in.insert(it.key(),
                      it.value().isArray() ? QString::fromUtf8(
                          QJsonDocument(it.value().toArray()).toJson(QJsonDocument::Compact))
                                           : it.value().toVariant().toString());
    } else {
        for (const auto &f : FormCodec::parse(request.body)) {
            if (!in.contains(f.first))
                in.insert(f.first, f.second);
        }
    }
    return in;
}

} // namespace

bool Auth0SandboxPrivate::isMfaGrant(const QString &grantType) const
{
    return grantType == PasswordRealm || grantType == MfaOob;
}

QJsonObject Auth0SandboxPrivate::userLogFields(const Tenant &t, const QString &userId,
                                               const QString &clientId) const
{
    QJsonObject o {{u"ip"_s, u"127.0.0.1"_s},
                   {u"user_agent"_s, u"SmsHookConsole MFA test"_s},
                   {u"user_id"_s, userId},
                   {u"client_id"_s, clientId},
                   {u"connection"_s, Auth0SandboxFixtures::databaseConnection()},
                   {u"connection_id"_s, Auth0SandboxFixtures::databaseConnectionId()}};
    for (const User &u : t.users) {
        if (u.userId == userId)
            o.insert(u"user_name"_s, u.email);
    }
    for (const Client &c : t.clients) {
        if (c.clientId == clientId)
            o.insert(u"client_name"_s, c.name);
    }
    return o;
}

Auth0SandboxPrivate::Reply Auth0SandboxPrivate::mfaGrant(Tenant &t,
                                                         const QMap<QString, QString> &in)
{
    const QString clientId = in.value(u"client_id"_s);
    const auto record = [&](const QString &type, const QString &description, const QString &userId,
                            const QJsonObject &details = {}) {
        QJsonObject e = userLogFields(t, userId, clientId);
        e.insert(u"type"_s, type);
        e.insert(u"description"_s, description);
        if (!details.isEmpty())
            e.insert(u"details"_s, details);
        addLog(t, e);
    };

    if (in.value(u"grant_type"_s) == PasswordRealm) {
        for (const QString &name : {u"username"_s, u"password"_s, u"realm"_s}) {
            if (in.value(name).isEmpty())
                return missing(name);
        }
        const QString realm = in.value(u"realm"_s);
        const Connection *conn = t.findConnection(realm);
        if (!conn || conn->name != realm)
            return oauthError(400, u"invalid_request"_s, u"Unknown realm: "_s + realm);
        if (!conn->enabledClients.contains(clientId))
            return oauthError(403, u"unauthorized_client"_s,
                              u"The connection %1 is not enabled for this client."_s.arg(realm));
        User *user = t.findUserByLogin(in.value(u"username"_s), realm);
        if (!user || user->password != in.value(u"password"_s)) {
            record(u"fp"_s, u"Wrong email or password."_s, user ? user->userId : QString());
            return oauthError(403, u"invalid_grant"_s, u"Wrong email or password."_s);
        }
        if (user->blocked)
            return oauthError(401, u"unauthorized"_s, u"user is blocked"_s);
        const bool mfa = t.mfaPolicies.contains(u"all-applications"_s) && t.smsEnabled();
        if (!mfa) {
            record(u"sepft"_s, u"Successful Exchange of Password for Access Token"_s, user->userId);
            return tokens();
        }
        MfaTransaction tx;
        tx.mfaToken = u"Fe26.2**"_s + randomId(48);
        tx.userId = user->userId;
        tx.clientId = clientId;
        tx.expiresAtMs = nowMs() + MfaTokenLifetimeMs;
        t.mfaTransactions.insert(tx.mfaToken, tx);
        const QJsonArray phone {QJsonObject {{u"type"_s, u"phone"_s}}};
        return ok(QJsonObject {{u"error"_s, u"mfa_required"_s},
                               {u"error_description"_s, u"Multifactor authentication required"_s},
                               {u"mfa_token"_s, tx.mfaToken},
                               {u"mfa_requirements"_s,
                                QJsonObject {
                                    {user->hasActiveSms() ? u"challenge"_s : u"enroll"_s, phone}}}},
                  403);
    }

    // mfa-oob: the oob_code of a challenge or an enrolment, with the code the text brought.
    const QString mfaToken = in.value(u"mfa_token"_s);
    if (mfaToken.isEmpty())
        return missing(u"mfa_token"_s);
    const auto tx = t.mfaTransactions.constFind(mfaToken);
    if (tx == t.mfaTransactions.constEnd())
        return oauthError(400, u"invalid_request"_s, u"Malformed mfa_token"_s);
    if (nowMs() >= tx->expiresAtMs)
        return oauthError(403, u"expired_token"_s, u"mfa_token is expired"_s);
    if (tx->clientId != clientId)
        return oauthError(400, u"invalid_request"_s, u"mfa_token not issued to this client"_s);
    const QString userId = tx->userId;
    const QString oob = in.value(u"oob_code"_s);
    if (oob.isEmpty())
        return missing(u"oob_code"_s);
    auto code = t.oobCodes.find(oob);
    if (code == t.oobCodes.end() || code->mfaToken != mfaToken)
        return oauthError(403, u"invalid_grant"_s, u"Invalid oob_code."_s);
    if (nowMs() >= code->expiresAtMs) {
        t.oobCodes.erase(code);
        return oauthError(403, u"expired_token"_s, u"oob_code is expired"_s);
    }
    const QString binding = in.value(u"binding_code"_s).trimmed();
    if (binding.isEmpty())
        return oauthError(400, u"invalid_request"_s, u"binding_code is required"_s);
    const QJsonObject authenticator {{u"type"_s, u"sms"_s}, {u"id"_s, code->enrollmentId}};
    if (binding != code->code) {
        const int failures = ++code->failedAttempts;
        if (failures >= MaxCodeAttempts)
            t.oobCodes.erase(code);
        record(u"gd_auth_failed"_s, u"Wrong phone code"_s, userId,
               {{u"authenticator"_s, authenticator},
                {u"failure_details"_s,
                 QJsonObject {{u"errorCode"_s, u"invalid_otp"_s},
                              {u"message"_s, u"Invalid binding_code."_s}}}});
        record(u"feoobft"_s, u"Invalid binding_code."_s, userId);
        return oauthError(403, u"invalid_grant"_s, u"Invalid binding_code."_s);
    }
    const OobCode used = *code;
    t.oobCodes.erase(code);
    t.mfaTransactions.remove(mfaToken);
    if (used.enrollment) {
        if (User *u = t.findUser(userId)) {
            for (Enrollment &e : u->enrollments) {
                if (e.id == used.enrollmentId)
                    e.confirmed = true;
            }
        }
        record(u"gd_enrollment_complete"_s, u"Guardian - Enrollment complete (sms)"_s, userId,
               {{u"authenticator"_s, authenticator}});
    } else {
        record(u"gd_auth_succeed"_s, u"Guardian - Second factor authentication succeeded (sms)"_s,
               userId, {{u"authenticator"_s, authenticator}});
    }
    record(u"seoobft"_s, u"Successful Exchange of Password and OOB Challenge for Access Token"_s,
           userId);
    return tokens();
}

Auth0SandboxPrivate::Reply Auth0SandboxPrivate::mfaEndpoint(Tenant &t,
                                                            const SandboxHttpRequest &request)
{
    const QString path = request.path;
    const bool list = path == u"/mfa/authenticators"_s && request.method == "GET";
    const bool associate = path == u"/mfa/associate"_s && request.method == "POST";
    const bool challenge = path == u"/mfa/challenge"_s && request.method == "POST";
    if (!list && !associate && !challenge)
        return notFound();
    bool badJson = false;
    const QMap<QString, QString> in = fieldsOf(request, &badJson);
    if (badJson)
        return oauthError(400, u"invalid_request"_s, u"Invalid JSON body"_s);

    // The mfa_token: the bearer of /mfa/authenticators and /mfa/associate, a field of the
    // challenge (which authenticates the application too).
    QString mfaToken = in.value(u"mfa_token"_s);
    const QByteArray authorization = request.header("Authorization");
    if (!challenge)
        mfaToken = authorization.startsWith("Bearer ")
            ? QString::fromLatin1(authorization.mid(7).trimmed())
            : QString();
    if (challenge) {
        const QString clientId = in.value(u"client_id"_s);
        const Client *client = t.findClient(clientId);
        if (!client || client->clientSecret != in.value(u"client_secret"_s))
            return oauthError(401, u"access_denied"_s, u"Unauthorized"_s);
    }
    if (mfaToken.isEmpty())
        return challenge ? missing(u"mfa_token"_s)
                         : oauthError(401, u"invalid_request"_s, u"Missing authentication"_s);
    const auto tx = t.mfaTransactions.constFind(mfaToken);
    if (tx == t.mfaTransactions.constEnd())
        return oauthError(401, u"invalid_request"_s, u"Malformed mfa_token"_s);
    if (nowMs() >= tx->expiresAtMs)
        return oauthError(403, u"expired_token"_s, u"mfa_token is expired"_s);
    if (challenge && tx->clientId != in.value(u"client_id"_s))
        return oauthError(400, u"invalid_request"_s, u"mfa_token not issued to this client"_s);
    User *user = t.findUser(tx->userId);
    if (!user)
        return oauthError(403, u"expired_token"_s, u"Invalid sub"_s);
    const MfaTransaction transaction = *tx;

    if (list) {
        QJsonArray out;
        if (user->hasActiveSms())
            out.append(
                QJsonObject {{u"id"_s, QString(u"recovery-code|dev_"_s + user->userId.right(16))},
                             {u"authenticator_type"_s, u"recovery-code"_s},
                             {u"active"_s, true}});
        for (const Enrollment &e : std::as_const(user->enrollments))
            out.append(QJsonObject {{u"id"_s, QString(u"sms|"_s + e.id)},
                                    {u"authenticator_type"_s, u"oob"_s},
                                    {u"active"_s, e.confirmed},
                                    {u"oob_channel"_s, u"sms"_s},
                                    {u"name"_s, masked(e.phoneNumber)}});
        return ok(out);
    }

    const auto record
        = [&](const QString &type, const QString &description, const QJsonObject &details = {}) {
              QJsonObject e = userLogFields(t, user->userId, transaction.clientId);
              e.insert(u"type"_s, type);
              e.insert(u"description"_s, description);
              if (!details.isEmpty())
                  e.insert(u"details"_s, details);
              addLog(t, e);
          };
    OobCode code;
    code.oobCode = u"Fe26.2*oob*"_s + randomId(40);
    code.mfaToken = mfaToken;
    code.userId = user->userId;
    code.code = digits(6);
    code.expiresAtMs = nowMs() + OobCodeLifetimeMs;
    QString to;

    if (associate) {
        const QString types = in.value(u"authenticator_types"_s);
        const QString channels = in.value(u"oob_channels"_s);
        if (types.isEmpty())
            return missing(u"authenticator_types"_s);
        if (!types.contains(u"\"oob\""_s))
            return oauthError(400, u"unsupported_challenge_type"_s,
                              u"The sandbox enrols SMS authenticators only (oob)."_s);
        if (!channels.contains(u"\"sms\""_s))
            return oauthError(400, u"unsupported_challenge_type"_s,
                              u"The sandbox enrols SMS authenticators only (oob_channels sms)."_s);
        if (user->hasActiveSms())
            return oauthError(403, u"access_denied"_s, u"User is already enrolled."_s);
        if (!t.smsEnabled())
            return oauthError(400, u"unsupported_challenge_type"_s,
                              u"The SMS factor is not enabled for this tenant."_s);
        to = in.value(u"phone_number"_s);
        if (to.isEmpty())
            return missing(u"phone_number"_s);
        if (!SandboxFixtures::isE164(to))
            return oauthError(400, u"invalid_request"_s,
                              u"phone_number must be in E.164 format: "_s + to);
        user->enrollments.erase(std::remove_if(user->enrollments.begin(), user->enrollments.end(),
                                               [](const Enrollment &e) { return !e.confirmed; }),
                                user->enrollments.end());
        Enrollment e {u"dev_"_s + randomId(16), to, false, now()};
        user->enrollments.append(e);
        code.enrollment = true;
        code.enrollmentId = e.id;
        record(u"gd_start_enroll"_s, u"Guardian - Enrollment started (sms)"_s,
               {{u"authenticator"_s, QJsonObject {{u"type"_s, u"sms"_s}, {u"id"_s, e.id}}}});
    } else {
        const QString type = in.value(u"challenge_type"_s);
        if (!type.isEmpty() && !type.split(u' ').contains(u"oob"_s))
            return oauthError(400, u"unsupported_challenge_type"_s,
                              u"The user does not support the requested challenge type (%1). "
                              "Supported type: oob."_s.arg(type));
        if (!t.smsEnabled())
            return oauthError(400, u"unsupported_challenge_type"_s,
                              u"The SMS factor is not enabled for this tenant."_s);
        if (!user->hasActiveSms())
            return oauthError(400, u"association_required"_s,
                              u"User is not enrolled. You can use /mfa/associate endpoint to "
                              "enroll the first authenticator."_s);
        const QString wanted = in.value(u"authenticator_id"_s);
        for (const Enrollment &e : std::as_const(user->enrollments)) {
            if (e.confirmed && (wanted.isEmpty() || wanted == u"sms|"_s + e.id)) {
                to = e.phoneNumber;
                code.enrollmentId = e.id;
            }
        }
        if (to.isEmpty())
            return oauthError(400, u"invalid_request"_s,
                              u"The authenticator %1 does not exist."_s.arg(wanted));
        record(u"gd_start_auth"_s, u"Guardian - Second factor authentication started (sms)"_s,
               {{u"authenticator"_s,
                 QJsonObject {{u"type"_s, u"sms"_s}, {u"id"_s, code.enrollmentId}}}});
    }
    t.oobCodes.insert(code.oobCode, code);
    // Auth0 answers first and texts afterwards.
    const QString oob = code.oobCode;
    const quint64 generation = t.generation;
    Tenant *tenant = &t;
    QMetaObject::invokeMethod(
        q,
        [this, tenant, oob, to, generation] {
            if (tenant->generation == generation)
                sendCode(*tenant, oob, to, 1);
        },
        Qt::QueuedConnection);
    QJsonObject answer {{u"oob_code"_s, code.oobCode}, {u"binding_method"_s, u"prompt"_s}};
    if (associate) {
        answer.insert(u"authenticator_type"_s, u"oob"_s);
        answer.insert(u"oob_channel"_s, u"sms"_s);
        answer.insert(u"recovery_codes"_s, QJsonArray {randomId(24)});
    } else {
        answer.insert(u"challenge_type"_s, u"oob"_s);
    }
    return ok(answer);
}
