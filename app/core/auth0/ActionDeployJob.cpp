// ActionDeployJob: the steps, the checks before any write (code, secrets, lint), the end.

#include "ActionDeployJob.h"

#include "ActionCode.h"
#include "Auth0Client.h"
#include "TenantStatusJob.h"
#include "hook/HookLint.h"
#include "secrets/SecretRules.h"
#include "secrets/SecretStore.h"

#include <QFutureWatcher>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace {

using Step = ActionDeployStep;
using Id = ActionDeployStep::Id;
using State = ActionDeployStep::State;

struct LintFacts
{
    QStringList used;
    QStringList errors; // "line:col: message (fix)"
};

QString stepTitle(Id id)
{
    switch (id) {
    case Id::Check:
        return ActionDeployJob::tr("Check the code, the tenant and the secrets");
    case Id::Save:
        return ActionDeployJob::tr("Save the Action");
    case Id::Build:
        return ActionDeployJob::tr("Wait for Auth0 to build it");
    case Id::Deploy:
        return ActionDeployJob::tr("Deploy it");
    case Id::Bind:
        return ActionDeployJob::tr("Bind it to the trigger");
    case Id::Factor:
        return ActionDeployJob::tr("Turn on SMS for MFA");
    case Id::Provider:
        return ActionDeployJob::tr("Send phone messages through the Action");
    case Id::Verify:
        return ActionDeployJob::tr("Read the tenant's status back");
    }
    return {};
}

} // namespace

QString ActionDeployStep::idName(Id id)
{
    switch (id) {
    case Id::Check:
        return QStringLiteral("check");
    case Id::Save:
        return QStringLiteral("save");
    case Id::Build:
        return QStringLiteral("build");
    case Id::Deploy:
        return QStringLiteral("deploy");
    case Id::Bind:
        return QStringLiteral("bind");
    case Id::Factor:
        return QStringLiteral("factor");
    case Id::Provider:
        return QStringLiteral("provider");
    case Id::Verify:
        return QStringLiteral("verify");
    }
    return {};
}

QString ActionDeployStep::stateName(State state)
{
    switch (state) {
    case State::Pending:
        return QStringLiteral("pending");
    case State::Running:
        return QStringLiteral("running");
    case State::Done:
        return QStringLiteral("done");
    case State::Skipped:
        return QStringLiteral("skipped");
    case State::Failed:
        return QStringLiteral("failed");
    case State::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

ActionDeployJob::ActionDeployJob(const Profile &profile, const ActionDeployRequest &request,
                                 QNetworkAccessManager *network, QObject *parent)
    : QObject(parent),
      m_profile(profile),
      m_request(request),
      m_network(network),
      m_poll(new QTimer(this))
{
    m_poll->setSingleShot(true);
    m_steps = plannedSteps();
    if (m_request.runtime.isEmpty())
        m_request.runtime = ActionCode::defaultRuntime();
}

QList<ActionDeployStep> ActionDeployJob::plannedSteps()
{
    QList<ActionDeployStep> steps;
    for (Id id : {Id::Check, Id::Save, Id::Build, Id::Deploy, Id::Bind, Id::Factor, Id::Provider,
                  Id::Verify})
        steps.append({id, State::Pending, stepTitle(id), {}});
    return steps;
}

ActionDeployJob *ActionDeployJob::start(const Profile &profile, const ActionDeployRequest &request,
                                        SecretStore *secrets, QNetworkAccessManager *network,
                                        QObject *parent)
{
    auto *job = new ActionDeployJob(profile, request, network, parent);
    QMetaObject::invokeMethod(
        job, [job, secrets = QPointer<SecretStore>(secrets)] { job->readKeychain(secrets); },
        Qt::QueuedConnection);
    return job;
}

void ActionDeployJob::setStep(Id id, State state, const QString &detail)
{
    for (Step &s : m_steps) {
        if (s.id != id)
            continue;
        s.state = state;
        if (!detail.isEmpty())
            s.detail = detail;
        if (state == State::Running)
            m_current = id;
        Q_EMIT stepChanged(s);
        return;
    }
}

bool ActionDeployJob::stopping()
{
    if (m_finished)
        return true;
    if (!m_cancelled)
        return false;
    setStep(m_current, State::Cancelled, tr("Cancelled before this step."));
    m_error = tr("Cancelled.");
    finish();
    return true;
}

void ActionDeployJob::cancel()
{
    if (m_finished || m_cancelled)
        return;
    m_cancelled = true;
    // A read or a wait is stopped now; a write under way is let to finish (it cannot be taken
    // back), and the job stops before the next one.
    const bool write = m_reply && !m_reply->request().isIdempotentRead();
    if (m_poll->isActive()) {
        m_poll->stop();
        stopping();
    } else if (m_reply && !write) {
        disconnect(m_reply, nullptr, this, nullptr);
        m_reply->cancel();
        stopping();
    }
}

void ActionDeployJob::fail(const QString &message)
{
    setStep(m_current, State::Failed, message);
    m_error = message;
    finish();
}

void ActionDeployJob::failWith(const Auth0Error &error)
{
    fail(error.userText());
}

void ActionDeployJob::call(const Auth0Request &request, std::function<void(Auth0Reply *)> next)
{
    if (stopping())
        return;
    Auth0Reply *reply = m_client->send(request);
    m_reply = reply;
    connect(reply, &Auth0Reply::finished, this, [this, reply, next] {
        m_reply = nullptr;
        if (m_finished)
            return;
        if (!reply->isOk()) {
            failWith(reply->error());
            return;
        }
        next(reply);
    });
}

void ActionDeployJob::readKeychain(SecretStore *secrets)
{
    setStep(Id::Check, State::Running);
    if (!m_profile.auth0.isConnected()) {
        fail(tr("Profile \"%1\" is not connected to an Auth0 tenant: connect it on the Tenant page "
                "(or sms-hook-cli auth0 connect) first.")
                 .arg(m_profile.name));
        return;
    }
    if (!secrets) {
        fail(tr("No keychain is available."));
        return;
    }
    // Every secret the profile has plus the client secret: the code's names are judged below.
    QStringList names = m_profile.secretNames;
    names << SecretRules::auth0ClientSecretName();
    SecretsJob *read = secrets->read(m_profile.name, names);
    connect(read, &SecretsJob::finished, this, [this, read] {
        if (m_finished)
            return;
        if (read->failed()) {
            fail(tr("The keychain could not be read: %1 %2")
                     .arg(read->error().summary(), read->error().fix()));
            return;
        }
        check(read->values());
    });
}

void ActionDeployJob::check(const QMap<QString, QString> &values)
{
    const QString clientSecret = values.value(SecretRules::auth0ClientSecretName());
    if (clientSecret.isEmpty()) {
        fail(tr("The tenant's client secret is not in the keychain: connect the profile to its "
                "tenant again."));
        return;
    }
    m_clientSecret = clientSecret;
    m_client = new Auth0Client(m_profile.auth0, clientSecret, m_network, this);
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (!SecretRules::isConsoleEntry(it.key()))
            m_secretValues.insert(it.key(), it.value());
    }
    // Lint parses the code with acorn in a script engine: off the caller's thread.
    auto *watcher = new QFutureWatcher<LintFacts>(this);
    connect(watcher, &QFutureWatcher<LintFacts>::finished, this, [this, watcher] {
        watcher->deleteLater();
        if (m_finished)
            return;
        afterLint(watcher->result().used, watcher->result().errors);
    });
    const QString code = m_request.code;
    const QStringList defined = m_profile.secretNames;
    watcher->setFuture(QtConcurrent::run([code, defined] {
        LintFacts facts;
        facts.used = HookLint::usedSecrets(code);
        for (const LintIssue &issue : HookLint::lint(code, defined)) {
            if (issue.severity != LintIssue::Severity::Error)
                continue;
            facts.errors << (issue.line > 0
                                 ? QStringLiteral("%1:%2: ").arg(issue.line).arg(issue.column)
                                 : QString())
                    + issue.message
                    + (issue.fix.isEmpty() ? QString()
                                           : QStringLiteral(" (") + issue.fix + QLatin1Char(')'));
        }
        return facts;
    }));
}

void ActionDeployJob::afterLint(const QStringList &used, const QStringList &lintErrors)
{
    const ActionCode::Kind kind = ActionCode::kind(m_request.code);
    if (kind == ActionCode::Kind::LegacyHook) {
        fail(tr("This is a Send Phone Message hook, which Auth0 no longer runs. Convert it to an "
                "Action first (Hook code > Convert to Action, or sms-hook-cli action convert)."));
        return;
    }
    if (kind == ActionCode::Kind::Unknown) {
        fail(tr("The code exports no Action handler: export exports.onExecuteCustomPhoneProvider "
                "(Unified Phone Experience) or exports.onExecuteSendPhoneMessage (legacy MFA "
                "phone set-up)."));
        return;
    }
    if (!lintErrors.isEmpty()) {
        fail(tr("Lint found %n error(s); fix them before deploying: %1", nullptr,
                int(lintErrors.size()))
                 .arg(lintErrors.join(QStringLiteral("; "))));
        return;
    }
    QStringList missing;
    QMap<QString, QString> needed;
    for (const QString &name : used) {
        if (SecretRules::isConsoleEntry(name))
            continue; // never deployed, whatever the code asks
        const QString value = m_secretValues.value(name);
        if (value.isEmpty())
            missing << name;
        else
            needed.insert(name, value);
    }
    m_secretValues = needed; // only what the code reads goes to Auth0
    if (!missing.isEmpty()) {
        fail(tr("The code reads %1, which is not in this profile's keychain: set it on the "
                "Secrets page (or sms-hook-cli secrets set) first.")
                 .arg(missing.join(QStringLiteral(", "))));
        return;
    }
    m_trigger = ActionCode::trigger(kind);
    readMode();
}

QString ActionDeployJob::report() const
{
    QStringList done;
    QStringList notDone;
    for (const Step &s : m_steps) {
        if (s.state == State::Done)
            done << s.title;
        else if (s.state != State::Skipped)
            notDone << s.title;
    }
    if (notDone.isEmpty())
        return tr("Done: %1.").arg(done.join(QStringLiteral("; ")));
    return tr("Done: %1. Not done: %2.")
        .arg(done.isEmpty() ? tr("nothing") : done.join(QStringLiteral("; ")),
             notDone.join(QStringLiteral("; ")));
}

void ActionDeployJob::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    m_poll->stop();
    m_secretValues.clear();
    m_clientSecret.clear();
    if (m_statusJob)
        m_statusJob->cancel();
    if (m_client) {
        m_client->forgetToken();
        m_client->deleteLater();
        m_client = nullptr;
    }
    Q_EMIT finished();
    deleteLater();
}
