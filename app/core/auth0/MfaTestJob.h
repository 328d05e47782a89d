#pragma once

#include "MfaSetup.h"
#include "MfaTimeline.h"
#include "MfaTypes.h"
#include "profile/Profile.h"
#include "twilio/TwilioTypes.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

class Auth0Client;
class Auth0Reply;
class QNetworkAccessManager;
class SecretStore;
class TwilioClient;

struct MfaTestRequest
{
    Profile profile; // connected to its tenant
    QString recipient; // the test phone, E.164
    MfaTestSettings settings; // the test application and user
    int codeWaitMs = 5 * 60 * 1000; // how long to wait for the code (Auth0 keeps it 5 minutes)
    int logPollMs = 2000; // how often the tenant log is read while waiting
    int logSettleMs = 20000; // how long to wait for the log to show the ending (Auth0's lags)
    int deliveryPollMs = 3000; // Twilio message status polling
    bool sendProviderTest = false; // Unified: also "Send a test message" (/try)
};

// The secrets a run needs, from the keychain; in memory only for the run.
struct MfaTestSecrets
{
    QString managementSecret; // @AUTH0_CLIENT_SECRET
    QString testClientSecret; // @AUTH0_TEST_CLIENT_SECRET
    QString testUserPassword; // @AUTH0_TEST_USER_PASSWORD
    TwilioCredentials twilio; // the profile's, to follow the message; may be empty
};

// "Test the MFA flow" for real, through Auth0's Authentication API: checks what each step needs
// (the tenant's SMS set-up and deployed Action, the test application's grant types and
// connection), signs the test user in (password-realm) to get mfa_required and its mfa_token,
// lists the user's authenticators, enrols the test phone when it has none (associate) or
// challenges it, asks for the code that arrived (codeNeeded -> submitCode) while reading the
// tenant log for a failed send, completes the login (mfa-oob), then follows the Twilio message to
// its final status and reads the user's log events back. The result is a timeline. Emits
// finished() exactly once, on every path; secrets and tokens go when it ends.
class MfaTestJob : public QObject
{
    Q_OBJECT
public:
    static MfaTestJob *start(const MfaTestRequest &request, SecretStore *secrets,
                             QNetworkAccessManager *network, QObject *parent = nullptr);
    static MfaTestJob *startWithSecrets(const MfaTestRequest &request, const MfaTestSecrets &s,
                                        QNetworkAccessManager *network, QObject *parent = nullptr);

    // The code that arrived; only while waiting for it (after codeNeeded).
    void submitCode(const QString &code);
    void cancel();
    bool isWaitingForCode() const { return m_waitingForCode; }
    const MfaTimeline &timeline() const { return m_timeline; }

Q_SIGNALS:
    void stepChanged(const MfaTimelineStep &step);
    // The text is on its way to recipient: type the code it brings (submitCode).
    void codeNeeded(const QString &recipient);
    void finished();

private:
    MfaTestJob(const MfaTestRequest &request, QNetworkAccessManager *network, QObject *parent);
    void begin(const MfaTestSecrets &secrets);
    MfaTimelineStep &beginStep(const QString &id, const QString &title);
    void endStep(const QString &id, MfaTimelineStep::State state, const QString &detail = {});
    void runChecks();
    void checkApplication();
    void checkConnection(const QString &connectionId);
    void signIn();
    void listAuthenticators();
    void sendCode(bool enrol, const QString &authenticatorId);
    void onCodeSent(Auth0Reply *reply, bool enrol);
    void pollLogs();
    void complete(const QString &code);
    void followMessage();
    void readLogs(bool settle);
    void tryProvider();
    void fail(const QString &stepId, const MfaProblem &problem);
    void wrapUp();
    void finish();

    MfaTestRequest m_request;
    MfaTestAccount m_account;
    QNetworkAccessManager *m_network;
    QPointer<Auth0Client> m_client;
    QPointer<TwilioClient> m_twilio;
    QString m_mfaToken;
    QString m_oobCode;
    QString m_providerId;
    QStringList m_granted;
    MfaTimeline m_timeline;
    QTimer m_codeTimer;
    QTimer m_logTimer;
    qint64 m_settleDeadlineMs = 0;
    bool m_waitingForCode = false;
    bool m_wrappingUp = false;
    bool m_finished = false;
};
