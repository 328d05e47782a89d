// SendJob after the create: the attempt's log row, delivery followed to its final status, and
// the lookup that settles an unknown outcome.

#include "SendJob.h"
#include "SendJobOutcome.h"

#include "log/DeliveryLog.h"
#include "twilio/DeliveryTracker.h"
#include "twilio/MessageLookup.h"
#include "twilio/TwilioClient.h"

using namespace SendJobOutcome;

void SendJob::track()
{
    setStage(SendResult::Stage::Tracking);
    auto *tracker = new DeliveryTracker(m_client, this);
    tracker->setPollIntervalMs(m_pollIntervalMs);
    tracker->setReceiptWaitMs(m_receiptWaitMs);
    m_pending = tracker;
    connect(tracker, &DeliveryTracker::pollFailed, this, &SendJob::notice);
    connect(tracker, &DeliveryTracker::statusChanged, this,
            [this](const StatusTransition &transition) {
                m_result.timeline.append(transition);
                recordAttempt();
                Q_EMIT statusChanged(transition);
            });
    connect(tracker, &DeliveryTracker::finished, this,
            [this, tracker](const DeliveryTimeline &timeline) {
                m_pending = nullptr;
                tracker->deleteLater();
                if (m_finished)
                    return;
                if (!timeline.lastMessage.sid.isEmpty())
                    m_result.message = timeline.lastMessage;
                m_result.timeline = timeline.transitions;
                switch (timeline.outcome) {
                case DeliveryTimeline::Outcome::Final:
                    finish(isSuccessfulFinal(m_result.message.status)
                               ? SendResult::Outcome::Delivered
                               : SendResult::Outcome::NotDelivered);
                    return;
                case DeliveryTimeline::Outcome::SentNoReceipt:
                    m_result.warnings << tr("No delivery receipt within %n second(s); many "
                                            "carriers send none. Ask the recipient whether it "
                                            "arrived.",
                                            nullptr, (m_receiptWaitMs + 999) / 1000);
                    finish(SendResult::Outcome::Sent);
                    return;
                case DeliveryTimeline::Outcome::GaveUp:
                case DeliveryTimeline::Outcome::Error:
                    // Accepted by Twilio, but we no longer know what became of it.
                    m_result.error = timeline.error;
                    finish(SendResult::Outcome::Unknown);
                    return;
                case DeliveryTimeline::Outcome::Cancelled:
                    m_result.error = TwilioError::cancelled(false);
                    finish(SendResult::Outcome::Cancelled);
                    return;
                }
            });
    tracker->start(m_result.message.sid, m_result.message);
}

Attempt SendJob::attemptRow() const
{
    const bool verify = m_request.api == SendRequest::Api::Verify;
    Attempt a;
    a.id = m_attemptId;
    a.createdAt = m_result.startedAt;
    a.updatedAt = QDateTime::currentDateTimeUtc();
    a.profile = m_profile.name;
    a.api = verify ? Attempt::Api::Verify : Attempt::Api::Messages;
    switch (m_request.source) {
    case SendRequest::Source::Form:
        a.source = Attempt::Source::Form;
        break;
    case SendRequest::Source::Cli:
        a.source = Attempt::Source::Cli;
        break;
    case SendRequest::Source::Hook:
        a.source = Attempt::Source::Hook;
        break;
    case SendRequest::Source::Action:
        a.source = Attempt::Source::Action;
        break;
    }
    a.to = m_result.toE164;
    if (verify) {
        a.from = m_result.serviceSid;
        a.sid = m_result.verification.sid;
        a.status = m_result.verification.status;
    } else {
        a.from = m_result.from;
        a.body = m_request.body;
        a.encoding = SegmentCalculator::encodingName(m_result.segments.encoding);
        a.segments = m_result.segments.segments;
        a.sid = m_result.message.sid;
        a.status = m_result.message.status;
        a.errorCode = m_result.message.errorCode;
        a.errorMessage = m_result.message.errorMessage;
        a.price = m_result.message.price;
        a.priceUnit = m_result.message.priceUnit;
        a.timeline = m_result.timeline;
    }
    if (!a.sid.isEmpty()) {
        // Twilio has it: its status says how far it got (a cancelled wait does not stop it).
        a.outcome = Attempt::outcomeForStatus(a.status);
    } else if (m_finished && m_result.outcome == SendResult::Outcome::Rejected) {
        // Refused by Twilio: it answered, nothing went out.
        a.outcome = Attempt::Outcome::Rejected;
        a.errorCode = m_result.error.code;
        a.errorMessage = m_result.error.message;
    } else if (m_finished
               && (m_result.outcome == SendResult::Outcome::NotSent
                   || (m_result.outcome == SendResult::Outcome::InputError
                       && m_result.error.notSent))) {
        // Twilio never answered: not reached, or refused by the client before it left.
        a.outcome = Attempt::Outcome::NotSent;
        a.errorCode = m_result.error.code;
        a.errorMessage = m_result.error.message;
    } else if (m_finished && m_result.outcome == SendResult::Outcome::Cancelled
               && m_result.error.notSent) {
        a.outcome = Attempt::Outcome::Cancelled;
    } else {
        // Not answered: the POST may have reached Twilio.
        a.outcome = Attempt::Outcome::Unknown;
        if (m_finished && m_result.error.isError())
            a.errorMessage = m_result.error.message;
    }
    return a;
}

void SendJob::recordAttempt()
{
    if (m_log && m_attemptId != 0)
        m_log->updateAttempt(attemptRow());
}

bool SendJob::canLookUp() const
{
    return m_client && m_result.outcome == SendResult::Outcome::Unknown
        && m_request.api == SendRequest::Api::Messages && m_result.error.lookup.isValid()
        && m_result.message.sid.isEmpty();
}

void SendJob::lookUp()
{
    if (!canLookUp()) {
        QMetaObject::invokeMethod(
            this,
            [this] {
                Q_EMIT lookupFinished(
                    {},
                    TwilioError::invalidRequest(tr("Only a message whose outcome is unknown can "
                                                   "be looked up.")));
            },
            Qt::QueuedConnection);
        return;
    }
    auto *lookup = new MessageLookup(m_client, m_result.error.lookup, m_request.body, this);
    connect(lookup, &MessageLookup::finished, this, [this, lookup] {
        lookup->deleteLater();
        const QList<Message> found = lookup->found();
        const TwilioError error = lookup->error();
        if (error.isError() || found.isEmpty() || !m_log || m_attemptId == 0) {
            adoptLookup(found, error);
            return;
        }
        // The same text to the same number a moment earlier matches too: a message another row
        // of the log already holds is that send's, not this one's.
        QStringList sids;
        for (const Message &m : found)
            sids << m.sid;
        m_log->sidsRecorded(sids, m_attemptId, this,
                            [this, found, error](const QStringList &known, const QString &) {
                                QList<Message> mine;
                                for (const Message &m : found) {
                                    if (!known.contains(m.sid))
                                        mine << m;
                                }
                                adoptLookup(mine, error);
                            });
    });
    lookup->start();
}

void SendJob::adoptLookup(const QList<Message> &found, const TwilioError &error)
{
    if (!error.isError() && found.size() == 1 && canLookUp()) {
        // Twilio has it: the send is known now. Several matches stay unknown: which one is this
        // send's cannot be told.
        m_result.message = found.constFirst();
        m_result.foundByLookup = true;
        m_result.error = {};
        m_result.outcome = forStatus(m_result.message.status);
        recordAttempt();
    }
    Q_EMIT lookupFinished(found, error);
}
