#include "CliApp.h"
#include "CliOptions.h"
#include "Commands.h"
#include "SecretInput.h"
#include "SignalWatcher.h"
#include "log/DeliveryLog.h"
#include "phone/PhoneNumber.h"
#include "run/Outcomes.h"
#include "run/TwilioAccess.h"
#include "sandbox/Auth0Sandbox.h"
#include "sandbox/Auth0SandboxFixtures.h"
#include "sandbox/SandboxActions.h"
#include "sandbox/SandboxProfile.h"
#include "sandbox/TwilioSandbox.h"
#include "secrets/SecretRules.h"
#include "sms/SegmentCalculator.h"
#include "twilio/DeliveryTracker.h"
#include "twilio/ErrorDictionary.h"
#include "twilio/TwilioClient.h"
#include "twilio/TwilioReply.h"
#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QTimer>
#include <algorithm>
#include <cstdio>

// sms-hook-cli send, verify and status: one message through SendJob, or one looked up.

namespace {

QString timeText(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

QJsonObject transitionJson(const StatusTransition &t)
{
    QJsonObject o {{QStringLiteral("status"), t.status}, {QStringLiteral("at"), timeText(t.at)}};
    if (t.errorCode != 0) {
        o.insert(QStringLiteral("error_code"), t.errorCode);
        o.insert(QStringLiteral("error_message"), t.errorMessage);
    }
    return o;
}

QJsonObject explanationJson(int code, const QString &fallback)
{
    const ErrorExplanation e = ErrorDictionary::lookup(code);
    QJsonObject o {{QStringLiteral("code"), code},
                   {QStringLiteral("message"), e.message.isEmpty() ? fallback : e.message},
                   {QStringLiteral("more_info"), ErrorDictionary::docsUrl(code).toString()}};
    if (!e.solutions.isEmpty())
        o.insert(QStringLiteral("solutions"), e.solutions);
    return o;
}

// One line on a delivery error code: Twilio's own explanation from its error dictionary.
QString explainCode(int code, const QString &fallback)
{
    const ErrorExplanation e = ErrorDictionary::lookup(code);
    QString line = CliApp::tr("Twilio error %1: %2")
                       .arg(code)
                       .arg(e.message.isEmpty() ? fallback : e.message);
    if (!e.solutions.isEmpty())
        line += QLatin1Char(' ')
            + CliApp::tr("What to do: %1").arg(ErrorExplanation::brief(e.solutions));
    line += QLatin1Char(' ') + ErrorDictionary::docsUrl(code).toString();
    return line.simplified();
}

bool isFailedStatus(const QString &status)
{
    return Message::isFinalStatus(status) && status != QLatin1String("delivered")
        && status != QLatin1String("read");
}

} // namespace

int CliApp::send(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({CliOptions::Profile, tr("The profile."), QStringLiteral("P")});
    parser.addOption({QStringLiteral("to"), tr("Recipient phone number."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("body"), tr("Message text."), QStringLiteral("B")});
    parser.addOption({QStringLiteral("wait"), tr("Follow the message until a final status.")});
    if (!parse(parser, args, QStringLiteral("send"), 0))
        return parser.isSet(QStringLiteral("help")) ? CliOutput::Success : CliOutput::UsageError;
    if (!parser.isSet(QStringLiteral("to")) || !parser.isSet(QStringLiteral("body")))
        return m_out.fail(CliOutput::UsageError, QStringLiteral("usage"),
                          tr("send needs --to NUMBER and --body TEXT; see sms-hook-cli --help."));
    int code = 0;
    auto profile = requireProfile(parser, &code);
    if (!profile)
        return code;
    SendRequest request;
    request.api = SendRequest::Api::Messages;
    request.source = SendRequest::Source::Cli;
    request.to = parser.value(QStringLiteral("to"));
    request.body = parser.value(QStringLiteral("body"));
    request.followDelivery = parser.isSet(QStringLiteral("wait"));
    return runSendJob(*profile, request, request.followDelivery);
}

int CliApp::verify(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({CliOptions::Profile, tr("The profile."), QStringLiteral("P")});
    parser.addOption({QStringLiteral("to"), tr("Recipient phone number."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("code"), tr("The code to send (Auth0's context.code)."),
                      QStringLiteral("C")});
    parser.addOption(
        {QStringLiteral("locale"), tr("Language of the message, e.g. en."), QStringLiteral("L")});
    if (!parse(parser, args, QStringLiteral("verify"), 0))
        return parser.isSet(QStringLiteral("help")) ? CliOutput::Success : CliOutput::UsageError;
    if (!parser.isSet(QStringLiteral("to")) || !parser.isSet(QStringLiteral("code")))
        return m_out.fail(CliOutput::UsageError, QStringLiteral("usage"),
                          tr("verify needs --to NUMBER and --code CODE; see sms-hook-cli --help."));
    int code = 0;
    auto profile = requireProfile(parser, &code);
    if (!profile)
        return code;
    SendRequest request;
    request.api = SendRequest::Api::Verify;
    request.source = SendRequest::Source::Cli;
    request.to = parser.value(QStringLiteral("to"));
    request.code = parser.value(QStringLiteral("code"));
    request.locale = parser.value(QStringLiteral("locale"));
    request.followDelivery = false;
    return runSendJob(*profile, request, false);
}

int CliApp::runSendJob(Profile profile, const SendRequest &request, bool wait)
{
    int code = 0;
    if (!prepareProfile(&profile, &code))
        return code;
    auto *job = new SendJob(profile, &m_secrets, network(), qApp);
    job->setDeliveryLog(deliveryLog());
    if (wait) {
        QObject::connect(job, &SendJob::statusChanged, job, [this](const StatusTransition &t) {
            QString line = QStringLiteral("%1  %2").arg(timeText(t.at), t.status);
            if (t.errorCode != 0)
                line += QStringLiteral("  ") + explainCode(t.errorCode, t.errorMessage);
            m_out.text(line);
        });
    }
    // Retries and failed polls take a while before a give-up: each is said on stderr as it
    // happens (never on stdout, which holds only the JSON document with --json).
    QObject::connect(job, &SendJob::notice, job, [this](const QString &line) {
        m_out.warning(tr("sms-hook-cli: %1").arg(line));
    });
    // Reported once, after the final update of the row is committed.
    auto reported = std::make_shared<bool>(false);
    auto report = [this, job, wait, reported] {
        if (std::exchange(*reported, true))
            return;
        deliveryLog()->flush(job, [this, job, wait](const QString &) {
            reportSendResult(job->result(), wait);
            job->deleteLater();
        });
    };
    const QString profileName = profile.name;
    QObject::connect(job, &SendJob::finished, job, [this, job, report, profileName] {
        if (!job->canLookUp()) {
            report();
            return;
        }
        // The POST may have reached Twilio: look for the message (GETs only) before saying so,
        // so the user knows whether a retry would send a second code.
        m_out.warning(tr("sms-hook-cli: no answer to the send; looking for the message in "
                         "Twilio's message log..."));
        QObject::connect(
            job, &SendJob::lookupFinished, job,
            [this, report, profileName](const QList<Message> &found, const TwilioError &error) {
                if (!error.isError() && !found.isEmpty())
                    m_out.warning(
                        tr("sms-hook-cli: found it: %1 (%2). It was sent; do not "
                           "send again. Follow it with: sms-hook-cli status --profile "
                           "\"%3\" %1")
                            .arg(found.constFirst().sid, found.constFirst().status, profileName));
                else if (!error.isError())
                    m_out.warning(tr("sms-hook-cli: no such message in Twilio's log: it was "
                                     "most likely not created."));
                else
                    m_out.warning(tr("sms-hook-cli: the lookup failed too: %1")
                                      .arg(error.userText().simplified()));
                report();
            });
        job->lookUp();
    });
    // Ctrl+C: the job stops and says where that leaves the message (a POST on its way stays
    // "outcome unknown" in the log, rightly); during the lookup, what is known so far.
    auto *watcher = new SignalWatcher(job);
    QObject::connect(watcher, &SignalWatcher::terminationRequested, job, [this, job, report](int) {
        if (!job->result().isFinished()) {
            m_out.warning(tr("sms-hook-cli: interrupted; stopping."));
            job->cancel(); // finished() follows at once, and reports
            return;
        }
        m_out.warning(tr("sms-hook-cli: interrupted; the lookup was stopped."));
        report();
    });
    job->start(request);
    return -1;
}

void CliApp::reportSendResult(const SendResult &r, bool wait)
{
    for (const QString &w : r.warnings)
        m_out.warning(tr("sms-hook-cli: warning: %1").arg(w));
    const bool verify = !r.serviceSid.isEmpty();
    QJsonObject doc {{QStringLiteral("outcome"), SendResult::outcomeName(r.outcome)},
                     {QStringLiteral("to"), r.toE164}};
    if (!r.warnings.isEmpty())
        doc.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(r.warnings));
    if (verify) {
        doc.insert(QStringLiteral("service_sid"), r.serviceSid);
        if (!r.verification.sid.isEmpty()) {
            doc.insert(QStringLiteral("sid"), r.verification.sid);
            doc.insert(QStringLiteral("status"), r.verification.status);
        }
    } else {
        doc.insert(QStringLiteral("from"), r.from);
        doc.insert(QStringLiteral("segments"), r.segments.segments);
        doc.insert(QStringLiteral("encoding"),
                   SegmentCalculator::encodingName(r.segments.encoding));
        if (!r.message.sid.isEmpty()) {
            doc.insert(QStringLiteral("sid"), r.message.sid);
            doc.insert(QStringLiteral("status"), r.message.status);
        }
        QJsonArray timeline;
        for (const StatusTransition &t : r.timeline)
            timeline.append(transitionJson(t));
        if (wait)
            doc.insert(QStringLiteral("timeline"), timeline);
        if (r.message.errorCode != 0)
            doc.insert(QStringLiteral("twilio_error"),
                       explanationJson(r.message.errorCode, r.message.errorMessage));
    }
    if (r.error.code != 0)
        doc.insert(QStringLiteral("twilio_error"), explanationJson(r.error.code, r.error.message));

    int exitCode = CliOutput::Success;
    switch (r.outcome) {
    case SendResult::Outcome::Delivered:
    case SendResult::Outcome::Sent:
        if (wait && r.outcome == SendResult::Outcome::Sent)
            m_out.warning(tr("sms-hook-cli: warning: %1").arg(r.summary()));
        if (verify)
            m_out.text(tr("Verification %1 for %2: %3 (service %4).")
                           .arg(r.verification.sid, r.toE164, r.verification.status, r.serviceSid));
        else if (!wait)
            m_out.text(tr("Accepted: %1  status %2  to %3  from %4  %n segment(s) (%5)", nullptr,
                          r.segments.segments)
                           .arg(r.message.sid, r.message.status, r.toE164, r.from,
                                SegmentCalculator::encodingName(r.segments.encoding)));
        else
            m_out.text(r.summary());
        doc.insert(QStringLiteral("ok"), true);
        m_out.result(doc);
        break;
    case SendResult::Outcome::NotDelivered:
        exitCode
            = m_out.fail(CliOutput::Failure, Outcomes::errorCode(r.outcome), r.summary(), {}, doc);
        break;
    case SendResult::Outcome::Rejected:
    case SendResult::Outcome::NotSent:
        exitCode = m_out.fail(CliOutput::Failure, Outcomes::errorCode(r.outcome),
                              r.summary().simplified(), {}, doc);
        break;
    case SendResult::Outcome::Unknown:
        exitCode = m_out.fail(CliOutput::Failure, Outcomes::errorCode(r.outcome),
                              r.summary().simplified(),
                              tr("Check the message log (sms-hook-cli status, or the Twilio "
                                 "Console) before sending again."),
                              doc);
        break;
    case SendResult::Outcome::InputError:
        exitCode
            = m_out.fail(CliOutput::Failure, Outcomes::errorCode(r.outcome), r.inputError, {}, doc);
        break;
    case SendResult::Outcome::KeychainFailed:
        exitCode = keychainFailure(r.keychainError);
        break;
    case SendResult::Outcome::LogFailed:
        exitCode = m_out.fail(CliOutput::Failure, Outcomes::errorCode(r.outcome),
                              r.summary().simplified(), {}, doc);
        break;
    case SendResult::Outcome::Cancelled:
    case SendResult::Outcome::Pending:
        exitCode
            = m_out.fail(CliOutput::Failure, Outcomes::errorCode(r.outcome), r.summary(), {}, doc);
        break;
    }
    finishLater(exitCode);
}

int CliApp::status(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({CliOptions::Profile, tr("The profile."), QStringLiteral("P")});
    parser.addOption({QStringLiteral("wait"), tr("Follow the message until a final status.")});
    if (!parse(parser, args, QStringLiteral("status"), 1, tr("message SID")))
        return parser.isSet(QStringLiteral("help")) ? CliOutput::Success : CliOutput::UsageError;
    const QString sid = parser.positionalArguments().constFirst();
    if (!SecretRules::isSid(sid, QLatin1String("SM"))
        && !SecretRules::isSid(sid, QLatin1String("MM")))
        return m_out.fail(
            CliOutput::UsageError, QStringLiteral("invalid-argument"),
            tr("\"%1\" is not a message SID: SM (or MM) followed by 32 hex digits.").arg(sid));
    int code = 0;
    auto profile = requireProfile(parser, &code);
    if (!profile || !prepareProfile(&*profile, &code))
        return code;
    const bool wait = parser.isSet(QStringLiteral("wait"));
    const Profile p = *profile;
    TwilioAccess::read(&m_secrets, p.name, qApp, [this, p, sid, wait](const TwilioAccess &access) {
        if (access.keychainFailed) {
            finishLater(keychainFailure(access.keychainError));
            return;
        }
        if (!access.ok) {
            finishLater(m_out.fail(CliOutput::Failure, QStringLiteral("invalid-input"),
                                   access.problem,
                                   TwilioAccess::secretFix(p.name, access.secretName)));
            return;
        }
        auto *client = new TwilioClient(p, access.credentials, network(), qApp);
        QObject::connect(client, &TwilioClient::retrying, client, [this](const QString &line) {
            m_out.warning(tr("sms-hook-cli: %1").arg(line));
        });
        auto report = [this](const Message &m, const QList<StatusTransition> &timeline,
                             bool waited) {
            QJsonObject doc {{QStringLiteral("sid"), m.sid},
                             {QStringLiteral("status"), m.status},
                             {QStringLiteral("to"), m.to},
                             {QStringLiteral("from"), m.from},
                             {QStringLiteral("segments"), m.numSegments}};
            if (waited) {
                QJsonArray list;
                for (const StatusTransition &t : timeline)
                    list.append(transitionJson(t));
                doc.insert(QStringLiteral("timeline"), list);
            }
            if (m.errorCode != 0)
                doc.insert(QStringLiteral("twilio_error"),
                           explanationJson(m.errorCode, m.errorMessage));
            if (isFailedStatus(m.status)) {
                const QString why
                    = m.errorCode != 0 ? explainCode(m.errorCode, m.errorMessage) : QString();
                finishLater(m_out.fail(CliOutput::Failure, QStringLiteral("not-delivered"),
                                       tr("%1 to %2: %3.").arg(m.sid, m.to, m.status), why, doc));
                return;
            }
            if (!waited)
                m_out.text(tr("%1  %2  to %3  from %4").arg(m.sid, m.status, m.to, m.from));
            doc.insert(QStringLiteral("ok"), true);
            m_out.result(doc);
            finishLater(CliOutput::Success);
        };
        auto fetchFailed = [this](const TwilioError &error) {
            QJsonObject extra;
            if (error.code != 0)
                extra.insert(QStringLiteral("twilio_error"),
                             explanationJson(error.code, error.message));
            finishLater(m_out.fail(CliOutput::Failure, QStringLiteral("fetch-failed"),
                                   error.userText().simplified(), {}, extra));
        };
        // Ctrl+C stops the reading (GETs only: nothing to undo) and says so.
        auto *watcher = new SignalWatcher(client);
        if (!wait) {
            TwilioReply *reply = client->fetchMessage(sid);
            QObject::connect(reply, &TwilioReply::finished, reply, [reply, report, fetchFailed] {
                reply->deleteLater();
                if (reply->isOk())
                    report(reply->message(), {}, false);
                else
                    fetchFailed(reply->error());
            });
            QObject::connect(watcher, &SignalWatcher::terminationRequested, reply,
                             [reply](int) { reply->cancel(); });
            return;
        }
        auto *tracker = new DeliveryTracker(client, client);
        tracker->setPollIntervalMs(1000);
        QObject::connect(tracker, &DeliveryTracker::pollFailed, tracker, [this](const QString &l) {
            m_out.warning(tr("sms-hook-cli: %1").arg(l));
        });
        QObject::connect(watcher, &SignalWatcher::terminationRequested, tracker,
                         [tracker](int) { tracker->cancel(); });
        QObject::connect(
            tracker, &DeliveryTracker::statusChanged, tracker, [this](const StatusTransition &t) {
                QString line = QStringLiteral("%1  %2").arg(timeText(t.at), t.status);
                if (t.errorCode != 0)
                    line += QStringLiteral("  ") + explainCode(t.errorCode, t.errorMessage);
                m_out.text(line);
            });
        QObject::connect(
            tracker, &DeliveryTracker::finished, tracker,
            [this, report, fetchFailed](const DeliveryTimeline &timeline) {
                switch (timeline.outcome) {
                case DeliveryTimeline::Outcome::Final:
                case DeliveryTimeline::Outcome::SentNoReceipt:
                    if (timeline.outcome == DeliveryTimeline::Outcome::SentNoReceipt)
                        m_out.warning(tr("sms-hook-cli: warning: sent, but no "
                                         "delivery receipt arrived; many carriers "
                                         "send none."));
                    report(timeline.lastMessage, timeline.transitions, true);
                    return;
                case DeliveryTimeline::Outcome::GaveUp:
                    finishLater(m_out.fail(
                        CliOutput::Failure, QStringLiteral("unknown-outcome"),
                        tr("no final status in time (last: %1).").arg(timeline.lastMessage.status),
                        tr("Check the message log later.")));
                    return;
                case DeliveryTimeline::Outcome::Error:
                    fetchFailed(timeline.error);
                    return;
                case DeliveryTimeline::Outcome::Cancelled:
                    finishLater(m_out.fail(
                        CliOutput::Failure, QStringLiteral("cancelled"),
                        tr("Cancelled: stopped following %1 (last status: %2). Only reading "
                           "stopped; the message goes on as Twilio has it.")
                            .arg(timeline.messageSid,
                                 timeline.lastMessage.status.isEmpty()
                                     ? tr("not read yet")
                                     : timeline.lastMessage.status)));
                    return;
                }
            });
        tracker->start(sid);
    });
    return -1;
}
