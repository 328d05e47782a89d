#pragma once

#include "Attempt.h"
#include "auth0/Auth0Types.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// One Auth0 tenant log event as the delivery log keeps it (table auth0_events): the fields the
// console reads, taken out of Auth0's event once (recipient, execution id, failure), and the
// attempt (Twilio message) the event was matched to. Pure: building one, the query the sync
// asks Auth0 for, and the rules that pick an event's Twilio message are tested without I/O.
struct TenantLogRecord
{
    Q_DECLARE_TR_FUNCTIONS(TenantLogRecord)
public:
    enum class Match { None, Sid, Fuzzy };

    QString logId;
    QString profile;
    QDateTime at; // UTC, Auth0's date of the event
    QString type; // gd_send_sms, gd_send_sms_failure, ...
    QString description;
    QString userId;
    QString userName;
    QString clientName;
    QString recipient; // E.164 as Auth0 wrote it (possibly masked: "XXXXXXXX0100")
    QString executionId; // the Action run that sent it, when Auth0 names it
    QString failureCode; // details.failure_details.errorCode (or provider_error), as text
    QString failureMessage;
    QString code; // the one-time code, when the event carries it (rare)
    QJsonObject raw; // the whole event as Auth0 sent it
    qint64 attemptId = 0; // 0: no Twilio message found
    Match match = Match::None;

    static TenantLogRecord fromEvent(const TenantLogEvent &event, const QString &profile);

    // The MFA send events, which a Twilio message should follow.
    static const QStringList &sendTypes();
    // Every event type the sync keeps: the sends and the challenge and enrolment lifecycle
    // around them, Action failures and the phone rate limits.
    static const QStringList &syncedTypes();
    bool isSend() const { return sendTypes().contains(type); }
    bool isFailure() const;
    // Auth0's log search for the synced types since a day (UTC):
    // "(type:gd_send_sms OR type:gd_send_sms_failure OR ...) AND date:[2026-11-01 TO *]".
    static QString searchQuery(const QDate &since);
    // Translated name of an event type ("MFA SMS sent"); the code itself when unknown.
    static QString typeText(const QString &type);

    static QString matchName(Match m); // "", "sid", "fuzzy"
    static Match matchFromName(const QString &name);
};

// Which Twilio message an Auth0 send event caused, when no Action run recorded its SID: the
// recipient's messages created in a window around the event, the one carrying the event's code
// first, else the nearest in time. Pure.
namespace TenantLogMatch {
// A message is looked for from BeforeMs before the event (Auth0 logs the send once the Action
// has returned, so Twilio usually accepted it just before) to AfterMs after it.
constexpr qint64 BeforeMs = 120000;
constexpr qint64 AfterMs = 30000;

struct Candidate
{
    qint64 id = 0;
    QDateTime createdAt;
    QString to;
    QString body;
};

// The digits a masked number still shows ("XXXXXXXX0100" -> "0100"); empty when not masked.
QString visibleTail(const QString &recipient);
bool recipientMatches(const QString &eventRecipient, const QString &attemptTo);
// The candidate to link to, or nullopt when none fits.
std::optional<qint64> pick(const TenantLogRecord &event, const QList<Candidate> &candidates);
} // namespace TenantLogMatch

Q_DECLARE_METATYPE(TenantLogRecord)
