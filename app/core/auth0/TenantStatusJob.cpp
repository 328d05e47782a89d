#include "TenantStatusJob.h"

#include "Auth0Client.h"
#include "Auth0Parser.h"
#include "TenantJudge.h"
#include "TenantSecret.h"
#include "hook/HookCodeStore.h"
#include "hook/HookLint.h"
#include "secrets/SecretStore.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QRegularExpression>
#include <QtConcurrent/QtConcurrentRun>

namespace {

struct CodeFacts
{
    bool saved = false;
    QString profileCode;
    QStringList deployedSecrets;
    bool requiresTwilio = false;
};

// Off the UI thread: the profile's code from disk, and what the deployed code reads.
CodeFacts analyse(const QString &profile, const QString &deployedCode)
{
    CodeFacts f;
    f.saved = HookCodeStore::hasCode(profile);
    if (f.saved)
        f.profileCode = HookCodeStore::load(profile);
    if (!deployedCode.isEmpty()) {
        f.deployedSecrets = HookLint::usedSecrets(deployedCode);
        static const QRegularExpression twilio(
            QStringLiteral("require\\s*\\(\\s*['\"`]twilio['\"`]\\s*\\)"));
        f.requiresTwilio = twilio.match(deployedCode).hasMatch();
    }
    return f;
}

} // namespace

TenantStatusJob::TenantStatusJob(const Profile &profile, QNetworkAccessManager *network,
                                 QObject *parent)
    : QObject(parent), m_profile(profile), m_network(network)
{ }

TenantStatusJob *TenantStatusJob::start(const Profile &profile, SecretStore *secrets,
                                        QNetworkAccessManager *network, QObject *parent)
{
    auto *job = new TenantStatusJob(profile, network, parent);
    job->m_startedMs = QDateTime::currentMSecsSinceEpoch();
    // Queued: the caller connects to finished() first, also when the secret cannot be read.
    QMetaObject::invokeMethod(
        job,
        [job, profile, s = QPointer<SecretStore>(secrets)] {
            TenantSecret::read(profile, s, job, [job](const TenantSecret::Result &r) {
                if (job->m_finished)
                    return;
                if (!r.ok()) {
                    job->m_snapshot.tokenError = Auth0Error::invalidRequest(r.error);
                    job->finish();
                    return;
                }
                job->begin(r.secret);
            });
        },
        Qt::QueuedConnection);
    return job;
}

TenantStatusJob *TenantStatusJob::startWithSecret(const Profile &profile,
                                                  const QString &clientSecret,
                                                  QNetworkAccessManager *network, QObject *parent)
{
    auto *job = new TenantStatusJob(profile, network, parent);
    job->m_startedMs = QDateTime::currentMSecsSinceEpoch();
    QMetaObject::invokeMethod(
        job, [job, clientSecret] { job->begin(clientSecret); }, Qt::QueuedConnection);
    return job;
}

void TenantStatusJob::begin(const QString &clientSecret)
{
    if (m_finished)
        return;
    m_client = new Auth0Client(m_profile.auth0, clientSecret, m_network, this);
    m_client->setTimeoutMs(m_timeoutMs);
    Auth0Reply *token = m_client->fetchToken();
    m_replies << token;
    connect(token, &Auth0Reply::finished, this, [this, token] { onToken(token); });
}

void TenantStatusJob::onToken(Auth0Reply *reply)
{
    if (m_finished)
        return;
    if (!reply->isOk()) {
        m_snapshot.tokenError = reply->error();
        finish();
        return;
    }
    m_snapshot.grantedScopes = m_client->token().scopes;
    readAll();
}

template<typename T, typename Parse>
void TenantStatusJob::read(const Auth0Request &request, TenantRead<T> *into, Parse parse)
{
    ++m_pending;
    ++m_total;
    Auth0Reply *reply = m_client->send(request);
    m_replies << reply;
    connect(reply, &Auth0Reply::finished, this, [this, reply, into, parse] {
        if (m_finished)
            return;
        into->made = true;
        into->error = reply->error();
        if (reply->isOk())
            into->value = parse(reply);
        --m_pending;
        partDone();
    });
}

void TenantStatusJob::readAll()
{
    const Auth0Connection &c = m_profile.auth0;
    read(Auth0Requests::getTenantSettings(c), &m_snapshot.settings,
         [](Auth0Reply *r) { return Auth0Parser::tenantSettings(r->object()); });
    read(Auth0Requests::listGuardianFactors(c), &m_snapshot.factors,
         [](Auth0Reply *r) { return Auth0Parser::guardianFactors(r->array()); });
    read(Auth0Requests::getPhoneMessageTypes(c), &m_snapshot.messageTypes,
         [](Auth0Reply *r) { return Auth0Parser::phoneMessageTypes(r->object()); });
    // Answers 403 on Unified Phone Experience tenants, where it is not judged.
    read(Auth0Requests::getPhoneSelectedProvider(c), &m_snapshot.selectedProvider,
         [](Auth0Reply *r) { return Auth0Parser::phoneSelectedProvider(r->object()); });
    read(Auth0Requests::listPhoneProviders(c), &m_snapshot.phoneProviders,
         [](Auth0Reply *r) { return Auth0Parser::phoneProviders(r->object()); });
    read(Auth0Requests::listTriggerBindings(c, Auth0Triggers::SendPhoneMessage),
         &m_snapshot.sendPhoneMessageBindings,
         [](Auth0Reply *r) { return Auth0Parser::triggerBindings(r->object()); });
    read(Auth0Requests::listTriggerBindings(c, Auth0Triggers::CustomPhoneProvider),
         &m_snapshot.customPhoneProviderBindings,
         [](Auth0Reply *r) { return Auth0Parser::triggerBindings(r->object()); });
    read(Auth0Requests::listHooks(c, Auth0Triggers::SendPhoneMessage), &m_snapshot.hooks,
         [](Auth0Reply *r) { return Auth0Parser::hooks(r->array()); });
    ++m_total; // the bound Action, or nothing to read
    ++m_total; // the code
    Q_EMIT progress(m_done, m_total);
}

void TenantStatusJob::maybeReadAction()
{
    if (m_actionAsked || !m_snapshot.settings.made)
        return;
    const QString trigger = m_snapshot.trigger();
    if (trigger.isEmpty()) {
        m_actionAsked = true; // the mode is unknown: nothing to read
        ++m_done;
        return;
    }
    const TenantRead<TriggerBindingList> &bindings = m_snapshot.bindingsFor(trigger);
    if (!bindings.made)
        return;
    m_actionAsked = true;
    if (!bindings.isOk() || bindings.value.bindings.isEmpty()) {
        ++m_done;
        return;
    }
    --m_total; // counted in readAll; read() counts it again
    read(Auth0Requests::getAction(m_profile.auth0, bindings.value.bindings.first().actionId),
         &m_snapshot.boundAction, [](Auth0Reply *r) { return Auth0Parser::action(r->object()); });
}

void TenantStatusJob::analyseCode()
{
    m_codeAnalysed = true;
    ++m_pending;
    QString deployed;
    if (m_snapshot.boundAction.isOk() && m_snapshot.boundAction.value.deployedVersion)
        deployed = m_snapshot.boundAction.value.deployedVersion->code;
    auto *watcher = new QFutureWatcher<CodeFacts>(this);
    connect(watcher, &QFutureWatcher<CodeFacts>::finished, this, [this, watcher] {
        watcher->deleteLater();
        if (m_finished)
            return;
        const CodeFacts facts = watcher->result();
        m_snapshot.profileCodeSaved = facts.saved;
        m_snapshot.profileCode = facts.profileCode;
        m_snapshot.deployedCodeSecrets = facts.deployedSecrets;
        m_snapshot.deployedCodeRequiresTwilio = facts.requiresTwilio;
        --m_pending;
        partDone();
    });
    watcher->setFuture(QtConcurrent::run(analyse, m_profile.name, deployed));
}

void TenantStatusJob::partDone()
{
    ++m_done;
    maybeReadAction();
    Q_EMIT progress(std::min(m_done, m_total), m_total);
    if (m_pending > 0)
        return;
    if (m_actionAsked && !m_codeAnalysed) {
        analyseCode();
        return;
    }
    if (m_actionAsked && m_codeAnalysed)
        finish();
}

void TenantStatusJob::cancel()
{
    if (m_finished)
        return;
    for (const QPointer<Auth0Reply> &r : std::as_const(m_replies)) {
        if (r && !r->isFinished()) {
            disconnect(r, nullptr, this, nullptr);
            r->cancel();
        }
    }
    finish();
}

void TenantStatusJob::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    m_status = TenantJudge::judge(m_snapshot, m_profile.auth0.domain);
    m_elapsedMs = QDateTime::currentMSecsSinceEpoch() - m_startedMs;
    // The secret and the token go with the client, now.
    if (m_client) {
        m_client->forgetToken();
        m_client->deleteLater();
        m_client = nullptr;
    }
    Q_EMIT finished();
    deleteLater();
}
