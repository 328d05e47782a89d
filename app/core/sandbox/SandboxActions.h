#pragma once

#include "sandbox/Auth0Sandbox.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QNetworkAccessManager;
class TwilioSandbox;

// Runs the simulated tenants' own bundled Actions (resources/actions: "Twilio SMS" for each
// trigger) natively, doing exactly what their code does: one Programmable Messaging POST to the
// Twilio sandbox with the Action's secrets, the event's recipient and text; a Twilio error makes
// the send-phone-message Action throw (code and message) and the custom-phone-provider Action
// drop the notification (4xx) or ask for a retry (5xx, no answer). Any other code is refused
// ("needs the Node runner"): it has to run for real, in the console's runner.
class SandboxActions
{
public:
    // An executor for Auth0Sandbox::setActionExecutor; network is used for the Twilio requests.
    static Auth0Sandbox::ActionExecutor bundledExecutor(QNetworkAccessManager *network);
    // True when code is one of the bundled Actions.
    static bool isBundled(const QString &code);
    // Runs any Action in the console's Node runner (HookRunner), as Auth0 would: the deployed
    // code with its secrets and the event, require('twilio') sending to the Twilio sandbox. A
    // throw keeps its name, code and message (the tenant log's failure_details); drop and retry
    // keep their reason. The sends are not written to a delivery log: the tenant made them, not
    // the console, which learns of them the way it would from Auth0 (a sync).
    static Auth0Sandbox::ActionExecutor runnerExecutor();
};

// The simulated handset of a number: reads the code of the next text delivered to it through the
// Twilio sandbox (once Twilio's status says delivered), so that the MFA test runs unattended
// against the simulated tenant.
class SandboxHandset : public QObject
{
    Q_OBJECT
public:
    explicit SandboxHandset(TwilioSandbox *twilio, QObject *parent = nullptr);

    // Calls back once, with the code (the first run of 4 to 10 digits) and the message SID, when
    // the next message for to is delivered: one created since the handset was made (or since its
    // last code) that it has not handed out yet, or the next one created. An undelivered or
    // failed one never arrives.
    void waitForCode(const QString &to,
                     std::function<void(const QString &code, const QString &sid)> arrived);
    void stop();
    static QString codeIn(const QString &body);

private:
    QPointer<TwilioSandbox> m_twilio;
    QString m_to;
    std::function<void(const QString &, const QString &)> m_arrived;
    QMetaObject::Connection m_connection;
    QStringList m_seen; // SIDs that existed at construction or were handed out
};
