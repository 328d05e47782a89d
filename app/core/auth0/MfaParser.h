#pragma once

#include "MfaTypes.h"

#include <QJsonArray>
#include <QJsonObject>

#include <optional>

// The Authentication API's answers for the MFA test -> value types. Pure and lenient, like
// Auth0Parser: an absent field keeps its default, an unknown one is ignored.
namespace MfaParser {

// The body of a 403 mfa_required; nullopt for any other body (or one without mfa_token).
std::optional<MfaRequired> mfaRequired(const QJsonObject &errorBody);
QList<MfaAuthenticator> authenticators(const QJsonArray &a);
// The newest active SMS authenticator, or nullopt.
std::optional<MfaAuthenticator> activeSms(const QList<MfaAuthenticator> &list);
MfaOobCode oobCode(const QJsonObject &o);
MfaLoginResult loginResult(const QJsonObject &o);
// The last digits of a masked phone number ("+XXXXXXX0100" -> "0100"), empty when none.
QString visibleDigits(const QString &maskedNumber);

} // namespace MfaParser
