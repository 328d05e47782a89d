#pragma once

#include "secrets/KeychainError.h"

#include <QMap>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>

class ProfileStore;

// One batch of keychain work on a profile's secrets. Emits finished() exactly once, on every
// path, then deletes itself later. Values read are kept in memory only.
class SecretsJob : public QObject
{
    Q_OBJECT
public:
    // Secrets read, by name. A name read but absent from the keychain is in notSet().
    const QMap<QString, QString> &values() const { return m_values; }
    const QStringList &notSet() const { return m_notSet; }
    // Names whose write or removal completed before a failure (all of them on success).
    const QStringList &completed() const { return m_completed; }
    const KeychainError &error() const { return m_error; }
    bool failed() const { return m_error.isError(); }

Q_SIGNALS:
    void finished();

private:
    friend class SecretStore;
    enum class Op { Read, Write, Remove };
    struct Step
    {
        Op op;
        QString profile;
        QString name;
        QString value; // Write only
        bool valueFromRead = false; // Write: use what a Read step of this job got for name
    };

    explicit SecretsJob(QObject *parent);
    void start();
    void runNext();
    void fail(const KeychainError &error);
    void finish();

    QString m_service;
    QList<Step> m_steps;
    int m_next = 0;
    int m_retried = -1; // the step asked again once the keyring's session was found gone
    bool m_finished = false;
    bool m_abandoned = false; // its store is gone: finish after the keychain call under way
    QMap<QString, QString> m_values;
    QStringList m_notSet;
    QStringList m_completed;
    KeychainError m_error;
    std::function<void(SecretsJob *)> m_onSuccess; // bookkeeping in ProfileStore
    std::function<void(const Step &)> m_onStepDone;
};

// The profile secrets in the OS keychain through QtKeychain, never anywhere else: the insecure
// plaintext fallback stays off. Entries are named "<profile>/<SECRET_NAME>" under the service
// AppInfo::keychainService(). The profile's list of secret names (not their values) is kept in
// ProfileStore as each write or removal completes, so the two never disagree for long.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    explicit SecretStore(ProfileStore *profiles, QObject *parent = nullptr);
    // Jobs still running are left to finish on their own: QtKeychain's libsecret backend calls
    // back into a job it started, so deleting one mid-call would crash.
    ~SecretStore() override;

    // For tests: another service name keeps test entries apart from the user's.
    void setService(const QString &service) { m_service = service; }
    QString service() const { return m_service; }

    static QString entryKey(const QString &profile, const QString &name);

    // Reads names; those not in the keychain end up in notSet().
    SecretsJob *read(const QString &profile, const QStringList &names);
    // Writes values and removes removals, in that order, stopping at the first failure.
    SecretsJob *apply(const QString &profile, const QMap<QString, QString> &values,
                      const QStringList &removals = {});
    // Copies every secret of from to to (a new profile, settings included); with move, the
    // source's settings and entries go once the copy is complete.
    SecretsJob *copyProfile(const QString &from, const QString &to, bool move);
    // Removes every secret of profile, then the profile.
    SecretsJob *removeProfile(const QString &profile);

private:
    SecretsJob *newJob();
    ProfileStore *m_profiles;
    QString m_service;
};
