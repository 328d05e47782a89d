#include "MfaParser.h"

using namespace Qt::StringLiterals;

namespace {

QStringList types(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &item : v.toArray()) {
        const QString t = item.toObject().value("type"_L1).toString();
        if (!t.isEmpty())
            out << t;
    }
    return out;
}

} // namespace

namespace MfaParser {

std::optional<MfaRequired> mfaRequired(const QJsonObject &o)
{
    if (o.value("error"_L1).toString() != "mfa_required"_L1)
        return std::nullopt;
    MfaRequired r;
    r.mfaToken = o.value("mfa_token"_L1).toString();
    if (r.mfaToken.isEmpty())
        return std::nullopt;
    const QJsonObject req = o.value("mfa_requirements"_L1).toObject();
    r.challengeTypes = types(req.value("challenge"_L1));
    r.enrollTypes = types(req.value("enroll"_L1));
    return r;
}

QList<MfaAuthenticator> authenticators(const QJsonArray &a)
{
    QList<MfaAuthenticator> out;
    for (const QJsonValue &v : a) {
        const QJsonObject o = v.toObject();
        if (o.isEmpty())
            continue;
        MfaAuthenticator m;
        m.id = o.value("id"_L1).toString();
        m.authenticatorType = o.value("authenticator_type"_L1).toString();
        m.oobChannel = o.value("oob_channel"_L1).toString();
        m.name = o.value("name"_L1).toString();
        m.active = o.value("active"_L1).toBool();
        out << m;
    }
    return out;
}

std::optional<MfaAuthenticator> activeSms(const QList<MfaAuthenticator> &list)
{
    for (auto it = list.crbegin(); it != list.crend(); ++it) {
        if (it->isSms() && it->active && !it->id.isEmpty())
            return *it;
    }
    return std::nullopt;
}

MfaOobCode oobCode(const QJsonObject &o)
{
    MfaOobCode c;
    c.oobCode = o.value("oob_code"_L1).toString();
    c.bindingMethod = o.value("binding_method"_L1).toString();
    c.challengeType = o.value("challenge_type"_L1).toString();
    c.authenticatorType = o.value("authenticator_type"_L1).toString();
    c.oobChannel = o.value("oob_channel"_L1).toString();
    c.recoveryCodeCount = int(o.value("recovery_codes"_L1).toArray().size());
    return c;
}

MfaLoginResult loginResult(const QJsonObject &o)
{
    MfaLoginResult r;
    r.hasAccessToken = !o.value("access_token"_L1).toString().isEmpty();
    r.hasIdToken = !o.value("id_token"_L1).toString().isEmpty();
    r.tokenType = o.value("token_type"_L1).toString();
    r.expiresIn = o.value("expires_in"_L1).toInt();
    r.scope = o.value("scope"_L1).toString();
    return r;
}

QString visibleDigits(const QString &masked)
{
    QString digits;
    for (auto it = masked.crbegin(); it != masked.crend() && it->isDigit(); ++it)
        digits.prepend(*it);
    return digits;
}

} // namespace MfaParser
