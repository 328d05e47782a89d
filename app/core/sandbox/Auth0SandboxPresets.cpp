// What each tenant holds after reset(): Wired (ready for the console end to end) or Empty.

#include "sandbox/Auth0SandboxPrivate.h"
#include "sandbox/SandboxFixtures.h"

#include <QFile>

using namespace Qt::StringLiterals;
using namespace Auth0SandboxReply;
using namespace Auth0SandboxState;

namespace {

QString readResource(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

// The original Twilio "Send Phone Message" hook of Auth0's guide, as a tenant that used it
// still lists it (disabled since its Action took over).
const QString LegacyHookScript = uR"(/**
@param {string} recipient - phone number
@param {string} text - message body
@param {object} context - additional authorization context
@param {string} context.message_type - 'sms' or 'voice'
@param {string} context.action - 'enrollment' or 'second-factor-authentication'
@param {string} context.language - language used by login flow
@param {string} context.code - one time password
@param {function} cb - function (error, response)
*/
module.exports = function(recipient, text, context, cb) {
  const accountSid = context.webtask.secrets.TWILIO_ACCOUNT_SID;
  const authToken = context.webtask.secrets.TWILIO_AUTH_TOKEN;
  const client = require('twilio')(accountSid, authToken);

  client.messages
    .create({
      body: text,
      from: context.webtask.secrets.TWILIO_PHONE_NUMBER,
      to: recipient
    })
    .then(() => cb(null, {}))
    .catch(cb);
};
)"_s;

Action deployedAction(const QString &name, const QString &triggerId, const QString &version,
                      const QString &code)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto &c = SandboxFixtures::credentials();
    Action a;
    a.id = newUuid();
    a.name = name;
    a.triggerId = triggerId;
    a.triggerVersion = version;
    a.code = code;
    a.runtime = u"node22"_s;
    a.dependencies = {{u"twilio"_s, TwilioDependencyVersion}};
    a.secrets = {{u"TWILIO_ACCOUNT_SID"_s, c.accountSid, now},
                 {u"TWILIO_AUTH_TOKEN"_s, c.authToken, now},
                 {u"TWILIO_PHONE_NUMBER"_s, c.smsNumber, now}};
    a.status = u"built"_s;
    a.createdAt = now;
    a.updatedAt = now;
    a.builtAt = now;
    Version v;
    v.id = newUuid();
    v.number = 1;
    v.code = a.code;
    v.runtime = a.runtime;
    v.dependencies = a.dependencies;
    v.secrets = a.secrets;
    v.createdAt = now;
    v.updatedAt = now;
    v.builtAt = now;
    a.versions = {v};
    a.deployedVersionId = v.id;
    a.draftDeployed = true;
    return a;
}

QJsonObject smsEvent(const QString &type, const QString &description, const QDateTime &date,
                     const QJsonObject &details)
{
    const auto &client = Auth0SandboxFixtures::fullClient();
    return {{u"date"_s, isoTime(date)},
            {u"type"_s, type},
            {u"description"_s, description},
            {u"client_id"_s, client.clientId},
            {u"client_name"_s, u"Sandbox Web App"_s},
            {u"ip"_s, u"127.0.0.1"_s},
            {u"user_agent"_s, u"Chrome 131.0.0 / Linux 0.0.0"_s},
            {u"user_id"_s, u"auth0|5a2db0c0000000000000f011"_s},
            {u"user_name"_s, u"sandbox.user@example.com"_s},
            {u"connection"_s, u"Username-Password-Authentication"_s},
            {u"details"_s, details}};
}

} // namespace

void Auth0SandboxPrivate::applyPreset(Tenant &t, Auth0Sandbox::Preset preset)
{
    const bool wired = preset == Auth0Sandbox::Preset::Wired;
    const bool unifiedMode = t.mode == Auth0Sandbox::Mode::Unified;
    const QString &domain = t.fixture->domain;
    t.settings = {
        {u"friendly_name"_s, t.fixture->friendlyName},
        {u"picture_url"_s, u""_s},
        {u"support_email"_s, QString(u"support@"_s + domain)},
        {u"support_url"_s, QString(u"https://"_s + domain + u"/support"_s)},
        {u"enabled_locales"_s, QJsonArray {u"en"_s}},
        {u"default_audience"_s, u""_s},
        {u"default_directory"_s, u""_s},
        {u"session_lifetime"_s, 168},
        {u"idle_session_lifetime"_s, 72},
        {u"sandbox_version"_s, u"22"_s},
        {u"sandbox_versions_available"_s, QJsonArray {u"22"_s, u"18"_s}},
        {u"flags"_s, QJsonObject {{u"universal_login"_s, true}, {u"enable_sso"_s, true}}},
        {u"phone_consolidated_experience"_s, unifiedMode},
    };
    for (const QString &name : factorNames())
        t.factors.append({name, wired && name == u"sms"_s});
    t.messageTypes = {u"sms"_s};
    t.selectedProvider = wired && !unifiedMode ? u"phone-message-hook"_s : u"auth0"_s;
    t.phoneTemplates
        = {{u"enrollment_message"_s,
            u"{{code}} is your verification code for {{tenant.friendly_name}}. Please enter this "
            "code to verify your enrollment."_s},
           {u"verification_message"_s,
            u"{{code}} is your verification code for {{tenant.friendly_name}}"_s}};
    t.twilioProvider = {{u"from"_s, QJsonValue::Null},
                        {u"messaging_service_sid"_s, QJsonValue::Null},
                        {u"auth_token"_s, QJsonValue::Null},
                        {u"sid"_s, QJsonValue::Null}};
    // The directory every tenant has: its database connection, the MFA test application enabled
    // on it, and two users of it (one with an SMS authenticator).
    const QDateTime created = now();
    const auto &app = Auth0SandboxFixtures::testApplication();
    t.clients.append({app.clientId,
                      app.clientSecret,
                      app.name,
                      u"regular_web"_s,
                      {u"password"_s, u"http://auth0.com/oauth/grant-type/password-realm"_s,
                       u"http://auth0.com/oauth/grant-type/mfa-oob"_s},
                      u"client_secret_post"_s,
                      {},
                      created});
    t.connections.append({Auth0SandboxFixtures::databaseConnectionId(),
                          Auth0SandboxFixtures::databaseConnection(),
                          u"auth0"_s,
                          {app.clientId}});
    for (const auto *fixture :
         {&Auth0SandboxFixtures::enrolledTestUser(), &Auth0SandboxFixtures::newTestUser()}) {
        User u;
        u.userId = fixture->userId;
        u.email = fixture->email;
        u.password = fixture->password;
        u.connection = Auth0SandboxFixtures::databaseConnection();
        u.name = fixture->email;
        u.createdAt = created;
        if (!fixture->enrolledPhone.isEmpty())
            u.enrollments.append({u"dev_"_s + randomId(16), fixture->enrolledPhone, true, created});
        t.users.append(u);
    }
    if (!wired)
        return;
    t.mfaPolicies = {u"all-applications"_s};

    const QDateTime now = this->now();
    if (unifiedMode) {
        Action a = deployedAction(u"Twilio SMS"_s, u"custom-phone-provider"_s, u"v1"_s,
                                  readResource(u":/actions/custom-phone-provider-sms.js"_s));
        t.bindings.insert(a.triggerId, {{newUuid(), a.id, a.name, now, now}});
        t.actions.append(a);
        Provider p;
        p.id = u"pro_"_s + randomId(22);
        p.name = u"custom"_s;
        p.configuration = {{u"delivery_methods"_s, QJsonArray {u"text"_s}}};
        p.createdAt = now;
        p.updatedAt = now;
        t.providers.append(p);
    } else {
        Action a = deployedAction(u"Twilio SMS"_s, u"send-phone-message"_s, u"v2"_s,
                                  readResource(u":/actions/send-phone-message-sms.js"_s));
        t.bindings.insert(a.triggerId, {{newUuid(), a.id, a.name, now, now}});
        t.actions.append(a);
        t.hooks.append(QJsonObject {{u"id"_s, u"01JSANDBXHK5A2DB0C00000001"_s},
                                    {u"name"_s, u"twilio-send-sms"_s},
                                    {u"script"_s, LegacyHookScript},
                                    {u"dependencies"_s, QJsonObject {{u"twilio"_s, u"3.52.0"_s}}},
                                    {u"triggerId"_s, u"send-phone-message"_s},
                                    {u"enabled"_s, false}});
    }

    // Two MFA messages of the last hour: one sent, one that Twilio refused.
    addLog(t,
           smsEvent(u"gd_send_sms"_s, u"Guardian - SMS sent"_s, now.addSecs(-3600),
                    {{u"to"_s, u"+14155550100"_s}}));
    addLog(t,
           smsEvent(u"gd_send_sms_failure"_s,
                    u"Guardian - Error on send-phone-message-hook: 21211 The 'To' number "
                    "+15005550001 is not a valid phone number."_s,
                    now.addSecs(-1800),
                    {{u"failure_details"_s,
                      QJsonObject {{u"errorCode"_s, 21211},
                                   {u"message"_s,
                                    u"The 'To' number +15005550001 is not a "
                                    "valid phone number."_s}}}}));
}
