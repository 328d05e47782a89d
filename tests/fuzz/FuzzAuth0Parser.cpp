// The Management API's answers as Auth0Parser reads them, and the Authentication API's MFA
// answers as MfaParser reads them: every parser over the JSON the input holds, at the top and
// one level down (Auth0 nests its objects: a version's action, a binding's action, ...).

#include "FuzzSupport.h"

#include "auth0/Auth0Parser.h"
#include "auth0/MfaParser.h"

#include <QJsonDocument>

namespace {

const QDateTime kNow = QDateTime(QDate(2026, 11, 30), QTime(10, 0), Qt::UTC);

void checkDate(const QDateTime &date)
{
    FUZZ_CHECK(!date.isValid() || date.timeSpec() == Qt::UTC);
}

void parseObject(const QJsonObject &o)
{
    if (const auto token = Auth0Parser::token(o, kNow)) {
        FUZZ_CHECK(!token->accessToken.isEmpty());
        FUZZ_CHECK(token->obtainedAtUtc == kNow);
        (void)token->isFreshAt(kNow, 60);
    }
    (void)Auth0Parser::tenantSettings(o);
    checkDate(Auth0Parser::action(o).updatedAt);
    (void)Auth0Parser::actionVersion(o);
    (void)Auth0Parser::actionList(o);
    (void)Auth0Parser::actionVersionList(o);
    (void)Auth0Parser::triggers(o);
    (void)Auth0Parser::triggerBindings(o);
    (void)Auth0Parser::execution(o);
    (void)Auth0Parser::testPayload(o);
    (void)Auth0Parser::phoneMessageTypes(o);
    (void)Auth0Parser::phoneSelectedProvider(o);
    (void)Auth0Parser::phoneProvider(o);
    (void)Auth0Parser::phoneProviders(o);
    (void)Auth0Parser::phoneProviderTry(o);
    (void)Auth0Parser::hook(o);
    checkDate(Auth0Parser::logEvent(o).date);

    if (const auto required = MfaParser::mfaRequired(o))
        FUZZ_CHECK(!required->mfaToken.isEmpty());
    (void)MfaParser::oobCode(o);
    (void)MfaParser::loginResult(o);
}

void parseArray(const QJsonArray &a)
{
    (void)Auth0Parser::guardianFactors(a);
    (void)Auth0Parser::hooks(a);
    for (const TenantLogEvent &event : Auth0Parser::logEvents(a))
        checkDate(event.date);
    const QList<MfaAuthenticator> list = MfaParser::authenticators(a);
    if (const auto sms = MfaParser::activeSms(list)) {
        FUZZ_CHECK(sms->active && !sms->id.isEmpty());
        const QString digits = MfaParser::visibleDigits(sms->name);
        FUZZ_CHECK(sms->name.endsWith(digits));
    }
}

void parseValue(const QJsonValue &v, int depth)
{
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        parseObject(o);
        if (depth > 0) {
            for (auto it = o.begin(); it != o.end(); ++it)
                parseValue(it.value(), depth - 1);
        }
    } else if (v.isArray()) {
        const QJsonArray a = v.toArray();
        parseArray(a);
        if (depth > 0) {
            for (const QJsonValue &item : a)
                parseValue(item, depth - 1);
        }
    } else if (v.isString()) {
        checkDate(Auth0Parser::parseDate(v.toString()));
        const QString digits = MfaParser::visibleDigits(v.toString());
        FUZZ_CHECK(v.toString().endsWith(digits));
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    Fuzz::initApplication();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QJsonDocument doc = QJsonDocument::fromJson(Fuzz::bytes(data, size));
    if (doc.isObject())
        parseValue(doc.object(), 1);
    else if (doc.isArray())
        parseValue(doc.array(), 1);
    checkDate(Auth0Parser::parseDate(Fuzz::utf8(data, size)));
    return 0;
}
