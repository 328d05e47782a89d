#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// The fixed accounts, numbers and services of the built-in Twilio sandbox, and the rules that
// map a magic number to its Twilio outcome. Shared by the sandbox server, the app, the CLI and
// the tests, so that all of them agree on what "the sandbox account" is. docs/SANDBOX.md is the
// user-facing copy of these tables: keep both in step.
namespace SandboxFixtures {

struct Number
{
    QString sid; // PN...
    QString phoneNumber; // E.164
    bool sms = true;
    bool voice = true;
};

struct CallerId
{
    QString sid; // PN...
    QString phoneNumber;
};

struct VerifyService
{
    QString sid; // VA...
    QString friendlyName;
    bool customCodeEnabled = false;
    int codeLength = 6;
};

struct Account
{
    enum class Type { Full, Trial };
    enum class Status { Active, Suspended };

    QString sid; // AC...
    QString authToken; // 32 hex
    QString friendlyName;
    Type type = Type::Full;
    Status status = Status::Active;
    QList<Number> numbers; // IncomingPhoneNumbers
    QList<CallerId> callerIds; // OutgoingCallerIds; a trial account may only text these
    QString messagingServiceSid; // MG..., empty when the account has none
    QStringList messagingServiceSenders; // the numbers of that service's sender pool
    QList<VerifyService> verifyServices;
};

// The flat view most callers want: "give me working sandbox credentials".
struct Credentials
{
    QString accountSid; // full, active account
    QString authToken;
    QString smsNumber; // owned, SMS-capable: +15005550006
    QString voiceOnlyNumber; // owned, no SMS capability: sending from it gives 21606
    QString messagingServiceSid; // MG..., sender pool = smsNumber
    QString verifyServiceSid; // custom codes off: CustomCode gives 60204
    QString verifyCustomCodeServiceSid; // custom codes on
    QString verifiedCallerId; // a verified caller ID of the full account

    QString trialAccountSid;
    QString trialAuthToken;
    QStringList trialVerifiedCallerIds; // the only recipients a trial account may text

    QString suspendedAccountSid;
    QString suspendedAuthToken;
};

const Credentials &credentials();
const QList<Account> &accounts();
const Account *findAccount(const QString &sid);

// A number the simulator gives a fixed behaviour.
struct MagicNumber
{
    enum class Role { From, To };
    Role role;
    QString phoneNumber;
    int errorCode = 0; // 0: accepted
    QString meaning; // English, for docs and tooltips
};

// Twilio's documented test-credential numbers (From +15005550001/6/7/8, To +15005550001-4/9).
const QList<MagicNumber> &magicNumbers();
// The Twilio error code a magic From or To number gives at creation, 0 when none.
int magicFromError(const QString &from);
int magicToError(const QString &to);

// What happens to an accepted message after it is queued.
struct DeliveryOutcome
{
    QString to; // recipient; empty for the default row
    QString finalStatus; // "delivered", "undelivered" or "failed"
    int errorCode = 0; // 30003, 30005, 30006, 30007 or 0
    QString meaning;
};

// Recipients with a non-default ending: +1500555300X is undelivered with 3000X and
// +1500555400X fails with 3000X (X in 3, 5, 6, 7). Every other accepted recipient is delivered.
const QList<DeliveryOutcome> &deliveryOutcomes();
DeliveryOutcome outcomeFor(const QString &to);

// Rough E.164: "+", a non-zero digit, at most 15 digits in all. What Twilio demands of To/From.
bool isE164(const QString &number);

} // namespace SandboxFixtures
