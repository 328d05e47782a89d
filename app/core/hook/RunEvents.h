#pragma once

#include <QJsonObject>
#include <QMap>
#include <QString>

// What kind of code a file holds, as far as its exports tell.
enum class CodeKind {
    Unknown,
    Hook, // module.exports = function (recipient, text, context, cb)
    SendPhoneMessage, // exports.onExecuteSendPhoneMessage = async (event, api) => ...
    CustomPhoneProvider, // exports.onExecuteCustomPhoneProvider = async (event, api) => ...
};

// The one phone message Auth0 asks the code to deliver, from which each trigger's input is
// built.
struct PhoneMessage
{
    QString recipient; // E.164
    QString text; // the rendered message
    QString code = QStringLiteral("123456");
    bool voice = false; // message_type "voice" / delivery_method "voice"
    bool enrollment
        = true; // enrollment / otp_enroll, else second-factor-authentication / otp_verify
    QString language = QStringLiteral("en");
};

// The inputs Auth0 gives each kind of code, as Auth0 builds them: a legacy hook's context, the
// send-phone-message event and the custom-phone-provider event (FACTS §2, §3), with sample
// user, client, tenant and request values like the ones Auth0's editors fill in. Pure
// functions over value types; the runner fills the secrets.
class RunEvents
{
public:
    // Read from the exports in the text, comments ignored; the runner decides for real from
    // what the loaded module exports.
    static CodeKind detectKind(const QString &source);
    // Stable names, for --json and the runner: "hook", "send-phone-message",
    // "custom-phone-provider", "unknown".
    static QString kindName(CodeKind kind);
    static CodeKind kindFromName(const QString &name);
    static bool isAction(CodeKind kind)
    {
        return kind == CodeKind::SendPhoneMessage || kind == CodeKind::CustomPhoneProvider;
    }

    // A hook's context: factor_type, message_type, action, language, code, ip, user_agent,
    // client_id, name, client_metadata, user (no webtask.secrets).
    static QJsonObject hookContext(const PhoneMessage &message);
    // event.message_options, request, user, client, tenant {id}, secrets (empty).
    static QJsonObject sendPhoneMessageEvent(const PhoneMessage &message);
    // event.notification, client, tenant {id, friendly_name, ...}, request, user, secrets.
    static QJsonObject customPhoneProviderEvent(const PhoneMessage &message);
    // The event for an Action kind; the hook context for Hook and Unknown.
    static QJsonObject inputFor(CodeKind kind, const PhoneMessage &message);

    // The message a hook context describes (code, message_type, action, language), for the
    // recipient and text given.
    static PhoneMessage fromContext(const QJsonObject &context, const QString &recipient,
                                    const QString &text);

    // over merged into base, object by object; any other value of over (arrays included)
    // replaces base's. So an edited event that carries its own notification.recipient wins,
    // and the rest of the built event stays.
    static QJsonObject merged(const QJsonObject &base, const QJsonObject &over);

    // event.secrets, or context.webtask.secrets for a hook, replaced by secrets.
    static QJsonObject withSecrets(CodeKind kind, QJsonObject input,
                                   const QMap<QString, QString> &secrets);
};
