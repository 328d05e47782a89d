#include "CodeMask.h"

#include <QRegularExpression>

QString CodeMask::mask(const QString &body)
{
    // ASCII digits, alone or in groups joined by one space or hyphen, not touching more digits.
    static const QRegularExpression run(QStringLiteral("(?<![0-9])[0-9]+(?:[ -][0-9]+)*(?![0-9])"));
    QString out = body;
    QRegularExpressionMatchIterator it = run.globalMatch(body);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QString text = m.captured();
        qsizetype digits = 0;
        for (QChar c : text)
            digits += c.isDigit() ? 1 : 0;
        if (digits < 4 || digits > 10)
            continue;
        for (qsizetype i = m.capturedStart(); i < m.capturedEnd(); ++i) {
            if (out.at(i).isDigit())
                out[i] = QLatin1Char('*');
        }
    }
    return out;
}
