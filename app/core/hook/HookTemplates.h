#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// The code templates shipped as resources: Actions for each phone trigger (send-phone-message,
// custom-phone-provider) with Programmable SMS or Verify, and the two legacy Send Phone Message
// hooks for those still converting one. Each has a voice branch.
struct HookTemplate
{
    QString id; // "send-phone-message-sms", ..., legacy hooks: "programmable-sms", "verify"
    QString trigger; // Auth0Triggers::SendPhoneMessage or CustomPhoneProvider; empty for a hook
    QString api; // "programmable-sms" or "verify"
    QString title; // translated
    QString description; // translated
    QStringList secrets; // the secrets it reads
    QString source;

    bool isLegacyHook() const { return trigger.isEmpty(); }
};

namespace HookTemplates {
// The Actions first, send-phone-message then custom-phone-provider, then the legacy hooks.
QList<HookTemplate> all();
HookTemplate byId(const QString &id); // empty source when unknown
// The template for trigger (empty: a legacy hook) and api.
HookTemplate find(const QString &trigger, const QString &api);
// The code a profile starts from before any is saved (what the Hook code page opens): the Action
// for the tenant's trigger (empty, not read yet: custom-phone-provider, which new tenants have);
// Verify when its secrets name a Verify service, else Programmable SMS.
HookTemplate forProfile(const QStringList &secretNames, const QString &trigger = QString());
} // namespace HookTemplates
