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

LogFilter::Sql LogFilter::toSql() const
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
    // Numbers are stored in E.164: keep the digits (and a leading +) of what was typed, so that
    // "+44 7700" and "7700" both match.
    QString digits;
    for (QChar c : to.trimmed())
        if (c.isDigit() || (c == QLatin1Char('+') && digits.isEmpty()))
            digits.append(c);
    if (!digits.isEmpty()) {
        terms << QStringLiteral("a.to_number LIKE ? ESCAPE '\\'");
        sql.bindings << containsPattern(digits);
    }
    if (errorCode != 0) {
        terms << QStringLiteral("a.error_code = ?");
        sql.bindings << errorCode;
    }
    const QString needle = text.trimmed();
    if (needle.size() >= 3) {
        // The trigram index matches any substring of 3+ characters; quoted as one FTS5 string so
        // that the user's text is never read as query syntax.
        QString quoted = needle;
        quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
        terms << QStringLiteral(
            "a.id IN (SELECT rowid FROM attempts_fts WHERE attempts_fts MATCH ?)");
        sql.bindings << QString(QLatin1Char('"') + quoted + QLatin1Char('"'));
    } else if (!needle.isEmpty()) {
        // Too short for trigrams: a scan, as the FTS index cannot answer it.
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
