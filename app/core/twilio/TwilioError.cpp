#include "TwilioError.h"

#include <QRegularExpression>

#include "ErrorDictionary.h"

QString TwilioError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return QStringLiteral("None");
    case Kind::Http:
        return QStringLiteral("Http");
    case Kind::Network:
        return QStringLiteral("Network");
    case Kind::Timeout:
        return QStringLiteral("Timeout");
    case Kind::Tls:
        return QStringLiteral("Tls");
    case Kind::InvalidResponse:
        return QStringLiteral("InvalidResponse");
    case Kind::OutcomeUnknown:
        return QStringLiteral("OutcomeUnknown");
    case Kind::Cancelled:
        return QStringLiteral("Cancelled");
    case Kind::InvalidRequest:
        return QStringLiteral("InvalidRequest");
    }
    return {};
}

TwilioError TwilioError::network(const QString &host, const QString &detail, bool notSent)
{
    TwilioError e;
    e.kind = Kind::Network;
    e.detail = detail;
    e.notSent = notSent;
    e.message = tr("Could not reach %1.").arg(host);
    e.explanation.message = e.message;
    e.explanation.secondaryMessage = notSent
        ? tr("The request was not sent, so nothing happened on Twilio's side.")
        : tr("The connection failed before an answer arrived.");
    e.explanation.causes = tr("No network, a firewall or proxy in the way, a mistyped base URL in "
                              "the profile, or the sandbox is not running.");
    e.explanation.solutions = tr("Check the network connection and the base URLs in the profile, "
                                 "then try again.");
    return e;
}

TwilioError TwilioError::timeout(const QString &host, int timeoutMs)
{
    TwilioError e;
    e.kind = Kind::Timeout;
    e.message = tr("No answer from %1 within %2 s.").arg(host).arg((timeoutMs + 999) / 1000);
    e.explanation.message = e.message;
    e.explanation.causes = tr("A slow or broken network, a proxy holding the connection, or the "
                              "server is overloaded.");
    e.explanation.solutions = tr("Try again later, check the network, or raise the request "
                                 "timeout in the settings.");
    return e;
}

TwilioError TwilioError::tls(const QString &host, const QString &detail)
{
    TwilioError e;
    e.kind = Kind::Tls;
    e.detail = detail;
    e.notSent = true; // nothing is sent before the handshake completes
    e.message = tr("The secure connection to %1 failed.").arg(host);
    e.explanation.message = e.message;
    e.explanation.secondaryMessage = tr("The console never ignores certificate errors, so the "
                                        "request was not sent.");
    e.explanation.causes = tr("A wrong system clock, a proxy or antivirus that inspects TLS, "
                              "missing CA certificates, or a base URL pointing at the wrong "
                              "server.");
    e.explanation.solutions = tr("Check the system date and time, the CA certificates "
                                 "(ca-certificates package) and the base URLs in the profile.");
    return e;
}

TwilioError TwilioError::invalidResponse(const QString &host, int httpStatus, const QString &detail)
{
    TwilioError e;
    e.kind = Kind::InvalidResponse;
    e.httpStatus = httpStatus;
    e.detail = detail;
    e.message = tr("%1 answered, but not with the JSON Twilio sends (HTTP %2).")
                    .arg(host.isEmpty() ? tr("The server") : host)
                    .arg(httpStatus);
    e.explanation.message = e.message;
    e.explanation.causes = tr("The base URL in the profile points at another server, a proxy or "
                              "captive portal answered instead of Twilio, or the answer was cut "
                              "off.");
    e.explanation.solutions = tr("Check the API and Verify base URLs in the profile "
                                 "(https://api.twilio.com, https://verify.twilio.com) and the "
                                 "network's proxy settings.");
    return e;
}

TwilioError TwilioError::outcomeUnknown(const QString &host, const QString &reason,
                                        const MessageLookupHint &lookup)
{
    TwilioError e;
    e.kind = Kind::OutcomeUnknown;
    e.detail = reason;
    e.lookup = lookup;
    e.message = tr("The request may have reached %1, but no answer arrived.").arg(host);
    e.explanation.message = e.message;
    e.explanation.secondaryMessage = tr("The message may or may not have been sent. The console "
                                        "does not send it again by itself, so that the user does "
                                        "not get two codes.");
    e.explanation.causes = reason;
    if (lookup.isValid()) {
        e.explanation.solutions
            = tr("Look for it in the message list (To %1, From %2, between %3 and %4) before "
                 "sending again.")
                  .arg(lookup.to, lookup.from, lookup.notBefore.toString(Qt::ISODate),
                       lookup.notAfter.toString(Qt::ISODate));
    } else {
        e.explanation.solutions = tr("Check in the Twilio Console whether it was created before "
                                     "trying again.");
    }
    return e;
}

TwilioError TwilioError::cancelled(bool mayHaveBeenSent)
{
    TwilioError e;
    e.kind = Kind::Cancelled;
    e.notSent = !mayHaveBeenSent;
    e.message = tr("Cancelled.");
    e.explanation.message = e.message;
    if (mayHaveBeenSent) {
        e.explanation.secondaryMessage = tr("The request had already been sent; Twilio may have "
                                            "acted on it.");
        e.explanation.solutions = tr("Check the message list before sending again.");
    }
    return e;
}

TwilioError TwilioError::invalidRequest(const QString &message)
{
    TwilioError e;
    e.kind = Kind::InvalidRequest;
    e.notSent = true;
    e.message = message;
    e.explanation.message = message;
    e.explanation.secondaryMessage = tr("Nothing was sent to Twilio.");
    return e;
}

TwilioError TwilioError::http(int httpStatus, int code, const QString &message,
                              const QString &moreInfo)
{
    TwilioError e;
    e.kind = Kind::Http;
    e.httpStatus = httpStatus;
    e.code = code;
    e.message = message;
    e.moreInfo = moreInfo;
    if (code > 0) {
        e.explanation = ErrorDictionary::lookup(code);
        if (e.explanation.isEmpty()) {
            e.explanation.message = message;
            e.explanation.docsUrl = ErrorDictionary::docsUrl(code);
        }
    }
    if (e.explanation.isEmpty()) {
        // No Twilio code: say what the status means for this console.
        if (httpStatus == 401) {
            e.explanation.message = tr("Twilio did not accept the credentials (HTTP 401).");
            e.explanation.solutions = tr("Check the Account SID and Auth Token secrets; a token "
                                         "changes when it is rotated in the Twilio Console.");
        } else if (httpStatus == 404) {
            e.explanation.message = tr("Not found (HTTP 404).");
            e.explanation.solutions = tr("Check the SID and the base URLs in the profile.");
        } else if (httpStatus == 429) {
            e.explanation.message = tr("Too many requests (HTTP 429).");
            e.explanation.solutions = tr("Wait a minute and try again.");
        } else if (httpStatus >= 500) {
            e.explanation.message = tr("The server had a problem (HTTP %1).").arg(httpStatus);
            e.explanation.solutions = tr("Try again later; see status.twilio.com.");
        } else {
            e.explanation.message = tr("The request was refused (HTTP %1).").arg(httpStatus);
            e.explanation.solutions = tr("Check the values sent and the profile.");
        }
    }
    if (e.message.isEmpty())
        e.message = e.explanation.message;
    return e;
}

QString TwilioError::userText() const
{
    if (kind == Kind::None)
        return {};
    QStringList parts;
    if (kind == Kind::Http && code > 0) {
        parts << tr("Twilio error %1 (HTTP %2): %3").arg(code).arg(httpStatus).arg(message);
        if (!explanation.message.isEmpty() && explanation.message != message)
            parts << explanation.message;
    } else {
        parts << (explanation.message.isEmpty() ? message : explanation.message);
    }
    if (!explanation.secondaryMessage.isEmpty())
        parts << explanation.secondaryMessage;
    if (!explanation.causes.isEmpty() && explanation.causes != detail)
        parts << tr("Possible causes: %1").arg(explanation.causes);
    if (!detail.isEmpty())
        parts << tr("Details: %1").arg(detail);
    if (!explanation.solutions.isEmpty())
        parts << tr("What to do: %1").arg(ErrorExplanation::brief(explanation.solutions));
    if (explanation.docsUrl.isValid())
        parts << tr("More: %1").arg(explanation.docsUrl.toString());
    return parts.join(QLatin1Char(' '));
}

QString ErrorExplanation::brief(const QString &text, int maxChars)
{
    QString plain = text;
    static const QRegularExpression link(QStringLiteral("\\[([^\\]]*)\\]\\([^)]*\\)"));
    static const QRegularExpression heading(QStringLiteral("(^|\\n)\\s*#+\\s*[^\\n]*"));
    static const QRegularExpression marks(QStringLiteral("[*_`]+"));
    plain.replace(link, QStringLiteral("\\1"));
    plain.replace(heading, QStringLiteral(" "));
    plain.replace(marks, QString());
    plain = plain.simplified();
    if (plain.size() <= maxChars)
        return plain;
    // Cut at the end of the sentence that crosses the limit, or hard with an ellipsis.
    const qsizetype stop = plain.indexOf(QLatin1String(". "), maxChars / 2);
    if (stop >= 0 && stop < maxChars + 120)
        return plain.left(stop + 1) + QStringLiteral(" …");
    return plain.left(maxChars) + QStringLiteral("…");
}
