#include "SendJob.h"

#include "twilio/MessageLookup.h"

#include "log/DeliveryLog.h"

#include "secrets/SecretRules.h"
#include "secrets/SecretStore.h"
#include "twilio/TwilioClient.h"
#include "twilio/TwilioParser.h"
#include "twilio/TwilioReply.h"

#include <QUrlQuery>

namespace {

// Twilio refuses longer bodies with 21617; saying so first spares a round trip.

bool isSuccessfulFinal(const QString &status)
{
    return status == QLatin1String("delivered") || status == QLatin1String("read");
}

// Where a failed create leaves the user: refused by Twilio (it answered; nothing created), not
// sent (Twilio never answered: no connection, TLS refused), unknown (may exist), or cancelled. A
// request the client would not build (a profile setting it refuses, such as a plain-http base
// URL) never left the machine: an input error, like a bad number.
SendResult::Outcome outcomeForCreateError(const TwilioError &error)
{
    if (error.kind == TwilioError::Kind::Cancelled)
        return SendResult::Outcome::Cancelled;
    if (error.kind == TwilioError::Kind::InvalidRequest)
        return SendResult::Outcome::InputError;
    if (error.kind == TwilioError::Kind::OutcomeUnknown
        || (!error.notSent && error.lookup.isValid()))
        return SendResult::Outcome::Unknown;
    if (error.kind == TwilioError::Kind::Http && error.httpStatus > 0)
        return SendResult::Outcome::Rejected;
    return SendResult::Outcome::NotSent;
}

QString secretFix(const QString &profile, const QString &name)
{
    return SendJob::tr("Set it on the Secrets page, or with: sms-hook-cli secrets set --profile "
                       "\"%1\" %2")
        .arg(profile, name);
}

} // namespace

SendJob::SendJob(const Profile &profile, SecretStore *secrets, QNetworkAccessManager *network,
                 QObject *parent)
    : QObject(parent), m_profile(profile), m_secretStore(secrets), m_network(network)
{ }

SendJob::~SendJob()
{
    // The reply or tracker are our children and go with us; a keychain job is the store's.
    if (m_pending)
        disconnect(m_pending, nullptr, this, nullptr);
}

void SendJob::setSecrets(const QMap<QString, QString> &secrets)
{
    m_secrets = secrets;
}

void SendJob::setTimeoutMs(int ms)
{
    m_timeoutMs = ms;
}

void SendJob::setPollIntervalMs(int ms)
{
    m_pollIntervalMs = ms;
}

void SendJob::setReceiptWaitMs(int ms)
{
    m_receiptWaitMs = ms;
}

void SendJob::setDeliveryLog(DeliveryLog *log)
{
    m_log = log;
}

void SendJob::start(const SendRequest &request)
{
    if (m_result.stage != SendResult::Stage::NotStarted || m_finished)
        return;
    m_request = request;
    m_result.startedAt = QDateTime::currentDateTimeUtc();
    // Queued, so that finished() never fires inside start(), even for an input error.
    QMetaObject::invokeMethod(this, &SendJob::run, Qt::QueuedConnection);
}

void SendJob::run()
{
    if (m_finished)
        return;
    if (m_request.forwarded) {
        runForwarded();
        return;
    }
    // Inputs first: a typing mistake needs neither the keychain nor Twilio.
    const PhoneNumberInfo info = PhoneNumbers::parse(m_request.to, m_profile.defaultRegion);
    m_result.toInfo = info;
    if (!info.valid) {
        failInput(tr("To: %1").arg(info.error));
        return;
    }
    m_result.toE164 = info.e164;
    if (!info.canReceiveSms())
        m_result.warnings << tr("To: %1 is a %2 number; an SMS to it will not arrive. Use a "
                                "mobile number.")
                                 .arg(info.e164, info.typeName());

    if (m_request.api == SendRequest::Api::Messages) {
        if (const QString e = checkBody(m_request.body); !e.isEmpty()) {
            failInput(e);
            return;
        }
        m_result.segments = SegmentCalculator::calculate(m_request.body, m_request.smartEncoding);
    } else if (const QString e = checkCustomCode(m_request.code); !e.isEmpty()) {
        failInput(e);
        return;
    }

    if (m_secrets) {
        sendWithSecrets(*m_secrets);
        return;
    }
    if (!m_secretStore) {
        m_result.keychainError.kind = KeychainError::Kind::Other;
        m_result.keychainError.detail = tr("no keychain is available to read the secrets from");
        finish(SendResult::Outcome::KeychainFailed);
        return;
    }
    setStage(SendResult::Stage::ReadingSecrets);
    SecretsJob *job
        = m_secretStore->read(m_profile.name,
                              {SecretNames::AccountSid, SecretNames::AuthToken,
                               SecretNames::PhoneNumber, SecretNames::VerifyServiceSid});
    m_pending = job;
    connect(job, &SecretsJob::finished, this, [this, job] {
        m_pending = nullptr;
        if (m_finished)
            return;
        if (job->failed()) {
            m_result.keychainError = job->error();
            finish(SendResult::Outcome::KeychainFailed);
            return;
        }
        sendWithSecrets(job->values());
    });
}

void SendJob::sendWithSecrets(const QMap<QString, QString> &secrets)
{
    const bool verify = m_request.api == SendRequest::Api::Verify;
    const QString senderName = verify ? SecretNames::VerifyServiceSid : SecretNames::PhoneNumber;
    const QString senderOverride = verify ? m_request.serviceSid : m_request.from;
    QMap<QString, QString> values = secrets;
    if (!senderOverride.trimmed().isEmpty())
        values.insert(senderName, senderOverride.trimmed());
    for (const QString &name : {SecretNames::AccountSid, SecretNames::AuthToken, senderName}) {
        const QString value = values.value(name);
        if (value.isEmpty()) {
            const QString missing = verify && name == SecretNames::VerifyServiceSid
                ? tr("%1 is not set for profile \"%2\": the Verify API needs the Verify service "
                     "SID (VA...).")
                : tr("%1 is not set for profile \"%2\".");
            failInput(missing.arg(name, m_profile.name) + QLatin1Char(' ')
                      + secretFix(m_profile.name, name));
            return;
        }
        const SecretCheck check = SecretRules::checkValue(name, value, m_profile.defaultRegion);
        if (!check.isOk()) {
            failInput(check.message + QLatin1Char(' ') + secretFix(m_profile.name, name));
            return;
        }
        if (!check.message.isEmpty())
            m_result.warnings << check.message;
    }

    setStage(SendResult::Stage::Sending);
    if (verify)
        m_result.serviceSid = values.value(SecretNames::VerifyServiceSid);
    else
        m_result.from = values.value(SecretNames::PhoneNumber);
    recordThenSend([this, secrets, values] { post(secrets, values); });
}

void SendJob::recordThenSend(const std::function<void()> &send)
{
    if (!m_log) {
        send();
        return;
    }
    if (m_log->openFailed()) {
        failLog(m_log->errorString());
        return;
    }
    // The row is committed before the request goes out, so that a crash in between leaves an
    // attempt whose outcome is unknown, never nothing.
    const Attempt attempt = attemptRow();
    QPointer<SendJob> self(this);
    m_log->beginAttempt(
        attempt, m_log, [self, attempt, log = m_log, send](qint64 id, const QString &error) {
            if (!self || self->m_finished) {
                // Cancelled while the row was being written: nothing went out.
                if (id != 0 && log) {
                    Attempt cancelled = attempt;
                    cancelled.id = id;
                    cancelled.outcome = Attempt::Outcome::Cancelled;
                    cancelled.updatedAt = QDateTime::currentDateTimeUtc();
                    log->updateAttempt(cancelled);
                }
                return;
            }
            if (id == 0) {
                if (log && log->openFailed())
                    self->failLog(log->errorString());
                else
                    self->failLog(tr("The attempt could not be written to the delivery log %1 "
                                     "(%2). Check the disk space and that no other program "
                                     "locks the file, or set SMSHOOK_LOG_PATH to another file; "
                                     "then send again.")
                                      .arg(log ? log->path() : QString(), error));
                return;
            }
            self->m_attemptId = id;
            send();
        });
}

void SendJob::runForwarded()
{
    const TwilioRequest &request = *m_request.forwarded;
    const bool verify = m_request.api == SendRequest::Api::Verify;
    const QUrlQuery form(QString::fromUtf8(request.body));
    const auto field = [&form](const char *name) {
        return form.queryItemValue(QLatin1String(name), QUrl::FullyDecoded);
    };
    const QString to = field("To");
    const PhoneNumberInfo info = PhoneNumbers::parse(to, m_profile.defaultRegion);
    m_result.toInfo = info;
    m_result.toE164 = info.valid ? info.e164 : to;
    if (verify) {
        // /v2/Services/{ServiceSid}/Verifications
        m_result.serviceSid = request.url.path().section(QLatin1Char('/'), -2, -2);
        m_request.channel = field("Channel");
    } else {
        m_request.body = field("Body");
        m_result.from = field("From");
        if (m_result.from.isEmpty())
            m_result.from = field("MessagingServiceSid");
        m_result.segments = SegmentCalculator::calculate(m_request.body, m_request.smartEncoding);
    }
    setStage(SendResult::Stage::Sending);
    recordThenSend([this] {
        m_client = new TwilioClient(m_profile, m_request.forwardedCredentials, m_network, this);
        m_client->setTimeoutMs(m_timeoutMs);
        connect(m_client, &TwilioClient::logLine, this, &SendJob::logLine);
        TwilioReply *reply = m_client->sendRaw(*m_request.forwarded);
        m_pending = reply;
        connect(reply, &TwilioReply::finished, this, [this, reply] { onForwardedAnswer(reply); });
    });
}

void SendJob::onForwardedAnswer(TwilioReply *reply)
{
    m_pending = nullptr;
    reply->deleteLater();
    if (m_finished)
        return;
    if (!reply->isOk()) {
        // No answer: what TwilioReply says about a write that may have arrived stands.
        m_result.error = reply->error();
        finish(outcomeForCreateError(m_result.error));
        return;
    }
    m_result.raw = reply->rawAnswer();
    const int status = m_result.raw.status;
    TwilioError error;
    if (m_request.api == SendRequest::Api::Verify) {
        const auto parsed = TwilioParser::verification(status, m_result.raw.body);
        error = parsed.error;
        if (parsed.isOk())
            m_result.verification = parsed.value;
    } else {
        const auto parsed = TwilioParser::message(status, m_result.raw.body);
        error = parsed.error;
        if (parsed.isOk())
            m_result.message = parsed.value;
    }
    if (error.isError()) {
        // Twilio refused it (4xx): nothing was created. Otherwise it may exist.
        error.notSent = error.kind == TwilioError::Kind::Http && status < 500;
        m_result.error = error;
        finish(error.notSent ? SendResult::Outcome::Rejected : SendResult::Outcome::Unknown);
        return;
    }
    if (m_request.api == SendRequest::Api::Verify) {
        Q_EMIT answered();
        finish(SendResult::Outcome::Delivered);
        return;
    }
    Q_EMIT answered();
    if (m_finished)
        return;
    // The SDK has its answer; the console follows the message on, as it does a Run-page send,
    // with the client's own account (an API key cannot name the account's message path).
    if (m_request.followDelivery && !m_result.message.sid.isEmpty()
        && m_request.forwardedCredentials.accountSid.startsWith(QLatin1String("AC"))) {
        recordAttempt();
        track();
        return;
    }
    StatusTransition created;
    created.status = m_result.message.status;
    created.at = QDateTime::currentDateTimeUtc();
    created.errorCode = m_result.message.errorCode;
    created.errorMessage = m_result.message.errorMessage;
    m_result.timeline.append(created);
    Q_EMIT statusChanged(created);
    const QString &st = m_result.message.status;
    if (isSuccessfulFinal(st))
        finish(SendResult::Outcome::Delivered);
    else if (Message::isFinalStatus(st))
        finish(SendResult::Outcome::NotDelivered);
    else
        finish(SendResult::Outcome::Sent);
}

void SendJob::post(const QMap<QString, QString> &secrets, const QMap<QString, QString> &values)
{
    const bool verify = m_request.api == SendRequest::Api::Verify;
    m_client = new TwilioClient(
        m_profile, {secrets.value(SecretNames::AccountSid), secrets.value(SecretNames::AuthToken)},
        m_network, this);
    m_client->setTimeoutMs(m_timeoutMs);
    connect(m_client, &TwilioClient::logLine, this, &SendJob::logLine);
    connect(m_client, &TwilioClient::retrying, this, &SendJob::notice);

    TwilioReply *reply = nullptr;
    if (verify) {
        VerificationRequest request;
        request.to = m_result.toE164;
        request.channel = m_request.channel.isEmpty() ? QStringLiteral("sms") : m_request.channel;
        request.customCode = m_request.code.trimmed();
        request.locale = m_request.locale.trimmed();
        reply = m_client->createVerification(m_result.serviceSid, request);
        connect(reply, &TwilioReply::finished, this,
                [this, reply] { onVerificationCreated(reply); });
    } else {
        // The hook's TWILIO_PHONE_NUMBER may hold a Messaging Service SID instead of a number.
        const QString sender = values.value(SecretNames::PhoneNumber);
        MessageRequest request;
        request.to = m_result.toE164;
        if (sender.startsWith(QLatin1String("MG")))
            request.messagingServiceSid = sender;
        else
            request.from = sender;
        request.body = m_request.body;
        reply = m_client->createMessage(request);
        connect(reply, &TwilioReply::finished, this, [this, reply] { onCreated(reply); });
    }
    m_pending = reply;
}

void SendJob::onCreated(TwilioReply *reply)
{
    m_pending = nullptr;
    reply->deleteLater();
    if (m_finished)
        return;
    if (!reply->isOk()) {
        failCreate(reply->error());
        return;
    }
    m_result.message = reply->message();
    recordAttempt();
    Q_EMIT answered();
    if (m_finished)
        return;
    if (m_request.followDelivery) {
        track();
        return;
    }
    StatusTransition created;
    created.status = m_result.message.status;
    created.at = QDateTime::currentDateTimeUtc();
    created.errorCode = m_result.message.errorCode;
    created.errorMessage = m_result.message.errorMessage;
    m_result.timeline.append(created);
    Q_EMIT statusChanged(created);
    const QString &status = m_result.message.status;
    if (isSuccessfulFinal(status))
        finish(SendResult::Outcome::Delivered);
    else if (Message::isFinalStatus(status))
        finish(SendResult::Outcome::NotDelivered);
    else
        finish(SendResult::Outcome::Sent);
}

void SendJob::onVerificationCreated(TwilioReply *reply)
{
    m_pending = nullptr;
    reply->deleteLater();
    if (m_finished)
        return;
    if (!reply->isOk()) {
        failCreate(reply->error());
        return;
    }
    m_result.verification = reply->verification();
    Q_EMIT answered();
    finish(SendResult::Outcome::Delivered);
}

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

void SendJob::cancel()
{
    if (m_finished)
        return;
    QObject *pending = m_pending;
    m_pending = nullptr;
    TwilioError error = TwilioError::cancelled(false);
    if (auto *reply = qobject_cast<TwilioReply *>(pending)) {
        disconnect(reply, nullptr, this, nullptr);
        reply->cancel();
        // Its error says whether the POST was already on its way, with what finds the message.
        error = reply->error();
        reply->deleteLater();
    } else if (auto *tracker = qobject_cast<DeliveryTracker *>(pending)) {
        disconnect(tracker, nullptr, this, nullptr);
        tracker->cancel();
        tracker->deleteLater();
        // Stopping the polling does not stop the message.
        error.explanation.secondaryMessage
            = tr("Twilio had accepted the message (%1); it goes on being delivered. Only "
                 "following it stopped.")
                  .arg(m_result.message.sid);
    } else if (pending) {
        disconnect(pending, nullptr, this, nullptr); // a keychain read: nothing sent yet
    }
    m_result.error = error;
    finish(SendResult::Outcome::Cancelled);
}

void SendJob::failInput(const QString &message)
{
    m_result.inputError = message;
    finish(SendResult::Outcome::InputError);
}

void SendJob::failCreate(const TwilioError &error)
{
    m_result.error = error;
    const SendResult::Outcome outcome = outcomeForCreateError(error);
    if (outcome == SendResult::Outcome::InputError)
        m_result.inputError = error.message;
    finish(outcome);
}

void SendJob::failLog(const QString &reason)
{
    m_result.logError = reason;
    finish(SendResult::Outcome::LogFailed);
}

void SendJob::setStage(SendResult::Stage stage)
{
    if (m_result.stage == stage)
        return;
    m_result.stage = stage;
    Q_EMIT stageChanged(stage);
}

void SendJob::finish(SendResult::Outcome outcome)
{
    if (m_finished)
        return;
    m_finished = true;
    m_result.outcome = outcome;
    m_result.finishedAt = QDateTime::currentDateTimeUtc();
    recordAttempt(); // queued before finished(): DeliveryLog::flush() then covers it
    setStage(SendResult::Stage::Done);
    Q_EMIT finished();
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

QString SendJob::checkBody(const QString &body)
{
    if (body.trimmed().isEmpty())
        return tr("Message: enter the text to send.");
    if (body.size() > MaxBodyCharacters)
        return tr("Message: Twilio accepts at most %1 characters (error 21617); this text has %2. "
                  "Shorten it.")
            .arg(MaxBodyCharacters)
            .arg(body.size());
    return {};
}

QString SendJob::checkCustomCode(const QString &code)
{
    const QString c = code.trimmed();
    if (c.isEmpty())
        return tr("Code: enter the code to send (the code Auth0 passes in the event).");
    if (c.size() < MinCustomCodeDigits || c.size() > MaxCustomCodeDigits)
        return tr("Code: Verify takes a custom code of %1 to %2 characters; this one has %3.")
            .arg(MinCustomCodeDigits)
            .arg(MaxCustomCodeDigits)
            .arg(c.size());
    return {};
}

void SendJob::adoptLookup(const QList<Message> &found, const TwilioError &error)
{
    if (!error.isError() && found.size() == 1 && canLookUp()) {
        // Twilio has it: the send is known now. Several matches stay unknown: which one is this
        // send's cannot be told.
        m_result.message = found.constFirst();
        m_result.foundByLookup = true;
        m_result.error = {};
        const QString &status = m_result.message.status;
        m_result.outcome = isSuccessfulFinal(status) ? SendResult::Outcome::Delivered
            : Message::isFinalStatus(status)         ? SendResult::Outcome::NotDelivered
                                                     : SendResult::Outcome::Sent;
        recordAttempt();
    }
    Q_EMIT lookupFinished(found, error);
}
