#pragma once

#include <QList>
#include <QString>

// The hook templates shipped as resources: correct starting points for Programmable SMS and
// Verify, each with a voice branch.
struct HookTemplate
{
    QString id; // "programmable-sms", "verify"
    QString title; // translated
    QString description; // translated
    QStringList secrets; // the secrets it reads
    QString source;
};

namespace HookTemplates {
QList<HookTemplate> all();
HookTemplate byId(const QString &id); // empty source when unknown
} // namespace HookTemplates
