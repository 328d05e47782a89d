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

// The FTS5 query for the parts of the filter that the trigram indexes narrow: the recipient and
// the free text when 3+ characters long. Empty when the index has nothing to answer.
QString fullTextQuery(const LogFilter &filter)
{
    QStringList parts = trigramTerms(recipientDigits(filter.to));
    for (const QString &term : trigramTerms(filter.text.trimmed()))
        if (!parts.contains(term))
            parts << term;
    return parts.join(QStringLiteral(" AND "));
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

} // namespace

bool LogFilter::usesFullText() const
{
    return !fullTextQuery(*this).isEmpty();
}

LogFilter::Sql LogFilter::toSql() const
{
    return toSql(std::nullopt);
}

LogFilter::Sql LogFilter::toSql(qint64 firstId, qint64 lastId) const
{
    return toSql(std::make_optional(std::make_pair(firstId, lastId)));
}

LogFilter::Sql LogFilter::toSql(const std::optional<std::pair<qint64, qint64>> &ftsIds) const
{
    // Over the view `attempts`: the short texts through their dictionary ids (so that the
    // (column, created_at) indexes answer), the rest through the view's text columns.
    Sql sql;
    QStringList terms;
    // One value is asked with "=", so that the index also gives the rows in time order.
    const auto oneOrMany = [&](const char *column, int kind, const QStringList &values) {
        if (values.isEmpty())
            return;
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
    oneOrMany("outcome_id", LogSchema::OutcomeName, outcomeNames);
    oneOrMany("status_id", LogSchema::StatusName, statuses);
    const auto named = [&](const char *column, int kind, const QString &value) {
        terms << QStringLiteral("a.%1 = (SELECT id FROM log_names WHERE kind = %2 AND text = ?)")
                     .arg(QLatin1String(column))
                     .arg(kind);
        sql.bindings << value;
    };
    if (api)
        named("api_id", LogSchema::ApiName, Attempt::apiName(*api));
    if (source)
        named("source_id", LogSchema::SourceName, Attempt::sourceName(*source));
    if (!profile.isEmpty())
        named("profile_id", LogSchema::ProfileName, profile);
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
    // The rows' own trigram index (recipient, SID, code, error message), bounded to a stretch of
    // ids when asked, and the rows queued for it (schema step 8): candidates, which the caller
    // checks with LIKE either way.
    const auto rowTrigrams = [&](const QString &match) {
        sql.bindings << match;
        if (!ftsIds)
            return QStringLiteral("SELECT rowid FROM attempts_fts WHERE attempts_fts MATCH ? "
                                  "UNION ALL SELECT id FROM log_fts_pending");
        sql.bindings << ftsIds->first << ftsIds->second << ftsIds->first << ftsIds->second;
        return QStringLiteral("SELECT rowid FROM attempts_fts WHERE attempts_fts MATCH ? AND "
                              "rowid BETWEEN ? AND ? UNION ALL SELECT id FROM log_fts_pending "
                              "WHERE id BETWEEN ? AND ?");
    };
    // The recipient is checked with LIKE; from 3 digits on, the trigram index first narrows the
    // rows to the few that can match.
    const QString digits = recipientDigits(to);
    if (!digits.isEmpty()) {
        const QString match = trigramTerms(digits).join(QStringLiteral(" AND "));
        if (!match.isEmpty())
            terms << QStringLiteral("a.id IN (%1)").arg(rowTrigrams(match));
        terms << QStringLiteral("a.to_number LIKE ? ESCAPE '\\'");
        sql.bindings << containsPattern(digits);
    }
    const QString needle = text.trimmed();
    if (!needle.isEmpty()) {
        const QString pattern = containsPattern(needle);
        // LIKE over the searched columns of the rows of alias as.
        const auto check = [&](const char *as) -> QString {
            QStringList likes;
            for (const char *column :
                 {"body", "to_number", "from_number", "sid", "error_message"}) {
                likes << QStringLiteral("%1.%2 LIKE ? ESCAPE '\\'")
                             .arg(QLatin1String(as), QLatin1String(column));
                sql.bindings << pattern;
            }
            return QLatin1Char('(') + likes.join(QStringLiteral(" OR ")) + QLatin1Char(')');
        };
        const QString match = trigramTerms(needle).join(QStringLiteral(" AND "));
        if (match.isEmpty()) {
            terms << check("a"); // too short for the index: every row is checked
        } else {
            // Sure matches: a body template or a sender that holds the text (the dictionaries
            // are small; templates are found through their own trigram index). Possible ones,
            // then checked: rows whose own trigrams hold it (recipient, SID, code, error
            // message), and bodies where it may run across the code.
            const bool alone = terms.isEmpty();
            const auto bounded = [&](const QString &select) -> QString {
                if (!alone || !ftsIds)
                    return select;
                sql.bindings << ftsIds->first << ftsIds->second;
                return select + QStringLiteral(" AND r.id BETWEEN ? AND ?");
            };
            const QString bodies = QStringLiteral(
                "(SELECT b.id FROM log_bodies b WHERE b.id IN (SELECT rowid FROM log_bodies_fts "
                "WHERE log_bodies_fts MATCH ?) AND b.text LIKE ? ESCAPE '\\')");
            const QString senders = QStringLiteral("(SELECT id FROM log_names WHERE kind = %1 AND "
                                                   "text LIKE ? ESCAPE '\\')")
                                        .arg(LogSchema::FromName);
            QStringList sure;
            sql.bindings << match << pattern;
            // CROSS JOIN: from the few dictionary entries to their rows through the index.
            sure << (alone ? bounded(QStringLiteral("SELECT r.id FROM %1 s CROSS JOIN "
                                                    "attempt_rows r WHERE r.body_id = s.id")
                                         .arg(bodies))
                           : QStringLiteral("a.body_id IN ") + bodies);
            sql.bindings << pattern;
            sure << (alone ? bounded(QStringLiteral("SELECT r.id FROM %1 s CROSS JOIN "
                                                    "attempt_rows r WHERE r.from_id = s.id")
                                         .arg(senders))
                           : QStringLiteral("a.from_id IN ") + senders);
            QStringList maybe;
            maybe << rowTrigrams(match);
            const QStringList across = acrossCodePatterns(needle);
            if (!across.isEmpty()) {
                QStringList templates;
                for (const QString &p : across) {
                    templates << QStringLiteral("t.text LIKE ? ESCAPE '\\'");
                    sql.bindings << p;
                }
                maybe << bounded(QStringLiteral("SELECT r.id FROM log_bodies t CROSS JOIN "
                                                "attempt_rows r WHERE (%1) AND r.body_id = t.id "
                                                "AND r.body_code IS NOT NULL")
                                     .arg(templates.join(QStringLiteral(" OR "))));
            }
            const QString checked
                = QStringLiteral("SELECT m.id FROM attempts m WHERE m.id IN (%1) AND %2")
                      .arg(maybe.join(QStringLiteral(" UNION ")), check("m"));
            // Alone, the text's matches are gathered by id (a rare text costs its few rows);
            // beside other filters, which narrow the rows through their indexes, each row is
            // tested against the sure sets and the checked ones.
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
