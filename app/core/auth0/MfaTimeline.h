#pragma once

#include "Auth0Types.h"
#include "MfaErrors.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

// What one run of the MFA test saw, in order: each step with its time, the code that arrived,
// the Auth0 log events of the test user read back from the tenant, the Twilio message with its
// statuses, and how the login ended (with Auth0's error and the console's explanation). Plain
// data with a JSON form (sms-hook-cli auth0 test-mfa --json); never holds a secret.
struct MfaTimelineStep
{
    enum class State { Running, Done, Failed, Skipped };
    QString id; // stable: checks, sign-in, authenticators, enrol, challenge, code, login,
                // message, logs, provider-try
    QString title; // translated
    State state = State::Running;
    QDateTime startedAt;
    qint64 elapsedMs = 0;
    QString detail; // translated, one or more lines

    static QString stateName(State s); // "running", "done", "failed", "skipped"
};

struct MfaTimeline
{
    Q_DECLARE_TR_FUNCTIONS(MfaTimeline)
public:
    QString profile;
    QString tenantMode; // "unified", "legacy", "unknown"
    QString recipient;
    QString path; // "challenge" (an enrolled phone) or "enrol" (associate first)
    QString code; // the code that arrived and was typed
    QDateTime startedAt;
    QList<MfaTimelineStep> steps;
    QList<TenantLogEvent> logEvents; // the test user's, oldest first
    QJsonObject execution; // GET /actions/executions/{id} of the send, when read
    QString messageSid;
    struct Status
    {
        QString status;
        QDateTime at;
        int errorCode = 0;
    };
    QList<Status> messageStatuses;
    QString messageProblem; // Twilio's explanation of a failed delivery
    QString sendFailure; // Auth0's account of a failed send (gd_send_sms_failure)
    bool loginCompleted = false;
    MfaProblem problem;

    bool ok() const { return loginCompleted && problem.isEmpty(); }
    // One line for the end of a test: that the login completed, else the problem's summary.
    QString headline() const;
    // The line said when the login completed with the code that arrived.
    static QString completedText();
    const MfaTimelineStep *step(const QString &id) const;
    QJsonObject toJson() const;
    // Translated lines for a terminal or a log.
    QStringList lines() const;
};
