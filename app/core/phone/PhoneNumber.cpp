#include "PhoneNumber.h"

#include <QRegularExpression>

#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>

#include <set>
#include <string>

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

namespace {

PhoneNumberInfo::Type mapType(PhoneNumberUtil::PhoneNumberType type)
{
    using T = PhoneNumberInfo::Type;
    switch (type) {
    case PhoneNumberUtil::FIXED_LINE:
        return T::FixedLine;
    case PhoneNumberUtil::MOBILE:
        return T::Mobile;
    case PhoneNumberUtil::FIXED_LINE_OR_MOBILE:
        return T::FixedLineOrMobile;
    case PhoneNumberUtil::TOLL_FREE:
        return T::TollFree;
    case PhoneNumberUtil::PREMIUM_RATE:
        return T::PremiumRate;
    case PhoneNumberUtil::SHARED_COST:
        return T::SharedCost;
    case PhoneNumberUtil::VOIP:
        return T::Voip;
    case PhoneNumberUtil::PERSONAL_NUMBER:
        return T::PersonalNumber;
    case PhoneNumberUtil::PAGER:
        return T::Pager;
    case PhoneNumberUtil::UAN:
        return T::Uan;
    case PhoneNumberUtil::VOICEMAIL:
        return T::Voicemail;
    case PhoneNumberUtil::UNKNOWN:
        break;
    }
    return T::Unknown;
}

const QString Example = QStringLiteral("+14155552671");

// libphonenumber reads more than a number: it turns letters into keypad digits (+1415555CALL
// becomes +14155552255, "(mobile)" six more digits) and sets an extension aside. Either way
// the console would text a number nobody typed, so anything but the number itself is refused
// first, naming what to remove. Empty when only a number's characters remain.
QString checkCharacters(const QString &input)
{
    bool hasDigit = false;
    for (QChar c : input)
        hasDigit = hasDigit || c.isDigit();
    if (!hasDigit)
        return PhoneNumbers::tr("This is not a phone number. Use digits in E.164 form, for "
                                "example %1.")
            .arg(Example);

    // An extension after the number: "x123", "ext. 123", "extension 5", "#123", ";ext=123",
    // or a pause (",123").
    static const QRegularExpression extension(
        QStringLiteral("[\\d)]\\s*((?:[,;]\\s*)?(?:ext(?:ension|n)?\\.?|x|#|ext=)\\s*[:=]?\\s*\\d+"
                       "|[,;]\\s*\\d+)\\s*$"),
        QRegularExpression::CaseInsensitiveOption);
    if (const QRegularExpressionMatch m = extension.match(input); m.hasMatch())
        return PhoneNumbers::tr("\"%1\" is an extension, and a text message cannot reach "
                                "an extension. Remove it and give the number of a mobile phone, "
                                "for example %2.")
            .arg(m.captured(1).trimmed(), Example);

    // "-14155552671": a minus where the + belongs, not a separator.
    if (input.front() == QLatin1Char('-') || input.front().category() == QChar::Punctuation_Dash)
        return PhoneNumbers::tr("A number cannot start with -: start it with + and the country "
                                "code, for example %1.")
            .arg(Example);
    for (qsizetype i = 0; i < input.size(); ++i) {
        const QChar c = input.at(i);
        if (c.isLetter()) {
            // The whole word, so that the user sees what to take out.
            qsizetype start = i, end = i;
            while (start > 0 && input.at(start - 1).isLetter())
                --start;
            while (end < input.size() && input.at(end).isLetter())
                ++end;
            return PhoneNumbers::tr("\"%1\" is not part of a phone number: write digits "
                                    "only. Letters on a keypad stand for digits; write the "
                                    "digits they stand for, for example %2.")
                .arg(input.mid(start, end - start), Example);
        }
        if (c == QLatin1Char('+')) {
            if (i == 0)
                continue;
            return PhoneNumbers::tr("A + goes only at the start of the number, before the country "
                                    "code, for example %1.")
                .arg(Example);
        }
        const bool separator = c.isSpace() || c == QLatin1Char('-') || c == QLatin1Char('.')
            || c == QLatin1Char('(') || c == QLatin1Char(')') || c == QLatin1Char('/')
            || c.category() == QChar::Punctuation_Dash;
        if (!c.isDigit() && !separator)
            return PhoneNumbers::tr("\"%1\" is not part of a phone number: use digits, "
                                    "spaces, ( ) - . and a + at the start, for example %2.")
                .arg(QString(c.isHighSurrogate() ? input.mid(i, 2) : QString(c)), Example);
    }
    return {};
}

} // namespace

bool PhoneNumberInfo::canReceiveSms() const
{
    return type != Type::FixedLine && type != Type::PremiumRate && type != Type::SharedCost
        && type != Type::Uan && type != Type::Voicemail && type != Type::Pager;
}

QString PhoneNumberInfo::smsWarning() const
{
    if (canReceiveSms())
        return {};
    return PhoneNumbers::tr("%1 is a %2 number; an SMS to it will not arrive. Use a mobile number.")
        .arg(e164, typeName());
}

QString PhoneNumberInfo::typeName() const
{
    switch (type) {
    case Type::Mobile:
        return PhoneNumbers::tr("mobile");
    case Type::FixedLine:
        return PhoneNumbers::tr("fixed line");
    case Type::FixedLineOrMobile:
        return PhoneNumbers::tr("fixed line or mobile");
    case Type::TollFree:
        return PhoneNumbers::tr("toll free");
    case Type::PremiumRate:
        return PhoneNumbers::tr("premium rate");
    case Type::SharedCost:
        return PhoneNumbers::tr("shared cost");
    case Type::Voip:
        return PhoneNumbers::tr("VoIP");
    case Type::PersonalNumber:
        return PhoneNumbers::tr("personal number");
    case Type::Pager:
        return PhoneNumbers::tr("pager");
    case Type::Uan:
        return PhoneNumbers::tr("universal access number");
    case Type::Voicemail:
        return PhoneNumbers::tr("voicemail");
    case Type::Unknown:
        break;
    }
    return PhoneNumbers::tr("unknown type");
}

PhoneNumberInfo PhoneNumbers::parse(const QString &input, const QString &defaultRegion)
{
    PhoneNumberInfo info;
    const QString trimmed = input.trimmed();
    if (trimmed.isEmpty()) {
        info.error = tr("Enter a phone number in E.164 form, for example +14155552671.");
        return info;
    }
    if (const QString problem = checkCharacters(trimmed); !problem.isEmpty()) {
        info.error = problem;
        return info;
    }
    const bool plus = trimmed.startsWith(QLatin1Char('+'));
    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    const std::string region
        = defaultRegion.isEmpty() ? std::string("ZZ") : defaultRegion.toUpper().toStdString();

    PhoneNumber number;
    const auto rc = util->Parse(trimmed.toStdString(), region, &number);
    switch (rc) {
    case PhoneNumberUtil::NO_PARSING_ERROR:
        break;
    case PhoneNumberUtil::INVALID_COUNTRY_CODE_ERROR:
        if (plus)
            info.error = tr("No country has the code that follows the + in %1. Check the digits "
                            "after the +: the country code comes first (1 for the US and "
                            "Canada, 44 for the UK), for example %2.")
                             .arg(trimmed, Example);
        else if (defaultRegion.isEmpty())
            info.error = tr("Start the number with + and its country code (E.164, for example "
                            "%1), or set a default region in the profile.")
                             .arg(Example);
        else
            info.error = tr("The country code is not valid. Write the number in E.164 form: + "
                            "then the country code and the number, for example %1.")
                             .arg(Example);
        return info;
    case PhoneNumberUtil::NOT_A_NUMBER:
        info.error = tr("This is not a phone number. Use digits in E.164 form, for example "
                        "+14155552671.");
        return info;
    case PhoneNumberUtil::TOO_SHORT_AFTER_IDD:
    case PhoneNumberUtil::TOO_SHORT_NSN:
        info.error = tr("The number is too short. Check the digits and write it in E.164 form, "
                        "for example +14155552671.");
        return info;
    case PhoneNumberUtil::TOO_LONG_NSN:
        info.error = tr("The number is too long. E.164 numbers have at most 15 digits.");
        return info;
    }

    info.parsed = true;
    std::string formatted;
    util->Format(number, PhoneNumberUtil::E164, &formatted);
    info.e164 = QString::fromStdString(formatted);
    info.countryCode = number.country_code();
    std::string regionOfNumber;
    util->GetRegionCodeForNumber(number, &regionOfNumber);
    info.regionCode = QString::fromStdString(regionOfNumber);
    info.valid = util->IsValidNumber(number);
    info.type = mapType(util->GetNumberType(number));
    QString compact = trimmed;
    compact.remove(QLatin1Char(' '));
    info.isE164Input = compact == info.e164;
    if (!info.valid && plus) {
        info.error = tr("%1 is not a valid number in its country's numbering plan. Check the "
                        "digits and the country code.")
                         .arg(info.e164);
    } else if (!info.valid) {
        // Say what was read from what was typed: the user never wrote the country code.
        info.error = tr("\"%1\" is not a valid number: read with the default region %2 "
                        "it is %3, which is not in that country's numbering plan. Check the "
                        "digits, or write the number in E.164 form with its country code, for "
                        "example %4.")
                         .arg(trimmed, defaultRegion.toUpper(), info.e164, Example);
    }
    return info;
}

bool PhoneNumbers::isKnownRegion(const QString &region)
{
    if (region.size() != 2)
        return false;
    std::set<std::string> regions;
    PhoneNumberUtil::GetInstance()->GetSupportedRegions(&regions);
    return regions.count(region.toUpper().toStdString()) > 0;
}
