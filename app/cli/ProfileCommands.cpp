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

// sms-hook-cli profiles list | add | remove, and profiles add --sandbox.

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
        list.append(CliOptions::profileJson(*p));
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
    m_out.result(QJsonObject {{QStringLiteral("ok"), true},
                              {QStringLiteral("profile"), CliOptions::profileJson(p)}});
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
        m_out.result(
            QJsonObject {{QStringLiteral("ok"), true},
                         {QStringLiteral("created"), job->created()},
                         {QStringLiteral("profile"), CliOptions::profileJson(job->profile())}});
        finishLater(CliOutput::Success);
    });
    return -1;
}
