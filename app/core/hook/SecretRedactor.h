#pragma once

#include <QRegularExpression>
#include <QString>
#include <QStringList>

// Hides secret values in text the run shows or keeps: console lines, standard output and error,
// errors, request summaries. It finds a value as it is and in the simple shapes code may turn it
// into on the way out: upper or lower case, either half of it, and with spaces or dashes (or _ . :)
// between its characters. Pure; values shorter than MinLength are ignored, since they would
// blank out ordinary words.
class SecretRedactor
{
public:
    static constexpr int MinLength = 4;
    // A half is looked for only when it has at least this many characters.
    static constexpr int MinHalfLength = 5;

    static QString mask() { return QStringLiteral("[redacted]"); }

    void add(const QString &value);
    void addAll(const QStringList &values);
    // A value shown as it is wherever it appears, even when part of it looks like part of a
    // secret (an Account SID that shares digits with a sandbox token, say).
    void keep(const QString &value);
    bool isEmpty() const { return m_values.isEmpty(); }
    const QStringList &values() const { return m_values; }

    QString redact(const QString &text) const;
    // True when text holds a value in any of the shapes redact() hides.
    bool containsSecret(const QString &text) const;

private:
    void rebuild();

    QString redactPiece(const QString &text) const;

    QStringList m_values;
    QStringList m_kept;
    QRegularExpression m_pattern;
};
