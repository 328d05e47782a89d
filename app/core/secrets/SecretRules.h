#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// The hook secrets the console knows, and the rules a secret's name and value must follow.
// Pure functions: no keychain, no I/O.
namespace SecretNames {
inline const QString AccountSid = QStringLiteral("TWILIO_ACCOUNT_SID");
inline const QString AuthToken = QStringLiteral("TWILIO_AUTH_TOKEN");
inline const QString PhoneNumber = QStringLiteral("TWILIO_PHONE_NUMBER");
inline const QString VerifyServiceSid = QStringLiteral("TWILIO_VERIFY_SERVICE_SID");
} // namespace SecretNames

struct SecretCheck
{
    enum class Level { Ok, Warning, Error };
    Level level = Level::Ok;
    QString message; // translated; names the field and the fix
    QString suggestion; // a value to use instead, when one can be had (a number in E.164)

    bool isOk() const { return level != Level::Error; }
    static SecretCheck ok() { return {}; }
    static SecretCheck error(const QString &m) { return make(Level::Error, m); }
    static SecretCheck warning(const QString &m) { return make(Level::Warning, m); }
    static SecretCheck make(Level level, const QString &m)
    {
        SecretCheck check;
        check.level = level;
        check.message = m;
        return check;
    }
};

class SecretRules
{
    Q_DECLARE_TR_FUNCTIONS(SecretRules)
public:
    // Auth0 accepts at most this many secrets on one hook.
    static constexpr int MaxSecretsPerHook = 20;
    static constexpr int MaxNameLength = 255;
    static constexpr int MaxValueLength = 4096;

    // The secrets the console knows, in the order it shows them.
    static QStringList knownNames();
    static bool isKnown(const QString &name);
    // One line on what the secret holds, for tooltips and `secrets list`.
    static QString description(const QString &name);
    // Known secrets that carry credentials and are masked even in lists.
    static bool isSensitive(const QString &name);

    // A secret name as a hook reads it: context.webtask.secrets.NAME. Letters, digits and
    // underscores, not starting with a digit, at most 255 characters.
    static SecretCheck checkName(const QString &name);

    // Checks a value for the named secret. Known secrets are checked for their shape; the phone
    // number is parsed with libphonenumber in defaultRegion. Custom secrets only have to be
    // non-empty, without NUL, and at most 4096 characters.
    static SecretCheck checkValue(const QString &name, const QString &value,
                                  const QString &defaultRegion = QString());

    // The whole set: names unique, at most MaxSecretsPerHook.
    static SecretCheck checkCount(int count);

    // The console's own keychain entries of a profile (SecretStore keeps their names in
    // Profile::consoleSecretNames, apart from the hook's secrets). Their names start with '@',
    // which no Action or hook secret name can, so they are never deployed with the code.
    static bool isConsoleEntry(const QString &name) { return name.startsWith(QLatin1Char('@')); }
    static QString auth0ClientSecretName() { return QStringLiteral("@AUTH0_CLIENT_SECRET"); }

    // "AC" + 32 lowercase or uppercase hex digits, as Twilio writes SIDs.
    static bool isSid(const QString &value, QLatin1String prefix);
};
