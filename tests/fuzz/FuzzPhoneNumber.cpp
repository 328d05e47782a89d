// Typed phone numbers as PhoneNumbers::parse reads them (libphonenumber behind the console's own
// checks), with the profile's default region chosen by the first byte. A number it accepts must
// be one it would accept again as written in E.164, with no letters in what was typed (the
// console never turns letters or an extension into another number).

#include "FuzzSupport.h"

#include "phone/PhoneNumber.h"

namespace {

const char *const kRegions[] = {"",   "US", "GB", "DE", "FR", "IN", "BR", "AR",  "JP",
                                "AU", "CN", "RU", "MX", "us", "ZZ", "XX", "001", "U"};

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    Fuzz::initApplication();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1 || size > 256) // a phone number field; libphonenumber itself refuses past 250
        return 0;
    const QString region
        = QString::fromLatin1(kRegions[(data[0] >> 1) % (sizeof kRegions / sizeof kRegions[0])]);
    const QString input = Fuzz::text(data + 1, size - 1, data[0]);

    const PhoneNumberInfo info = PhoneNumbers::parse(input, region);
    (void)info.typeName();
    (void)info.canReceiveSms();
    (void)PhoneNumbers::isKnownRegion(region);
    FUZZ_CHECK(info.valid == (info.parsed && info.error.isEmpty()));
    if (!info.parsed) {
        FUZZ_CHECK(!info.error.isEmpty());
        return 0;
    }
    FUZZ_CHECK(info.e164.startsWith(QLatin1Char('+')));
    for (QChar c : input)
        FUZZ_CHECK(!c.isLetter());
    if (info.valid) {
        const PhoneNumberInfo again = PhoneNumbers::parse(info.e164, QString());
        FUZZ_CHECK(again.valid);
        FUZZ_CHECK(again.e164 == info.e164);
        FUZZ_CHECK(again.isE164Input);
        FUZZ_CHECK(again.countryCode == info.countryCode);
    }
    return 0;
}
