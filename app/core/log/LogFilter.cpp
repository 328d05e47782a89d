#include "LogFilter.h"

#include "LogCodec.h"
#include "LogSchema.h"

namespace {

// LIKE pattern that matches text anywhere, with LIKE's wildcards taken literally.
QString containsPattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('%'), QLatin1String("\\%"));
    escaped.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

} // namespace

bool LogFilter::isEmpty() const
{
    return outcomes.isEmpty() && statuses.isEmpty() && !api && !source && profile.isEmpty()
        && !since.isValid() && !until.isValid() && to.trimmed().isEmpty() && errorCode == 0
        && text.trimmed().isEmpty();
}

namespace {

// The recipient's digits (and a leading +) of what was typed: numbers are stored in E.164, so
// "+44 7700" and "7700" both match.
QString recipientDigits(const QString &to)
{
    QString digits;
    for (QChar c : to.trimmed())
        if (c.isDigit() || (c == QLatin1Char('+') && digits.isEmpty()))
            digits.append(c);
    return digits;
}

// The FTS5 query for one text: every distinct trigram of it, each quoted as one FTS5 string so
// that what was typed is never read as query syntax, all required. The index keeps no positions
// (detail=none), so this finds the rows holding all the trigrams anywhere: a superset of the
// rows holding the text, which the LIKE terms then check. Empty below 3 characters.
QStringList trigramTerms(const QString &text)
{
    QStringList terms;
    const QList<uint> chars = text.toUcs4();
    for (qsizetype i = 0; i + 3 <= chars.size(); ++i) {
        QString trigram
            = QString::fromUcs4(reinterpret_cast<const char32_t *>(chars.constData()) + i, 3);
        trigram.replace(QLatin1Char('"'), QLatin1String("\"\""));
        const QString term = QLatin1Char('"') + trigram + QLatin1Char('"');
        if (!terms.contains(term))
            terms << term;
    }
    return terms;
}

// The recipients' numbers that hold the digits, from the distinct numbers of log_numbers
// (schema step 9: a few per user, 63,000 at ten million attempts in the benchmark), whose rows
// the (to_number, created_at) index then gives without reading a row. The trigram index would
// find candidates for each of the digits' trigrams, each common among numbers, and every
// candidate's row read to check it: 0.09 s against 0.01 s for a seventh of a million rows.
// "select" is read over them as n (the number, or its attempts' count n.n); one binding, the
// digits' containsPattern().
QString numbersHolding(const char *select = "n.to_number")
{
    return QStringLiteral("SELECT %1 FROM log_numbers n WHERE n.to_number LIKE ? ESCAPE '\\'")
        .arg(QLatin1String(select));
}

// The dictionary ids of one kind whose text is in a list: "(SELECT id FROM log_names ...)".
QString namesIn(int kind, qsizetype n)
{
    return QStringLiteral("(SELECT id FROM log_names WHERE kind = %1 AND text IN (%2))")
        .arg(kind)
        .arg(LogSchema::placeholders(n));
}

// LIKE patterns for a text that may run across a body's code: for each run of digits in the
// text, the template holds the text before the run, the code's placeholder, then the text after
// it (a code is a whole run of digits, so a text reaching into it from either side, or holding
// all of it, meets the placeholder there). Empty for a text without digits, or only digits.
QStringList acrossCodePatterns(const QString &text)
{
    QStringList patterns;
    const auto isDigit = [](QChar c) { return c >= QLatin1Char('0') && c <= QLatin1Char('9'); };
    for (qsizetype i = 0; i < text.size();) {
        if (!isDigit(text.at(i))) {
            ++i;
            continue;
        }
        qsizetype end = i;
        while (end < text.size() && isDigit(text.at(end)))
            ++end;
        if (i > 0 || end < text.size()) {
            QString pattern = containsPattern(text.left(i));
            pattern.chop(1); // the trailing %
            pattern += QChar(LogCodec::CodePlaceholder) + containsPattern(text.mid(end)).mid(1);
            patterns << pattern;
        }
        i = end;
    }
    return patterns;
}

// A piece of SQL and the values of its placeholders, in order.
struct Part
{
    QString sql;
    QVariantList bindings;
};

// The rows' own trigram index (recipient, SID, code, error message), bounded to a stretch of
// ids when asked, and the rows queued for it (schema step 8): candidates, which the caller
// checks with LIKE either way.
Part rowTrigrams(const QString &match, const std::optional<std::pair<qint64, qint64>> &ftsIds)
{
    if (!ftsIds)
        return {QStringLiteral("SELECT rowid FROM attempts_fts WHERE attempts_fts MATCH ? "
                               "UNION ALL SELECT id FROM log_fts_pending"),
                {match}};
    return {QStringLiteral("SELECT rowid FROM attempts_fts WHERE attempts_fts MATCH ? AND rowid "
                           "BETWEEN ? AND ? UNION ALL SELECT id FROM log_fts_pending WHERE id "
                           "BETWEEN ? AND ?"),
            {match, ftsIds->first, ftsIds->second, ftsIds->first, ftsIds->second}};
}

// LIKE over the searched columns of the rows of alias as: what decides a match.
Part check(const QString &needle, const char *as)
{
    const QString pattern = containsPattern(needle);
    Part part;
    QStringList likes;
    for (const char *column : {"body", "to_number", "from_number", "sid", "error_message"}) {
        likes << QStringLiteral("%1.%2 LIKE ? ESCAPE '\\'")
                     .arg(QLatin1String(as), QLatin1String(column));
        part.bindings << pattern;
    }
    part.sql = QLatin1Char('(') + likes.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    return part;
}

// What a free text of 3+ characters is found by. Sure matches: the body templates and the
// senders that hold it (the dictionaries are small; templates are found through their own
// trigram index), as "(SELECT id ...)". Possible ones, which check() then decides: rows whose
// own trigrams hold it (recipient, SID, code, error message), and rows whose body it may run
// across the code of. nullopt for a text too short for the trigram indexes.
struct TextParts
{
    Part bodies;
    Part senders;
    Part trigrams;
    std::optional<Part> across;
};
std::optional<TextParts> textParts(const QString &needle,
                                   const std::optional<std::pair<qint64, qint64>> &ftsIds)
{
    const QString match = trigramTerms(needle).join(QStringLiteral(" AND "));
    if (match.isEmpty())
        return std::nullopt;
    const QString pattern = containsPattern(needle);
    TextParts parts;
    parts.bodies = {QStringLiteral("(SELECT b.id FROM log_bodies b WHERE b.id IN (SELECT rowid "
                                   "FROM log_bodies_fts WHERE log_bodies_fts MATCH ?) AND b.text "
                                   "LIKE ? ESCAPE '\\')"),
                    {match, pattern}};
    parts.senders = {QStringLiteral("(SELECT id FROM log_names WHERE kind = %1 AND text LIKE ? "
                                    "ESCAPE '\\')")
                         .arg(LogSchema::FromName),
                     {pattern}};
    parts.trigrams = rowTrigrams(match, ftsIds);
    const QStringList across = acrossCodePatterns(needle);
    if (!across.isEmpty()) {
        Part part;
        QStringList templates;
        for (const QString &p : across) {
            templates << QStringLiteral("t.text LIKE ? ESCAPE '\\'");
            part.bindings << p;
        }
        part.sql = QStringLiteral("SELECT r.id FROM log_bodies t CROSS JOIN attempt_rows r WHERE "
                                  "(%1) AND r.body_id = t.id AND r.body_code IS NOT NULL")
                       .arg(templates.join(QStringLiteral(" OR ")));
        parts.across = part;
    }
    return parts;
}

} // namespace

bool LogFilter::asksText() const
{
    return !recipientDigits(to).isEmpty() || !text.trimmed().isEmpty();
}

bool LogFilter::usesFullText() const
{
    return !recipientDigits(to).isEmpty() || !trigramTerms(text.trimmed()).isEmpty();
}

LogFilter::Sql LogFilter::toSql() const
{
    return toSql(std::nullopt);
}

LogFilter::Sql LogFilter::toSql(qint64 firstId, qint64 lastId) const
{
    return toSql(std::make_optional(std::make_pair(firstId, lastId)));
}

std::optional<LogFilter::Sql> LogFilter::countSql() const
{
    LogFilter others = *this;
    others.text.clear();
    others.to.clear();
    if (!others.isEmpty())
        return std::nullopt;
    const QString digits = recipientDigits(to);
    const QString needle = text.trimmed();
    if (!digits.isEmpty() && !needle.isEmpty())
        return std::nullopt;
    if (!digits.isEmpty())
        return Sql {numbersHolding("coalesce(sum(n.n), 0)"), {containsPattern(digits)}};
    const std::optional<TextParts> parts = textParts(needle, std::nullopt);
    if (!parts)
        return std::nullopt;
    // The three parts do not overlap: a template's rows, a sender's rows of other templates, and
    // the checked candidates of neither. CROSS JOIN: from the few dictionary entries to their
    // rows through the index (left to the planner, the senders' part read the whole table).
    Sql sql;
    const auto take = [&sql](const Part &part) {
        sql.bindings += part.bindings;
        return part.sql;
    };
    const QString bodies = take(parts->bodies);
    const QString senders = take(parts->senders);
    QStringList maybe;
    maybe << take(parts->trigrams);
    if (parts->across)
        maybe << take(*parts->across);
    const QString checked = take(check(needle, "m"));
    sql.where = QStringLiteral(
                    "WITH sb(id) AS MATERIALIZED %1, ss(id) AS MATERIALIZED %2 SELECT (SELECT "
                    "count(*) FROM sb CROSS JOIN attempt_rows r WHERE r.body_id = sb.id) + "
                    "(SELECT count(*) FROM ss CROSS JOIN attempt_rows r WHERE r.from_id = ss.id "
                    "AND r.body_id NOT IN sb) + (SELECT count(*) FROM attempts m WHERE m.id IN "
                    "(%3) AND %4 AND NOT EXISTS (SELECT 1 FROM attempt_rows r WHERE r.id = m.id "
                    "AND (r.body_id IN sb OR r.from_id IN ss)))")
                    .arg(bodies, senders, maybe.join(QStringLiteral(" UNION ")), checked);
    return sql;
}

std::optional<LogFilter::TextSets> LogFilter::textSets() const
{
    TextSets sets;
    const QString digits = recipientDigits(to);
    if (!digits.isEmpty()) {
        // CROSS JOIN: from the numbers to their rows through the recipient's index.
        sets.recipients = Sql {QStringLiteral("SELECT r.id FROM (%1) s CROSS JOIN attempt_rows r "
                                              "WHERE r.to_number = s.to_number")
                                   .arg(numbersHolding()),
                               {containsPattern(digits)}};
    }
    const QString needle = text.trimmed();
    if (needle.isEmpty())
        return sets;
    const std::optional<TextParts> parts = textParts(needle, std::nullopt);
    if (!parts)
        return std::nullopt;
    sets.bodies
        = Sql {QStringLiteral("SELECT * FROM ") + parts->bodies.sql, parts->bodies.bindings};
    sets.senders
        = Sql {QStringLiteral("SELECT * FROM ") + parts->senders.sql, parts->senders.bindings};
    Sql rows;
    QStringList maybe;
    const auto take = [&rows](const Part &part) {
        rows.bindings += part.bindings;
        return part.sql;
    };
    maybe << take(parts->trigrams);
    if (parts->across)
        maybe << take(*parts->across);
    const QString checked = take(check(needle, "m"));
    rows.where = QStringLiteral("SELECT m.id FROM attempts m WHERE m.id IN (%1) AND %2")
                     .arg(maybe.join(QStringLiteral(" UNION ")), checked);
    sets.rows = rows;
    return sets;
}

LogFilter::Sql LogFilter::toSql(const std::optional<std::pair<qint64, qint64>> &ftsIds) const
{
    // Over the view `attempts`: the short texts through their dictionary ids (so that the
    // (column, created_at) indexes answer), the rest through the view's text columns.
    Sql sql;
    QStringList terms;
    // A part's text, its values appended to the bindings: parts are taken in the text's order.
    const auto take = [&sql](const Part &part) {
        sql.bindings += part.bindings;
        return part.sql;
    };
    // One value is asked with "=", so that the index also gives the rows in time order.
    const auto oneOrMany = [&](int kind, const QStringList &values) {
        if (values.isEmpty())
            return;
        const char *column = LogSchema::codedColumn(kind);
        if (values.size() == 1)
            terms << QStringLiteral(
                         "a.%1 = (SELECT id FROM log_names WHERE kind = %2 AND text = ?)")
                         .arg(QLatin1String(column))
                         .arg(kind);
        else
            terms << QStringLiteral("a.%1 IN %2")
                         .arg(QLatin1String(column), namesIn(kind, values.size()));
        for (const QString &value : values)
            sql.bindings << value;
    };
    QStringList outcomeNames;
    for (Attempt::Outcome o : outcomes)
        outcomeNames << Attempt::outcomeName(o);
    oneOrMany(LogSchema::OutcomeName, outcomeNames);
    oneOrMany(LogSchema::StatusName, statuses);
    if (api)
        oneOrMany(LogSchema::ApiName, {Attempt::apiName(*api)});
    if (source)
        oneOrMany(LogSchema::SourceName, {Attempt::sourceName(*source)});
    if (!profile.isEmpty())
        oneOrMany(LogSchema::ProfileName, {profile});
    if (since.isValid()) {
        terms << QStringLiteral("a.created_at >= ?");
        sql.bindings << since.toMSecsSinceEpoch();
    }
    if (until.isValid()) {
        terms << QStringLiteral("a.created_at < ?");
        sql.bindings << until.toMSecsSinceEpoch();
    }
    if (errorCode != 0) {
        terms << QStringLiteral("a.error_code = ?");
        sql.bindings << errorCode;
    }
    // The recipient: the numbers that hold the digits, whose rows the recipient's index gives.
    // Bounded to a window of the newest rows, the trigram index's stretch of the window gives
    // candidates, checked with LIKE: finding the numbers alone would cost more than the window.
    const QString digits = recipientDigits(to);
    const QString digitsMatch = trigramTerms(digits).join(QStringLiteral(" AND "));
    if (ftsIds && !digitsMatch.isEmpty()) {
        terms << QStringLiteral("a.id IN (%1)").arg(take(rowTrigrams(digitsMatch, ftsIds)));
        terms << QStringLiteral("a.to_number LIKE ? ESCAPE '\\'");
        sql.bindings << containsPattern(digits);
    } else if (!digits.isEmpty()) {
        terms << QStringLiteral("a.to_number IN (%1)").arg(numbersHolding());
        sql.bindings << containsPattern(digits);
    }
    const QString needle = text.trimmed();
    if (!needle.isEmpty()) {
        const std::optional<TextParts> parts = textParts(needle, ftsIds);
        if (!parts) {
            terms << take(check(needle, "a")); // too short for the index: every row is checked
        } else {
            // Alone, the text's matches are gathered by id (a rare text costs its few rows);
            // beside other filters, which narrow the rows through their indexes, each row is
            // tested against the sure sets and the checked ones.
            const bool alone = terms.isEmpty();
            const auto bounded = [&](const QString &select) -> QString {
                if (!alone || !ftsIds)
                    return select;
                sql.bindings << ftsIds->first << ftsIds->second;
                return select + QStringLiteral(" AND r.id BETWEEN ? AND ?");
            };
            QStringList sure;
            // CROSS JOIN: from the few dictionary entries to their rows through the index.
            const QString bodies = take(parts->bodies);
            sure << (alone ? bounded(QStringLiteral("SELECT r.id FROM %1 s CROSS JOIN "
                                                    "attempt_rows r WHERE r.body_id = s.id")
                                         .arg(bodies))
                           : QStringLiteral("a.body_id IN ") + bodies);
            const QString senders = take(parts->senders);
            sure << (alone ? bounded(QStringLiteral("SELECT r.id FROM %1 s CROSS JOIN "
                                                    "attempt_rows r WHERE r.from_id = s.id")
                                         .arg(senders))
                           : QStringLiteral("a.from_id IN ") + senders);
            QStringList maybe;
            maybe << take(parts->trigrams);
            if (parts->across)
                maybe << bounded(take(*parts->across));
            const QString checked
                = QStringLiteral("SELECT m.id FROM attempts m WHERE m.id IN (%1) AND %2")
                      .arg(maybe.join(QStringLiteral(" UNION ")), take(check(needle, "m")));
            if (alone)
                terms << QStringLiteral("a.id IN (%1 UNION %2)")
                             .arg(sure.join(QStringLiteral(" UNION ")), checked);
            else
                terms << QStringLiteral("(%1 OR a.id IN (%2))")
                             .arg(sure.join(QStringLiteral(" OR ")), checked);
        }
    }
    if (!terms.isEmpty())
        sql.where = QStringLiteral("WHERE ") + terms.join(QStringLiteral(" AND "));
    return sql;
}
