#include "SecretRedactor.h"

#include <algorithm>

namespace {

// The characters of value in order, with up to two separators allowed between any two of them.
QString spacedPattern(const QString &value)
{
    static const QString separators = QStringLiteral("[\\s\\-_.:]{0,2}");
    QString out;
    for (qsizetype i = 0; i < value.size(); ++i) {
        if (i > 0)
            out += separators;
        out += QRegularExpression::escape(value.mid(i, 1));
    }
    return out;
}

} // namespace

void SecretRedactor::add(const QString &value)
{
    if (value.size() < MinLength || m_values.contains(value))
        return;
    m_values << value;
    rebuild();
}

void SecretRedactor::addAll(const QStringList &values)
{
    bool changed = false;
    for (const QString &v : values) {
        if (v.size() >= MinLength && !m_values.contains(v)) {
            m_values << v;
            changed = true;
        }
    }
    if (changed)
        rebuild();
}

void SecretRedactor::rebuild()
{
    // Whole values first, longest first, then halves: the longest shape is the one hidden.
    QStringList wholes = m_values;
    std::sort(wholes.begin(), wholes.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
    QStringList alternatives;
    for (const QString &v : std::as_const(wholes))
        alternatives << spacedPattern(v);
    QStringList halves;
    for (const QString &v : std::as_const(wholes)) {
        const qsizetype half = v.size() / 2;
        if (half < MinHalfLength)
            continue;
        halves << v.left(half) << v.mid(half);
    }
    std::sort(halves.begin(), halves.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
    for (const QString &h : std::as_const(halves))
        alternatives << spacedPattern(h);
    m_pattern = QRegularExpression(alternatives.join(QLatin1Char('|')),
                                   QRegularExpression::CaseInsensitiveOption
                                       | QRegularExpression::UseUnicodePropertiesOption);
    m_pattern.optimize();
}

void SecretRedactor::keep(const QString &value)
{
    if (!value.isEmpty() && !m_kept.contains(value) && !m_values.contains(value))
        m_kept << value;
}

QString SecretRedactor::redactPiece(const QString &text) const
{
    QString out = text;
    out.replace(m_pattern, mask());
    return out;
}

QString SecretRedactor::redact(const QString &text) const
{
    if (m_values.isEmpty() || text.isEmpty())
        return text;
    if (m_kept.isEmpty())
        return redactPiece(text);
    // Kept values stay; the text between them is redacted.
    QString out;
    qsizetype from = 0;
    while (from < text.size()) {
        qsizetype next = -1;
        QString found;
        for (const QString &k : m_kept) {
            const qsizetype at = text.indexOf(k, from);
            if (at >= 0 && (next < 0 || at < next || (at == next && k.size() > found.size()))) {
                next = at;
                found = k;
            }
        }
        if (next < 0)
            break;
        out += redactPiece(text.mid(from, next - from)) + found;
        from = next + found.size();
    }
    out += redactPiece(text.mid(from));
    return out;
}

bool SecretRedactor::containsSecret(const QString &text) const
{
    return !m_values.isEmpty() && m_pattern.match(text).hasMatch() && redact(text) != text;
}
