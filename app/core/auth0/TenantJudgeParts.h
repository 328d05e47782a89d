// What TenantJudge's files share: the finding builder and what runs of the bound Action.
#pragma once

#include "TenantJudge.h"

#include <QRegularExpression>

#include <optional>

namespace TenantJudgeParts {

using Severity = TenantFinding::Severity;
using Ids = TenantFinding::Ids;

inline TenantFinding make(const QString &id, const QString &title, Severity severity,
                          const QString &finding, const QString &fix = {}, const QUrl &url = {})
{
    TenantFinding f;
    f.id = id;
    f.title = title;
    f.severity = severity;
    f.finding = finding;
    f.fix = fix;
    f.dashboardUrl = url;
    return f;
}

// A reading that failed: not checked, with Auth0's reason and its fix.
template<typename T>
inline TenantFinding notRead(const QString &id, const QString &title, const TenantRead<T> &read)
{
    if (!read.made)
        return make(id, title, Severity::NotChecked, TenantJudge::tr("Not read."));
    return make(id, title, Severity::NotChecked, read.error.summary(), read.error.fix());
}

inline QString triggerLabel(const QString &trigger)
{
    return trigger == Auth0Triggers::CustomPhoneProvider ? TenantJudge::tr("Custom Phone Provider")
                                                         : TenantJudge::tr("Send Phone Message");
}

inline const ActionVersion *deployedVersion(const TenantSnapshot &s)
{
    if (!s.boundAction.isOk() || !s.boundAction.value.deployedVersion)
        return nullptr;
    return &*s.boundAction.value.deployedVersion;
}

// The runtime and dependencies that run: the deployed version's, else the draft's.
inline QString runningRuntime(const TenantSnapshot &s)
{
    if (const ActionVersion *v = deployedVersion(s); v && !v->runtime.isEmpty())
        return v->runtime;
    return s.boundAction.value.runtime;
}

inline QList<ActionDependency> runningDependencies(const TenantSnapshot &s)
{
    if (const ActionVersion *v = deployedVersion(s))
        return v->dependencies;
    return s.boundAction.value.dependencies;
}

// Findings about the bound Action cannot be judged without one.
inline std::optional<TenantFinding> needsAction(const TenantSnapshot &s, const QString &id,
                                                const QString &title)
{
    if (s.mode() == TenantSnapshot::Mode::Unknown)
        return make(id, title, Severity::NotChecked,
                    TenantJudge::tr("Not checked: the tenant's mode is unknown."));
    const auto &bindings = s.bindingsFor(s.trigger());
    if (bindings.isOk() && bindings.value.bindings.isEmpty())
        return make(id, title, Severity::NotChecked,
                    TenantJudge::tr("Not checked: no Action is bound."));
    if (!s.boundAction.isOk())
        return notRead(id, title, s.boundAction);
    return std::nullopt;
}

inline int majorVersion(const QString &version)
{
    static const QRegularExpression re(QStringLiteral("(\\d+)"));
    const auto m = re.match(version);
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

inline int nodeMajor(const QString &runtime)
{
    return majorVersion(runtime);
}

} // namespace TenantJudgeParts
