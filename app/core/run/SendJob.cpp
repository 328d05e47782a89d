// SendJob: the checks, the attempt committed first, the create, and the end.

#include "SendJob.h"
#include "SendJobOutcome.h"

#include "log/DeliveryLog.h"

#include "secrets/SecretRules.h"
#include "secrets/SecretStore.h"
#include "twilio/TwilioClient.h"
#include "twilio/TwilioParser.h"
#include "twilio/TwilioReply.h"

#include <QUrlQuery>

using namespace SendJobOutcome;

namespace {

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
    endAtCreation();
}

void SendJob::endAtCreation()
{
    StatusTransition created;
    created.status = m_result.message.status;
    created.at = QDateTime::currentDateTimeUtc();
    created.errorCode = m_result.message.errorCode;
    created.errorMessage = m_result.message.errorMessage;
    m_result.timeline.append(created);
    Q_EMIT statusChanged(created);
    finish(forStatus(m_result.message.status));
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
    const SendResult::Outcome outcome = forCreateError(error);
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
QString SendJob::checkBody(const QString &body)
{
    if (body.trimmed().isEmpty())
        return tr("Message: enter the text to send.");
    if (body.size() > MaxBodyCharacters)
        return tr("Message: Twilio accepts at most %1 characters (error 21617); this text has %n. "
                  "Shorten it.",
                  nullptr, int(body.size()))
            .arg(MaxBodyCharacters);
    return {};
}

QString SendJob::checkCustomCode(const QString &code)
{
    const QString c = code.trimmed();
    if (c.isEmpty())
        return tr("Code: enter the code to send (the code Auth0 passes in the event).");
    if (c.size() < MinCustomCodeDigits || c.size() > MaxCustomCodeDigits)
        return tr("Code: Verify takes a custom code of %1 to %2 characters; this one has %n.",
                  nullptr, int(c.size()))
            .arg(MinCustomCodeDigits)
            .arg(MaxCustomCodeDigits);
    return {};
}
