#pragma once

#include "auth0/ActionTestJob.h"
#include "profile/Profile.h"

#include <QObject>
#include <QPointer>

class QNetworkAccessManager;
class QTextBrowser;
class QWidget;
class SecretStore;

// The Hook code page's "Run in the tenant": Auth0 tests the *draft* of the Action bound to the
// tenant's phone trigger, so this first reads that draft (ActionTestJob::inspect). When it differs
// from the editor's code, a dialog (not modal to the event loop) shows the diff and offers to
// write the editor's code into the draft first (code only, not deployed) or to test the draft as
// it is. The tenant's answer (its status, error or drop/retry reason, console lines and Twilio
// messages, and the payload as it came) is shown in its own view, beside the local run's output,
// saying which code was tested.
class TenantTestRun : public QObject
{
    Q_OBJECT
public:
    TenantTestRun(SecretStore *secrets, QWidget *dialogParent, QTextBrowser *output);

    void start(const Profile &profile, const ActionTestRequest &request);
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void runningChanged(bool running);
    // The tenant tested its draft (ok: the run succeeded), or the test did not happen (false).
    void finished(bool ok);

private:
    void onInspected(ActionTestJob *job);
    void runTest(bool updateDraft);
    void show(ActionTestJob *job, bool differed);
    void end(bool ok);
    void say(const QString &html);

    SecretStore *m_secrets;
    QWidget *m_dialogParent;
    QTextBrowser *m_output;
    QNetworkAccessManager *m_network;
    Profile m_profile;
    ActionTestRequest m_request;
    bool m_running = false;
};
