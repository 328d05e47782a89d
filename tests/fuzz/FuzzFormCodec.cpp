// Form bodies (application/x-www-form-urlencoded) as the Twilio simulator reads them with
// FormCodec: what parse reads, encode writes so that parse reads the same fields again, in
// order, duplicates kept; and what encode writes is only unreserved characters and %XX.

#include "FuzzSupport.h"

#include "sandbox/FormCodec.h"

namespace {

bool isEncodedByte(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'
        || c == '.' || c == '_' || c == '~' || c == '%' || c == '&' || c == '=';
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    Fuzz::initApplication();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const FormCodec::Fields fields = FormCodec::parse(Fuzz::bytes(data, size));
    for (const auto &field : fields)
        FUZZ_CHECK(!field.second.isNull());
    const QByteArray encoded = FormCodec::encode(fields);
    for (const char c : encoded)
        FUZZ_CHECK(isEncodedByte(c));
    FUZZ_CHECK(encoded.count('&') == qMax<qsizetype>(0, fields.size() - 1));
    const FormCodec::Fields again = FormCodec::parse(encoded);
    FUZZ_CHECK(again == fields);
    if (!fields.isEmpty()) {
        const QString key = fields.constFirst().first;
        FUZZ_CHECK(FormCodec::contains(fields, key));
        FUZZ_CHECK(FormCodec::value(fields, key) == fields.constFirst().second);
    }
    return 0;
}
