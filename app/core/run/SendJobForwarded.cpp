// SendJob for a creation Twilio's SDK made in hook or Action code: sent as the SDK built it,
// answered as Twilio answered it, and followed on like any other send.

#include "SendJob.h"
#include "SendJobOutcome.h"

#include "twilio/TwilioClient.h"
#include "twilio/TwilioParser.h"
#include "twilio/TwilioReply.h"

#include <QUrlQuery>

using namespace SendJobOutcome;

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
        finish(forCreateError(m_result.error));
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
    endAtCreation();
}
