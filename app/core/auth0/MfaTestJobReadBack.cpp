// What the MFA test reads back once the login has ended one way or the other: the Twilio message
// to its final status, the test user's tenant log events (waiting for the one that shows the
// ending, as Auth0's logs lag), the Action's execution, and the phone provider's test message.

#include "Auth0Client.h"
#include "Auth0Parser.h"
#include "MfaTestJob.h"
#include "twilio/DeliveryTracker.h"
#include "twilio/ErrorDictionary.h"
#include "twilio/TwilioClient.h"
#include "twilio/TwilioReply.h"

#include <QJsonArray>

#include <algorithm>

using State = MfaTimelineStep::State;

void MfaTestJob::followMessage()
{
    beginStep(QStringLiteral("message"), tr("Follow the Twilio message"));
    if (!m_twilio) {
        endStep(QStringLiteral("message"), State::Skipped,
                tr("The profile has no Twilio credentials to read the message with."));
        readLogs(true);
        return;
    }
    MessageFilter filter;
    filter.to = m_request.recipient;
    TwilioReply *r = m_twilio->listMessages(filter);
    connect(r, &TwilioReply::finished, this, [this, r] {
        r->deleteLater();
        if (m_finished)
            return;
        Message found;
        const QDateTime since = m_timeline.startedAt.addSecs(-120);
        if (r->isOk()) {
            for (const Message &m : r->messagePage().messages) {
                if (found.sid.isEmpty() && (!m.dateCreated.isValid() || m.dateCreated >= since))
                    found = m;
            }
        }
        if (found.sid.isEmpty()) {
            endStep(QStringLiteral("message"), State::Skipped,
                    r->isOk() ? tr("Twilio has no message to %1 since the test started: the Action "
                                   "sent none with the profile's account.")
                                    .arg(m_request.recipient)
                              : r->error().userText());
            readLogs(true);
            return;
        }
        m_timeline.messageSid = found.sid;
        auto *tracker = new DeliveryTracker(m_twilio, this);
        tracker->setPollIntervalMs(m_request.deliveryPollMs);
        tracker->setReceiptWaitMs(std::max(m_request.deliveryPollMs * 4, 1000));
        tracker->setMaxDurationMs(std::max(m_request.logSettleMs, 5000));
        connect(tracker, &DeliveryTracker::statusChanged, this, [this](const StatusTransition &t) {
            m_timeline.messageStatuses.append({t.status, t.at, t.errorCode});
        });
        connect(tracker, &DeliveryTracker::finished, this,
                [this, tracker](const DeliveryTimeline &timeline) {
                    tracker->deleteLater();
                    if (m_finished)
                        return;
                    const Message &last = timeline.lastMessage;
                    const bool delivered = last.status == QLatin1String("delivered");
                    if (!delivered && last.errorCode) {
                        const ErrorExplanation x = ErrorDictionary::lookup(last.errorCode);
                        m_timeline.messageProblem
                            = tr("Twilio %1: %2 %3")
                                  .arg(last.errorCode)
                                  .arg(x.isEmpty() ? last.errorMessage : x.message, x.solutions);
                    }
                    QStringList st;
                    for (const auto &s : std::as_const(m_timeline.messageStatuses))
                        st << s.status;
                    endStep(QStringLiteral("message"),
                            delivered || last.status == QLatin1String("sent") ? State::Done
                                                                              : State::Failed,
                            tr("%1: %2%3")
                                .arg(m_timeline.messageSid, st.join(QStringLiteral(" -> ")),
                                     m_timeline.messageProblem.isEmpty()
                                         ? QString()
                                         : QStringLiteral(". ") + m_timeline.messageProblem));
                    readLogs(true);
                });
        tracker->start(found.sid, found);
    });
}

void MfaTestJob::readLogs(bool settle)
{
    if (!m_timeline.step(QStringLiteral("logs"))
        || m_timeline.step(QStringLiteral("logs"))->state != State::Running)
        beginStep(QStringLiteral("logs"), tr("Read the tenant's log events back"));
    if (!m_granted.contains(QLatin1String("read:logs"))) {
        endStep(QStringLiteral("logs"), State::Skipped,
                tr("The token lacks read:logs; grant it to see Auth0's log events here."));
        tryProvider();
        return;
    }
    TenantLogQuery q;
    q.q = QStringLiteral("user_name:\"%1\"").arg(m_account.username);
    q.sort = QStringLiteral("date:1");
    q.perPage = 100;
    Auth0Reply *r = m_client->send(Auth0Requests::listLogs(m_request.profile.auth0, q));
    connect(r, &Auth0Reply::finished, this, [this, r, settle] {
        r->deleteLater();
        if (m_finished)
            return;
        if (!r->isOk()) {
            endStep(QStringLiteral("logs"), State::Failed, r->error().userText());
            tryProvider();
            return;
        }
        const QDateTime since = m_timeline.startedAt.addSecs(-2);
        QList<TenantLogEvent> events;
        for (const TenantLogEvent &e : Auth0Parser::logEvents(r->array())) {
            if (e.date >= since)
                events << e;
        }
        std::stable_sort(
            events.begin(), events.end(),
            [](const TenantLogEvent &a, const TenantLogEvent &b) { return a.logId < b.logId; });
        m_timeline.logEvents = events;
        // The event that shows how it ended; Auth0's logs come with a delay.
        QString expected;
        if (m_timeline.loginCompleted)
            expected = m_timeline.path == QLatin1String("enrol")
                ? QStringLiteral("gd_enrollment_complete")
                : QStringLiteral("gd_auth_succeed");
        else if (m_timeline.problem.code == QLatin1String("wrong-code"))
            expected = QStringLiteral("gd_auth_failed");
        else if (m_timeline.problem.code == QLatin1String("send-failed"))
            expected = QStringLiteral("gd_send_sms_failure");
        const bool seen = expected.isEmpty()
            || std::any_of(events.cbegin(), events.cend(),
                           [&](const TenantLogEvent &e) { return e.type == expected; });
        if (settle && !seen && QDateTime::currentMSecsSinceEpoch() < m_settleDeadlineMs) {
            QTimer::singleShot(m_request.logPollMs, this, [this] { readLogs(true); });
            return;
        }
        QString executionId;
        for (const TenantLogEvent &e : std::as_const(events)) {
            const QJsonArray ids = e.details.value(QLatin1String("actions"))
                                       .toObject()
                                       .value(QLatin1String("executions"))
                                       .toArray();
            if (!ids.isEmpty())
                executionId = ids.first().toString();
        }
        QStringList types;
        for (const TenantLogEvent &e : std::as_const(events))
            types << e.type;
        const QString detail = types.isEmpty() ? tr("No log event for the test user yet.")
                                               : types.join(QStringLiteral(", "));
        if (executionId.isEmpty()) {
            endStep(QStringLiteral("logs"), State::Done, detail);
            tryProvider();
            return;
        }
        Auth0Reply *x
            = m_client->send(Auth0Requests::getExecution(m_request.profile.auth0, executionId));
        connect(x, &Auth0Reply::finished, this, [this, x, detail] {
            x->deleteLater();
            if (m_finished)
                return;
            if (x->isOk())
                m_timeline.execution = x->object();
            endStep(QStringLiteral("logs"), State::Done, detail);
            tryProvider();
        });
    });
}

void MfaTestJob::tryProvider()
{
    if (!m_request.sendProviderTest || m_timeline.tenantMode != QLatin1String("unified")
        || m_providerId.isEmpty()) {
        finish();
        return;
    }
    beginStep(QStringLiteral("provider-try"), tr("Send a test message through the phone provider"));
    Auth0Reply *r = m_client->send(Auth0Requests::tryPhoneProvider(
        m_request.profile.auth0, m_providerId, m_request.recipient, QStringLiteral("text")));
    connect(r, &Auth0Reply::finished, this, [this, r] {
        r->deleteLater();
        if (m_finished)
            return;
        if (r->isOk()) {
            const PhoneProviderTryResult t = Auth0Parser::phoneProviderTry(r->object());
            endStep(QStringLiteral("provider-try"), State::Done,
                    tr("Auth0 accepted the test message (%1): %2").arg(t.code).arg(t.message));
        } else {
            endStep(QStringLiteral("provider-try"), State::Failed, r->error().userText());
        }
        finish();
    });
}
