#include "ExplanationMarkdown.h"

#include "ErrorDictionary.h"

#include <QRegularExpression>
#include <QStringList>

QString ExplanationMarkdown::dictionaryText(const QString &text)
{
    if (text.contains(QLatin1Char('\n'))) {
        // Twilio's own Markdown, line breaks kept: its headings, lists and paragraphs stand as
        // written. A heading becomes a bold line of its own, the card's style for a title.
        QStringList lines = text.split(QLatin1Char('\n'));
        static const QRegularExpression atx(QStringLiteral("^#{1,6}\\s+(.*)$"));
        for (QString &line : lines) {
            const QRegularExpressionMatch m = atx.match(line);
            if (m.hasMatch())
                line = QStringLiteral("\n**%1**\n").arg(m.captured(1).trimmed());
        }
        QString md = lines.join(QLatin1Char('\n'));
        static const QRegularExpression blank(QStringLiteral("\n{3,}"));
        md.replace(blank, QStringLiteral("\n\n"));
        return md.trimmed();
    }
    QString md = text;
    static const QRegularExpression heading(QStringLiteral("\\s*#{2,6}\\s+"));
    md.replace(heading, QStringLiteral("\n\n"));
    static const QRegularExpression bullet(QStringLiteral("(^|\\s)\\*\\s+"));
    md.replace(bullet, QStringLiteral("\n- "));
    return md.trimmed();
}

QString ExplanationMarkdown::render(const ErrorExplanation &e, const QString &title)
{
    QStringList parts;
    parts << QStringLiteral("**%1**").arg(title);
    if (!e.message.isEmpty() && !title.contains(e.message))
        parts << e.message;
    if (!e.secondaryMessage.isEmpty())
        parts << e.secondaryMessage;
    if (!e.causes.isEmpty())
        parts
            << QStringLiteral("**%1**\n\n%2").arg(tr("Possible causes"), dictionaryText(e.causes));
    if (!e.solutions.isEmpty())
        parts << QStringLiteral("**%1**\n\n%2").arg(tr("What to do"), dictionaryText(e.solutions));
    if (e.docsUrl.isValid())
        parts << QStringLiteral("[%1](%2)")
                     .arg(tr("Twilio's documentation of this error"),
                          e.docsUrl.toString(QUrl::FullyEncoded));
    return parts.join(QStringLiteral("\n\n"));
}

QString ExplanationMarkdown::forCode(int code, const QString &message)
{
    if (code == 0)
        return {};
    ErrorExplanation explanation = ErrorDictionary::lookup(code);
    explanation.docsUrl = ErrorDictionary::docsUrl(code);
    const QString text = message.isEmpty() ? explanation.message : message;
    return render(explanation, tr("Twilio error %1: %2").arg(code).arg(text));
}

QString ExplanationMarkdown::headline(const TwilioError &error)
{
    if (error.code != 0)
        return tr("Twilio error %1: %2").arg(error.code).arg(error.message);
    return error.explanation.message.isEmpty() ? error.message : error.explanation.message;
}

QString ExplanationMarkdown::forError(const TwilioError &error)
{
    if (!error.isError())
        return {};
    ErrorExplanation explanation = error.explanation;
    if (explanation.isEmpty() && error.code != 0)
        explanation = ErrorDictionary::lookup(error.code);
    if (!explanation.docsUrl.isValid() && error.code != 0)
        explanation.docsUrl = ErrorDictionary::docsUrl(error.code);
    QString md = render(explanation, headline(error));
    if (!error.detail.isEmpty())
        md += QStringLiteral("\n\n") + tr("Details: %1").arg(error.detail);
    return md;
}
