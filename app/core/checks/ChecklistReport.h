#pragma once

#include "CheckItem.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

// The checklist's results as a Markdown report (Export report, for a ticket or a colleague) and
// as JSON (sms-hook-cli check --json). Pure. Items hold no credential, and the report adds none:
// only the profile's name, the date and what each item says.
class ChecklistReport
{
    Q_DECLARE_TR_FUNCTIONS(ChecklistReport)
public:
    static QString markdown(const QString &profile, const QList<CheckItem> &items,
                            const QDateTime &when);
    static QJsonObject itemJson(const CheckItem &item);
    static QJsonArray itemsJson(const QList<CheckItem> &items);
    // Counts by state, e.g. {"pass": 5, "fail": 1, ...}.
    static QJsonObject summaryJson(const QList<CheckItem> &items);
    static bool anyFailed(const QList<CheckItem> &items);
    // "5 passed, 1 failed, 1 to check by hand" (translated).
    static QString summaryText(const QList<CheckItem> &items);
};
