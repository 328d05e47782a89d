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

// sms-hook-cli sandbox: the Twilio and Auth0 simulators on loopback until Ctrl+C.

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
