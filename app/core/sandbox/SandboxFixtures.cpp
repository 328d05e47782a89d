#include "SandboxFixtures.h"

#include <QRegularExpression>

namespace SandboxFixtures {

namespace {

// Every fixture SID and token shares the "5a2db0c0" ("sandbox") prefix after the two letters so
// that nobody mistakes them for real credentials; the tail says which fixture it is.
QList<Account> makeAccounts()
{
    Account full;
    full.sid = QStringLiteral("AC5a2db0c000000000000000000000f011");
    full.authToken = QStringLiteral("5a2db0c0000000000000000000a7f011");
    full.friendlyName = QStringLiteral("Sandbox full account");
    full.type = Account::Type::Full;
    full.numbers = {
        {QStringLiteral("PN5a2db0c000000000000000000000f006"), QStringLiteral("+15005550006"), true,
         true},
        {QStringLiteral("PN5a2db0c000000000000000000000f020"), QStringLiteral("+15005550020"),
         false, true},
    };
    full.callerIds
        = {{QStringLiteral("PN5a2db0c000000000000000000000c100"), QStringLiteral("+14155550100")}};
    full.messagingServiceSid = QStringLiteral("MG5a2db0c000000000000000000000f011");
    full.messagingServiceSenders = {QStringLiteral("+15005550006")};
    full.verifyServices = {
        {QStringLiteral("VA5a2db0c00000000000000000000c0de0"),
         QStringLiteral("Sandbox Verify (custom codes off)"), false, 6},
        {QStringLiteral("VA5a2db0c00000000000000000000c0de1"),
         QStringLiteral("Sandbox Verify (custom codes on)"), true, 6},
    };

    Account trial;
    trial.sid = QStringLiteral("AC5a2db0c000000000000000000007e1a1");
    trial.authToken = QStringLiteral("5a2db0c000000000000000000a77e1a1");
    trial.friendlyName = QStringLiteral("Sandbox trial account");
    trial.type = Account::Type::Trial;
    trial.numbers = {{QStringLiteral("PN5a2db0c000000000000000000007e006"),
                      QStringLiteral("+15005550006"), true, true}};
    trial.callerIds = {
        {QStringLiteral("PN5a2db0c000000000000000000007e123"), QStringLiteral("+14155550123")},
        {QStringLiteral("PN5a2db0c000000000000000000007e124"), QStringLiteral("+14155550124")},
    };

    Account suspended;
    suspended.sid = QStringLiteral("AC5a2db0c00000000000000000005d5bed");
    suspended.authToken = QStringLiteral("5a2db0c00000000000000000a75d5bed");
    suspended.friendlyName = QStringLiteral("Sandbox suspended account");
    suspended.type = Account::Type::Full;
    suspended.status = Account::Status::Suspended;
    suspended.numbers = {{QStringLiteral("PN5a2db0c000000000000000000005d006"),
                          QStringLiteral("+15005550006"), true, true}};

    return {full, trial, suspended};
}

Credentials makeCredentials()
{
    const QList<Account> &all = accounts();
    const Account &full = all.at(0);
    const Account &trial = all.at(1);
    const Account &suspended = all.at(2);
    Credentials c;
    c.accountSid = full.sid;
    c.authToken = full.authToken;
    c.smsNumber = full.numbers.at(0).phoneNumber;
    c.voiceOnlyNumber = full.numbers.at(1).phoneNumber;
    c.messagingServiceSid = full.messagingServiceSid;
    c.verifyServiceSid = full.verifyServices.at(0).sid;
    c.verifyCustomCodeServiceSid = full.verifyServices.at(1).sid;
    c.verifiedCallerId = full.callerIds.at(0).phoneNumber;
    c.trialAccountSid = trial.sid;
    c.trialAuthToken = trial.authToken;
    for (const CallerId &id : trial.callerIds)
        c.trialVerifiedCallerIds << id.phoneNumber;
    c.suspendedAccountSid = suspended.sid;
    c.suspendedAuthToken = suspended.authToken;
    return c;
}

QList<MagicNumber> makeMagicNumbers()
{
    using R = MagicNumber::Role;
    return {
        {R::From, QStringLiteral("+15005550001"), 21212, QStringLiteral("invalid From number")},
        {R::From, QStringLiteral("+15005550006"), 0,
         QStringLiteral("valid, SMS-capable From number (owned by every sandbox account)")},
        {R::From, QStringLiteral("+15005550007"), 21606,
         QStringLiteral("From number not owned by the account or not SMS-capable")},
        {R::From, QStringLiteral("+15005550008"), 21611,
         QStringLiteral("From number has a full SMS queue")},
        {R::To, QStringLiteral("+15005550001"), 21211, QStringLiteral("invalid To number")},
        {R::To, QStringLiteral("+15005550002"), 21612,
         QStringLiteral("To number cannot be reached by SMS")},
        {R::To, QStringLiteral("+15005550003"), 21408,
         QStringLiteral("no permission to send to the To number's region")},
        {R::To, QStringLiteral("+15005550004"), 21610,
         QStringLiteral("To number has unsubscribed (replied STOP)")},
        {R::To, QStringLiteral("+15005550009"), 21614,
         QStringLiteral("To number is not a mobile number")},
    };
}

QList<DeliveryOutcome> makeOutcomes()
{
    return {
        {QString(), QStringLiteral("delivered"), 0,
         QStringLiteral("any other accepted recipient: queued, sent, delivered")},
        {QStringLiteral("+15005553003"), QStringLiteral("undelivered"), 30003,
         QStringLiteral("handset switched off or unreachable")},
        {QStringLiteral("+15005553005"), QStringLiteral("undelivered"), 30005,
         QStringLiteral("unknown handset (number no longer exists)")},
        {QStringLiteral("+15005553006"), QStringLiteral("undelivered"), 30006,
         QStringLiteral("landline or unreachable carrier")},
        {QStringLiteral("+15005553007"), QStringLiteral("undelivered"), 30007,
         QStringLiteral("filtered by the carrier")},
        {QStringLiteral("+15005554003"), QStringLiteral("failed"), 30003,
         QStringLiteral("handset unreachable; failed before it was sent")},
        {QStringLiteral("+15005554005"), QStringLiteral("failed"), 30005,
         QStringLiteral("unknown handset; failed before it was sent")},
        {QStringLiteral("+15005554006"), QStringLiteral("failed"), 30006,
         QStringLiteral("landline; failed before it was sent")},
        {QStringLiteral("+15005554007"), QStringLiteral("failed"), 30007,
         QStringLiteral("filtered; failed before it was sent")},
    };
}

int magicError(MagicNumber::Role role, const QString &number)
{
    for (const MagicNumber &m : magicNumbers()) {
        if (m.role == role && m.phoneNumber == number)
            return m.errorCode;
    }
    return 0;
}

} // namespace

const QList<Account> &accounts()
{
    static const QList<Account> all = makeAccounts();
    return all;
}

const Credentials &credentials()
{
    static const Credentials c = makeCredentials();
    return c;
}

const Account *findAccount(const QString &sid)
{
    for (const Account &a : accounts()) {
        if (a.sid == sid)
            return &a;
    }
    return nullptr;
}

const QList<MagicNumber> &magicNumbers()
{
    static const QList<MagicNumber> all = makeMagicNumbers();
    return all;
}

int magicFromError(const QString &from)
{
    return magicError(MagicNumber::Role::From, from);
}

int magicToError(const QString &to)
{
    return magicError(MagicNumber::Role::To, to);
}

const QList<DeliveryOutcome> &deliveryOutcomes()
{
    static const QList<DeliveryOutcome> all = makeOutcomes();
    return all;
}

DeliveryOutcome outcomeFor(const QString &to)
{
    const QList<DeliveryOutcome> &all = deliveryOutcomes();
    for (const DeliveryOutcome &o : all) {
        if (!o.to.isEmpty() && o.to == to)
            return o;
    }
    DeliveryOutcome delivered = all.first();
    delivered.to = to;
    return delivered;
}

bool isE164(const QString &number)
{
    static const QRegularExpression re(QStringLiteral("^\\+[1-9][0-9]{1,14}$"));
    return re.match(number).hasMatch();
}

} // namespace SandboxFixtures
