#pragma once

#include "TwilioError.h"

#include <QCoreApplication>
#include <QString>

// Twilio's explanation of an error as Markdown (for a QTextBrowser or a Markdown report): a bold
// title, the message, possible causes and what to do as lists, and the link to Twilio's page.
// Shared by the Run page's result card, the delivery log's details pane and the checklist.
class ExplanationMarkdown
{
    Q_DECLARE_TR_FUNCTIONS(ExplanationMarkdown)
public:
    static QString render(const ErrorExplanation &explanation, const QString &title);
    // The dictionary's entry (and docs link) for a Twilio code, titled "Twilio error CODE: TEXT";
    // message is Twilio's own text for this occurrence, or empty for the dictionary's.
    static QString forCode(int code, const QString &message);
    // A failed request: Twilio's code and words when it answered, else the console's own
    // explanation (what failed, why, what to do), with the technical detail last.
    static QString forError(const TwilioError &error);
    // One sentence that names the failure, for a line beside the explanation (never the whole
    // explanation again): "Twilio error 21211: ...", "Could not reach api.twilio.com."
    static QString headline(const TwilioError &error);

    // Twilio's dictionary texts are flattened Markdown ("* cause one * cause two #### Heading
    // ..."): restores the line breaks so that lists render as lists.
    static QString dictionaryText(const QString &text);
};
