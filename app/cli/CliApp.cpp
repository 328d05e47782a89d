#include "CliApp.h"
#include "Commands.h"

#include "SecretInput.h"
#include "SignalWatcher.h"
#include "log/DeliveryLog.h"
#include "phone/PhoneNumber.h"
#include "sandbox/Auth0Sandbox.h"
#include "sandbox/Auth0SandboxFixtures.h"
#include "sandbox/SandboxActions.h"
#include "sandbox/SandboxProfile.h"
#include "sandbox/TwilioSandbox.h"
#include "secrets/SecretRules.h"
#include "sms/SegmentCalculator.h"
#include "twilio/DeliveryTracker.h"
#include "twilio/ErrorDictionary.h"
#include "twilio/TwilioClient.h"
#include "twilio/TwilioReply.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QTimer>

#include <algorithm>
#include <cstdio>

namespace {

const QString JsonOption = QStringLiteral("json");
const QString ProfileOption = QStringLiteral("profile");

QJsonObject profileJson(const Profile &p)
{
    QJsonObject o {{QStringLiteral("name"), p.name},
                   {QStringLiteral("default_region"), p.defaultRegion},
                   {QStringLiteral("api_base_url"), p.apiBaseUrl.toString()},
                   {QStringLiteral("verify_base_url"), p.verifyBaseUrl.toString()},
                   {QStringLiteral("secret_names"), QJsonArray::fromStringList(p.secretNames)},
                   {QStringLiteral("built_in_sandbox"), p.builtInSandbox}};
    if (p.auth0.isConnected()) {
        QJsonObject auth0 {{QStringLiteral("domain"), p.auth0.domain},
                           {QStringLiteral("client_id"), p.auth0.clientId}};
        if (!p.auth0.baseUrl.isEmpty())
            auth0.insert(QStringLiteral("base_url"), p.auth0.baseUrl.toString());
        o.insert(QStringLiteral("auth0"), auth0);
    }
    return o;
}

} // namespace

CliApp::CliApp() : m_secrets(&m_profiles)
{
    // Tests point the CLI at their own keychain service so as never to touch real entries.
    const QString service = qEnvironmentVariable("SMSHOOK_KEYCHAIN_SERVICE");
    if (!service.isEmpty())
        m_secrets.setService(service);
}

CliApp::~CliApp()
{
    delete std::exchange(m_network, nullptr);
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
              "  profiles add-sandbox               add the built-in Sandbox profile with the\n"
              "                                     sandbox's public test credentials\n"
              "  phone NUMBER [--region CC]         check a number: E.164 form, validity, type\n"
              "  send --profile P --to N --body B [--wait]\n"
              "                                     send a test SMS; --wait follows it until\n"
              "                                     delivered (exit 0) or not (exit 1)\n"
              "  verify --profile P --to N --code C [--locale L]\n"
              "                                     send a code through Twilio Verify\n"
              "  status --profile P SID [--wait]    a message's status and error explanation\n"
              "  segments                           JSON lines {\"body\", \"smart_encoding\"} on\n"
              "                                     stdin -> encoding and segments per line\n"
              "  sandbox [--port N] [--time-scale S]\n"
              "                                     run the Twilio sandbox and the Auth0\n"
              "                                     simulator on 127.0.0.1 until Ctrl+C;\n"
              "                                     prints their URLs and test credentials\n"
              "%1%2%3%4%5%6"
              "\n"
              "Every command takes --json for machine-readable output.\n"
              "Exit status: 0 success, 1 failure (reason on stderr), 2 usage error.")
        .arg(logsUsage(), hookUsage(), actionUsage(), checkUsage(), auth0Usage(), deployUsage());
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
        if (verb == QLatin1String("add-sandbox"))
            return profilesAddSandbox(rest);
    } else if (group == QLatin1String("phone")) {
        return phone(args.mid(1));
    } else if (group == QLatin1String("send")) {
        return send(args.mid(1));
    } else if (group == QLatin1String("verify")) {
        return verify(args.mid(1));
    } else if (group == QLatin1String("status")) {
        return status(args.mid(1));
    } else if (group == QLatin1String("segments")) {
        return segments(args.mid(1));
    } else if (group == QLatin1String("sandbox")) {
        return sandbox(args.mid(1));
    } else if (group == QLatin1String("logs")) {
        return logsCommand(*this, verb, rest);
    } else if (group == QLatin1String("run-hook")) {
        return runHookCommand(*this, args.mid(1));
    } else if (group == QLatin1String("lint")) {
        return lintCommand(*this, args.mid(1));
    } else if (group == QLatin1String("action") && isDeployVerb(verb)) {
        return deployCommand(*this, verb, rest);
    } else if (group == QLatin1String("action")) {
        return actionCommand(*this, verb, rest);
    } else if (group == QLatin1String("check")) {
        return checkCommand(*this, args.mid(1));
    } else if (group == QLatin1String("auth0")) {
        return auth0Command(*this, verb, rest);
    } else if (group == QLatin1String("secrets")) {
        if (verb == QLatin1String("list"))
            return secretsList(rest);
        if (verb == QLatin1String("set"))
            return secretsSet(rest);
        if (verb == QLatin1String("unset"))
            return secretsUnset(rest);
    }
    const QString command = verb.isEmpty() ? group : group + QLatin1Char(' ') + verb;
    return m_out.fail(
        CliOutput::UsageError, QStringLiteral("usage"),
        tr("unknown command \"%1\". Run sms-hook-cli --help for the list.").arg(command));
}

bool CliApp::parse(QCommandLineParser &parser, const QStringList &args, const QString &command,
                   int positionals, const QString &positionalName)
{
    parser.addOption({JsonOption, tr("Machine-readable output.")});
    parser.addHelpOption();
    const auto usageError = [this, &command](const QString &message) {
        m_out.fail(CliOutput::UsageError, QStringLiteral("usage"),
                   tr("%1: %2").arg(command, message));
        return false;
    };
    if (!parser.parse(QStringList {QStringLiteral("sms-hook-cli")} + args)) {
        // "-14155552671" reads as the short options -1 -4 -1 ...: say what it is instead.
        const QStringList unknown = parser.unknownOptionNames();
        const bool digitsOnly = std::all_of(unknown.cbegin(), unknown.cend(), [](const QString &n) {
            return n.size() == 1 && n.front().isDigit();
        });
        if (digitsOnly) {
            for (const QString &arg : args) {
                if (arg == QLatin1String("--"))
                    break;
                if (arg.size() > 1 && arg.front() == QLatin1Char('-') && arg.at(1).isDigit())
                    return usageError(
                        tr("\"%1\" is not an option. A phone number starts with + (such as "
                           "+%2); a value that starts with - goes after --, as in: sms-hook-cli "
                           "%3 -- %1")
                            .arg(arg, arg.mid(1), command));
            }
        }
        return usageError(parser.errorText());
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(usage() + QLatin1Char('\n')), stdout);
        return false;
    }
    // Every option of every command takes one value: a second one would silently win (a
    // repeated --to would send to the last number only).
    QStringList seen;
    const QStringList names = parser.optionNames();
    for (const QString &name : names) {
        if (seen.contains(name))
            continue;
        seen << name;
        const QStringList values = parser.values(name);
        if (values.size() > 1)
            return usageError(tr("--%1 is given %n time(s) (%2); give it once (an option "
                                 "that takes several values takes them separated by commas).",
                                 nullptr, int(values.size()))
                                  .arg(name, values.join(QStringLiteral(", "))));
    }
    const QStringList given = parser.positionalArguments();
    if (given.size() != positionals) {
        const QString what = positionalName.isEmpty() ? tr("argument") : positionalName;
        if (positionals == 0)
            return usageError(tr("takes no arguments, but got \"%1\"; see sms-hook-cli --help.")
                                  .arg(given.join(QLatin1Char(' '))));
        if (given.isEmpty())
            return usageError(tr("give the %1; see sms-hook-cli --help.").arg(what));
        return usageError(tr("give one %1, not %2 (%3); see sms-hook-cli --help.")
                              .arg(what)
                              .arg(given.size())
                              .arg(given.join(QStringLiteral(", "))));
    }
    return true;
}

std::optional<int> CliApp::numberOption(const QCommandLineParser &parser, const QString &name,
                                        int minimum, int maximum, int fallback, int *exitCode)
{
    if (!parser.isSet(name))
        return fallback;
    const QString text = parser.value(name).trimmed();
    bool ok = false;
    const qlonglong value = text.toLongLong(&ok);
    if (ok && value >= minimum && value <= maximum)
        return int(value);
    *exitCode = m_out.fail(CliOutput::UsageError, QStringLiteral("invalid-argument"),
                           tr("--%1: \"%2\" is not a whole number from %3 to %4.")
                               .arg(name, text)
                               .arg(minimum)
                               .arg(maximum));
    return std::nullopt;
}

DeliveryLog *CliApp::deliveryLog()
{
    if (!m_deliveryLog) {
        m_deliveryLog = new DeliveryLog(DeliveryLog::defaultPath());
        m_deliveryLog->open();
        // Closed while the event loops still run: its queued writes are committed first.
        QObject::connect(qApp, &QCoreApplication::aboutToQuit, qApp,
                         [this] { delete std::exchange(m_deliveryLog, nullptr); });
    }
    return m_deliveryLog;
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
    m_out.result(QJsonObject {{QStringLiteral("ok"), true}, {QStringLiteral("profiles"), list}});
    return CliOutput::Success;
}

int CliApp::profilesAdd(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("region"), tr("Default region for numbers without +."),
                      QStringLiteral("CC")});
    parser.addOption(
        {QStringLiteral("api-base"), tr("Base URL of api.twilio.com."), QStringLiteral("URL")});
    parser.addOption({QStringLiteral("verify-base"), tr("Base URL of verify.twilio.com."),
                      QStringLiteral("URL")});
    if (!parse(parser, args, QStringLiteral("profiles add"), 1, tr("profile name")))
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
    if (!m_profiles.save(p))
        return m_out.fail(CliOutput::Failure, QStringLiteral("settings"), m_profiles.errorString());
    if (m_profiles.lastProfile().isEmpty())
        m_profiles.setLastProfile(p.name);
    m_out.text(tr("Added profile \"%1\".").arg(p.name));
    m_out.result(
        QJsonObject {{QStringLiteral("ok"), true}, {QStringLiteral("profile"), profileJson(p)}});
    return CliOutput::Success;
}

int CliApp::profilesRemove(const QStringList &args)
{
    QCommandLineParser parser;
    if (!parse(parser, args, QStringLiteral("profiles remove"), 1, tr("profile name")))
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
        m_out.result(QJsonObject {{QStringLiteral("ok"), true}, {QStringLiteral("removed"), name}});
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
            QJsonObject row {{QStringLiteral("name"), name},
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
        m_out.result(QJsonObject {{QStringLiteral("ok"), true}, {QStringLiteral("secrets"), list}});
        finishLater(CliOutput::Success);
    });
    return -1;
}

int CliApp::secretsSet(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({ProfileOption, tr("The profile."), QStringLiteral("P")});
    if (!parse(parser, args, QStringLiteral("secrets set"), 1, tr("secret name")))
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
    return reportSecretChange(job, profile->name, name, true);
}

int CliApp::reportSecretChange(SecretsJob *job, const QString &profile, const QString &name,
                               bool set)
{
    QObject::connect(job, &SecretsJob::finished, job, [this, job, profile, name, set] {
        if (job->failed()) {
            finishLater(keychainFailure(job->error()));
            return;
        }
        m_out.text(set ? tr("Stored %1 for profile \"%2\" in the keychain.").arg(name, profile)
                       : tr("Removed %1 from profile \"%2\".").arg(name, profile));
        m_out.result(QJsonObject {{QStringLiteral("ok"), true},
                                  {QStringLiteral("profile"), profile},
                                  {QStringLiteral("name"), name},
                                  {QStringLiteral("set"), set}});
        finishLater(CliOutput::Success);
    });
    return -1;
}

int CliApp::secretsUnset(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({ProfileOption, tr("The profile."), QStringLiteral("P")});
    if (!parse(parser, args, QStringLiteral("secrets unset"), 1, tr("secret name")))
        return parser.isSet(QStringLiteral("help")) ? CliOutput::Success : CliOutput::UsageError;
    int code = 0;
    const auto profile = requireProfile(parser, &code);
    if (!profile)
        return code;
    const QString name = parser.positionalArguments().constFirst();
    SecretsJob *job = m_secrets.apply(profile->name, {}, {name});
    return reportSecretChange(job, profile->name, name, false);
}

int CliApp::phone(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("region"), tr("Region for numbers written without +."),
                      QStringLiteral("CC")});
    if (!parse(parser, args, QStringLiteral("phone"), 1, tr("phone number")))
        return parser.isSet(QStringLiteral("help")) ? CliOutput::Success : CliOutput::UsageError;
    const QString input = parser.positionalArguments().constFirst();
    const QString region = parser.value(QStringLiteral("region")).toUpper();
    const QString regionProblem = ProfileRules::checkRegion(region);
    if (!regionProblem.isEmpty())
        return m_out.fail(CliOutput::UsageError, QStringLiteral("invalid-argument"), regionProblem);
    const PhoneNumberInfo info = PhoneNumbers::parse(input, region);
    QJsonObject json {{QStringLiteral("ok"), info.valid},
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
        return m_out.fail(CliOutput::Failure, QStringLiteral("invalid-number"), info.error, {},
                          json);
    m_out.text(tr("%1  valid, %2, region %3").arg(info.e164, info.typeName(), info.regionCode));
    if (!info.canReceiveSms())
        m_out.warning(
            tr("warning: %1 is a %2 number; SMS will not arrive.").arg(info.e164, info.typeName()));
    if (!info.isE164Input)
        m_out.text(tr("Write it as %1 in the hook and in Twilio (E.164).").arg(info.e164));
    m_out.result(json);
    return CliOutput::Success;
}

namespace {

QString timeText(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

QJsonObject transitionJson(const StatusTransition &t)
{
    QJsonObject o {{QStringLiteral("status"), t.status}, {QStringLiteral("at"), timeText(t.at)}};
    if (t.errorCode != 0) {
        o.insert(QStringLiteral("error_code"), t.errorCode);
        o.insert(QStringLiteral("error_message"), t.errorMessage);
    }
    return o;
}

QJsonObject explanationJson(int code, const QString &fallback)
{
    const ErrorExplanation e = ErrorDictionary::lookup(code);
    QJsonObject o {{QStringLiteral("code"), code},
                   {QStringLiteral("message"), e.message.isEmpty() ? fallback : e.message},
                   {QStringLiteral("more_info"), ErrorDictionary::docsUrl(code).toString()}};
    if (!e.solutions.isEmpty())
        o.insert(QStringLiteral("solutions"), e.solutions);
    return o;
}

// One line on a delivery error code: Twilio's own explanation from its error dictionary.
QString explainCode(int code, const QString &fallback)
{
    const ErrorExplanation e = ErrorDictionary::lookup(code);
    QString line = CliApp::tr("Twilio error %1: %2")
                       .arg(code)
                       .arg(e.message.isEmpty() ? fallback : e.message);
    if (!e.solutions.isEmpty())
        line += QLatin1Char(' ')
            + CliApp::tr("What to do: %1").arg(ErrorExplanation::brief(e.solutions));
    line += QLatin1Char(' ') + ErrorDictionary::docsUrl(code).toString();
    return line.simplified();
}

bool isFailedStatus(const QString &status)
{
    return Message::isFinalStatus(status) && status != QLatin1String("delivered")
        && status != QLatin1String("read");
}

} // namespace

QNetworkAccessManager *CliApp::network()
{
    if (!m_network)
        m_network = new QNetworkAccessManager; // deleted by ~CliApp, before the application
    return m_network;
}

bool CliApp::prepareProfile(Profile *profile, int *exitCode)
{
    if (!profile->builtInSandbox)
        return true;
    // No console may be running: the CLI brings its own sandbox, which lives as long as it does.
    if (!SandboxProfile::startInProcess(profile, qApp)) {
        *exitCode = m_out.fail(CliOutput::Failure, QStringLiteral("sandbox-failed"),
                               tr("could not start the built-in sandbox on 127.0.0.1."));
        return false;
    }
    // A notice, not output: stdout stays what the command prints (code for action pull).
    if (!m_out.json())
        m_out.warning(tr("Using a sandbox inside this command (%1); its messages are gone when it "
                         "ends.")
                          .arg(profile->apiBaseUrl.toString()));
    return true;
}

int CliApp::send(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({ProfileOption, tr("The profile."), QStringLiteral("P")});
    parser.addOption({QStringLiteral("to"), tr("Recipient phone number."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("body"), tr("Message text."), QStringLiteral("B")});
    parser.addOption({QStringLiteral("wait"), tr("Follow the message until a final status.")});
    if (!parse(parser, args, QStringLiteral("send"), 0))
        return parser.isSet(QStringLiteral("help")) ? CliOutput::Success : CliOutput::UsageError;
    if (!parser.isSet(QStringLiteral("to")) || !parser.isSet(QStringLiteral("body")))
        return m_out.fail(CliOutput::UsageError, QStringLiteral("usage"),
                          tr("send needs --to NUMBER and --body TEXT; see sms-hook-cli --help."));
    int code = 0;
    auto profile = requireProfile(parser, &code);
    if (!profile)
        return code;
    SendRequest request;
    request.api = SendRequest::Api::Messages;
    request.source = SendRequest::Source::Cli;
    request.to = parser.value(QStringLiteral("to"));
    request.body = parser.value(QStringLiteral("body"));
    request.followDelivery = parser.isSet(QStringLiteral("wait"));
    return runSendJob(*profile, request, request.followDelivery);
}

int CliApp::verify(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({ProfileOption, tr("The profile."), QStringLiteral("P")});
    parser.addOption({QStringLiteral("to"), tr("Recipient phone number."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("code"), tr("The code to send (Auth0's context.code)."),
                      QStringLiteral("C")});
    parser.addOption(
        {QStringLiteral("locale"), tr("Language of the message, e.g. en."), QStringLiteral("L")});
    if (!parse(parser, args, QStringLiteral("verify"), 0))
        return parser.isSet(QStringLiteral("help")) ? CliOutput::Success : CliOutput::UsageError;
    if (!parser.isSet(QStringLiteral("to")) || !parser.isSet(QStringLiteral("code")))
        return m_out.fail(CliOutput::UsageError, QStringLiteral("usage"),
                          tr("verify needs --to NUMBER and --code CODE; see sms-hook-cli --help."));
    int code = 0;
    auto profile = requireProfile(parser, &code);
    if (!profile)
        return code;
    SendRequest request;
    request.api = SendRequest::Api::Verify;
    request.source = SendRequest::Source::Cli;
    request.to = parser.value(QStringLiteral("to"));
    request.code = parser.value(QStringLiteral("code"));
    request.locale = parser.value(QStringLiteral("locale"));
    request.followDelivery = false;
    return runSendJob(*profile, request, false);
}

int CliApp::runSendJob(Profile profile, const SendRequest &request, bool wait)
{
    int code = 0;
    if (!prepareProfile(&profile, &code))
        return code;
    auto *job = new SendJob(profile, &m_secrets, network(), qApp);
    job->setDeliveryLog(deliveryLog());
    if (wait) {
        QObject::connect(job, &SendJob::statusChanged, job, [this](const StatusTransition &t) {
            QString line = QStringLiteral("%1  %2").arg(timeText(t.at), t.status);
            if (t.errorCode != 0)
                line += QStringLiteral("  ") + explainCode(t.errorCode, t.errorMessage);
            m_out.text(line);
        });
    }
    // Retries and failed polls take a while before a give-up: each is said on stderr as it
    // happens (never on stdout, which holds only the JSON document with --json).
    QObject::connect(job, &SendJob::notice, job, [this](const QString &line) {
        m_out.warning(tr("sms-hook-cli: %1").arg(line));
    });
    // Reported once, after the final update of the row is committed.
    auto reported = std::make_shared<bool>(false);
    auto report = [this, job, wait, reported] {
        if (std::exchange(*reported, true))
            return;
        deliveryLog()->flush(job, [this, job, wait](const QString &) {
            reportSendResult(job->result(), wait);
            job->deleteLater();
        });
    };
    const QString profileName = profile.name;
    QObject::connect(job, &SendJob::finished, job, [this, job, report, profileName] {
        if (!job->canLookUp()) {
            report();
            return;
        }
        // The POST may have reached Twilio: look for the message (GETs only) before saying so,
        // so the user knows whether a retry would send a second code.
        m_out.warning(tr("sms-hook-cli: no answer to the send; looking for the message in "
                         "Twilio's message log..."));
        QObject::connect(
            job, &SendJob::lookupFinished, job,
            [this, report, profileName](const QList<Message> &found, const TwilioError &error) {
                if (!error.isError() && !found.isEmpty())
                    m_out.warning(
                        tr("sms-hook-cli: found it: %1 (%2). It was sent; do not "
                           "send again. Follow it with: sms-hook-cli status --profile "
                           "\"%3\" %1")
                            .arg(found.constFirst().sid, found.constFirst().status, profileName));
                else if (!error.isError())
                    m_out.warning(tr("sms-hook-cli: no such message in Twilio's log: it was "
                                     "most likely not created."));
                else
                    m_out.warning(tr("sms-hook-cli: the lookup failed too: %1")
                                      .arg(error.userText().simplified()));
                report();
            });
        job->lookUp();
    });
    // Ctrl+C: the job stops and says where that leaves the message (a POST on its way stays
    // "outcome unknown" in the log, rightly); during the lookup, what is known so far.
    auto *watcher = new SignalWatcher(job);
    QObject::connect(watcher, &SignalWatcher::terminationRequested, job, [this, job, report](int) {
        if (!job->result().isFinished()) {
            m_out.warning(tr("sms-hook-cli: interrupted; stopping."));
            job->cancel(); // finished() follows at once, and reports
            return;
        }
        m_out.warning(tr("sms-hook-cli: interrupted; the lookup was stopped."));
        report();
    });
    job->start(request);
    return -1;
}

void CliApp::reportSendResult(const SendResult &r, bool wait)
{
    for (const QString &w : r.warnings)
        m_out.warning(tr("sms-hook-cli: warning: %1").arg(w));
    const bool verify = !r.serviceSid.isEmpty();
    QJsonObject doc {{QStringLiteral("outcome"), SendResult::outcomeName(r.outcome)},
                     {QStringLiteral("to"), r.toE164}};
    if (!r.warnings.isEmpty())
        doc.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(r.warnings));
    if (verify) {
        doc.insert(QStringLiteral("service_sid"), r.serviceSid);
        if (!r.verification.sid.isEmpty()) {
            doc.insert(QStringLiteral("sid"), r.verification.sid);
            doc.insert(QStringLiteral("status"), r.verification.status);
        }
    } else {
        doc.insert(QStringLiteral("from"), r.from);
        doc.insert(QStringLiteral("segments"), r.segments.segments);
        doc.insert(QStringLiteral("encoding"),
                   SegmentCalculator::encodingName(r.segments.encoding));
        if (!r.message.sid.isEmpty()) {
            doc.insert(QStringLiteral("sid"), r.message.sid);
            doc.insert(QStringLiteral("status"), r.message.status);
        }
        QJsonArray timeline;
        for (const StatusTransition &t : r.timeline)
            timeline.append(transitionJson(t));
        if (wait)
            doc.insert(QStringLiteral("timeline"), timeline);
        if (r.message.errorCode != 0)
            doc.insert(QStringLiteral("twilio_error"),
                       explanationJson(r.message.errorCode, r.message.errorMessage));
    }
    if (r.error.code != 0)
        doc.insert(QStringLiteral("twilio_error"), explanationJson(r.error.code, r.error.message));

    int exitCode = CliOutput::Success;
    switch (r.outcome) {
    case SendResult::Outcome::Delivered:
    case SendResult::Outcome::Sent:
        if (wait && r.outcome == SendResult::Outcome::Sent)
            m_out.warning(tr("sms-hook-cli: warning: %1").arg(r.summary()));
        if (verify)
            m_out.text(tr("Verification %1 for %2: %3 (service %4).")
                           .arg(r.verification.sid, r.toE164, r.verification.status, r.serviceSid));
        else if (!wait)
            m_out.text(tr("Accepted: %1  status %2  to %3  from %4  %n segment(s) (%5)", nullptr,
                          r.segments.segments)
                           .arg(r.message.sid, r.message.status, r.toE164, r.from,
                                SegmentCalculator::encodingName(r.segments.encoding)));
        else
            m_out.text(r.summary());
        doc.insert(QStringLiteral("ok"), true);
        m_out.result(doc);
        break;
    case SendResult::Outcome::NotDelivered:
        exitCode
            = m_out.fail(CliOutput::Failure, QStringLiteral("not-delivered"), r.summary(), {}, doc);
        break;
    case SendResult::Outcome::Rejected:
        exitCode = m_out.fail(CliOutput::Failure, QStringLiteral("rejected"),
                              r.error.userText().simplified(), {}, doc);
        break;
    case SendResult::Outcome::Unknown:
        exitCode = m_out.fail(CliOutput::Failure, QStringLiteral("unknown-outcome"),
                              r.summary().simplified(),
                              tr("Check the message log (sms-hook-cli status, or the Twilio "
                                 "Console) before sending again."),
                              doc);
        break;
    case SendResult::Outcome::InputError:
        exitCode = m_out.fail(CliOutput::Failure, QStringLiteral("invalid-input"), r.inputError, {},
                              doc);
        break;
    case SendResult::Outcome::KeychainFailed:
        exitCode = keychainFailure(r.keychainError);
        break;
    case SendResult::Outcome::LogFailed:
        exitCode = m_out.fail(CliOutput::Failure, QStringLiteral("delivery-log"),
                              r.summary().simplified(), {}, doc);
        break;
    case SendResult::Outcome::Cancelled:
    case SendResult::Outcome::Pending:
        exitCode
            = m_out.fail(CliOutput::Failure, QStringLiteral("cancelled"), r.summary(), {}, doc);
        break;
    }
    finishLater(exitCode);
}

int CliApp::status(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({ProfileOption, tr("The profile."), QStringLiteral("P")});
    parser.addOption({QStringLiteral("wait"), tr("Follow the message until a final status.")});
    if (!parse(parser, args, QStringLiteral("status"), 1, tr("message SID")))
        return parser.isSet(QStringLiteral("help")) ? CliOutput::Success : CliOutput::UsageError;
    const QString sid = parser.positionalArguments().constFirst();
    if (!SecretRules::isSid(sid, QLatin1String("SM"))
        && !SecretRules::isSid(sid, QLatin1String("MM")))
        return m_out.fail(
            CliOutput::UsageError, QStringLiteral("invalid-argument"),
            tr("\"%1\" is not a message SID: SM (or MM) followed by 32 hex digits.").arg(sid));
    int code = 0;
    auto profile = requireProfile(parser, &code);
    if (!profile || !prepareProfile(&*profile, &code))
        return code;
    const bool wait = parser.isSet(QStringLiteral("wait"));
    const Profile p = *profile;
    SecretsJob *read = m_secrets.read(p.name, {SecretNames::AccountSid, SecretNames::AuthToken});
    QObject::connect(read, &SecretsJob::finished, read, [this, read, p, sid, wait] {
        if (read->failed()) {
            finishLater(keychainFailure(read->error()));
            return;
        }
        for (const QString &name : {SecretNames::AccountSid, SecretNames::AuthToken}) {
            const SecretCheck check = SecretRules::checkValue(name, read->values().value(name));
            if (!read->values().contains(name) || !check.isOk()) {
                finishLater(
                    m_out.fail(CliOutput::Failure, QStringLiteral("invalid-input"),
                               read->values().contains(name)
                                   ? check.message
                                   : tr("%1 is not set for profile \"%2\".").arg(name, p.name),
                               tr("Set it with: sms-hook-cli secrets set --profile \"%1\" %2")
                                   .arg(p.name, name)));
                return;
            }
        }
        auto *client = new TwilioClient(p,
                                        {read->values().value(SecretNames::AccountSid),
                                         read->values().value(SecretNames::AuthToken)},
                                        network(), qApp);
        QObject::connect(client, &TwilioClient::retrying, client, [this](const QString &line) {
            m_out.warning(tr("sms-hook-cli: %1").arg(line));
        });
        auto report = [this](const Message &m, const QList<StatusTransition> &timeline,
                             bool waited) {
            QJsonObject doc {{QStringLiteral("sid"), m.sid},
                             {QStringLiteral("status"), m.status},
                             {QStringLiteral("to"), m.to},
                             {QStringLiteral("from"), m.from},
                             {QStringLiteral("segments"), m.numSegments}};
            if (waited) {
                QJsonArray list;
                for (const StatusTransition &t : timeline)
                    list.append(transitionJson(t));
                doc.insert(QStringLiteral("timeline"), list);
            }
            if (m.errorCode != 0)
                doc.insert(QStringLiteral("twilio_error"),
                           explanationJson(m.errorCode, m.errorMessage));
            if (isFailedStatus(m.status)) {
                const QString why
                    = m.errorCode != 0 ? explainCode(m.errorCode, m.errorMessage) : QString();
                finishLater(m_out.fail(CliOutput::Failure, QStringLiteral("not-delivered"),
                                       tr("%1 to %2: %3.").arg(m.sid, m.to, m.status), why, doc));
                return;
            }
            if (!waited)
                m_out.text(tr("%1  %2  to %3  from %4").arg(m.sid, m.status, m.to, m.from));
            doc.insert(QStringLiteral("ok"), true);
            m_out.result(doc);
            finishLater(CliOutput::Success);
        };
        auto fetchFailed = [this](const TwilioError &error) {
            QJsonObject extra;
            if (error.code != 0)
                extra.insert(QStringLiteral("twilio_error"),
                             explanationJson(error.code, error.message));
            finishLater(m_out.fail(CliOutput::Failure, QStringLiteral("fetch-failed"),
                                   error.userText().simplified(), {}, extra));
        };
        // Ctrl+C stops the reading (GETs only: nothing to undo) and says so.
        auto *watcher = new SignalWatcher(client);
        if (!wait) {
            TwilioReply *reply = client->fetchMessage(sid);
            QObject::connect(reply, &TwilioReply::finished, reply, [reply, report, fetchFailed] {
                reply->deleteLater();
                if (reply->isOk())
                    report(reply->message(), {}, false);
                else
                    fetchFailed(reply->error());
            });
            QObject::connect(watcher, &SignalWatcher::terminationRequested, reply,
                             [reply](int) { reply->cancel(); });
            return;
        }
        auto *tracker = new DeliveryTracker(client, client);
        tracker->setPollIntervalMs(1000);
        QObject::connect(tracker, &DeliveryTracker::pollFailed, tracker, [this](const QString &l) {
            m_out.warning(tr("sms-hook-cli: %1").arg(l));
        });
        QObject::connect(watcher, &SignalWatcher::terminationRequested, tracker,
                         [tracker](int) { tracker->cancel(); });
        QObject::connect(
            tracker, &DeliveryTracker::statusChanged, tracker, [this](const StatusTransition &t) {
                QString line = QStringLiteral("%1  %2").arg(timeText(t.at), t.status);
                if (t.errorCode != 0)
                    line += QStringLiteral("  ") + explainCode(t.errorCode, t.errorMessage);
                m_out.text(line);
            });
        QObject::connect(
            tracker, &DeliveryTracker::finished, tracker,
            [this, report, fetchFailed](const DeliveryTimeline &timeline) {
                switch (timeline.outcome) {
                case DeliveryTimeline::Outcome::Final:
                case DeliveryTimeline::Outcome::SentNoReceipt:
                    if (timeline.outcome == DeliveryTimeline::Outcome::SentNoReceipt)
                        m_out.warning(tr("sms-hook-cli: warning: sent, but no "
                                         "delivery receipt arrived; many carriers "
                                         "send none."));
                    report(timeline.lastMessage, timeline.transitions, true);
                    return;
                case DeliveryTimeline::Outcome::GaveUp:
                    finishLater(m_out.fail(
                        CliOutput::Failure, QStringLiteral("unknown-outcome"),
                        tr("no final status in time (last: %1).").arg(timeline.lastMessage.status),
                        tr("Check the message log later.")));
                    return;
                case DeliveryTimeline::Outcome::Error:
                    fetchFailed(timeline.error);
                    return;
                case DeliveryTimeline::Outcome::Cancelled:
                    finishLater(m_out.fail(
                        CliOutput::Failure, QStringLiteral("cancelled"),
                        tr("Cancelled: stopped following %1 (last status: %2). Only reading "
                           "stopped; the message goes on as Twilio has it.")
                            .arg(timeline.messageSid,
                                 timeline.lastMessage.status.isEmpty()
                                     ? tr("not read yet")
                                     : timeline.lastMessage.status)));
                    return;
                }
            });
        tracker->start(sid);
    });
    return -1;
}

int CliApp::segments(const QStringList &args)
{
    QCommandLineParser parser;
    if (!parse(parser, args, QStringLiteral("segments"), 0))
        return parser.isSet(QStringLiteral("help")) ? CliOutput::Success : CliOutput::UsageError;
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return m_out.fail(CliOutput::Failure, QStringLiteral("no-input"),
                          tr("could not read standard input."));
    int malformed = 0;
    int lineNumber = 0;
    // Always JSON lines, one per input line, in order: the output is made for scripts.
    auto emitLine = [](const QJsonObject &o) {
        const QByteArray bytes = QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
        std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    };
    while (!in.atEnd()) {
        const QByteArray line = in.readLine().trimmed();
        ++lineNumber;
        if (line.isEmpty())
            continue;
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
        const QJsonObject o = doc.object();
        QString problem;
        if (error.error != QJsonParseError::NoError)
            problem = tr("line %1: not JSON (%2)").arg(lineNumber).arg(error.errorString());
        else if (!doc.isObject() || !o.value(QStringLiteral("body")).isString())
            problem = tr("line %1: expected an object with a string \"body\"").arg(lineNumber);
        else if (o.contains(QStringLiteral("smart_encoding"))
                 && !o.value(QStringLiteral("smart_encoding")).isBool())
            problem = tr("line %1: \"smart_encoding\" must be true or false").arg(lineNumber);
        if (!problem.isEmpty()) {
            ++malformed;
            emitLine({{QStringLiteral("error"), problem}});
            continue;
        }
        const SegmentInfo info
            = SegmentCalculator::calculate(o.value(QStringLiteral("body")).toString(),
                                           o.value(QStringLiteral("smart_encoding")).toBool());
        emitLine({{QStringLiteral("encoding"), SegmentCalculator::encodingName(info.encoding)},
                  {QStringLiteral("segments"), info.segments},
                  {QStringLiteral("characters"), info.characters},
                  {QStringLiteral("unicode_scalars"), info.unicodeScalars},
                  {QStringLiteral("non_gsm"), QJsonArray::fromStringList(info.nonGsm)}});
    }
    std::fflush(stdout);
    if (malformed > 0) {
        const QString line = tr("sms-hook-cli: %n input line(s) could not be read; see the "
                                "\"error\" lines.",
                                nullptr, malformed);
        std::fputs(qPrintable(line + QLatin1Char('\n')), stderr);
        return CliOutput::Failure;
    }
    return CliOutput::Success;
}

int CliApp::sandbox(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("port"), tr("Port on 127.0.0.1 (default: a free one)."),
                      QStringLiteral("N")});
    parser.addOption({QStringLiteral("time-scale"),
                      tr("Real seconds per sandbox second (default 1)."), QStringLiteral("S")});
    if (!parse(parser, args, QStringLiteral("sandbox"), 0))
        return parser.isSet(QStringLiteral("help")) ? CliOutput::Success : CliOutput::UsageError;
    bool ok = true;
    const uint port = parser.isSet(QStringLiteral("port"))
        ? parser.value(QStringLiteral("port")).toUInt(&ok)
        : 0;
    if (!ok || port > 65535)
        return m_out.fail(CliOutput::UsageError, QStringLiteral("invalid-argument"),
                          tr("--port: a number from 0 to 65535."));
    double scale = 1.0;
    if (parser.isSet(QStringLiteral("time-scale"))) {
        scale = parser.value(QStringLiteral("time-scale")).toDouble(&ok);
        if (!ok || scale <= 0 || scale > 100)
            return m_out.fail(CliOutput::UsageError, QStringLiteral("invalid-argument"),
                              tr("--time-scale: a number above 0, such as 0.1 or 1."));
    }
    // QHttpServer logs its own line when the port is taken; ours says it once, with the fix.
    QLoggingCategory::setFilterRules(QStringLiteral("qt.httpserver*=false"));
    auto *watcher = new SignalWatcher(qApp);
    auto *server = new TwilioSandbox(qApp);
    server->setTimeScale(scale);
    if (!server->listen(quint16(port)))
        return m_out.fail(CliOutput::Failure, QStringLiteral("port-in-use"),
                          tr("could not listen on 127.0.0.1:%1.").arg(port),
                          tr("Pick another --port, or leave it out for a free one."));
    // Beside it, the Auth0 simulator's two tenants, whose Actions send through this sandbox.
    auto *tenants = new Auth0Sandbox(qApp);
    tenants->setTimeScale(scale);
    tenants->setTwilioBaseUrl(server->baseUrl());
    tenants->setActionExecutor(SandboxActions::runnerExecutor());
    if (!tenants->listen())
        return m_out.fail(CliOutput::Failure, QStringLiteral("port-in-use"),
                          tr("could not start the Auth0 simulator on 127.0.0.1."),
                          tr("Free some loopback ports, then try again."));
    QObject::connect(watcher, &SignalWatcher::terminationRequested, qApp,
                     [](int) { QCoreApplication::exit(CliOutput::Success); });
    // The sandboxes' credentials are public fixtures (docs/SANDBOX.md), not secrets.
    const SandboxFixtures::Credentials &c = TwilioSandbox::credentials();
    const QString base = server->baseUrl().toString();
    const auto &unified = Auth0SandboxFixtures::unifiedTenant();
    const auto &legacy = Auth0SandboxFixtures::legacyTenant();
    const auto &full = Auth0SandboxFixtures::fullClient();
    const auto &limited = Auth0SandboxFixtures::limitedClient();
    const QString unifiedBase = tenants->baseUrl(Auth0Sandbox::Mode::Unified).toString();
    const QString legacyBase = tenants->baseUrl(Auth0Sandbox::Mode::Legacy).toString();
    m_out.text(tr("Sandbox at %1  TWILIO_ACCOUNT_SID=%2  TWILIO_AUTH_TOKEN=%3  "
                  "TWILIO_PHONE_NUMBER=%4  TWILIO_VERIFY_SERVICE_SID=%5 (custom codes on) or %6 "
                  "(custom codes off)  Messaging Service %7  |  Auth0 tenant %8 at %9 (Unified "
                  "Phone Experience), %10 at %11 (legacy MFA phone)  client ID %12  client "
                  "secret %13  |  without update:actions: client ID %14  client secret %15  "
                  "(Ctrl+C to stop)")
                   .arg(base, c.accountSid, c.authToken, c.smsNumber, c.verifyCustomCodeServiceSid,
                        c.verifyServiceSid, c.messagingServiceSid, unified.domain, unifiedBase)
                   .arg(legacy.domain, legacyBase, full.clientId, full.clientSecret,
                        limited.clientId, limited.clientSecret));
    m_out.result(QJsonObject {
        {QStringLiteral("ok"), true},
        {QStringLiteral("base_url"), base},
        {QStringLiteral("account_sid"), c.accountSid},
        {QStringLiteral("auth_token"), c.authToken},
        {QStringLiteral("phone_number"), c.smsNumber},
        {QStringLiteral("messaging_service_sid"), c.messagingServiceSid},
        {QStringLiteral("verify_service_sid_custom_codes_on"), c.verifyCustomCodeServiceSid},
        {QStringLiteral("verify_service_sid_custom_codes_off"), c.verifyServiceSid},
        {QStringLiteral("auth0_domain"), unified.domain},
        {QStringLiteral("auth0_base_url"), unifiedBase},
        {QStringLiteral("auth0_client_id"), full.clientId},
        {QStringLiteral("auth0_client_secret"), full.clientSecret},
        {QStringLiteral("auth0_legacy_domain"), legacy.domain},
        {QStringLiteral("auth0_legacy_base_url"), legacyBase},
        {QStringLiteral("auth0_limited_client_id"), limited.clientId},
        {QStringLiteral("auth0_limited_client_secret"), limited.clientSecret},
        {QStringLiteral("time_scale"), scale}});
    return -1;
}

int CliApp::profilesAddSandbox(const QStringList &args)
{
    QCommandLineParser parser;
    if (!parse(parser, args, QStringLiteral("profiles add-sandbox"), 0))
        return parser.isSet(QStringLiteral("help")) ? CliOutput::Success : CliOutput::UsageError;
    // The base URL is a placeholder: whoever uses the profile points it at a running sandbox.
    SandboxProfileJob *job = SandboxProfile::ensure(&m_profiles, &m_secrets,
                                                    QUrl(QStringLiteral("http://127.0.0.1:8980")));
    QObject::connect(job, &SandboxProfileJob::finished, job, [this, job] {
        if (job->keychainError().isError()) {
            finishLater(keychainFailure(job->keychainError()));
            return;
        }
        if (job->failed()) {
            finishLater(
                m_out.fail(CliOutput::Failure, QStringLiteral("profile-exists"), job->error()));
            return;
        }
        m_out.text(job->created() ? tr("Added profile \"%1\" with the sandbox's test credentials.")
                                        .arg(job->profile().name)
                                  : tr("Profile \"%1\" is ready.").arg(job->profile().name));
        m_out.result(QJsonObject {{QStringLiteral("ok"), true},
                                  {QStringLiteral("created"), job->created()},
                                  {QStringLiteral("profile"), profileJson(job->profile())}});
        finishLater(CliOutput::Success);
    });
    return -1;
}
