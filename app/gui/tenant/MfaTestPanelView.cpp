// The MFA test panel's timeline (one row per step, as it happens) and its outcome (the code, the
// Twilio message with its statuses, the tenant's log events, the ending with Twilio's and
// Auth0's explanations).

#include "MfaTestPanel.h"
#include "ui_MfaTestPanel.h"

#include "Icons.h"

#include <QJsonArray>
#include <QLocale>
#include <QTreeWidgetItem>

namespace {

constexpr int IdRole = Qt::UserRole;
constexpr int StateRole = Qt::UserRole + 1; // MfaTimelineStep::stateName, for tests

CheckItem::State stateFor(MfaTimelineStep::State s)
{
    switch (s) {
    case MfaTimelineStep::State::Running:
        return CheckItem::State::Running;
    case MfaTimelineStep::State::Done:
        return CheckItem::State::Pass;
    case MfaTimelineStep::State::Failed:
        return CheckItem::State::Fail;
    case MfaTimelineStep::State::Skipped:
        break;
    }
    return CheckItem::State::NotChecked;
}

QString localTime(const QDateTime &t)
{
    return t.isValid() ? t.toLocalTime().time().toString(QStringLiteral("HH:mm:ss.zzz"))
                       : QString();
}

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

} // namespace

void MfaTestPanel::clearTimeline()
{
    m_ui->mfaTimelineTreeWidget->clear();
    m_ui->mfaOutcomeTextBrowser->clear();
}

QTreeWidgetItem *MfaTestPanel::rowFor(const QString &id, bool create)
{
    QTreeWidget *tree = m_ui->mfaTimelineTreeWidget;
    // The latest row of that step: a step may run again (the logs, read until they settle).
    for (int i = tree->topLevelItemCount() - 1; i >= 0; --i) {
        QTreeWidgetItem *row = tree->topLevelItem(i);
        if (row->data(0, IdRole).toString() == id)
            return row;
    }
    if (!create)
        return nullptr;
    auto *row = new QTreeWidgetItem(tree);
    row->setData(0, IdRole, id);
    return row;
}

void MfaTestPanel::showStep(const MfaTimelineStep &step)
{
    QTreeWidgetItem *row = rowFor(step.id, false);
    const bool again = row && step.state == MfaTimelineStep::State::Running
        && row->data(0, StateRole).toString() != MfaTimelineStep::stateName(step.state);
    if (!row || again) {
        row = new QTreeWidgetItem(m_ui->mfaTimelineTreeWidget);
        row->setData(0, IdRole, step.id);
    }
    const CheckItem::State state = stateFor(step.state);
    row->setIcon(0, Icons::state(state));
    row->setText(0, localTime(step.startedAt));
    row->setText(1, step.title);
    row->setText(2,
                 step.state == MfaTimelineStep::State::Running
                     ? tr("…")
                     : tr("%1 ms").arg(QLocale().toString(step.elapsedMs)));
    const QString firstLine = step.detail.section(QLatin1Char('\n'), 0, 0);
    row->setText(3, firstLine);
    row->setToolTip(3, step.detail);
    row->setData(0, StateRole, MfaTimelineStep::stateName(step.state));
    row->setData(0, Qt::AccessibleTextRole,
                 tr("%1: %2").arg(MfaTimelineStep::stateName(step.state), step.title));
    m_ui->mfaTimelineTreeWidget->scrollToItem(row);
}

void MfaTestPanel::showOutcome(const MfaTimeline &t)
{
    // The steps as the job kept them (a cancel marks running ones skipped).
    for (const MfaTimelineStep &s : t.steps) {
        QTreeWidgetItem *row = rowFor(s.id, false);
        if (row && row->data(0, StateRole).toString() == QLatin1String("running"))
            showStep(s);
    }
    const QColor good = Icons::stateColor(CheckItem::State::Pass);
    const QColor bad = Icons::stateColor(CheckItem::State::Fail);
    QString html;
    if (t.ok()) {
        html
            += QStringLiteral("<h3 style=\"color:%1\">%2</h3>").arg(good.name(), esc(t.headline()));
    } else {
        html += QStringLiteral("<h3 style=\"color:%1\">%2</h3>")
                    .arg(bad.name(), esc(t.problem.summary));
        if (!t.problem.fix.isEmpty())
            html += QStringLiteral("<p><b>%1</b> %2</p>")
                        .arg(esc(tr("What to do:")), esc(t.problem.fix));
        if (!t.problem.auth0Error.isEmpty())
            html += QStringLiteral("<p>%1</p>")
                        .arg(esc(tr("Auth0 answered HTTP %1: %2 (%3)")
                                     .arg(t.problem.httpStatus)
                                     .arg(t.problem.auth0Error, t.problem.auth0Description)));
    }
    html += QStringLiteral("<p>%1</p>")
                .arg(esc(
                    tr("Tenant mode: %1 · path: %2 · test phone: %3")
                        .arg(t.tenantMode, t.path.isEmpty() ? tr("(none)") : t.path, t.recipient)));
    if (!t.code.isEmpty())
        html += QStringLiteral("<p>%1 <b>%2</b></p>").arg(esc(tr("Code sent:")), esc(t.code));
    if (!t.sendFailure.isEmpty())
        html += QStringLiteral("<p style=\"color:%1\">%2</p>")
                    .arg(bad.name(),
                         esc(tr("Auth0 could not send the text: %1").arg(t.sendFailure)));

    html += QStringLiteral("<h4>%1</h4>").arg(esc(tr("Twilio message")));
    if (t.messageSid.isEmpty()) {
        html += QStringLiteral("<p>%1</p>").arg(esc(tr("No Twilio message was found.")));
    } else {
        html += QStringLiteral("<p>%1</p><ul>").arg(esc(t.messageSid));
        for (const MfaTimeline::Status &s : t.messageStatuses)
            html += QStringLiteral("<li>%1 %2%3</li>")
                        .arg(esc(localTime(s.at)), esc(s.status),
                             s.errorCode ? esc(tr(" (error %1)").arg(s.errorCode)) : QString());
        html += QStringLiteral("</ul>");
        if (!t.messageProblem.isEmpty())
            html += QStringLiteral("<p style=\"color:%1\">%2</p>")
                        .arg(bad.name(), esc(t.messageProblem));
    }

    html += QStringLiteral("<h4>%1</h4>").arg(esc(tr("Auth0 log events of the test user")));
    if (t.logEvents.isEmpty()) {
        html += QStringLiteral("<p>%1</p>").arg(esc(tr("None read.")));
    } else {
        html += QStringLiteral("<ul>");
        for (const TenantLogEvent &e : t.logEvents) {
            QString line = tr("%1 %2: %3").arg(localTime(e.date), e.type, e.description);
            const QJsonObject failure
                = e.details.value(QLatin1String("failure_details")).toObject();
            if (!failure.isEmpty())
                line += tr(" (failure %1: %2)")
                            .arg(failure.value(QLatin1String("errorCode")).toVariant().toString(),
                                 failure.value(QLatin1String("message")).toString());
            html += QStringLiteral("<li>%1</li>").arg(esc(line));
        }
        html += QStringLiteral("</ul>");
    }
    const QJsonArray results = t.execution.value(QLatin1String("results")).toArray();
    for (const QJsonValue &r : results) {
        const QJsonObject error = r[QLatin1String("error")].toObject();
        if (!error.isEmpty())
            html += QStringLiteral("<p style=\"color:%1\">%2</p>")
                        .arg(bad.name(),
                             esc(tr("The Action \"%1\" failed (%2): %3")
                                     .arg(r[QLatin1String("action_name")].toString(),
                                          error.value(QLatin1String("id")).toString(),
                                          error.value(QLatin1String("msg")).toString())));
    }
    m_ui->mfaOutcomeTextBrowser->setHtml(html);
}
