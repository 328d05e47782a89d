#pragma once

#include <QString>

// One-time codes in message bodies, masked before they are kept: a sync imports every outbound
// message of the account, MFA codes included, and the log is a file on disk. A pure function.
namespace CodeMask {

// The setting, in a profile's group (ProfileStore::profileValue), that keeps the codes as Twilio
// has them: true keeps them, missing or false masks them.
inline QString keepSetting()
{
    return QStringLiteral("keepSyncedCodes");
}

// body with every digit of each run of 4 to 10 digits replaced by '*': "Your code is 482913"
// becomes "Your code is ******". A run may be split by single spaces or hyphens ("482 913",
// "482-913"). Longer runs (a phone number with its country code) and shorter ones are kept.
QString mask(const QString &body);

} // namespace CodeMask
