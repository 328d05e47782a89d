#include "SyncProgress.h"

#include <QLocale>

QString SyncProgressText::pages(int pages)
{
    return tr("%n page(s)", nullptr, pages);
}

QString SyncProgressText::added(SyncProgress::Kind kind, int count)
{
    switch (kind) {
    case SyncProgress::Kind::TwilioMessages:
        return tr("%n message(s) imported", nullptr, count);
    case SyncProgress::Kind::TenantEvents:
        return tr("%n new event(s)", nullptr, count);
    }
    return {};
}

QString SyncProgressText::linked(SyncProgress::Kind kind, int count)
{
    switch (kind) {
    case SyncProgress::Kind::TwilioMessages:
        return tr("%n merged with local sends", nullptr, count);
    case SyncProgress::Kind::TenantEvents:
        return tr("%n matched to a Twilio message", nullptr, count);
    }
    return {};
}

QString SyncProgressText::page(const SyncProgress &p)
{
    //: %1 the page number, %2 what it added, %3 what it linked (each with its count)
    QString text
        = tr("Page %1 · %2 · %3")
              .arg(QLocale().toString(p.pages), added(p.kind, p.added), linked(p.kind, p.linked));
    if (p.resumed)
        text += QLatin1Char(' ') + tr("(continued where the last run stopped)");
    return text;
}

QString SyncProgressText::summary(const SyncProgress &p)
{
    //: %1 what it added, %2 what it linked, %3 the pages read (each with its count)
    return tr("%1, %2 (%3)").arg(added(p.kind, p.added), linked(p.kind, p.linked), pages(p.pages));
}

QString SyncProgressText::stopped(const SyncProgress &p)
{
    return tr("Stopped after %n page(s); run again to continue where it stopped.", nullptr,
              p.pages);
}
