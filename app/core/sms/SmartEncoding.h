#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

// Twilio's Smart Encoding, as its Messaging Services apply it before sending: look-alike Unicode
// characters (curly quotes, dashes, ellipsis, special spaces, full-width forms, ...) become GSM-7
// ones, so that a message pasted from a word processor does not fall back to UCS-2. The table is
// the one Twilio's own segment calculator (sms-segments-calculator 1.3.0) uses. A pure function.
class SmartEncoding
{
public:
    struct Result
    {
        QString text;
        // For each UTF-16 unit of text, the range [sourceStart, sourceEnd) of the input it came
        // from, so that positions found in text can be shown in the body as typed.
        QList<int> sourceStart;
        QList<int> sourceEnd;
        int replacements = 0; // input code points that were replaced or dropped
    };

    // The replacement for one code point (possibly empty: the character is dropped), or nullopt
    // when Smart Encoding leaves it alone.
    static std::optional<QStringView> replacementFor(char32_t codePoint);

    static Result apply(QStringView body);
};
