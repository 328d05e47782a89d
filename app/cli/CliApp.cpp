#include "CliApp.h"
#include "CliOptions.h"
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
              "%1%2%3%4%5"
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
    parser.addOption({CliOptions::Json, tr("Machine-readable output.")});
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
    const QString name = parser.value(CliOptions::Profile);
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
