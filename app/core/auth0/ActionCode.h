#pragma once

#include <QString>

// What a piece of phone-message code is and needs, read from its text for deploying it: which
// handler it exports, whether it requires a module, whether it handles voice. Pure and cheap
// (patterns over the text, no parser): lint does the thorough reading.
namespace ActionCode {

enum class Kind {
    Unknown, // no known export
    LegacyHook, // module.exports = function (recipient, text, context, cb)
    SendPhoneMessage, // exports.onExecuteSendPhoneMessage
    CustomPhoneProvider, // exports.onExecuteCustomPhoneProvider
};

Kind kind(const QString &source);
// "send-phone-message", "custom-phone-provider", or empty for a hook or unknown code.
QString trigger(Kind kind);
// The trigger's version the console creates Actions for ("v2", "v1").
QString triggerVersion(const QString &trigger);
// The export an Action for trigger must have ("onExecuteSendPhoneMessage", ...).
QString exportName(const QString &trigger);
bool requiresModule(const QString &source, const QString &module);
// Whether the code has a voice branch (message_type / delivery_method compared with "voice").
bool handlesVoice(const QString &source);

// The twilio SDK version the console pins for the Actions it deploys: a 5.x, which runs on both
// of Auth0's runtimes (node18 and node22; 6.x needs Node 20 or later).
QString twilioVersion();
QString defaultRuntime(); // "node22"

} // namespace ActionCode
