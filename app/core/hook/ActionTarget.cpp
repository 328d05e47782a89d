#include "ActionTarget.h"

#include "auth0/Auth0Types.h"
#include "auth0/TenantStatus.h"

#include <QRegularExpression>

namespace {

int firstNumber(const QString &text)
{
    static const QRegularExpression digits(QStringLiteral("(\\d+)"));
    const QRegularExpressionMatch m = digits.match(text);
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

bool isLatest(const QString &version)
{
    const QString v = version.trimmed();
    return v == QLatin1String("latest") || v == QLatin1String("*") || v == QLatin1String("x");
}

} // namespace

ActionTarget ActionTarget::fromSnapshot(const TenantSnapshot &snapshot)
{
    ActionTarget target;
    target.trigger = snapshot.trigger();
    if (!snapshot.boundAction.isOk() || snapshot.boundAction.value.triggerId() != target.trigger)
        return target;
    const Action &action = snapshot.boundAction.value;
    QString runtime = action.runtime;
    QList<ActionDependency> dependencies = action.dependencies;
    if (action.deployedVersion && action.deployedVersion->deployed) {
        if (!action.deployedVersion->runtime.isEmpty())
            runtime = action.deployedVersion->runtime;
        dependencies = action.deployedVersion->dependencies;
    }
    target.runtime = runtime;
    for (const ActionDependency &d : std::as_const(dependencies)) {
        if (d.name == QLatin1String("twilio"))
            target.twilioVersion = d.version.isEmpty() ? QStringLiteral("latest") : d.version;
    }
    return target;
}

bool ActionTarget::isKnownTrigger(const QString &trigger)
{
    return trigger == Auth0Triggers::SendPhoneMessage
        || trigger == Auth0Triggers::CustomPhoneProvider;
}

QString ActionTarget::handlerName(const QString &trigger)
{
    if (trigger == Auth0Triggers::SendPhoneMessage)
        return QStringLiteral("onExecuteSendPhoneMessage");
    if (trigger == Auth0Triggers::CustomPhoneProvider)
        return QStringLiteral("onExecuteCustomPhoneProvider");
    return {};
}

QString ActionTarget::triggerTitle(const QString &trigger)
{
    if (trigger == Auth0Triggers::SendPhoneMessage)
        return tr("Send Phone Message (legacy MFA phone set-up)");
    if (trigger == Auth0Triggers::CustomPhoneProvider)
        return tr("Custom Phone Provider (Unified Phone Experience)");
    return trigger;
}

int ActionTarget::nodeMajor(const QString &runtime)
{
    static const QRegularExpression node(QStringLiteral("^node(\\d+)$"));
    const QRegularExpressionMatch m = node.match(runtime.trimmed());
    if (!m.hasMatch())
        return -1;
    const int major = m.captured(1).toInt();
    return isEndOfLifeRuntime(runtime) ? 22 : major;
}

bool ActionTarget::isEndOfLifeRuntime(const QString &runtime)
{
    const QString r = runtime.trimmed();
    return r == QLatin1String("node12") || r == QLatin1String("node16");
}

int ActionTarget::twilioMinimumNode(const QString &version)
{
    if (version.trimmed().isEmpty())
        return -1;
    // twilio-node 6.0.0 dropped Node 18 (its only breaking change); 4.x and 5.x need Node 14.
    const int major = isLatest(version) ? 6 : firstNumber(version);
    if (major < 0)
        return -1;
    if (major >= 6)
        return 20;
    return 14;
}

QString ActionTarget::twilioVersionText(const QString &version)
{
    return isLatest(version) ? QStringLiteral("latest (6.x)") : version.trimmed();
}
