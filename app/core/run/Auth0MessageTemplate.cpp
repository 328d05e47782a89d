#include "Auth0MessageTemplate.h"

#include <QRandomGenerator>

QString Auth0HookContext::messageTypeValue(MessageType type)
{
    return type == MessageType::Voice ? QStringLiteral("voice") : QStringLiteral("sms");
}

QString Auth0HookContext::actionValue(Action action)
{
    return action == Action::Authentication ? QStringLiteral("authentication")
                                            : QStringLiteral("enrollment");
}

QString Auth0MessageTemplate::defaultText(const Auth0HookContext &context)
{
    // Auth0's defaults (Guardian phone templates):
    //   enrollment:   "{{code}} is your verification code for {{tenant.friendly_name}}. Please
    //                  enter this code to verify your enrollment."
    //   verification: "{{code}} is your verification code for {{tenant.friendly_name}}"
    const QString code = context.messageType == Auth0HookContext::MessageType::Voice
        ? spokenCode(context.code)
        : context.code;
    QString text
        = QStringLiteral("%1 is your verification code for %2").arg(code, context.friendlyName);
    if (context.action == Auth0HookContext::Action::Enrollment)
        text += QStringLiteral(". Please enter this code to verify your enrollment.");
    return text;
}

QString Auth0MessageTemplate::spokenCode(const QString &code)
{
    QStringList digits;
    for (const QChar c : code)
        digits << QString(c);
    return digits.join(QLatin1Char('.'));
}

QString Auth0MessageTemplate::generateCode(int digits)
{
    QString code;
    code.reserve(digits);
    for (int i = 0; i < digits; ++i)
        code += QChar(static_cast<char16_t>(u'0' + QRandomGenerator::system()->bounded(10)));
    return code;
}
