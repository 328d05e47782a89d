#include "CheckItem.h"

QString CheckFix::kindName(Kind kind)
{
    switch (kind) {
    case Kind::OpenSecret:
        return QStringLiteral("open-secret");
    case Kind::RewriteE164:
        return QStringLiteral("rewrite-e164");
    case Kind::OpenUrl:
        return QStringLiteral("open-url");
    case Kind::SendTest:
        return QStringLiteral("send-test");
    case Kind::ConfirmManual:
        return QStringLiteral("confirm-manual");
    case Kind::OpenTenant:
        return QStringLiteral("open-tenant");
    case Kind::OpenHookCode:
        return QStringLiteral("open-hook-code");
    }
    return {};
}

QStringList CheckItem::allIds()
{
    return {Ids::tenant(), Ids::secrets(), Ids::credentials(), Ids::sender(),
            Ids::e164(),   Ids::trial(),   Ids::lastSend()};
}

int CheckItem::number(const QString &id)
{
    return allIds().indexOf(id) + 1;
}

QString CheckItem::titleFor(const QString &id)
{
    if (id == Ids::tenant())
        return tr("The tenant sends MFA text messages through this profile's Action");
    if (id == Ids::secrets())
        return tr("Hook secrets are configured");
    if (id == Ids::credentials())
        return tr("The credentials work in Twilio");
    if (id == Ids::sender())
        return tr("The sender belongs to the account");
    if (id == Ids::e164())
        return tr("Numbers are in E.164 format");
    if (id == Ids::trial())
        return tr("Trial accounts text verified numbers only");
    if (id == Ids::lastSend())
        return tr("The last test send");
    return id;
}

CheckItem CheckItem::initial(const QString &id)
{
    CheckItem item;
    item.id = id;
    item.title = titleFor(id);
    item.state = State::NotChecked;
    return item;
}

QString CheckItem::stateName(State state)
{
    switch (state) {
    case State::NotChecked:
        return QStringLiteral("not-checked");
    case State::Running:
        return QStringLiteral("running");
    case State::Pass:
        return QStringLiteral("pass");
    case State::Warning:
        return QStringLiteral("warning");
    case State::Fail:
        return QStringLiteral("fail");
    case State::Manual:
        return QStringLiteral("manual");
    }
    return {};
}

std::optional<CheckItem::State> CheckItem::stateFromName(const QString &name)
{
    for (State s : {State::NotChecked, State::Running, State::Pass, State::Warning, State::Fail,
                    State::Manual}) {
        if (stateName(s) == name)
            return s;
    }
    return std::nullopt;
}

QString CheckItem::stateText(State state)
{
    switch (state) {
    case State::NotChecked:
        return tr("Not checked");
    case State::Running:
        return tr("Checking…");
    case State::Pass:
        return tr("Pass");
    case State::Warning:
        return tr("Warning");
    case State::Fail:
        return tr("Fail");
    case State::Manual:
        return tr("Manual");
    }
    return {};
}

QString CheckItem::stateMark(State state, bool ascii)
{
    switch (state) {
    case State::Pass:
        return ascii ? QStringLiteral("+") : QStringLiteral("\u2714");
    case State::Warning:
        return QStringLiteral("!");
    case State::Fail:
        return ascii ? QStringLiteral("x") : QStringLiteral("\u2716");
    case State::NotChecked:
        return ascii ? QStringLiteral("-") : QStringLiteral("\u2013");
    case State::Manual:
        return QStringLiteral("?");
    case State::Running:
        return ascii ? QStringLiteral(".") : QStringLiteral("\u2026");
    }
    return {};
}

int CheckItem::severity(State state)
{
    switch (state) {
    case State::Pass:
        return 0;
    case State::Manual:
        return 1;
    case State::NotChecked:
    case State::Running:
        return 2;
    case State::Warning:
        return 3;
    case State::Fail:
        return 4;
    }
    return 0;
}

CheckItem::State CheckItem::worst(State a, State b)
{
    return severity(b) > severity(a) ? b : a;
}

bool CheckItem::hasFix(CheckFix::Kind kind) const
{
    return fix(kind).has_value();
}

std::optional<CheckFix> CheckItem::fix(CheckFix::Kind kind) const
{
    for (const CheckFix &f : fixes) {
        if (f.kind == kind)
            return f;
    }
    return std::nullopt;
}
