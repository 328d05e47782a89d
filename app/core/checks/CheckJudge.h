#pragma once

#include "CheckItem.h"
#include "auth0/TenantStatus.h"
#include "log/Attempt.h"
#include "log/TenantChain.h"
#include "twilio/TwilioError.h"
#include "twilio/TwilioTypes.h"

#include <QDateTime>
#include <QMap>
#include <QUrl>

#include <optional>

// What Twilio said about the sender, gathered by Checklist for item 4. A lookup not made has its
// flag false.
struct SenderFindings
{
    QString phoneNumber; // TWILIO_PHONE_NUMBER as stored (a number or an MG SID); may be empty
    QString verifyServiceSid; // TWILIO_VERIFY_SERVICE_SID; may be empty
    QString region; // the profile's default region

    bool numberLooked = false;
    QList<IncomingPhoneNumber> numbers;
    TwilioError numberError;

    bool messagingServiceLooked = false;
    MessagingService messagingService;
    TwilioError messagingServiceError;

    bool serviceLooked = false;
    VerifyService service;
    TwilioError serviceError;
};

// Turns what the checklist found into checklist items: pure functions, no I/O, so that every
// judgement is tested without a network, keychain or database. Secret values go in only to be
// checked; only the sending number (not a credential) may come out in a finding.
class CheckJudge
{
    Q_DECLARE_TR_FUNCTIONS(CheckJudge)
public:
    // Item 1, from the tenant's status board (TenantStatusJob) when the profile is connected.
    static CheckItem tenant(const TenantStatus &status);
    // Item 1 for a profile with no tenant connected: today's Auth0 screens, checked by hand.
    // confirmedAt invalid: never.
    static CheckItem tenantManual(bool confirmed, const QDateTime &confirmedAt);
    static QString tenantManualSteps(); // the exact steps, Markdown

    // Item 2. values: the secrets read from the keychain (absent = not set). usedByCode: the names
    // the profile's hook code reads, or nullopt when no hook code was saved.
    // actionSecrets: the tenant status's finding on the deployed Action's secrets against what
    // its code reads, when the profile is connected (null otherwise).
    // usedByCode: what the code reads (nullopt: no code to tell); templateTitle: the code read
    // is the template the Hook code page opens, nothing being saved yet.
    static CheckItem secrets(const QMap<QString, QString> &values,
                             const std::optional<QStringList> &usedByCode, const QString &region,
                             const TenantFinding *actionSecrets = nullptr,
                             const QString &templateTitle = QString());
    // The secrets the hook needs when there is no code to tell: the Account SID, the Auth Token,
    // and a sender (TWILIO_PHONE_NUMBER or TWILIO_VERIFY_SERVICE_SID).
    static QStringList requiredWithoutCode(const QMap<QString, QString> &values);

    // Item 3, before any request: a failing item when the Account SID or Auth Token is missing or
    // malformed, nullopt when both can be tried.
    static std::optional<CheckItem> credentialsInput(const QMap<QString, QString> &values);
    // Item 3 from the Account fetch.
    static CheckItem credentials(const Account &account, const TwilioError &error);
    // True when item 3's result lets items 4 and 6 ask Twilio.
    static bool credentialsWork(const CheckItem &credentials);

    // Item 4. The number to look up for TWILIO_PHONE_NUMBER: its E.164 form when it is a valid
    // number, empty otherwise (an MG SID, nothing, or not a number).
    static QString senderLookupNumber(const QString &phoneNumber, const QString &region);
    static CheckItem sender(const SenderFindings &findings);

    // Item 5: the sending number (TWILIO_PHONE_NUMBER) and the test recipient.
    static CheckItem e164(const QString &phoneNumber, const QString &recipient,
                          const QString &region);

    // Item 6. callerIds/error: the OutgoingCallerIds lookup of the recipient (only made for a
    // trial account and a valid recipient).
    static CheckItem trial(const Account &account, const QString &recipient, const QString &region,
                           const QList<OutgoingCallerId> &callerIds, const TwilioError &error);

    // Item 7: the profile's last attempt in the delivery log, nullopt when there is none.
    static CheckItem lastSend(const std::optional<Attempt> &attempt, const QString &recipient);
    // Item 7 when the newest send is an MFA login's (the tenant log was synced): the whole chain,
    // so that a text that never reached Twilio is told apart from one Twilio could not deliver.
    static CheckItem lastLogin(const TenantChain &chain, const QString &recipient);

    // An item that could not be checked, and why (one line).
    static CheckItem notChecked(const QString &id, const QString &reason);

    // Twilio Console pages the fixes open.
    static QUrl consoleUrl(const QString &path); // https://console.twilio.com + path
    static QUrl geoPermissionsUrl();

    // Twilio's explanation of an error code as Markdown (message, causes, solutions, docs link).
    static QString explanationMarkdown(int code, const QString &twilioMessage = QString());
};
