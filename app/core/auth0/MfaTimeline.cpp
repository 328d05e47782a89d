#include "MfaTimeline.h"

#include <QJsonArray>
#include <QLocale>

QString MfaTimelineStep::stateName(State s)
{
    switch (s) {
    case State::Running:
        return QStringLiteral("running");
    case State::Done:
        return QStringLiteral("done");
    case State::Failed:
        return QStringLiteral("failed");
    case State::Skipped:
        return QStringLiteral("skipped");
    }
    return QStringLiteral("unknown");
}

const MfaTimelineStep *MfaTimeline::step(const QString &id) const
{
    for (const MfaTimelineStep &s : steps) {
        if (s.id == id)
            return &s;
    }
    return nullptr;
}

namespace {

QString iso(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

} // namespace

QJsonObject MfaTimeline::toJson() const
{
    QJsonArray stepList;
    for (const MfaTimelineStep &s : steps)
        stepList.append(QJsonObject {{QStringLiteral("id"), s.id},
                                     {QStringLiteral("title"), s.title},
                                     {QStringLiteral("state"), MfaTimelineStep::stateName(s.state)},
                                     {QStringLiteral("at"), iso(s.startedAt)},
                                     {QStringLiteral("elapsed_ms"), s.elapsedMs},
                                     {QStringLiteral("detail"), s.detail}});
    QJsonArray events;
    for (const TenantLogEvent &e : logEvents) {
        QJsonObject o {{QStringLiteral("log_id"), e.logId},
                       {QStringLiteral("date"), iso(e.date)},
                       {QStringLiteral("type"), e.type},
                       {QStringLiteral("description"), e.description},
                       {QStringLiteral("user_id"), e.userId}};
        const QJsonObject failure = e.details.value(QLatin1String("failure_details")).toObject();
        if (!failure.isEmpty())
            o.insert(QStringLiteral("failure_details"), failure);
        const QJsonArray executions = e.details.value(QLatin1String("actions"))
                                          .toObject()
                                          .value(QLatin1String("executions"))
                                          .toArray();
        if (!executions.isEmpty())
            o.insert(QStringLiteral("execution_id"), executions.first());
        events.append(o);
    }
    QJsonArray statuses;
    for (const Status &s : messageStatuses) {
        QJsonObject o {{QStringLiteral("status"), s.status}, {QStringLiteral("at"), iso(s.at)}};
        if (s.errorCode)
            o.insert(QStringLiteral("error_code"), s.errorCode);
        statuses.append(o);
    }
    QJsonObject o {{QStringLiteral("ok"), ok()},
                   {QStringLiteral("profile"), profile},
                   {QStringLiteral("tenant_mode"), tenantMode},
                   {QStringLiteral("recipient"), recipient},
                   {QStringLiteral("path"), path},
                   {QStringLiteral("code"), code},
                   {QStringLiteral("started_at"), iso(startedAt)},
                   {QStringLiteral("steps"), stepList},
                   {QStringLiteral("log_events"), events},
                   {QStringLiteral("login_completed"), loginCompleted},
                   {QStringLiteral("message"),
                    QJsonObject {{QStringLiteral("sid"), messageSid},
                                 {QStringLiteral("statuses"), statuses},
                                 {QStringLiteral("problem"), messageProblem}}}};
    if (!execution.isEmpty())
        o.insert(QStringLiteral("execution"), execution);
    if (!sendFailure.isEmpty())
        o.insert(QStringLiteral("send_failure"), sendFailure);
    if (!problem.isEmpty())
        o.insert(QStringLiteral("problem"),
                 QJsonObject {{QStringLiteral("code"), problem.code},
                              {QStringLiteral("summary"), problem.summary},
                              {QStringLiteral("fix"), problem.fix},
                              {QStringLiteral("auth0_error"), problem.auth0Error},
                              {QStringLiteral("auth0_description"), problem.auth0Description},
                              {QStringLiteral("http_status"), problem.httpStatus}});
    return o;
}

QStringList MfaTimeline::lines() const
{
    QStringList out;
    const QLocale locale;
    for (const MfaTimelineStep &s : steps) {
        QString mark;
        switch (s.state) {
        case MfaTimelineStep::State::Done:
            mark = QStringLiteral("+");
            break;
        case MfaTimelineStep::State::Failed:
            mark = QStringLiteral("x");
            break;
        case MfaTimelineStep::State::Skipped:
            mark = QStringLiteral("-");
            break;
        case MfaTimelineStep::State::Running:
            mark = QStringLiteral("…");
            break;
        }
        out << QStringLiteral("%1 %2  %3 (%4 ms)%5")
                   .arg(mark,
                        s.startedAt.toLocalTime().time().toString(QStringLiteral("HH:mm:ss.zzz")),
                        s.title)
                   .arg(s.elapsedMs)
                   .arg(s.detail.isEmpty() ? QString() : QStringLiteral(": ") + s.detail);
    }
    if (!messageSid.isEmpty()) {
        QStringList st;
        for (const Status &s : messageStatuses)
            st << s.status;
        out << tr("Twilio message %1: %2").arg(messageSid, st.join(QStringLiteral(" -> ")));
    }
    for (const TenantLogEvent &e : logEvents)
        out << tr("Auth0 log %1  %2  %3")
                   .arg(e.date.toLocalTime().time().toString(QStringLiteral("HH:mm:ss")), e.type,
                        e.description);
    if (!problem.isEmpty())
        out << problem.userText();
    else if (loginCompleted)
        out << completedText();
    return out;
}

QString MfaTimeline::completedText()
{
    return tr("The login completed with the code that arrived.");
}

QString MfaTimeline::headline() const
{
    return ok() ? completedText() : problem.summary;
}
