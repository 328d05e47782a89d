#pragma once

#include "TwilioError.h"

#include <QList>

// The subset of Twilio's error dictionary the console bundles (resource
// :/twilio/twilio-errors.json, made by scripts/extract-twilio-errors.py; see data/SOURCE.txt).
// Loaded once, on first use.
class ErrorDictionary
{
public:
    // The entry for a Twilio error code, or an empty explanation when the code is not bundled.
    static ErrorExplanation lookup(int code);
    static bool contains(int code);
    static QList<int> codes();
    // Twilio's page on an error code; valid for any code.
    static QUrl docsUrl(int code);
};
