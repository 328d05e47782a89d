#pragma once

#include <QCoreApplication>
#include <QString>

// What libphonenumber makes of a typed phone number. A pure value: no I/O.
struct PhoneNumberInfo
{
    enum class Type {
        Unknown,
        Mobile,
        FixedLine,
        FixedLineOrMobile,
        TollFree,
        PremiumRate,
        SharedCost,
        Voip,
        PersonalNumber,
        Pager,
        Uan,
        Voicemail
    };

    bool parsed = false; // libphonenumber could read it at all
    bool valid = false; // a number that exists in its country's plan
    QString e164; // "+14155552671" when parsed
    QString regionCode; // "US"
    int countryCode = 0; // 1
    Type type = Type::Unknown;
    QString error; // translated, names the fix, empty when valid

    bool isE164Input = false; // the input was already written in E.164

    // SMS does not reach fixed-line numbers (a warning, not an error).
    bool canReceiveSms() const;
    // "+4930... is a fixed-line number; an SMS to it will not arrive. Use a mobile number.",
    // empty when it can receive SMS.
    QString smsWarning() const;
    QString typeName() const;
};

class PhoneNumbers
{
    Q_DECLARE_TR_FUNCTIONS(PhoneNumbers)
public:
    // Parses input with defaultRegion (ISO 3166 alpha-2, "US") for numbers without a "+".
    static PhoneNumberInfo parse(const QString &input, const QString &defaultRegion = QString());

    // True when region is a region libphonenumber knows ("US", "GB", ...).
    static bool isKnownRegion(const QString &region);
};
