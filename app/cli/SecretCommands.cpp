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

// sms-hook-cli secrets list | set | unset: names and checks, never values.

int CliApp::secretsList(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({CliOptions::Profile, tr("The profile."), QStringLiteral("P")});
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
    parser.addOption({CliOptions::Profile, tr("The profile."), QStringLiteral("P")});
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
    parser.addOption({CliOptions::Profile, tr("The profile."), QStringLiteral("P")});
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
