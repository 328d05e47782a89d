// Hook and Action code as HookLint reads it (acorn and lint.js in this thread's QJSEngine), with
// the profile's secrets and the tenant's trigger, runtime and twilio version chosen by the first
// byte. The input is bounded (the editor lints what a person types; the engine's own limits are
// not what is tested here). A mistake in the scripts shows as an "internal" issue: that fails.

#include "FuzzSupport.h"

#include "auth0/Auth0Types.h"
#include "hook/HookLint.h"

namespace {

constexpr size_t kMaxSource = 4096;

ActionTarget targetFor(uint8_t selector)
{
    static const QString triggers[]
        = {QString(), Auth0Triggers::SendPhoneMessage, Auth0Triggers::CustomPhoneProvider,
           QStringLiteral("post-login")};
    static const QString runtimes[]
        = {QString(), QStringLiteral("node18"), QStringLiteral("node22"), QStringLiteral("node16")};
    static const QString versions[]
        = {QString(), QStringLiteral("5.5.2"), QStringLiteral("^6.0.0"), QStringLiteral("latest")};
    ActionTarget target;
    target.trigger = triggers[selector & 3];
    target.runtime = runtimes[(selector >> 2) & 3];
    target.twilioVersion = versions[(selector >> 4) & 3];
    return target;
}

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
    const QStringList secrets = (data[0] & 0x40)
        ? QStringList {QStringLiteral("TWILIO_ACCOUNT_SID"), QStringLiteral("TWILIO_AUTH_TOKEN"),
                       QStringLiteral("TWILIO_PHONE_NUMBER")}
        : QStringList();

    const QList<LintIssue> issues = HookLint::lint(source, secrets, targetFor(data[0]));
    // Lines as JavaScript (and the editor) count them: a lone CR, CR LF, LF, U+2028 and U+2029
    // each end one.
    int lines = 1;
    for (qsizetype i = 0; i < source.size(); ++i) {
        const QChar c = source.at(i);
        if (c == QLatin1Char('\r') && i + 1 < source.size()
            && source.at(i + 1) == QLatin1Char('\n'))
            continue;
        if (c == QLatin1Char('\n') || c == QLatin1Char('\r') || c.unicode() == 0x2028
            || c.unicode() == 0x2029)
            ++lines;
    }
    for (const LintIssue &issue : issues) {
        if (issue.rule == QLatin1String("internal"))
            std::fprintf(stderr, "internal: %s\n", qPrintable(issue.message));
        FUZZ_CHECK(issue.rule != QLatin1String("internal"));
        FUZZ_CHECK(!issue.rule.isEmpty() && !issue.message.isEmpty());
        FUZZ_CHECK(issue.line >= 0 && issue.line <= lines + 1);
        FUZZ_CHECK(issue.column >= 0);
    }
    (void)HookLint::hasErrors(issues);
    QStringList used = HookLint::usedSecrets(source);
    FUZZ_CHECK(used.removeDuplicates() == 0);
    (void)HookLint::kind(source);
    return 0;
}
