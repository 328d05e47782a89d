#pragma once

#include "TwilioError.h"
#include "TwilioTypes.h"

#include <QByteArray>
#include <QJsonObject>

// A parsed answer: the value, or the error explaining why there is none.
template<typename T> struct TwilioResult
{
    T value {};
    TwilioError error;

    bool isOk() const { return !error.isError(); }
};

// Twilio's JSON answers -> value types. Pure functions over the HTTP status and body bytes;
// QJsonDocument does the JSON. A body that is not the expected JSON object gives an
// InvalidResponse error; an error status gives an Http error with Twilio's code and the
// dictionary's explanation.
namespace TwilioParser {

TwilioResult<Message> message(int httpStatus, const QByteArray &body);
TwilioResult<MessagePage> messagePage(int httpStatus, const QByteArray &body);
TwilioResult<Account> account(int httpStatus, const QByteArray &body);
TwilioResult<VerifyService> verifyService(int httpStatus, const QByteArray &body);
TwilioResult<MessagingService> messagingService(int httpStatus, const QByteArray &body);
TwilioResult<Verification> verification(int httpStatus, const QByteArray &body);
TwilioResult<QList<IncomingPhoneNumber>> incomingPhoneNumbers(int httpStatus,
                                                              const QByteArray &body);
TwilioResult<QList<OutgoingCallerId>> outgoingCallerIds(int httpStatus, const QByteArray &body);

// An error answer (status >= 400). API v2010 and Verify both send
// {"code": 21211, "message": "...", "more_info": "https://...", "status": 400}; a body without
// them still gives an Http error that names the status.
TwilioError error(int httpStatus, const QByteArray &body);

// Single objects, for callers that already hold the JSON.
Message messageFromJson(const QJsonObject &o);
// Twilio's dates: RFC 2822 in API v2010 ("Fri, 24 May 2019 17:44:46 +0000"), ISO 8601 in
// Verify v2. Invalid QDateTime for null or unreadable values. Always UTC.
QDateTime parseDate(const QString &text);

} // namespace TwilioParser
