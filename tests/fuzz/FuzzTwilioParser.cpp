// Twilio's answers (API v2010 and Verify v2) as TwilioParser reads them: every parser over the
// same body, with the HTTP status chosen by the first byte, then the error's texts.

#include "FuzzSupport.h"

#include "twilio/TwilioParser.h"

#include <QJsonDocument>

namespace {

constexpr int kStatuses[] = {200, 201, 204, 301, 400, 401, 403, 404, 429, 500, 502, 503, 0, 599};

void checkError(const TwilioError &error, int status)
{
    if (status >= 400)
        FUZZ_CHECK(error.kind == TwilioError::Kind::Http && error.httpStatus == status);
    if (error.isError()) {
        FUZZ_CHECK(!error.userText().isEmpty());
        FUZZ_CHECK(!TwilioError::kindName(error.kind).isEmpty());
    }
}

template<typename T> void check(const TwilioResult<T> &result, int status)
{
    checkError(result.error, status);
    if (status < 200 || status >= 300)
        FUZZ_CHECK(!result.isOk());
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    Fuzz::initApplication();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const int status = kStatuses[data[0] % (sizeof kStatuses / sizeof kStatuses[0])];
    const QByteArray body = Fuzz::bytes(data + 1, size - 1);

    check(TwilioParser::message(status, body), status);
    check(TwilioParser::messagePage(status, body), status);
    check(TwilioParser::account(status, body), status);
    check(TwilioParser::verifyService(status, body), status);
    check(TwilioParser::messagingService(status, body), status);
    check(TwilioParser::verification(status, body), status);
    check(TwilioParser::incomingPhoneNumbers(status, body), status);
    check(TwilioParser::outgoingCallerIds(status, body), status);
    if (status >= 400)
        checkError(TwilioParser::error(status, body), status);

    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (doc.isObject()) {
        const Message m = TwilioParser::messageFromJson(doc.object());
        FUZZ_CHECK(!m.dateCreated.isValid() || m.dateCreated.timeSpec() == Qt::UTC);
    }
    const QString text = QString::fromUtf8(body);
    const QDateTime date = TwilioParser::parseDate(text);
    FUZZ_CHECK(!date.isValid() || date.timeSpec() == Qt::UTC);
    const QString brief = ErrorExplanation::brief(text, 1 + data[0]);
    FUZZ_CHECK(brief.size() <= text.size() + 1);
    return 0;
}
