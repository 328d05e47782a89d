#include "ActionTestJob.h"

#include "Auth0Client.h"
#include "Auth0Parser.h"
#include "TenantSecret.h"
#include "secrets/SecretStore.h"
#include "text/LineDiff.h"

#include <QDateTime>
#include <QJsonArray>

#include <algorithm>

namespace {
constexpr int BuildWaitLimitMs = 120000;

QStringList strings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &item : v.toArray())
        out << (item.isString() ? item.toString() : item.toVariant().toString());
    return out;
}

// Lines compared as LineDiff compares them: trailing blanks and '\r' do not count.
bool sameLines(const QString &a, const QString &b)
{
    const auto edits = LineDiff::edits(a, b);
    return std::all_of(edits.cbegin(), edits.cend(), [](const LineDiff::Edit &e) {
        return e.kind == LineDiff::Edit::Kind::Same;
    });
}

} // namespace

QJsonObject ActionTestRequest::payloadFor(const QString &trigger) const
{
    const CodeKind kind = trigger == Auth0Triggers::CustomPhoneProvider
        ? CodeKind::CustomPhoneProvider
        : CodeKind::SendPhoneMessage;
    QJsonObject event = RunEvents::merged(RunEvents::inputFor(kind, message), editedEvent);
    event.remove(QStringLiteral("secrets"));
    return event;
}

bool ActionTestResult::succeeded() const
{
    if (!status.isEmpty())
        return status == QLatin1String("success");
    return errorMessage.isEmpty() && errorCode.isEmpty();
}

ActionTestResult ActionTestResult::parse(const QJsonObject &answer)
{
    ActionTestResult r;
    r.payload = answer.value(QLatin1String("payload")).toObject();
    const QJsonObject &p = r.payload;
    r.status = p.value(QLatin1String("status")).toString();
    const QJsonValue error = p.value(QLatin1String("error"));
    if (error.isObject()) {
        const QJsonObject e = error.toObject();
        r.errorName = e.value(QLatin1String("name")).toString();
        r.errorCode = e.value(QLatin1String("code")).toVariant().toString();
        r.errorMessage = e.value(QLatin1String("message")).toString();
        if (r.errorMessage.isEmpty())
            r.errorMessage = e.value(QLatin1String("msg")).toString();
    } else if (error.isString()) {
        r.errorMessage = error.toString();
    }
    r.reason = p.value(QLatin1String("reason")).toString();
    r.logs = strings(p.value(QLatin1String("logs")));
    r.messageSids = strings(p.value(QLatin1String("twilio_message_sids")));
    if (p.contains(QLatin1String("duration_ms")))
        r.durationMs = p.value(QLatin1String("duration_ms")).toInteger();
    return r;
}

ActionTestJob::ActionTestJob(Op op, const Profile &profile, const ActionTestRequest &request,
                             QNetworkAccessManager *network, QObject *parent)
    : QObject(parent), m_op(op), m_profile(profile), m_request(request), m_network(network)
{
    m_poll.setSingleShot(true);
    m_poll.setInterval(500);
    connect(&m_poll, &QTimer::timeout, this, &ActionTestJob::waitBuilt);
}

ActionTestJob *ActionTestJob::inspect(const Profile &profile, const ActionTestRequest &request,
                                      SecretStore *secrets, QNetworkAccessManager *network,
                                      QObject *parent)
{
    auto *job = new ActionTestJob(Op::Inspect, profile, request, network, parent);
    QMetaObject::invokeMethod(
        job, [job, s = QPointer<SecretStore>(secrets)] { job->begin(s); }, Qt::QueuedConnection);
    return job;
}

ActionTestJob *ActionTestJob::run(const Profile &profile, const ActionTestRequest &request,
                                  SecretStore *secrets, QNetworkAccessManager *network,
                                  QObject *parent)
{
    auto *job = new ActionTestJob(Op::Run, profile, request, network, parent);
    QMetaObject::invokeMethod(
        job, [job, s = QPointer<SecretStore>(secrets)] { job->begin(s); }, Qt::QueuedConnection);
    return job;
}

bool ActionTestJob::draftDiffers() const
{
    return !m_action.id.isEmpty() && !sameLines(m_action.code, m_request.editorCode);
}

QString ActionTestJob::diff() const
{
    if (!draftDiffers())
        return {};
    return LineDiff::unified(m_action.code, m_request.editorCode,
                             tr("the tenant's draft of \"%1\"").arg(m_action.name),
                             tr("the editor"));
}

void ActionTestJob::fail(const QString &code, const QString &message)
{
    m_errorCode = code;
    m_error = message;
    finish();
}

void ActionTestJob::begin(SecretStore *secrets)
{
    TenantSecret::read(m_profile, secrets, this, [this](const TenantSecret::Result &r) {
        if (!r.ok()) {
            fail(r.errorCode, r.error);
            return;
        }
        m_client = new Auth0Client(m_profile.auth0, r.secret, m_network, this);
        readMode();
    });
}

void ActionTestJob::readMode()
{
    Q_EMIT step(tr("Reading which trigger %1 sends MFA texts with…").arg(m_profile.auth0.domain));
    Auth0Reply *reply = m_client->send(Auth0Requests::getTenantSettings(m_profile.auth0));
    connect(reply, &Auth0Reply::finished, this, [this, reply] {
        reply->deleteLater();
        if (!reply->isOk()) {
            fail(Auth0Error::kindName(reply->error().kind), reply->error().userText());
            return;
        }
        m_trigger = Auth0Parser::tenantSettings(reply->object()).phoneConsolidatedExperience
            ? Auth0Triggers::CustomPhoneProvider
            : Auth0Triggers::SendPhoneMessage;
        readBinding();
    });
}

void ActionTestJob::readBinding()
{
    Auth0Reply *reply
        = m_client->send(Auth0Requests::listTriggerBindings(m_profile.auth0, m_trigger));
    connect(reply, &Auth0Reply::finished, this, [this, reply] {
        reply->deleteLater();
        if (!reply->isOk()) {
            fail(Auth0Error::kindName(reply->error().kind), reply->error().userText());
            return;
        }
        const TriggerBindingList list = Auth0Parser::triggerBindings(reply->object());
        if (list.bindings.isEmpty()) {
            fail(QStringLiteral("no-action"),
                 tr("No Action is bound to %1 on %2, so there is no draft to test: deploy the "
                    "code first (Deploy…, or sms-hook-cli action deploy).")
                     .arg(m_trigger, m_profile.auth0.domain));
            return;
        }
        Auth0Reply *get = m_client->send(
            Auth0Requests::getAction(m_profile.auth0, list.bindings.first().actionId));
        connect(get, &Auth0Reply::finished, this, [this, get] {
            get->deleteLater();
            if (!get->isOk()) {
                fail(Auth0Error::kindName(get->error().kind), get->error().userText());
                return;
            }
            m_action = Auth0Parser::action(get->object());
            m_payload = m_request.payloadFor(m_trigger);
            if (m_op == Op::Inspect)
                finish();
            else if (m_request.updateDraft && draftDiffers())
                updateDraft();
            else
                waitBuilt();
        });
    });
}

void ActionTestJob::updateDraft()
{
    Q_EMIT step(tr("Writing the editor's code into the draft of \"%1\" (not deployed)…")
                    .arg(m_action.name));
    ActionDraft draft;
    draft.code = m_request.editorCode;
    Auth0Reply *reply
        = m_client->send(Auth0Requests::updateAction(m_profile.auth0, m_action.id, draft));
    connect(reply, &Auth0Reply::finished, this, [this, reply] {
        reply->deleteLater();
        if (!reply->isOk()) {
            fail(Auth0Error::kindName(reply->error().kind),
                 tr("The draft was not updated: %1").arg(reply->error().userText()));
            return;
        }
        m_action = Auth0Parser::action(reply->object());
        m_draftUpdated = true;
        m_waitStartedMs = QDateTime::currentMSecsSinceEpoch();
        m_poll.start();
    });
}

void ActionTestJob::waitBuilt()
{
    if (m_action.status == ActionBuildStatus::Built || m_action.status.isEmpty()) {
        test();
        return;
    }
    if (m_action.status == ActionBuildStatus::Failed) {
        fail(QStringLiteral("build-failed"),
             tr("The draft of \"%1\" does not build, so it cannot be tested: fix the code (see "
                "Problems) and update the draft again.")
                 .arg(m_action.name));
        return;
    }
    if (m_waitStartedMs == 0)
        m_waitStartedMs = QDateTime::currentMSecsSinceEpoch();
    if (QDateTime::currentMSecsSinceEpoch() - m_waitStartedMs > BuildWaitLimitMs) {
        fail(QStringLiteral("build-timeout"),
             tr("The draft of \"%1\" was still %2 after %n second(s); try again later.", nullptr,
                BuildWaitLimitMs / 1000)
                 .arg(m_action.name, m_action.status));
        return;
    }
    Q_EMIT step(tr("Waiting for the draft's build (%1)…").arg(m_action.status));
    Auth0Reply *get = m_client->send(Auth0Requests::getAction(m_profile.auth0, m_action.id));
    connect(get, &Auth0Reply::finished, this, [this, get] {
        get->deleteLater();
        if (!get->isOk()) {
            fail(Auth0Error::kindName(get->error().kind), get->error().userText());
            return;
        }
        m_action = Auth0Parser::action(get->object());
        if (m_action.status == ActionBuildStatus::Built
            || m_action.status == ActionBuildStatus::Failed)
            waitBuilt();
        else
            m_poll.start();
    });
}

void ActionTestJob::test()
{
    Q_EMIT step(
        tr("Testing the draft of \"%1\" in %2…").arg(m_action.name, m_profile.auth0.domain));
    // A test runs the code: never sent twice (Auth0Client does not retry a POST).
    Auth0Reply *reply
        = m_client->send(Auth0Requests::testAction(m_profile.auth0, m_action.id, m_payload));
    connect(reply, &Auth0Reply::finished, this, [this, reply] {
        reply->deleteLater();
        if (!reply->isOk()) {
            fail(Auth0Error::kindName(reply->error().kind),
                 tr("The tenant did not test the draft: %1").arg(reply->error().userText()));
            return;
        }
        m_tested = true;
        m_result = ActionTestResult::parse(reply->object());
        finish();
    });
}

void ActionTestJob::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    m_poll.stop();
    if (m_client)
        m_client->deleteLater();
    Q_EMIT finished();
    deleteLater();
}
