#pragma once

#include "auth0/Auth0Types.h"
#include "hook/HookTemplates.h"

#include <QDir>
#include <QFile>
#include <QList>
#include <QString>
#include <QStringList>

// The hooks the hook -> Action conversion is tested on, each for both triggers: Auth0's guide's
// two bodies (tests/data/hooks, see SOURCE.txt there), the two legacy hook templates, and hooks
// written for the tests. One table for every test that converts (the conversion's own test, the
// CLI's, and a run of hook and Action side by side comparing the Twilio requests they make).
namespace ConversionCases {

struct Case
{
    QString name; // "seed-verify/custom-phone-provider": the test row
    QString hookSource;
    QString trigger;
    QStringList secrets; // what a profile for this hook defines
    // The conversion maps everything: the Action lints without errors and has no TODO(convert).
    bool clean = true;
    QStringList contains; // text the Action must have
    QStringList absent; // text it must not have
    QStringList unmapped; // kinds of the TODO(convert) comments, in order
    QStringList notes; // kinds of the "Converted:" comments, in order
};

inline QString dataFile(const QString &name)
{
    QFile file(QDir(QStringLiteral(SMSHOOK_SOURCE_DIR "/tests/data/hooks")).filePath(name));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

inline QStringList smsSecrets()
{
    return {QStringLiteral("TWILIO_ACCOUNT_SID"), QStringLiteral("TWILIO_AUTH_TOKEN"),
            QStringLiteral("TWILIO_PHONE_NUMBER")};
}

inline QList<Case> all()
{
    const QString spm = Auth0Triggers::SendPhoneMessage;
    const QString cpp = Auth0Triggers::CustomPhoneProvider;
    const QString spmHandler = QStringLiteral("exports.onExecuteSendPhoneMessage = async (event, "
                                              "api) => {");
    const QString cppHandler = QStringLiteral("exports.onExecuteCustomPhoneProvider = async "
                                              "(event, api) => {");
    QList<Case> cases;
    for (const QString &trigger : {spm, cpp}) {
        const bool isCpp = trigger == cpp;
        const QString handler = isCpp ? cppHandler : spmHandler;
        const QString recipient = isCpp ? QStringLiteral("event.notification.recipient")
                                        : QStringLiteral("event.message_options.recipient");
        const QString code = isCpp ? QStringLiteral("event.notification.code")
                                   : QStringLiteral("event.message_options.code");
        const QString messageType = isCpp
            ? QStringLiteral("event.notification.delivery_method === 'voice'")
            : QStringLiteral("event.message_options.message_type === 'voice'");
        // What a failure becomes.
        const QString failure
            = isCpp ? QStringLiteral("return reportFailure(api, err);") : QString();

        Case seedSms;
        seedSms.name = QStringLiteral("seed-programmable-sms/") + trigger;
        seedSms.hookSource = dataFile(QStringLiteral("seed-programmable-sms.js"));
        seedSms.trigger = trigger;
        seedSms.secrets = smsSecrets();
        seedSms.contains = {handler, QStringLiteral("const recipient = ") + recipient,
                            QStringLiteral("event.secrets.TWILIO_ACCOUNT_SID"),
                            QStringLiteral("await client.messages"),
                            // The guide's own comment block and trailing spaces stay.
                            QStringLiteral("@param {string} context.factor_type - 'first' or "
                                           "'second'"),
                            QStringLiteral("const client = require('twilio')(accountSid, "
                                           "authToken); \n")};
        seedSms.absent
            = {QStringLiteral("cb("), QStringLiteral("context.webtask"), QStringLiteral(".then(")};
        if (isCpp)
            seedSms.contains << failure << QStringLiteral("api.notification.drop(reason)")
                             << QStringLiteral("api.notification.retry(reason)");
        cases << seedSms;

        Case seedVerify;
        seedVerify.name = QStringLiteral("seed-verify/") + trigger;
        seedVerify.hookSource = dataFile(QStringLiteral("seed-verify.js"));
        seedVerify.trigger = trigger;
        seedVerify.secrets = smsSecrets() << QStringLiteral("TWILIO_VERIFY_SERVICE_SID");
        seedVerify.contains
            = {handler,
               QStringLiteral("await client.verify.v2.services("
                              "event.secrets.TWILIO_VERIFY_SERVICE_SID)"),
               QStringLiteral("customCode: ") + code,
               QStringLiteral("// Converted: Verify needs the Verify service SID (VA...), not the "
                              "Account SID")};
        seedVerify.absent = {QStringLiteral("services(accountSid)"),
                             QStringLiteral("client.verify.services"), QStringLiteral("cb(")};
        seedVerify.notes = {QStringLiteral("verify-v2"), QStringLiteral("verify-service-sid")};
        if (isCpp) {
            seedVerify.notes.prepend(QStringLiteral("code-absent"));
            seedVerify.contains << failure;
        }
        cases << seedVerify;

        const HookTemplate sms = HookTemplates::byId(QStringLiteral("programmable-sms"));
        Case legacySms;
        legacySms.name = QStringLiteral("template-programmable-sms/") + trigger;
        legacySms.hookSource = sms.source;
        legacySms.trigger = trigger;
        legacySms.secrets = sms.secrets;
        legacySms.contains
            = {handler, QStringLiteral("const secrets = event.secrets;"),
               QStringLiteral("if (") + messageType + QStringLiteral(") {"),
               QStringLiteral("const message = await client.messages"),
               QStringLiteral("return { sid: message.sid, status: message.status };"),
               // The template's comments stay.
               QStringLiteral("// Programmable SMS cannot place a voice call: say so instead of "
                              "sending a text.")};
        legacySms.contains << (isCpp ? QStringLiteral("return reportFailure(api, new Error(")
                                     : QStringLiteral("throw new Error("));
        // (The template's doc comment still speaks of the hook's context.)
        legacySms.absent = {QStringLiteral("cb("), QStringLiteral("context.webtask"),
                            QStringLiteral("context.message_type ===")};
        cases << legacySms;

        const HookTemplate verify = HookTemplates::byId(QStringLiteral("verify"));
        Case legacyVerify;
        legacyVerify.name = QStringLiteral("template-verify/") + trigger;
        legacyVerify.hookSource = verify.source;
        legacyVerify.trigger = trigger;
        legacyVerify.secrets = verify.secrets;
        legacyVerify.contains = {handler,
                                 QStringLiteral("const channel = ") + messageType
                                     + QStringLiteral(" ? 'call' : 'sms';"),
                                 QStringLiteral("customCode: ") + code,
                                 QStringLiteral("const verification = await client.verify.v2")};
        legacyVerify.contains << (isCpp ? QStringLiteral("params.locale = "
                                                         "event.notification.locale?.split(")
                                        : QStringLiteral("params.locale = "
                                                         "event.request.language;"));
        legacyVerify.absent
            = {QStringLiteral("cb("), QStringLiteral("context.webtask"),
               QStringLiteral("customCode: context.code"), QStringLiteral("context.language")};
        if (isCpp)
            legacyVerify.notes = {QStringLiteral("code-absent")};
        cases << legacyVerify;

        Case odd;
        odd.name = QStringLiteral("odd-formatting/") + trigger;
        odd.hookSource = dataFile(QStringLiteral("odd-formatting.js"));
        odd.trigger = trigger;
        odd.secrets = smsSecrets();
        odd.contains
            = {handler + QStringLiteral("   // the parameters have other names"),
               QStringLiteral("// A hook written by hand over the years (this comment stays)."),
               QStringLiteral("/* A helper of the hook's own: kept as it is. */\n"
                              "function log(msg) { console.log('[hook] ' + msg); }"),
               QStringLiteral("    const to = ") + recipient + QStringLiteral(";\n"),
               QStringLiteral("    const {secrets} = event;\n"),
               QStringLiteral("const client = twilio(secrets.TWILIO_ACCOUNT_SID,\n"
                              "                          secrets.TWILIO_AUTH_TOKEN);"),
               QStringLiteral("message = await client.messages.create({to: to, from: "
                              "secrets.TWILIO_PHONE_NUMBER, body: body + ' ' + code});"),
               QStringLiteral("   // Twilio refused it"),
               QStringLiteral("/* sent */"),
               QStringLiteral("return {sid: message.sid};")};
        if (isCpp)
            odd.contains << QStringLiteral("case 'otp_enroll': log('enrol ' + event.user.email); "
                                           "break;   // enrolment")
                         << QStringLiteral("case 'otp_verify':")
                         << QStringLiteral("kind = (event.notification.delivery_method === "
                                           "'voice' ? 'voice' : 'sms')")
                         << QStringLiteral("event.client.metadata.region")
                         << QStringLiteral("if (err) return reportFailure(api, err);");
        else
            odd.contains << QStringLiteral("case 'enrollment': log('enrol ' + event.user.email); "
                                           "break;   // enrolment")
                         << QStringLiteral("kind = event.message_options.message_type")
                         << QStringLiteral("language = event.request.language ?? 'en'")
                         << QStringLiteral("event.client?.metadata.region")
                         << QStringLiteral("if (err) throw err;   // Twilio refused it");
        odd.absent = {QStringLiteral("done("), QStringLiteral("ctx.")};
        if (isCpp)
            odd.notes = {QStringLiteral("code-absent"), QStringLiteral("other-notifications")};
        cases << odd;

        Case unmappable;
        unmappable.name = QStringLiteral("unmappable/") + trigger;
        unmappable.hookSource = dataFile(QStringLiteral("unmappable.js"));
        unmappable.trigger = trigger;
        unmappable.clean = false;
        unmappable.contains = {handler, QStringLiteral("if (context.factor_type === 'first')"),
                               QStringLiteral("audit(context);"),
                               QStringLiteral("const store = context.webtask.storage;"),
                               QStringLiteral("    cb(null, {});\n")};
        unmappable.unmapped = {QStringLiteral("factor-type"), QStringLiteral("webtask"),
                               QStringLiteral("context-whole"), QStringLiteral("cb-nested")};
        cases << unmappable;
    }
    return cases;
}

} // namespace ConversionCases
