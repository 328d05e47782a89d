#include "LogFilter.h"

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

QString placeholders(qsizetype n)
{
    QStringList marks;
    for (qsizetype i = 0; i < n; ++i)
        marks << QStringLiteral("?");
    return marks.join(QStringLiteral(", "));
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

// The FTS5 query for the parts of the filter that the trigram index narrows: the recipient and
// the free text when 3+ characters long. Empty when the index has nothing to answer.
QString fullTextQuery(const LogFilter &filter)
{
    QStringList parts = trigramTerms(recipientDigits(filter.to));
    for (const QString &term : trigramTerms(filter.text.trimmed()))
        if (!parts.contains(term))
            parts << term;
    return parts.join(QStringLiteral(" AND "));
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
    Sql sql;
    QStringList terms;
    if (!outcomes.isEmpty()) {
        terms << QStringLiteral("a.outcome IN (%1)").arg(placeholders(outcomes.size()));
        for (Attempt::Outcome o : outcomes)
            sql.bindings << Attempt::outcomeName(o);
    }
    if (!statuses.isEmpty()) {
        terms << QStringLiteral("a.status IN (%1)").arg(placeholders(statuses.size()));
        for (const QString &s : statuses)
            sql.bindings << s;
    }
    if (api) {
        terms << QStringLiteral("a.api = ?");
        sql.bindings << Attempt::apiName(*api);
    }
    if (source) {
        terms << QStringLiteral("a.source = ?");
        sql.bindings << Attempt::sourceName(*source);
    }
    if (!profile.isEmpty()) {
        terms << QStringLiteral("a.profile = ?");
        sql.bindings << profile;
    }
    if (since.isValid()) {
        terms << QStringLiteral("a.created_at >= ?");
        sql.bindings << since.toMSecsSinceEpoch();
    }
    if (until.isValid()) {
        terms << QStringLiteral("a.created_at < ?");
        sql.bindings << until.toMSecsSinceEpoch();
    }
    // The recipient and the free text are checked with LIKE; from 3 characters on, the
    // full-text subquery below first narrows the rows to the few that can match.
    const QString digits = recipientDigits(to);
    if (!digits.isEmpty()) {
        terms << QStringLiteral("a.to_number LIKE ? ESCAPE '\\'");
        sql.bindings << containsPattern(digits);
    }
    if (errorCode != 0) {
        terms << QStringLiteral("a.error_code = ?");
        sql.bindings << errorCode;
    }
    const QString match = fullTextQuery(*this);
    if (!match.isEmpty()) {
        if (ftsIds) {
            terms << QStringLiteral("a.id IN (SELECT rowid FROM attempts_fts WHERE attempts_fts "
                                    "MATCH ? AND rowid BETWEEN ? AND ?)");
            sql.bindings << match << ftsIds->first << ftsIds->second;
        } else {
            terms << QStringLiteral(
                "a.id IN (SELECT rowid FROM attempts_fts WHERE attempts_fts MATCH ?)");
            sql.bindings << match;
        }
    }
    const QString needle = text.trimmed();
    if (!needle.isEmpty()) {
        QStringList likes;
        const QString pattern = containsPattern(needle);
        for (const char *column :
             {"a.body", "a.to_number", "a.from_number", "a.sid", "a.error_message"}) {
            likes << QStringLiteral("%1 LIKE ? ESCAPE '\\'").arg(QLatin1String(column));
            sql.bindings << pattern;
        }
        terms << QLatin1Char('(') + likes.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    }
    if (!terms.isEmpty())
        sql.where = QStringLiteral("WHERE ") + terms.join(QStringLiteral(" AND "));
    return sql;
}
