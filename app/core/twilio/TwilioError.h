#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QUrl>

// What went wrong with a Twilio request, as a value the user can act on: the kind of failure,
// Twilio's own code and text when there is one, and an explanation (what happened, why, what to
// do). Built by TwilioParser (error bodies) and TwilioClient (network outcomes).

// Human-readable explanation of an error: for Twilio codes taken from Twilio's error dictionary
// (English, as Twilio writes it), for network outcomes written by the console (translated).
struct ErrorExplanation
{
    QString message; // one line: what happened
    QString secondaryMessage; // more detail
    QString causes;
    QString solutions; // what to do
    QUrl docsUrl; // https://www.twilio.com/docs/errors/CODE for Twilio codes

    bool isEmpty() const { return message.isEmpty(); }

    // The gist of a (possibly long, Markdown) text for one terminal or log line: Markdown links,
    // emphasis and headings removed, cut after the sentence that passes maxChars. Pure.
    static QString brief(const QString &text, int maxChars = 240);
};

// What is needed to find a message whose creation had an unknown outcome in Twilio's message
// list (MessageFilter To/From/DateSent and the time window).
struct MessageLookupHint
{
    QString to;
    QString from; // the number or the Messaging Service SID used
    QDateTime notBefore; // UTC, when the request was started
    QDateTime notAfter; // UTC, when the console gave up waiting

    bool isValid() const { return !to.isEmpty() && notBefore.isValid(); }
};

struct TwilioError
{
    Q_DECLARE_TR_FUNCTIONS(TwilioError)
public:
    enum class Kind {
        None,
        Http, // Twilio (or the server at the base URL) answered with an error status
        Network, // no connection: refused, host not found, reset before an answer
        Timeout, // no answer within the timeout (GET: nothing changed on Twilio's side)
        Tls, // the secure connection failed; never ignored
        InvalidResponse, // the answer is not the JSON Twilio sends (wrong base URL, proxy page)
        OutcomeUnknown, // a POST may have reached Twilio but no answer arrived: do not resend
        Cancelled, // the user cancelled
        InvalidRequest, // the input cannot be sent (missing SID, empty To); nothing was sent
    };

    Kind kind = Kind::None;
    int httpStatus = 0; // 0 when no HTTP answer arrived
    int code = 0; // Twilio's error code, 0 when none
    QString message; // Twilio's message, or the console's one-line summary
    QString moreInfo; // Twilio's more_info link when given
    QString detail; // technical detail (Qt's network error text, parse error), already redacted
    // True when the request certainly did not reach Twilio (POST refused before connecting): it
    // is safe to send again. The console still never resends a POST by itself.
    bool notSent = false;
    MessageLookupHint lookup; // set for OutcomeUnknown (and other uncertain POST outcomes)
    ErrorExplanation explanation;

    bool isError() const { return kind != Kind::None; }

    // Translated one-paragraph text for the user: what failed, why, what to do next.
    QString userText() const;
    // Short untranslated name of the kind, for logs and tests ("Timeout").
    static QString kindName(Kind kind);

    // Factories that fill the console's own (translated) explanation. host names the server.
    static TwilioError network(const QString &host, const QString &detail, bool notSent);
    static TwilioError timeout(const QString &host, int timeoutMs);
    static TwilioError tls(const QString &host, const QString &detail);
    static TwilioError invalidResponse(const QString &host, int httpStatus, const QString &detail);
    static TwilioError outcomeUnknown(const QString &host, const QString &reason,
                                      const MessageLookupHint &lookup);
    static TwilioError cancelled(bool mayHaveBeenSent);
    static TwilioError invalidRequest(const QString &message);
    // An HTTP error answer; code/message/moreInfo from Twilio's body when it had one. The
    // explanation comes from the error dictionary, or describes the HTTP status.
    static TwilioError http(int httpStatus, int code, const QString &message,
                            const QString &moreInfo);
};
