// Hook code as ActionConverter turns it into an Action (acorn and convert.js in this thread's
// QJSEngine), for the trigger the first byte chooses. Input bounded as for lint. A conversion
// either succeeds with code that parses, or says why not; a mistake in the scripts ("internal")
// or an Action that does not parse ("output-syntax") fails.

#include "FuzzSupport.h"

#include "auth0/Auth0Types.h"
#include "hook/ActionConverter.h"
#include "hook/HookLint.h"

namespace {

constexpr size_t kMaxSource = 4096;

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    Fuzz::initApplication();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1 || size > kMaxSource + 1)
        return 0;
    const QString source = Fuzz::utf8(data + 1, size - 1);
    const QString trigger
        = (data[0] & 1) ? Auth0Triggers::CustomPhoneProvider : Auth0Triggers::SendPhoneMessage;
    const ActionConversion c = ActionConverter::convert(source, trigger);
    if (!c.ok) {
        if (c.errorKind == QLatin1String("internal")
            || c.errorKind == QLatin1String("output-syntax"))
            std::fprintf(stderr, "%s: %s\n", qPrintable(c.errorKind), qPrintable(c.error));
        FUZZ_CHECK(c.errorKind != QLatin1String("internal"));
        FUZZ_CHECK(c.errorKind != QLatin1String("output-syntax"));
        FUZZ_CHECK(!c.error.isEmpty());
        return 0;
    }
    FUZZ_CHECK(c.trigger == trigger);
    FUZZ_CHECK(HookLint::kind(c.code) == HookLint::CodeKind::Action);
    return 0;
}
