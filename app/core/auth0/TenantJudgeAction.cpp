// TenantJudge, the bound Action: deployed, built, its runtime and twilio dependency, its secrets
// and its code against the profile's.

#include "TenantJudge.h"
#include "TenantJudgeParts.h"

#include "Auth0Dashboard.h"
#include "text/LineDiff.h"

using namespace TenantJudgeParts;

TenantFinding TenantJudge::deployed(const TenantSnapshot &s, const QString &domain)
{
    const QString title = tr("Deployed");
    if (auto f = needsAction(s, Ids::deployed(), title))
        return *f;
    const Action &a = s.boundAction.value;
    if (!a.isDeployed())
        return make(
            Ids::deployed(), title, Severity::Problem,
            tr("\"%1\" has never been deployed: there is no version for Auth0 to run.").arg(a.name),
            tr("Deploy it (Actions > Library > %1 > Deploy).").arg(a.name),
            Auth0Dashboard::action(domain, a.id));
    if (!a.allChangesDeployed)
        return make(Ids::deployed(), title, Severity::Warning,
                    tr("Version %1 of \"%2\" is deployed; the draft has changes that are not.")
                        .arg(a.deployedVersion->number)
                        .arg(a.name),
                    tr("Deploy the draft if its changes should run."),
                    Auth0Dashboard::action(domain, a.id));
    return make(Ids::deployed(), title, Severity::Ok,
                tr("Version %1 of \"%2\" is deployed.").arg(a.deployedVersion->number).arg(a.name));
}

TenantFinding TenantJudge::build(const TenantSnapshot &s, const QString &domain)
{
    const QString title = tr("Build");
    if (auto f = needsAction(s, Ids::build(), title))
        return *f;
    const Action &a = s.boundAction.value;
    auto errorText = [](const QList<ActionError> &errors) {
        QStringList lines;
        for (const ActionError &e : errors)
            lines << (e.message.isEmpty() ? e.id : e.message);
        return lines.join(QStringLiteral("; "));
    };
    if (const ActionVersion *v = deployedVersion(s);
        v && (v->status == ActionBuildStatus::Failed || !v->errors.isEmpty()))
        return make(Ids::build(), title, Severity::Problem,
                    tr("The deployed version's build failed: %1").arg(errorText(v->errors)),
                    tr("Fix the code and deploy again."), Auth0Dashboard::action(domain, a.id));
    if (a.status == ActionBuildStatus::Failed)
        return make(Ids::build(), title, a.isDeployed() ? Severity::Warning : Severity::Problem,
                    tr("The draft's last build failed."),
                    a.isDeployed() ? tr("The deployed version still runs; fix the draft before "
                                        "deploying it.")
                                   : tr("Fix the code and deploy again."),
                    Auth0Dashboard::action(domain, a.id));
    if (a.status == ActionBuildStatus::Pending || a.status == ActionBuildStatus::Building
        || a.status == ActionBuildStatus::Packaged || a.status == ActionBuildStatus::Retrying)
        return make(Ids::build(), title, Severity::Info,
                    tr("The draft is being built (%1).").arg(a.status));
    return make(Ids::build(), title, Severity::Ok, tr("Built."));
}

TenantFinding TenantJudge::runtime(const TenantSnapshot &s, const QString &domain)
{
    const QString title = tr("Runtime");
    if (auto f = needsAction(s, Ids::runtime(), title))
        return *f;
    const QString rt = runningRuntime(s);
    const int major = nodeMajor(rt);
    if (major > 0 && major < 18)
        return make(
            Ids::runtime(), title, Severity::Warning,
            tr("%1 reached its end of life; Auth0 runs the code on Node 22 instead.").arg(rt),
            tr("Choose Node 22 in the Action's settings and test the code on it."),
            Auth0Dashboard::action(domain, s.boundAction.value.id));
    return make(Ids::runtime(), title, Severity::Ok,
                rt.isEmpty() ? tr("Auth0's default runtime (Node 22).") : rt);
}

TenantFinding TenantJudge::dependency(const TenantSnapshot &s, const QString &domain)
{
    const QString title = tr("twilio module");
    if (auto f = needsAction(s, Ids::dependency(), title))
        return *f;
    if (!s.deployedCodeRequiresTwilio)
        return make(Ids::dependency(), title, Severity::Info,
                    tr("The deployed code does not require('twilio')."));
    const QString actionId = s.boundAction.value.id;
    std::optional<ActionDependency> twilio;
    for (const ActionDependency &d : runningDependencies(s)) {
        if (d.name == QLatin1String("twilio"))
            twilio = d;
    }
    if (!twilio)
        return make(Ids::dependency(), title, Severity::Problem,
                    tr("The code requires twilio but the Action has no twilio dependency: "
                       "require('twilio') fails."),
                    tr("Add the dependency twilio (a 5.x version runs on Node 18 and 22) in the "
                       "Action's Dependencies."),
                    Auth0Dashboard::action(domain, actionId));
    const int node = nodeMajor(runningRuntime(s));
    const bool latest = twilio->version.isEmpty() || twilio->version == QLatin1String("latest");
    const int major = latest ? 6 : majorVersion(twilio->version);
    if (node > 0 && node < 20 && major >= 6)
        return make(Ids::dependency(), title, Severity::Problem,
                    tr("twilio %1 needs Node 20 or later; this Action runs on Node %2.")
                        .arg(latest ? QStringLiteral("latest (6.x)") : twilio->version)
                        .arg(node),
                    tr("Pin twilio to a 5.x version, or choose Node 22."),
                    Auth0Dashboard::action(domain, actionId));
    if (latest)
        return make(Ids::dependency(), title, Severity::Warning,
                    tr("twilio is not pinned (latest): a new major version may change the code's "
                       "behaviour at the next build."),
                    tr("Pin twilio to the version the code was tested with."),
                    Auth0Dashboard::action(domain, actionId));
    return make(Ids::dependency(), title, Severity::Ok, tr("twilio %1.").arg(twilio->version));
}

TenantFinding TenantJudge::secrets(const TenantSnapshot &s, const QString &domain)
{
    const QString title = tr("Action secrets");
    if (auto f = needsAction(s, Ids::secrets(), title))
        return *f;
    const Action &a = s.boundAction.value;
    QStringList defined;
    const QList<ActionSecret> list = a.deployedVersion ? a.deployedVersion->secrets : a.secrets;
    for (const ActionSecret &sec : list)
        defined << sec.name;
    QStringList missing;
    for (const QString &name : s.deployedCodeSecrets) {
        if (!defined.contains(name))
            missing << name;
    }
    QStringList unused;
    for (const QString &name : std::as_const(defined)) {
        if (!s.deployedCodeSecrets.contains(name))
            unused << name;
    }
    if (!missing.isEmpty())
        return make(Ids::secrets(), title, Severity::Problem,
                    tr("The code reads %1, which the Action does not define: those values are "
                       "undefined when it runs.")
                        .arg(missing.join(QStringLiteral(", "))),
                    tr("Add them under the Action's Secrets (the values are in this profile's "
                       "keychain), then deploy."),
                    Auth0Dashboard::action(domain, a.id));
    if (!unused.isEmpty())
        return make(Ids::secrets(), title, Severity::Info,
                    tr("Every secret the code reads is defined; %1 is not read.")
                        .arg(unused.join(QStringLiteral(", "))));
    return make(Ids::secrets(), title, Severity::Ok,
                defined.isEmpty()
                    ? tr("The code reads no secret.")
                    : tr("Defined and read: %1.").arg(defined.join(QStringLiteral(", "))));
}

TenantFinding TenantJudge::code(const TenantSnapshot &s, const QString &domain, QString *diff)
{
    const QString title = tr("Profile's code");
    if (auto f = needsAction(s, Ids::code(), title))
        return *f;
    const ActionVersion *v = deployedVersion(s);
    if (!v)
        return make(Ids::code(), title, Severity::NotChecked,
                    tr("Not compared: nothing is deployed."));
    if (!s.profileCodeSaved)
        return make(Ids::code(), title, Severity::Info,
                    tr("This profile has no saved code to compare with the deployed version."),
                    tr("Save the code on the Hook code page to compare it."));
    if (isLegacyHook(s.profileCode))
        return make(Ids::code(), title, Severity::Warning,
                    tr("The profile's code is a Send Phone Message hook, which Auth0 no longer "
                       "runs; the tenant runs the Action's code."),
                    tr("Convert the hook to an Action and keep that as the profile's code."),
                    Auth0Dashboard::action(domain, s.boundAction.value.id));
    if (sameCode(s.profileCode, v->code))
        return make(Ids::code(), title, Severity::Ok,
                    tr("The deployed code is this profile's code."));
    const QString d = LineDiff::unified(s.profileCode, v->code, tr("profile"),
                                        tr("deployed version %1").arg(v->number));
    if (diff)
        *diff = d;
    TenantFinding f = make(Ids::code(), title, Severity::Warning,
                           tr("The deployed code differs from this profile's code."),
                           tr("Deploy the profile's code, or take the deployed code into the "
                              "profile if it is the right one."),
                           Auth0Dashboard::action(domain, s.boundAction.value.id));
    f.details = QStringLiteral("```diff\n") + d + QStringLiteral("```");
    return f;
}
