#pragma once

#include <QCoreApplication>
#include <QString>

struct TenantSnapshot;

// Where the code is meant to run: the Action trigger (Auth0Triggers::SendPhoneMessage or
// CustomPhoneProvider), the Node runtime ("node18", "node22") and the version of the twilio
// dependency ("5.5.2", "^6.0.0", "latest"). Empty fields are unknown: lint does not judge
// what depends on them.
struct ActionTarget
{
    Q_DECLARE_TR_FUNCTIONS(ActionTarget)
public:
    QString trigger;
    QString runtime;
    QString twilioVersion;

    bool isEmpty() const
    {
        return trigger.isEmpty() && runtime.isEmpty() && twilioVersion.isEmpty();
    }
    // What a tenant read tells: the mode's trigger, and the bound Action's runtime and twilio
    // dependency (the deployed version's, else the draft's).
    static ActionTarget fromSnapshot(const TenantSnapshot &snapshot);

    static bool isKnownTrigger(const QString &trigger);
    // "onExecuteSendPhoneMessage" / "onExecuteCustomPhoneProvider"; empty when unknown.
    static QString handlerName(const QString &trigger);
    // Translated: "Send Phone Message (legacy MFA phone set-up)", ...
    static QString triggerTitle(const QString &trigger);

    // The Node major version Auth0 runs a runtime on: node18 -> 18; node12 and node16 reached
    // their end of life and run on Node 22. -1 when the runtime is not "nodeNN".
    static int nodeMajor(const QString &runtime);
    // Whether Auth0 forces the runtime onto another Node (node12, node16).
    static bool isEndOfLifeRuntime(const QString &runtime);
    // The oldest Node the twilio version runs on (6.x, and "latest" which resolves to 6.x: 20;
    // 3.x to 5.x: 14); -1 when the version cannot be read.
    static int twilioMinimumNode(const QString &version);
    // "6.0.2", or "latest (6.x)" for an unpinned dependency.
    static QString twilioVersionText(const QString &version);
};
