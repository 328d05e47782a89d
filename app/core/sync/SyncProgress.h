#pragma once

#include <QCoreApplication>
#include <QString>

// How far a paged sync has come, and how it is said: one value and one set of words for the
// import of Twilio's message log (LogSync) and the tenant's MFA log (TenantLogSync), so that the
// console and the CLI report both the same way. Every count goes through tr()'s %n.
struct SyncProgress
{
    enum class Kind {
        TwilioMessages, // added: messages imported; linked: local sends completed with them
        TenantEvents, // added: new events stored; linked: events matched to a Twilio message
    };

    Kind kind = Kind::TwilioMessages;
    int pages = 0; // pages read for this range or profile, earlier runs included
    int added = 0;
    int linked = 0;
    bool resumed = false; // continued from an interrupted run
};

class SyncProgressText
{
    Q_DECLARE_TR_FUNCTIONS(SyncProgressText)
public:
    // "3 pages"
    static QString pages(int pages);
    // "5 messages imported" / "5 new events"
    static QString added(SyncProgress::Kind kind, int count);
    // "2 merged with local sends" / "2 matched to a Twilio message"
    static QString linked(SyncProgress::Kind kind, int count);
    // While it runs, after each page: "Page 3 · 5 new events · 2 matched to a Twilio message",
    // with "(continued where the last run stopped)" after a resumed start.
    static QString page(const SyncProgress &progress);
    // Once it has completed: "5 new events, 2 matched to a Twilio message (3 pages)".
    static QString summary(const SyncProgress &progress);
    // After a cancel: "Stopped after 3 pages; run again to continue where it stopped."
    static QString stopped(const SyncProgress &progress);
};
