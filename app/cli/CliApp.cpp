#include "CliApp.h"

#include "SecretInput.h"
#include "phone/PhoneNumber.h"
#include "secrets/SecretRules.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>
#include <QTimer>

#include <cstdio>

namespace {

const QString JsonOption = QStringLiteral("json");
const QString ProfileOption = QStringLiteral("profile");

QJsonObject profileJson(const Profile &p)
{
    return {{QStringLiteral("name"), p.name},
            {QStringLiteral("default_region"), p.defaultRegion},
            {QStringLiteral("api_base_url"), p.apiBaseUrl.toString()},
            {QStringLiteral("verify_base_url"), p.verifyBaseUrl.toString()},
            {QStringLiteral("secret_names"), QJsonArray::fromStringList(p.secretNames)}};
}

} // namespace

CliApp::CliApp()
    : m_secrets(&m_profiles)
{
    // Tests point the CLI at their own keychain service so as never to touch real entries.
    const QString service = qEnvironmentVariable("SMSHOOK_KEYCHAIN_SERVICE");
    if (!service.isEmpty())
        m_secrets.setService(service);
}

QString CliApp::usage()
{
    return tr("Usage: sms-hook-cli COMMAND [OPTIONS] [--json]\n"
              "\n"
              "Commands:\n"
              "  profiles list                      list the profiles and their settings\n"
              "  profiles add NAME [--region CC] [--api-base URL] [--verify-base URL]\n"
              "                                     add a profile\n"
              "  profiles remove NAME               remove a profile and its secrets\n"
              "  secrets list --profile P           secret names and whether each is set\n"
              "  secrets set --profile P NAME       store a secret; the value is read from\n"
              "                                     standard input, never from arguments\n"
              "  secrets unset --profile P NAME     remove a secret\n"
              "  phone NUMBER [--region CC]         check a number: E.164 form, validity, type\n"
              "\n"
              "Every command takes --json for machine-readable output.\n"
              "Exit status: 0 success, 1 failure (reason on stderr), 2 usage error.");
}

int CliApp::run(const QStringList &args)
{
    if (args.isEmpty() || args.first() == QLatin1String("--help")
        || args.first() == QLatin1String("-h") || args.first() == QLatin1String("help")) {
        std::fputs(qPrintable(usage() + QLatin1Char('\n')), args.isEmpty() ? stderr : stdout);
        return args.isEmpty() ? CliOutput::UsageError : CliOutput::Success;
    }
    if (args.first() == QLatin1String("--version")) {
        std::printf("sms-hook-cli %s\n", qPrintable(QCoreApplication::applicationVersion()));
        return CliOutput::Success;
    }
    m_out.setJson(args.contains(QStringLiteral("--json")));
    const QString group = args.value(0);
    const QString verb = args.value(1);
    const QStringList rest = args.mid(2);
    if (group == QLatin1String("profiles")) {
        if (verb == QLatin1String("list"))
            return profilesList(rest);
        if (verb == QLatin1String("add"))
            return profilesAdd(rest);
        if (verb == QLatin1String("remove"))
            return profilesRemove(rest);
    } else if (group == QLatin1String("phone")) {
        return phone(args.mid(1));
    } else if (group == QLatin1String("secrets")) {
        if (verb == QLatin1String("list"))
            return secretsList(rest);
        if (verb == QLatin1String("set"))
            return secretsSet(rest);
        if (verb == QLatin1String("unset"))
            return secretsUnset(rest);
    }
    const QString command = verb.isEmpty() ? group : group + QLatin1Char(' ') + verb;
    return m_out.fail(CliOutput::UsageError, QStringLiteral("usage"),
                      tr("unknown command \"%1\". Run sms-hook-cli --help for the list.")
                          .arg(command));
}

bool CliApp::parse(QCommandLineParser &parser, const QStringList &args, const QString &command,
                   int positionals)
{
    parser.addOption({JsonOption, tr("Machine-readable output.")});
    parser.addHelpOption();
    if (!parser.parse(QStringList{QStringLiteral("sms-hook-cli")} + args)) {
        m_out.fail(CliOutput::UsageError, QStringLiteral("usage"),
                   tr("%1: %2").arg(command, parser.errorText()));
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(usage() + QLatin1Char('\n')), stdout);
        return false;
    }
    if (parser.positionalArguments().size() != positionals) {
        m_out.fail(CliOutput::UsageError, QStringLiteral("usage"),
                   positionals == 0
                       ? tr("%1 takes no arguments; see sms-hook-cli --help.").arg(command)
                       : tr("%1 needs exactly %n name(s); see sms-hook-cli --help.", nullptr,
                            positionals)
                             .arg(command));
        return false;
    }
    return true;
}

void CliApp::finishLater(int code) const
{
    QTimer::singleShot(0, qApp, [code] { QCoreApplication::exit(code); });
}

int CliApp::keychainFailure(const KeychainError &error) const
{
    return m_out.fail(CliOutput::Failure, QStringLiteral("keychain-") + error.code(),
                      error.summary(), error.fix());
}

std::optional<Profile> CliApp::requireProfile(const QCommandLineParser &parser, int *exitCode)
{
    const QString name = parser.value(ProfileOption);
    if (name.isEmpty()) {
        *exitCode = m_out.fail(CliOutput::UsageError, QStringLiteral("usage"),
                               tr("--profile is required: name the profile, for example "
                                  "--profile Production."));
        return std::nullopt;
    }
    auto profile = m_profiles.load(name);
    if (!profile) {
        *exitCode = m_out.fail(CliOutput::Failure, QStringLiteral("no-such-profile"),
                               tr("profile \"%1\" does not exist.").arg(name),
                               tr("Create it with: sms-hook-cli profiles add \"%1\"").arg(name));
    }
    return profile;
}

int CliApp::profilesList(const QStringList &args)
{
    QCommandLineParser parser;
    if (!parse(parser, args, QStringLiteral("profiles list"), 0))
        return parser.isSet(QStringLiteral("help")) ? CliOutput::Success : CliOutput::UsageError;
    QJsonArray list;
    const QString last = m_profiles.lastProfile();
    const QStringList names = m_profiles.names();
    for (const QString &name : names) {
        const auto p = m_profiles.load(name);
        if (!p)
            continue;
        list.append(profileJson(*p));
        m_out.text(QStringLiteral("%1%2  region=%3  api=%4  verify=%5  secrets=%6")
                       .arg(name == last ? QStringLiteral("* ") : QStringLiteral("  "), p->name,
                            p->defaultRegion.isEmpty() ? QStringLiteral("-") : p->defaultRegion,
                            p->apiBaseUrl.toString(), p->verifyBaseUrl.toString())
                       .arg(p->secretNames.size()));
    }
    if (names.isEmpty())
        m_out.text(tr("No profiles. Add one with: sms-hook-cli profiles add NAME"));
    m_out.result(QJsonObject{{QStringLiteral("ok"), true}, {QStringLiteral("profiles"), list}});
    return CliOutput::Success;
}

int CliApp::profilesAdd(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("region"), tr("Default region for numbers without +."),
                      QStringLiteral("CC")});
    parser.addOption({QStringLiteral("api-base"), tr("Base URL of api.twilio.com."),
                      QStringLiteral("URL")});
    parser.addOption({QStringLiteral("verify-base"), tr("Base URL of verify.twilio.com."),
                      QStringLiteral("URL")});
    if (!parse(parser, args, QStringLiteral("profiles add"), 1))
        return parser.isSet(QStringLiteral("help")) ? CliOutput::Success : CliOutput::UsageError;
    Profile p;
    p.name = parser.positionalArguments().constFirst();
    p.defaultRegion = parser.value(QStringLiteral("region")).toUpper();
    if (parser.isSet(QStringLiteral("api-base")))
        p.apiBaseUrl = QUrl(parser.value(QStringLiteral("api-base")));
    if (parser.isSet(QStringLiteral("verify-base")))
        p.verifyBaseUrl = QUrl(parser.value(QStringLiteral("verify-base")));
    const QStringList problems = {
        ProfileRules::checkName(p.name),
        ProfileRules::checkRegion(p.defaultRegion),
        ProfileRules::checkBaseUrl(p.apiBaseUrl, QStringLiteral("--api-base")),
        ProfileRules::checkBaseUrl(p.verifyBaseUrl, QStringLiteral("--verify-base")),
    };
    for (const QString &problem : problems) {
        if (!problem.isEmpty())
            return m_out.fail(CliOutput::UsageError, QStringLiteral("invalid-argument"), problem);
    }
    if (m_profiles.contains(p.name))
        return m_out.fail(CliOutput::Failure, QStringLiteral("profile-exists"),
                          tr("profile \"%1\" already exists.").arg(p.name),
                          tr("Pick another name or remove it first."));
    m_profiles.save(p);
    if (m_profiles.lastProfile().isEmpty())
        m_profiles.setLastProfile(p.name);
    m_out.text(tr("Added profile \"%1\".").arg(p.name));
    m_out.result(QJsonObject{{QStringLiteral("ok"), true}, {QStringLiteral("profile"), profileJson(p)}});
    return CliOutput::Success;
}

int CliApp::profilesRemove(const QStringList &args)
{
    QCommandLineParser parser;
    if (!parse(parser, args, QStringLiteral("profiles remove"), 1))
        return parser.isSet(QStringLiteral("help")) ? CliOutput::Success : CliOutput::UsageError;
    const QString name = parser.positionalArguments().constFirst();
    if (!m_profiles.contains(name))
        return m_out.fail(CliOutput::Failure, QStringLiteral("no-such-profile"),
                          tr("profile \"%1\" does not exist.").arg(name));
    SecretsJob *job = m_secrets.removeProfile(name);
    QObject::connect(job, &SecretsJob::finished, job, [this, job, name] {
        if (job->failed()) {
            finishLater(keychainFailure(job->error()));
            return;
        }
        m_out.text(tr("Removed profile \"%1\" and its secrets.").arg(name));
        m_out.result(QJsonObject{{QStringLiteral("ok"), true},
                                 {QStringLiteral("removed"), name}});
        finishLater(CliOutput::Success);
    });
    return -1;
}

int CliApp::secretsList(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({ProfileOption, tr("The profile."), QStringLiteral("P")});
    if (!parse(parser, args, QStringLiteral("secrets list"), 0))
        return parser.isSet(QStringLiteral("help")) ? CliOutput::Success : CliOutput::UsageError;
    int code = 0;
    const auto profile = requireProfile(parser, &code);
    if (!profile)
        return code;
    QStringList names = SecretRules::knownNames();
    for (const QString &name : profile->secretNames) {
        if (!names.contains(name))
            names << name;
    }
    SecretsJob *job = m_secrets.read(profile->name, names);
    const QString region = profile->defaultRegion;
    QObject::connect(job, &SecretsJob::finished, job, [this, job, names, region] {
        if (job->failed()) {
            finishLater(keychainFailure(job->error()));
            return;
        }
        QJsonArray list;
        for (const QString &name : names) {
            const bool isSet = job->values().contains(name);
            QJsonObject row{{QStringLiteral("name"), name},
                            {QStringLiteral("set"), isSet},
                            {QStringLiteral("known"), SecretRules::isKnown(name)}};
            QString state = isSet ? tr("set") : tr("not set");
            if (isSet) {
                // Say whether it is well-formed, never what it is.
                const SecretCheck check
                    = SecretRules::checkValue(name, job->values().value(name), region);
                row.insert(QStringLiteral("valid"), check.isOk());
                if (!check.message.isEmpty()) {
                    row.insert(QStringLiteral("problem"), check.message);
                    state += QStringLiteral(" (") + check.message + QLatin1Char(')');
                }
            }
            list.append(row);
            m_out.text(QStringLiteral("%1  %2").arg(name, -28).arg(state));
        }
        m_out.result(QJsonObject{{QStringLiteral("ok"), true}, {QStringLiteral("secrets"), list}});
        finishLater(CliOutput::Success);
    });
    return -1;
}

int CliApp::secretsSet(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({ProfileOption, tr("The profile."), QStringLiteral("P")});
    if (!parse(parser, args, QStringLiteral("secrets set"), 1))
        return parser.isSet(QStringLiteral("help")) ? CliOutput::Success : CliOutput::UsageError;
    int code = 0;
    const auto profile = requireProfile(parser, &code);
    if (!profile)
        return code;
    const QString name = parser.positionalArguments().constFirst();
    const SecretCheck nameCheck = SecretRules::checkName(name);
    if (!nameCheck.isOk())
        return m_out.fail(CliOutput::UsageError, QStringLiteral("invalid-name"), nameCheck.message);
    if (!profile->secretNames.contains(name)) {
        const SecretCheck count = SecretRules::checkCount(int(profile->secretNames.size()) + 1);
        if (!count.isOk())
            return m_out.fail(CliOutput::Failure, QStringLiteral("too-many-secrets"),
                              count.message);
    }
    const auto value = SecretInput::read(tr("Value for %1: ").arg(name));
    if (!value)
        return m_out.fail(CliOutput::Failure, QStringLiteral("no-input"),
                          tr("could not read the value from standard input."));
    const SecretCheck check = SecretRules::checkValue(name, *value, profile->defaultRegion);
    if (!check.isOk())
        return m_out.fail(CliOutput::Failure, QStringLiteral("invalid-value"), check.message);
    if (!check.message.isEmpty())
        m_out.warning(QStringLiteral("sms-hook-cli: warning: ") + check.message);
    SecretsJob *job = m_secrets.apply(profile->name, {{name, *value}});
    const QString profileName = profile->name;
    QObject::connect(job, &SecretsJob::finished, job, [this, job, name, profileName] {
        if (job->failed()) {
            finishLater(keychainFailure(job->error()));
            return;
        }
        m_out.text(tr("Stored %1 for profile \"%2\" in the keychain.").arg(name, profileName));
        m_out.result(QJsonObject{{QStringLiteral("ok"), true},
                                 {QStringLiteral("profile"), profileName},
                                 {QStringLiteral("name"), name},
                                 {QStringLiteral("set"), true}});
        finishLater(CliOutput::Success);
    });
    return -1;
}

int CliApp::secretsUnset(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({ProfileOption, tr("The profile."), QStringLiteral("P")});
    if (!parse(parser, args, QStringLiteral("secrets unset"), 1))
        return parser.isSet(QStringLiteral("help")) ? CliOutput::Success : CliOutput::UsageError;
    int code = 0;
    const auto profile = requireProfile(parser, &code);
    if (!profile)
        return code;
    const QString name = parser.positionalArguments().constFirst();
    SecretsJob *job = m_secrets.apply(profile->name, {}, {name});
    const QString profileName = profile->name;
    QObject::connect(job, &SecretsJob::finished, job, [this, job, name, profileName] {
        if (job->failed()) {
            finishLater(keychainFailure(job->error()));
            return;
        }
        m_out.text(tr("Removed %1 from profile \"%2\".").arg(name, profileName));
        m_out.result(QJsonObject{{QStringLiteral("ok"), true},
                                 {QStringLiteral("profile"), profileName},
                                 {QStringLiteral("name"), name},
                                 {QStringLiteral("set"), false}});
        finishLater(CliOutput::Success);
    });
    return -1;
}

int CliApp::phone(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("region"), tr("Region for numbers written without +."),
                      QStringLiteral("CC")});
    if (!parse(parser, args, QStringLiteral("phone"), 1))
        return parser.isSet(QStringLiteral("help")) ? CliOutput::Success : CliOutput::UsageError;
    const QString input = parser.positionalArguments().constFirst();
    const QString region = parser.value(QStringLiteral("region")).toUpper();
    const QString regionProblem = ProfileRules::checkRegion(region);
    if (!regionProblem.isEmpty())
        return m_out.fail(CliOutput::UsageError, QStringLiteral("invalid-argument"), regionProblem);
    const PhoneNumberInfo info = PhoneNumbers::parse(input, region);
    QJsonObject json{{QStringLiteral("ok"), info.valid},
                     {QStringLiteral("input"), input},
                     {QStringLiteral("parsed"), info.parsed},
                     {QStringLiteral("valid"), info.valid}};
    if (info.parsed) {
        json.insert(QStringLiteral("e164"), info.e164);
        json.insert(QStringLiteral("region"), info.regionCode);
        json.insert(QStringLiteral("country_code"), info.countryCode);
        json.insert(QStringLiteral("type"), info.typeName());
        json.insert(QStringLiteral("can_receive_sms"), info.canReceiveSms());
        json.insert(QStringLiteral("is_e164_input"), info.isE164Input);
    }
    if (!info.valid)
        return m_out.fail(CliOutput::Failure, QStringLiteral("invalid-number"), info.error, {}, json);
    m_out.text(tr("%1  valid, %2, region %3").arg(info.e164, info.typeName(), info.regionCode));
    if (!info.canReceiveSms())
        m_out.warning(tr("warning: %1 is a %2 number; SMS will not arrive.")
                          .arg(info.e164, info.typeName()));
    if (!info.isE164Input)
        m_out.text(tr("Write it as %1 in the hook and in Twilio (E.164).").arg(info.e164));
    m_out.result(json);
    return CliOutput::Success;
}
