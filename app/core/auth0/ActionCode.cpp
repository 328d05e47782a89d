#include "ActionCode.h"

#include "Auth0Types.h"

#include <QRegularExpression>

namespace {

// Comments would fool the patterns ("// exports.onExecute..."), so they go first. Strings are
// left alone: a pattern inside one is rare enough in phone-message code.
QString withoutComments(const QString &source)
{
    static const QRegularExpression comments(QStringLiteral("/\\*.*?\\*/|//[^\\n]*"),
                                             QRegularExpression::DotMatchesEverythingOption);
    QString s = source;
    return s.replace(comments, QStringLiteral(" "));
}

} // namespace

ActionCode::Kind ActionCode::kind(const QString &source)
{
    const QString code = withoutComments(source);
    static const QRegularExpression custom(
        QStringLiteral("\\bexports\\s*\\.\\s*onExecuteCustomPhoneProvider\\s*="));
    static const QRegularExpression send(
        QStringLiteral("\\bexports\\s*\\.\\s*onExecuteSendPhoneMessage\\s*="));
    static const QRegularExpression hook(QStringLiteral(
        "module\\.exports\\s*=\\s*(async\\s+)?function\\s*\\w*\\s*\\(\\s*\\w+\\s*,\\s*\\w+\\s*,"
        "\\s*\\w+\\s*,\\s*\\w+\\s*\\)"));
    if (custom.match(code).hasMatch())
        return Kind::CustomPhoneProvider;
    if (send.match(code).hasMatch())
        return Kind::SendPhoneMessage;
    if (hook.match(code).hasMatch())
        return Kind::LegacyHook;
    return Kind::Unknown;
}

QString ActionCode::trigger(Kind kind)
{
    switch (kind) {
    case Kind::SendPhoneMessage:
        return Auth0Triggers::SendPhoneMessage;
    case Kind::CustomPhoneProvider:
        return Auth0Triggers::CustomPhoneProvider;
    case Kind::LegacyHook:
    case Kind::Unknown:
        break;
    }
    return {};
}

QString ActionCode::triggerVersion(const QString &trigger)
{
    // send-phone-message v2 is CURRENT (v1 DEPRECATED); custom-phone-provider has only v1.
    return trigger == Auth0Triggers::SendPhoneMessage ? QStringLiteral("v2") : QStringLiteral("v1");
}

QString ActionCode::exportName(const QString &trigger)
{
    return trigger == Auth0Triggers::CustomPhoneProvider
        ? QStringLiteral("onExecuteCustomPhoneProvider")
        : QStringLiteral("onExecuteSendPhoneMessage");
}

bool ActionCode::requiresModule(const QString &source, const QString &module)
{
    const QRegularExpression re(
        QStringLiteral("\\brequire\\s*\\(\\s*['\"`]%1['\"`]\\s*\\)|\\bfrom\\s+['\"]%1['\"]")
            .arg(QRegularExpression::escape(module)));
    return re.match(withoutComments(source)).hasMatch();
}

bool ActionCode::handlesVoice(const QString &source)
{
    static const QRegularExpression voice(QStringLiteral("['\"`]voice['\"`]"));
    return voice.match(withoutComments(source)).hasMatch();
}

QString ActionCode::twilioVersion()
{
    return QStringLiteral("5.13.1");
}

QString ActionCode::defaultRuntime()
{
    return QStringLiteral("node22");
}
