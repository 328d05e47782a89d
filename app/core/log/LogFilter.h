#pragma once

#include "Attempt.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <optional>

// What the viewer, `sms-hook-cli logs list|export` and the checklist ask of the log. Empty fields
// match everything. Pure: toSql() builds the WHERE clause, tested without a database.
struct LogFilter
{
    QList<Attempt::Outcome> outcomes;
    QStringList statuses; // Twilio statuses, exact
    std::optional<Attempt::Api> api;
    std::optional<Attempt::Source> source;
    QString profile;
    QDateTime since; // inclusive, UTC
    QDateTime until; // exclusive, UTC
    QString to; // matches E.164 numbers containing these digits ("+4478" or "7700")
    int errorCode = 0; // 0: any
    QString text; // free text over body, numbers, SID and error message

    bool isEmpty() const;

    struct Sql
    {
        QString where; // "" or "WHERE ...", with ? placeholders, over table `attempts` as `a`
        QVariantList bindings;
    };
    Sql toSql() const;
};
