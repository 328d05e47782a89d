#include "ExplanationMarkdown.h"

#include "ErrorDictionary.h"

#include <QRegularExpression>
#include <QStringList>

QString ExplanationMarkdown::dictionaryText(const QString &text)
{
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
