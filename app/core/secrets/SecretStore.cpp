#include "SecretStore.h"

#include "AppInfo.h"
#include "hook/HookCodeStore.h"
#include "profile/ProfileStore.h"
#include "secrets/SecretRules.h"
#include "secrets/SecretServiceProbe.h"

#include <QFutureWatcher>
#include <QLoggingCategory>
#include <QtConcurrent/QtConcurrentRun>
#include <qt6keychain/keychain.h>

Q_LOGGING_CATEGORY(lcSecrets, "smshook.secrets", QtInfoMsg)

SecretsJob::SecretsJob(QObject *parent) : QObject(parent) { }

void SecretsJob::start()
{
    // Nothing to do needs no keychain: a profile without secrets can be renamed or deleted
    // while the keyring is locked or unreachable.
    if (m_steps.isEmpty()) {
        runNext();
        return;
    }
    // The probe makes blocking D-Bus calls: keep them off the caller's (UI) thread.
    auto *watcher = new QFutureWatcher<KeychainError>(this);
    connect(watcher, &QFutureWatcher<KeychainError>::finished, this, [this, watcher] {
        const KeychainError probe = watcher->result();
        watcher->deleteLater();
        if (probe.isError()) {
            fail(probe);
            return;
        }
        runNext();
    });
    watcher->setFuture(QtConcurrent::run(&SecretServiceProbe::run));
}

void SecretsJob::runNext()
{
    if (m_abandoned) {
        finish();
        return;
    }
    if (m_next >= m_steps.size()) {
        if (m_onSuccess)
            m_onSuccess(this);
        finish();
        return;
    }
    const Step step = m_steps.at(m_next++);
    const QString key = SecretStore::entryKey(step.profile, step.name);
    QKeychain::Job *job = nullptr;
    switch (step.op) {
    case Op::Read: {
        auto *read = new QKeychain::ReadPasswordJob(m_service, this);
        job = read;
        break;
    }
    case Op::Write: {
        auto *write = new QKeychain::WritePasswordJob(m_service, this);
        write->setTextData(step.valueFromRead ? m_values.value(step.name) : step.value);
        job = write;
        break;
    }
    case Op::Remove:
        job = new QKeychain::DeletePasswordJob(m_service, this);
        break;
    }
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [this, step](QKeychain::Job *done) {
        if (m_abandoned) {
            // The store and its ProfileStore may be gone: no bookkeeping, no further steps.
            m_error.kind = KeychainError::Kind::Other;
            m_error.detail = tr("the console closed before the keychain answered");
            finish();
            return;
        }
        const auto code = done->error();
        if (code == QKeychain::EntryNotFound) {
            if (step.op == Op::Read)
                m_notSet << step.name;
            // Removing what is not there leaves the state the caller wanted.
        } else if (code != QKeychain::NoError && KeychainError::isSessionGone(done->errorString())
                   && m_retried != m_next - 1) {
            // Asked again once, on a new session: reading, writing and removing a secret
            // again leave the same state.
            qCInfo(lcSecrets) << "the keyring's session is gone (the daemon restarted?):"
                              << "reconnecting for" << step.name;
            m_retried = --m_next;
            SecretServiceProbe::reconnect();
            runNext();
            return;
        } else if (code != QKeychain::NoError) {
            qCWarning(lcSecrets) << "keychain" << int(step.op) << "failed for" << step.name
                                 << "of profile" << step.profile << ":" << done->errorString();
            fail(KeychainError::fromJob(code, done->errorString(), step.name));
            return;
        } else if (step.op == Op::Read) {
            m_values.insert(step.name, static_cast<QKeychain::ReadPasswordJob *>(done)->textData());
        }
        if (step.op != Op::Read)
            m_completed << step.name;
        if (m_onStepDone)
            m_onStepDone(step);
        runNext();
    });
    job->start();
}

void SecretsJob::fail(const KeychainError &error)
{
    m_error = error;
    finish();
}

void SecretsJob::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT finished();
    deleteLater();
}

SecretStore::SecretStore(ProfileStore *profiles, QObject *parent)
    : QObject(parent), m_profiles(profiles), m_service(AppInfo::keychainService())
{ }

SecretStore::~SecretStore()
{
    const auto jobs = findChildren<SecretsJob *>(QString(), Qt::FindDirectChildrenOnly);
    for (SecretsJob *job : jobs) {
        if (job->m_finished)
            continue;
        job->m_abandoned = true;
        job->setParent(nullptr);
    }
}

QString SecretStore::entryKey(const QString &profile, const QString &name)
{
    return profile + QLatin1Char('/') + name;
}

SecretsJob *SecretStore::newJob()
{
    auto *job = new SecretsJob(this);
    job->m_service = m_service;
    return job;
}

SecretsJob *SecretStore::read(const QString &profile, const QStringList &names)
{
    SecretsJob *job = newJob();
    for (const QString &name : names)
        job->m_steps.append({SecretsJob::Op::Read, profile, name, {}, false});
    QMetaObject::invokeMethod(job, &SecretsJob::start, Qt::QueuedConnection);
    return job;
}

SecretsJob *SecretStore::apply(const QString &profile, const QMap<QString, QString> &values,
                               const QStringList &removals)
{
    SecretsJob *job = newJob();
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        job->m_steps.append({SecretsJob::Op::Write, profile, it.key(), it.value(), false});
    for (const QString &name : removals)
        job->m_steps.append({SecretsJob::Op::Remove, profile, name, {}, false});
    ProfileStore *profiles = m_profiles;
    // Keep the profile's list of names in step with the keychain after every completed step,
    // so that a failure half way leaves settings that describe what is really stored.
    job->m_onStepDone = [profiles](const SecretsJob::Step &step) {
        auto p = profiles->load(step.profile);
        if (!p)
            return;
        QStringList &names
            = SecretRules::isConsoleEntry(step.name) ? p->consoleSecretNames : p->secretNames;
        if (step.op == SecretsJob::Op::Write && !names.contains(step.name))
            names << step.name;
        else if (step.op == SecretsJob::Op::Remove)
            names.removeAll(step.name);
        profiles->save(*p);
    };
    QMetaObject::invokeMethod(job, &SecretsJob::start, Qt::QueuedConnection);
    return job;
}

SecretsJob *SecretStore::copyProfile(const QString &from, const QString &to, bool move)
{
    SecretsJob *job = newJob();
    const auto source = m_profiles->load(from);
    const QStringList names
        = source ? source->secretNames + source->consoleSecretNames : QStringList();
    for (const QString &name : names)
        job->m_steps.append({SecretsJob::Op::Read, from, name, {}, false});
    for (const QString &name : names)
        job->m_steps.append({SecretsJob::Op::Write, to, name, {}, true});
    if (move) {
        for (const QString &name : names)
            job->m_steps.append({SecretsJob::Op::Remove, from, name, {}, false});
    }
    ProfileStore *profiles = m_profiles;
    // Everything the profile owns goes with it: every setting of its group (the tenant
    // connection, what the checklist remembers), its keychain entries and its code.
    job->m_onSuccess = [profiles, from, to, move](SecretsJob *done) {
        if (move) {
            profiles->rename(from, to);
            HookCodeStore::move(from, to);
            return;
        }
        profiles->duplicate(from, to);
        HookCodeStore::copy(from, to);
        auto p = profiles->load(to);
        if (!p)
            return;
        // Names the source listed but the keychain did not hold were not copied.
        for (const QString &missing : done->notSet()) {
            p->secretNames.removeAll(missing);
            p->consoleSecretNames.removeAll(missing);
        }
        profiles->save(*p);
    };
    // Entries read but missing from the keychain are not copied.
    job->m_onStepDone = [job](const SecretsJob::Step &step) {
        if (step.op == SecretsJob::Op::Read && job->m_notSet.contains(step.name)) {
            for (int i = job->m_next; i < job->m_steps.size(); ++i) {
                if (job->m_steps.at(i).op == SecretsJob::Op::Write
                    && job->m_steps.at(i).name == step.name) {
                    job->m_steps.removeAt(i);
                    break;
                }
            }
        }
    };
    if (!source) {
        job->m_error.kind = KeychainError::Kind::Other;
        job->m_error.detail = tr("profile %1 does not exist").arg(from);
        QMetaObject::invokeMethod(job, &SecretsJob::finish, Qt::QueuedConnection);
        return job;
    }
    QMetaObject::invokeMethod(job, &SecretsJob::start, Qt::QueuedConnection);
    return job;
}

SecretsJob *SecretStore::removeProfile(const QString &profile)
{
    SecretsJob *job = newJob();
    const auto p = m_profiles->load(profile);
    const QStringList names = p ? p->secretNames + p->consoleSecretNames : QStringList();
    for (const QString &name : names)
        job->m_steps.append({SecretsJob::Op::Remove, profile, name, {}, false});
    ProfileStore *profiles = m_profiles;
    job->m_onSuccess = [profiles, profile](SecretsJob *) {
        profiles->remove(profile);
        HookCodeStore::remove(profile);
    };
    QMetaObject::invokeMethod(job, &SecretsJob::start, Qt::QueuedConnection);
    return job;
}
