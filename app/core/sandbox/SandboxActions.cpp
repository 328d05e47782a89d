#include "SandboxActions.h"

#include "hook/HookRunner.h"

#include "sandbox/TwilioSandbox.h"
#include "twilio/TwilioClient.h"
#include "twilio/TwilioReply.h"

#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QTimer>

using namespace Qt::StringLiterals;
using Outcome = Auth0Sandbox::ActionRunOutcome;

namespace {

QString resource(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

const QString &customPhoneProviderCode()
{
    static const QString code = resource(u":/actions/custom-phone-provider-sms.js"_s);
    return code;
}

const QString &sendPhoneMessageCode()
{
    static const QString code = resource(u":/actions/send-phone-message-sms.js"_s);
    return code;
}

} // namespace

bool SandboxActions::isBundled(const QString &code)
{
    return !code.isEmpty() && (code == customPhoneProviderCode() || code == sendPhoneMessageCode());
}

Auth0Sandbox::ActionExecutor SandboxActions::bundledExecutor(QNetworkAccessManager *network)
{
    QPointer<QNetworkAccessManager> nam(network);
    return [nam](const Auth0Sandbox::ActionRun &run, std::function<void(const Outcome &)> done) {
        Outcome out;
        if (!isBundled(run.code)) {
            out.kind = Outcome::Kind::Failed;
            out.errorMessage = u"this Action's code needs the console's Node runner; the "
                               "sandbox runs only its own bundled Actions natively"_s;
            done(out);
            return;
        }
        const bool provider = run.triggerId == u"custom-phone-provider"_s;
        const QJsonObject event = run.event;
        Profile profile;
        profile.name = u"sandbox-action"_s;
        profile.apiBaseUrl = run.twilioBaseUrl;
        profile.verifyBaseUrl = run.twilioBaseUrl;
        TwilioCredentials creds {run.secrets.value(u"TWILIO_ACCOUNT_SID"_s),
                                 run.secrets.value(u"TWILIO_AUTH_TOKEN"_s)};
        auto *client = new TwilioClient(profile, creds, nam);
        MessageRequest message;
        message.to = run.recipient;
        message.from = run.secrets.value(u"TWILIO_PHONE_NUMBER"_s);
        message.body = provider
            ? event.value(u"notification"_s).toObject().value(u"as_text"_s).toString()
            : event.value(u"message_options"_s).toObject().value(u"text"_s).toString();
        auto clock = std::make_shared<QElapsedTimer>();
        clock->start();
        TwilioReply *reply = client->createMessage(message);
        QObject::connect(
            reply, &TwilioReply::finished, client, [client, reply, done, provider, clock] {
                Outcome o;
                o.elapsedMs = clock->elapsed();
                if (reply->isOk()) {
                    o.kind = Outcome::Kind::Success;
                    o.messageSids << reply->message().sid;
                } else {
                    const TwilioError &e = reply->error();
                    const QString code = e.code ? QString::number(e.code) : QString();
                    const QString reason = u"Twilio error %1: %2"_s.arg(
                        code.isEmpty() ? QString::number(e.httpStatus) : code, e.message);
                    if (!provider) {
                        o.kind = Outcome::Kind::Threw;
                        o.errorCode = code;
                        o.errorMessage = e.message;
                        o.errorName = u"RestException"_s;
                    } else if (e.httpStatus == 0 || e.httpStatus >= 500) {
                        o.kind = Outcome::Kind::Retry;
                        o.reason = reason.left(1024);
                    } else {
                        o.kind = Outcome::Kind::Dropped;
                        o.reason = reason.left(1024);
                    }
                }
                client->deleteLater();
                done(o);
            });
    };
}

Auth0Sandbox::ActionExecutor SandboxActions::runnerExecutor()
{
    return [](const Auth0Sandbox::ActionRun &run, std::function<void(const Outcome &)> done) {
        const bool provider = run.triggerId == u"custom-phone-provider"_s;
        HookRunRequest request;
        request.source = run.code;
        request.fileName = run.actionName.isEmpty() ? u"action.js"_s : run.actionName + u".js"_s;
        request.recipient = run.recipient;
        request.text = provider
            ? run.event.value(u"notification"_s).toObject().value(u"as_text"_s).toString()
            : run.event.value(u"message_options"_s).toObject().value(u"text"_s).toString();
        request.event = run.event;
        request.secrets = run.secrets;
        request.profile.name = u"sandbox-action"_s;
        request.profile.apiBaseUrl = run.twilioBaseUrl;
        request.profile.verifyBaseUrl = run.twilioBaseUrl;
        auto *runner = new HookRunner(nullptr);
        QObject::connect(
            runner, &HookRunner::finished, runner, [runner, done](const HookRunResult &r) {
                Outcome o;
                o.elapsedMs = r.elapsedMs;
                for (const HookConsoleLine &line : r.console)
                    o.logs << line.level + u": "_s + line.text;
                for (const HookRequestRecord &req : r.requests) {
                    if (req.sid.startsWith(u"SM"_s) || req.sid.startsWith(u"MM"_s))
                        o.messageSids << req.sid;
                }
                using O = HookRunResult::Outcome;
                switch (r.outcome) {
                case O::Success:
                    o.kind = Outcome::Kind::Success;
                    break;
                case O::Threw:
                case O::HookError:
                    o.kind = Outcome::Kind::Threw;
                    o.errorName = r.errorName;
                    o.errorCode = r.errorCode;
                    o.errorMessage = r.errorMessage.isEmpty() ? r.error : r.errorMessage;
                    break;
                case O::Dropped:
                    o.kind = Outcome::Kind::Dropped;
                    o.reason = r.reason;
                    break;
                case O::RetryRequested:
                    o.kind = Outcome::Kind::Retry;
                    o.reason = r.reason;
                    break;
                case O::TimedOut:
                    o.kind = Outcome::Kind::TimedOut;
                    o.errorMessage = r.error;
                    break;
                default:
                    o.kind = Outcome::Kind::Failed;
                    o.errorMessage = r.error;
                    break;
                }
                runner->deleteLater();
                done(o);
            });
        runner->run(request);
    };
}

SandboxHandset::SandboxHandset(TwilioSandbox *twilio, QObject *parent)
    : QObject(parent), m_twilio(twilio)
{
    if (twilio) {
        for (const TwilioSandbox::SentMessage &m : twilio->messages())
            m_seen << m.sid;
    }
}

QString SandboxHandset::codeIn(const QString &body)
{
    static const QRegularExpression re(u"(?<![0-9])([0-9]{4,10})(?![0-9])"_s);
    const QRegularExpressionMatch m = re.match(body);
    return m.hasMatch() ? m.captured(1) : QString();
}

void SandboxHandset::stop()
{
    disconnect(m_connection);
    m_arrived = nullptr;
}

void SandboxHandset::waitForCode(const QString &to,
                                 std::function<void(const QString &, const QString &)> arrived)
{
    stop();
    if (!m_twilio)
        return;
    m_to = to;
    m_arrived = std::move(arrived);
    const auto take = [this](const TwilioSandbox::SentMessage &m) {
        if (m.to != m_to || m.finalStatus != u"delivered"_s || !m_arrived || m_seen.contains(m.sid))
            return;
        m_seen << m.sid;
        const auto callback = m_arrived;
        stop();
        const QString code = codeIn(m.body);
        const QString sid = m.sid;
        // A handset has it once Twilio reports it delivered.
        QTimer::singleShot(int(m.finalAfterMs), this,
                           [callback, code, sid] { callback(code, sid); });
    };
    // A text that was faster than the question.
    for (const TwilioSandbox::SentMessage &m : m_twilio->messages())
        take(m);
    if (!m_arrived)
        return;
    m_connection = connect(m_twilio, &TwilioSandbox::messageCreated, this, take);
}
