// Auth0's error answers as Auth0Error::fromHttp reads them: the status and whether the answer came
// from /oauth/token in the first byte, the x-ratelimit-reset header up to the first newline, then
// the body; and the texts the console shows for the error.

#include "FuzzSupport.h"

#include "auth0/Auth0Error.h"

namespace {

constexpr int kStatuses[] = {400, 401, 403, 404, 409, 413, 414, 422, 429, 500, 502, 503, 418, 0};

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
    const int status = kStatuses[(data[0] & 0x0F) % (sizeof kStatuses / sizeof kStatuses[0])];
    const bool tokenEndpoint = data[0] & 0x10;
    const QByteArray rest = Fuzz::bytes(data + 1, size - 1);
    const qsizetype newline = rest.indexOf('\n');
    const QByteArray reset = newline < 0 ? QByteArray() : rest.left(newline);
    const QByteArray body = newline < 0 ? rest : rest.mid(newline + 1);

    const Auth0Error e = Auth0Error::fromHttp(status, body, tokenEndpoint, reset,
                                              QStringLiteral("acme.us.auth0.com"));
    FUZZ_CHECK(e.isError());
    FUZZ_CHECK(e.httpStatus == status);
    FUZZ_CHECK(status != 429 || e.kind == Auth0Error::Kind::RateLimited);
    FUZZ_CHECK(!e.rateLimitReset.isValid() || e.rateLimitReset.timeSpec() == Qt::UTC);
    FUZZ_CHECK(e.kind != Auth0Error::Kind::MissingScope || status == 403);
    FUZZ_CHECK(!e.summary().isEmpty());
    (void)e.fix();
    FUZZ_CHECK(!e.userText().isEmpty());
    FUZZ_CHECK(!Auth0Error::kindName(e.kind).isEmpty());
    return 0;
}
