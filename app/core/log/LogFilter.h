#pragma once

#include "Attempt.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <optional>
#include <utility>

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

    // Whether the filter asks a recipient or a free text (the rows' own texts), not only coded
    // columns and times: what LogBlockScan answers only through textSets().
    bool asksText() const;
    // Whether toSql() gathers the matches of a search: a recipient (through the distinct numbers
    // of log_numbers) or a free text of 3+ characters (through the trigram indexes).
    bool usesFullText() const;
    // toSql() with the full-text subquery bounded to ids firstId..lastId (inclusive), so that FTS5
    // reads only that stretch of its index (a recipient's digits too): for a caller that also
    // bounds the rows it asks for to ones whose ids lie in that stretch (the viewer's first page,
    // over the newest rows).
    Sql toSql(qint64 firstId, qint64 lastId) const;
    // A statement whose one value is count(*) over toSql(), for a filter that asks only a
    // recipient, or only a free text of 3+ characters; nullopt for others. A recipient is
    // counted over the distinct numbers of log_numbers (schema step 9), not every attempt. A
    // text is counted by parts: the rows of the body templates that hold it in their index
    // without reading a row, then the senders' rows and the checked candidates that are
    // neither, so a template's word in a fifth of the log costs its index entries.
    std::optional<Sql> countSql() const;

    // The recipient and the free text as sets, for a caller that tests each row itself
    // (LogBlockScan); each a statement whose one column lists the set. A row matches the text
    // when its body_id is one of `bodies`, its from_id one of `senders` or its id one of `rows`
    // (the checked candidates of the trigram indexes), and the recipient when its id is one of
    // `recipients` (the rows of the numbers that hold the digits): what toSql() asks, the same
    // parts. Those not asked stay empty. nullopt when the text is too short for the trigram
    // indexes (every row is checked, which SQL does as well as anything).
    struct TextSets
    {
        std::optional<Sql> recipients;
        std::optional<Sql> bodies;
        std::optional<Sql> senders;
        std::optional<Sql> rows;
    };
    std::optional<TextSets> textSets() const;

private:
    Sql toSql(const std::optional<std::pair<qint64, qint64>> &ftsIds) const;
};
