#pragma once

#include <QCoreApplication>
#include <QString>

// The fields of Auth0's Send Phone Message hook context that shape the text of an MFA message
// (context.message_type, action, language, code) plus the tenant's friendly name.
struct Auth0HookContext
{
    enum class MessageType { Sms, Voice };
    enum class Action { Enrollment, Authentication };

    MessageType messageType = MessageType::Sms;
    Action action = Action::Enrollment;
    QString language = QStringLiteral("en");
    QString code;
    QString friendlyName;

    // The values as the hook receives them: "sms" / "voice", "enrollment" / "authentication".
    static QString messageTypeValue(MessageType type);
    static QString actionValue(Action action);
};

// The text Auth0 sends with its default phone message templates, so that a test message looks
// like the real one. Pure functions.
class Auth0MessageTemplate
{
    Q_DECLARE_TR_FUNCTIONS(Auth0MessageTemplate)
public:
    // Auth0's default enrollment or verification template, filled in. Auth0's defaults are English
    // whatever the language, so this text is not translated.
    static QString defaultText(const Auth0HookContext &context);

    // The code as Auth0 puts it in a voice message: digits separated by dots ("1.2.3.4.5.6"), so
    // that a text-to-speech engine reads them one by one.
    static QString spokenCode(const QString &code);

    // A new one-time code of `digits` random digits (QRandomGenerator::system()).
    static QString generateCode(int digits = 6);
};
