#pragma once

#include "Auth0Types.h"
#include "hook/RunEvents.h"
#include "profile/Profile.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

class Auth0Client;
class QNetworkAccessManager;
class SecretStore;

// What "Run in the tenant" sends and compares.
struct ActionTestRequest
{
    // The message a local run would deliver, and the event as edited there (merged over the one
    // Auth0 builds for the tenant's trigger; its secrets are left out: the tenant fills in the
    // Action's own).
    PhoneMessage message;
    QJsonObject editedEvent;
    // The code in the editor: compared with the tenant's draft, and written into the draft
    // first (PATCH code only, no deploy) when updateDraft is set.
    QString editorCode;
    bool updateDraft = false;

    // The payload for an Action of trigger: the built event with the edits, without secrets.
    QJsonObject payloadFor(const QString &trigger) const;
};

// What the tenant answered to POST /actions/actions/{id}/test, read as far as it can be: Auth0
// documents only {"payload": {...}}; the simulated tenant's payload has status, error, reason,
// logs and twilio_message_sids (docs/SANDBOX.md). The payload is kept whole.
struct ActionTestResult
{
    QJsonObject payload;
    QString status; // "success", "threw", "dropped", "retry", "timed_out", "failed", or empty
    QString errorName;
    QString errorCode;
    QString errorMessage;
    QString reason; // drop / retry
    QStringList logs;
    QStringList messageSids;
    qint64 durationMs = -1;

    // A run that ended well, as far as the payload says (no status and no error: true).
    bool succeeded() const;
    static ActionTestResult parse(const QJsonObject &answer);
};

// "Run in the tenant": Auth0 tests an Action's *draft* (POST /actions/actions/{id}/test, before a
// deploy). inspect() finds the Action bound to the tenant's phone trigger and reads its draft,
// so that the console can say which code would be tested and how it differs from the editor's;
// run() does the same, then (updateDraft) writes the editor's code into the draft and waits for
// its build, then tests the draft with the payload. Reads the client secret from the keychain and
// drops it with the token at the end. Emits finished() exactly once, then deletes itself later.
class ActionTestJob : public QObject
{
    Q_OBJECT
public:
    static ActionTestJob *inspect(const Profile &profile, const ActionTestRequest &request,
                                  SecretStore *secrets, QNetworkAccessManager *network,
                                  QObject *parent = nullptr);
    static ActionTestJob *run(const Profile &profile, const ActionTestRequest &request,
                              SecretStore *secrets, QNetworkAccessManager *network,
                              QObject *parent = nullptr);

    bool failed() const { return !m_error.isEmpty(); }
    const QString &error() const { return m_error; } // translated, with the fix
    const QString &errorCode() const { return m_errorCode; } // stable, for --json
    const Action &action() const { return m_action; } // its code is the draft's
    const QString &trigger() const { return m_trigger; }
    // The draft that was (or would be) tested, and how it differs from the editor's code.
    QString testedCode() const { return m_action.code; }
    bool draftDiffers() const;
    QString diff() const; // unified, tenant's draft -> editor; empty when the same
    bool draftUpdated() const { return m_draftUpdated; }
    const QJsonObject &payload() const { return m_payload; } // what was sent
    const ActionTestResult &result() const { return m_result; }
    bool tested() const { return m_tested; }
    void setPollIntervalMs(int ms) { m_poll.setInterval(ms); }

Q_SIGNALS:
    void step(const QString &line); // translated, as each step begins
    void finished();

private:
    enum class Op { Inspect, Run };
    ActionTestJob(Op op, const Profile &profile, const ActionTestRequest &request,
                  QNetworkAccessManager *network, QObject *parent);
    void begin(SecretStore *secrets);
    void readMode();
    void readBinding();
    void updateDraft();
    void waitBuilt();
    void test();
    void fail(const QString &code, const QString &message);
    void finish();

    Op m_op;
    Profile m_profile;
    ActionTestRequest m_request;
    QNetworkAccessManager *m_network;
    QPointer<Auth0Client> m_client;
    QTimer m_poll;
    qint64 m_waitStartedMs = 0;
    QString m_trigger;
    Action m_action;
    QJsonObject m_payload;
    ActionTestResult m_result;
    bool m_draftUpdated = false;
    bool m_tested = false;
    QString m_error;
    QString m_errorCode;
    bool m_finished = false;
};
