#include "PhoneNumber.h"

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

} // namespace

bool PhoneNumberInfo::canReceiveSms() const
{
    return type != Type::FixedLine && type != Type::PremiumRate && type != Type::SharedCost
        && type != Type::Uan && type != Type::Voicemail && type != Type::Pager;
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
    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    const std::string region
        = defaultRegion.isEmpty() ? std::string("ZZ") : defaultRegion.toUpper().toStdString();

    PhoneNumber number;
    const auto rc = util->Parse(trimmed.toStdString(), region, &number);
    switch (rc) {
    case PhoneNumberUtil::NO_PARSING_ERROR:
        break;
    case PhoneNumberUtil::INVALID_COUNTRY_CODE_ERROR:
        info.error = defaultRegion.isEmpty()
            ? tr("Start the number with + and its country code (E.164, for example +14155552671), "
                 "or set a default region in the profile.")
            : tr("The country code is not valid. Write the number in E.164 form: + then the "
                 "country code and the number, for example +14155552671.");
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
    if (!info.valid) {
        info.error = tr("%1 is not a valid number in its country's numbering plan. Check the "
                        "digits and the country code.")
                         .arg(info.e164);
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
