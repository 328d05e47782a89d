// Helpers shared by CheckJudge's files: the fixes, the item builder and composite items.
#pragma once

#include "CheckJudge.h"
#include "twilio/ExplanationMarkdown.h"

namespace CheckJudgeParts {

using State = CheckItem::State;

inline CheckFix openSecret(const QString &name)
{
    return {CheckFix::Kind::OpenSecret, CheckJudge::tr("Edit %1").arg(name), name};
}

inline CheckFix openUrl(const QString &label, const QUrl &url)
{
    return {CheckFix::Kind::OpenUrl, label, url.toString(QUrl::FullyEncoded)};
}

inline CheckFix sendTest(const QString &to)
{
    return {CheckFix::Kind::SendTest, CheckJudge::tr("Send a test"), to};
}

inline CheckItem make(const QString &id, State state, const QString &finding,
                      const QString &details = {}, const QList<CheckFix> &fixes = {})
{
    CheckItem item = CheckItem::initial(id);
    item.state = state;
    item.finding = finding;
    item.details = details;
    item.fixes = fixes;
    return item;
}

inline QString code(const QString &text)
{
    return QLatin1Char('`') + text + QLatin1Char('`');
}

inline void addFix(QList<CheckFix> *fixes, const CheckFix &fix)
{
    if (!fixes->contains(fix))
        fixes->append(fix);
}

// One part of a composite item (item 4 checks a number and a service).
struct Part
{
    State state = State::Pass;
    QString finding;
    QString detail;
    QList<CheckFix> fixes;
    bool judged = true; // false: said in the details, but not part of the item's verdict
};

inline CheckItem combine(const QString &id, const QList<Part> &parts)
{
    CheckItem item = CheckItem::initial(id);
    item.state = State::Pass;
    QStringList findings;
    QStringList details;
    const Part *worst = nullptr;
    for (const Part &p : parts) {
        if (p.judged) {
            item.state = CheckItem::worst(item.state, p.state);
            if (!worst || CheckItem::severity(p.state) > CheckItem::severity(worst->state))
                worst = &p;
        }
        findings << p.finding;
        details << QStringLiteral("- **%1**: %2").arg(CheckItem::stateText(p.state), p.finding);
        if (!p.detail.isEmpty())
            details << QStringLiteral("\n  ")
                    + QString(p.detail).replace(QLatin1Char('\n'), QStringLiteral("\n  "));
        for (const CheckFix &f : p.fixes)
            addFix(&item.fixes, f);
    }
    // The line says the worst part first; when all pass, every part.
    item.finding = item.state == State::Pass || !worst ? findings.join(QStringLiteral("; "))
                                                       : worst->finding;
    item.details = details.join(QLatin1Char('\n'));
    return item;
}

inline bool isMessagingServiceSid(const QString &value)
{
    return value.trimmed().startsWith(QLatin1String("MG"));
}

// One sentence for a finding; the explanation itself goes to the details, once.
inline QString twilioErrorLine(const TwilioError &error)
{
    return ExplanationMarkdown::headline(error);
}

} // namespace CheckJudgeParts
