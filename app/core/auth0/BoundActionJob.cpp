#include "BoundActionJob.h"

#include "Auth0Client.h"
#include "Auth0Parser.h"
#include "TenantSecret.h"
#include "secrets/SecretStore.h"

#include <QDateTime>

namespace {
constexpr int WaitLimitMs = 180000;
}

BoundActionJob::BoundActionJob(Op op, const Profile &profile, int version,
                               QNetworkAccessManager *network, QObject *parent)
    : QObject(parent), m_op(op), m_profile(profile), m_version(version), m_network(network)
{
    m_poll.setSingleShot(true);
    m_poll.setInterval(500);
}

BoundActionJob *BoundActionJob::pull(const Profile &profile, SecretStore *secrets,
                                     QNetworkAccessManager *network, QObject *parent)
{
    auto *job = new BoundActionJob(Op::Pull, profile, 0, network, parent);
    QMetaObject::invokeMethod(
        job, [job, s = QPointer<SecretStore>(secrets)] { job->begin(s); }, Qt::QueuedConnection);
    return job;
}

BoundActionJob *BoundActionJob::rollback(const Profile &profile, int version, SecretStore *secrets,
                                         QNetworkAccessManager *network, QObject *parent)
{
    auto *job = new BoundActionJob(Op::Rollback, profile, version, network, parent);
    QMetaObject::invokeMethod(
        job, [job, s = QPointer<SecretStore>(secrets)] { job->begin(s); }, Qt::QueuedConnection);
    return job;
}

QString BoundActionJob::code() const
{
    return m_action.deployedVersion ? m_action.deployedVersion->code : QString();
}

int BoundActionJob::deployedNumber() const
{
    return m_action.deployedVersion ? m_action.deployedVersion->number : 0;
}

void BoundActionJob::fail(const QString &code, const QString &message)
{
    m_errorCode = code;
    m_error = message;
    finish();
}

void BoundActionJob::begin(SecretStore *secrets)
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

void BoundActionJob::readMode()
{
    Auth0Reply *reply = m_client->send(Auth0Requests::getTenantSettings(m_profile.auth0));
    connect(reply, &Auth0Reply::finished, this, [this, reply] {
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

void BoundActionJob::readBinding()
{
    Auth0Reply *reply
        = m_client->send(Auth0Requests::listTriggerBindings(m_profile.auth0, m_trigger));
    connect(reply, &Auth0Reply::finished, this, [this, reply] {
        if (!reply->isOk()) {
            fail(Auth0Error::kindName(reply->error().kind), reply->error().userText());
            return;
        }
        const TriggerBindingList list = Auth0Parser::triggerBindings(reply->object());
        if (list.bindings.isEmpty()) {
            fail(QStringLiteral("no-action"),
                 tr("No Action is bound to %1 on %2: deploy one first (sms-hook-cli action "
                    "deploy).")
                     .arg(m_trigger, m_profile.auth0.domain));
            return;
        }
        Auth0Reply *get = m_client->send(
            Auth0Requests::getAction(m_profile.auth0, list.bindings.first().actionId));
        connect(get, &Auth0Reply::finished, this, [this, get] {
            if (!get->isOk()) {
                fail(Auth0Error::kindName(get->error().kind), get->error().userText());
                return;
            }
            m_action = Auth0Parser::action(get->object());
            if (!m_action.isDeployed()) {
                fail(QStringLiteral("not-deployed"),
                     tr("\"%1\" is bound but was never deployed.").arg(m_action.name));
                return;
            }
            m_previous = m_action.deployedVersion->number;
            if (m_op == Op::Pull)
                finish();
            else
                rollbackTo();
        });
    });
}

void BoundActionJob::rollbackTo()
{
    const int wanted = m_version > 0 ? m_version : m_previous - 1;
    if (wanted < 1 || wanted == m_previous) {
        fail(QStringLiteral("no-version"),
             wanted == m_previous && m_version > 0
                 ? tr("Version %1 of \"%2\" is already the deployed one.")
                       .arg(wanted)
                       .arg(m_action.name)
                 : tr("\"%1\" has no version before %2 to roll back to.")
                       .arg(m_action.name)
                       .arg(m_previous));
        return;
    }
    Auth0Reply *list
        = m_client->send(Auth0Requests::listActionVersions(m_profile.auth0, m_action.id, 0, 100));
    connect(list, &Auth0Reply::finished, this, [this, list, wanted] {
        if (!list->isOk()) {
            fail(Auth0Error::kindName(list->error().kind), list->error().userText());
            return;
        }
        QString versionId;
        for (const ActionVersion &v : Auth0Parser::actionVersionList(list->object()).versions) {
            if (v.number == wanted)
                versionId = v.id;
        }
        if (versionId.isEmpty()) {
            fail(QStringLiteral("no-version"),
                 tr("\"%1\" has no version %2.").arg(m_action.name).arg(wanted));
            return;
        }
        m_target = wanted;
        Auth0Reply *deploy = m_client->send(
            Auth0Requests::deployActionVersion(m_profile.auth0, m_action.id, versionId, true));
        connect(deploy, &Auth0Reply::finished, this, [this, deploy] {
            if (!deploy->isOk()) {
                fail(Auth0Error::kindName(deploy->error().kind), deploy->error().userText());
                return;
            }
            // The rollback makes a new version, identical to the one asked for.
            waitDeployed(Auth0Parser::actionVersion(deploy->object()).id);
        });
    });
}

void BoundActionJob::waitDeployed(const QString &versionId)
{
    m_waitStartedMs = QDateTime::currentMSecsSinceEpoch();
    disconnect(&m_poll, nullptr, this, nullptr);
    auto poll = [this, versionId] {
        Auth0Reply *get = m_client->send(Auth0Requests::getAction(m_profile.auth0, m_action.id));
        connect(get, &Auth0Reply::finished, this, [this, get, versionId] {
            if (!get->isOk()) {
                fail(Auth0Error::kindName(get->error().kind), get->error().userText());
                return;
            }
            m_action = Auth0Parser::action(get->object());
            if (m_action.isDeployed()
                && (versionId.isEmpty() ? m_action.deployedVersion->number > m_previous
                                        : m_action.deployedVersion->id == versionId)) {
                finish();
                return;
            }
            if (QDateTime::currentMSecsSinceEpoch() - m_waitStartedMs > WaitLimitMs) {
                fail(QStringLiteral("timeout"),
                     tr("The rollback did not show as deployed in time; check the Action in the "
                        "Auth0 Dashboard."));
                return;
            }
            m_poll.start();
        });
    };
    connect(&m_poll, &QTimer::timeout, this, poll);
    poll();
}

void BoundActionJob::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    m_poll.stop();
    if (m_client) {
        m_client->forgetToken();
        m_client->deleteLater();
        m_client = nullptr;
    }
    Q_EMIT finished();
    deleteLater();
}
