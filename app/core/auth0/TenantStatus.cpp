#include "TenantStatus.h"

QString TenantFinding::severityName(Severity s)
{
    switch (s) {
    case Severity::Ok:
        return QStringLiteral("ok");
    case Severity::Info:
        return QStringLiteral("info");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Problem:
        return QStringLiteral("problem");
    case Severity::NotChecked:
        return QStringLiteral("not-checked");
    }
    return QStringLiteral("not-checked");
}

QString TenantFinding::severityText(Severity s)
{
    switch (s) {
    case Severity::Ok:
        return TenantStatus::tr("OK");
    case Severity::Info:
        return TenantStatus::tr("Note");
    case Severity::Warning:
        return TenantStatus::tr("Warning");
    case Severity::Problem:
        return TenantStatus::tr("Problem");
    case Severity::NotChecked:
        return TenantStatus::tr("Not checked");
    }
    return {};
}

TenantSnapshot::Mode TenantSnapshot::mode() const
{
    if (!settings.isOk())
        return Mode::Unknown;
    return settings.value.phoneConsolidatedExperience ? Mode::Unified : Mode::Legacy;
}

QString TenantSnapshot::trigger() const
{
    return mode() == Mode::Unknown ? QString() : settings.value.phoneTrigger();
}

const TenantRead<TriggerBindingList> &TenantSnapshot::bindingsFor(const QString &trigger) const
{
    return trigger == Auth0Triggers::CustomPhoneProvider ? customPhoneProviderBindings
                                                         : sendPhoneMessageBindings;
}

bool TenantStatus::wouldSend() const
{
    if (findings.isEmpty())
        return false;
    for (const TenantFinding &f : findings) {
        if (f.severity == TenantFinding::Severity::Problem
            || f.severity == TenantFinding::Severity::NotChecked)
            return false;
    }
    return true;
}

const TenantFinding *TenantStatus::finding(const QString &id) const
{
    for (const TenantFinding &f : findings) {
        if (f.id == id)
            return &f;
    }
    return nullptr;
}

QList<TenantFinding> TenantStatus::problems() const
{
    QList<TenantFinding> out;
    for (const TenantFinding &f : findings) {
        if (f.severity == TenantFinding::Severity::Problem
            || f.severity == TenantFinding::Severity::NotChecked)
            out << f;
    }
    return out;
}

QString TenantStatus::summary() const
{
    if (wouldSend()) {
        const QString name
            = snapshot.boundAction.isOk() ? snapshot.boundAction.value.name : QString();
        return tr("%1 sends MFA text messages through the Action \"%2\".").arg(domain, name);
    }
    const QList<TenantFinding> p = problems();
    QStringList titles;
    for (const TenantFinding &f : p)
        titles << f.title;
    return tr("%1 would not send MFA text messages through this profile's Action: %n thing(s) to "
              "fix (%2).",
              nullptr, int(p.size()))
        .arg(domain, titles.join(QStringLiteral(", ")));
}
