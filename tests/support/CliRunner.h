#pragma once

#include <QDir>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSignalSpy>
#include <QStringList>
#include <QTest>

// Helpers for the tests that run the real sms-hook-cli binary (SMSHOOK_CLI_PATH) as a child
// process, as a script would: a command's exit code and output, `sms-hook-cli sandbox` as the
// Twilio to talk to, and a profile pointed at it with its secrets set through the CLI itself.
namespace CliRunner {

// What one command left behind. exitCode is -1 when it did not start or did not end in time,
// -2 when it crashed.
struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
};

// The system environment with the settings, data and cache under root and a keychain service
// of the tests' own, so that a test never reads or writes the user's profiles or secrets.
inline QProcessEnvironment environment(const QString &root)
{
    const QDir dir(root);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), dir.filePath(QStringLiteral("cache")));
    env.insert(QStringLiteral("SMSHOOK_KEYCHAIN_SERVICE"), QStringLiteral("sms-hook-cli-test"));
    return env;
}

// Runs `sms-hook-cli args` in env with stdinData on its standard input (secrets go there, never
// in the arguments) and waits for it. A command still running after timeoutMs is killed and
// says so on err.
inline Run run(const QProcessEnvironment &env, const QStringList &args,
               const QByteArray &stdinData = {}, int timeoutMs = 30000)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(SMSHOOK_CLI_PATH), args);
    Run run;
    if (!p.waitForStarted(5000))
        return run;
    p.write(stdinData);
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(2000);
        run.err = QStringLiteral("test: the command did not end");
        return run;
    }
    run.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    run.out = QString::fromUtf8(p.readAllStandardOutput());
    run.err = QString::fromUtf8(p.readAllStandardError());
    return run;
}

// Starts `sms-hook-cli sandbox --json` (plus options such as --time-scale) in sandbox and reads
// its first line, the credentials and base_url of the sandbox, into credentials. The line is
// printed once the sandbox listens.
inline void startSandbox(QProcess &sandbox, QJsonObject &credentials,
                         const QStringList &options = {})
{
    sandbox.start(QStringLiteral(SMSHOOK_CLI_PATH),
                  QStringList {QStringLiteral("sandbox"), QStringLiteral("--json")} + options);
    QVERIFY(sandbox.waitForStarted(5000));
    QTRY_VERIFY_WITH_TIMEOUT(sandbox.canReadLine(), 10000);
    credentials = QJsonDocument::fromJson(sandbox.readLine()).object();
}

// Stops a sandbox started by startSandbox with SIGTERM, its clean stop. False when it does not
// end within 5 s; true at once when it was not running.
inline bool stopSandbox(QProcess &sandbox)
{
    if (sandbox.state() == QProcess::NotRunning)
        return true;
    sandbox.terminate();
    return sandbox.waitForFinished(5000);
}

// Every message the sandbox started by startSandbox holds for its full account, newest first,
// as Twilio's Messages list returns them (asked over HTTP like any client): what was really
// sent. Empty, with a test failure, when the sandbox does not answer.
inline QJsonArray sandboxMessages(const QJsonObject &credentials)
{
    QNetworkAccessManager nam;
    const QString account = credentials.value(QStringLiteral("account_sid")).toString();
    QNetworkRequest request(QUrl(credentials.value(QStringLiteral("base_url")).toString()
                                 + QStringLiteral("/2010-04-01/Accounts/") + account
                                 + QStringLiteral("/Messages.json?PageSize=1000")));
    request.setRawHeader("Authorization",
                         "Basic "
                             + (account + QLatin1Char(':')
                                + credentials.value(QStringLiteral("auth_token")).toString())
                                   .toUtf8()
                                   .toBase64());
    QNetworkReply *reply = nam.get(request);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!finished.wait(10000) || reply->error() != QNetworkReply::NoError) {
        QTest::qFail("the sandbox did not list its messages", __FILE__, __LINE__);
        return {};
    }
    const QJsonArray messages = QJsonDocument::fromJson(reply->readAll())
                                    .object()
                                    .value(QStringLiteral("messages"))
                                    .toArray();
    delete reply;
    return messages;
}

// Sets secret name of profile through `secrets set`, the value on stdin.
inline void setSecret(const QProcessEnvironment &env, const QString &profile, const QString &name,
                      const QString &value)
{
    const Run r = run(env,
                      {QStringLiteral("secrets"), QStringLiteral("set"),
                       QStringLiteral("--profile"), profile, name},
                      value.toUtf8());
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
}

// The Twilio secrets a profile on the sandbox gets by default: all four, so that Programmable
// SMS and Verify both work (Verify with custom codes on).
inline QStringList sandboxSecrets()
{
    return {QStringLiteral("TWILIO_ACCOUNT_SID"), QStringLiteral("TWILIO_AUTH_TOKEN"),
            QStringLiteral("TWILIO_PHONE_NUMBER"), QStringLiteral("TWILIO_VERIFY_SERVICE_SID")};
}

// Adds profile name with both API bases at base (extra `profiles add` options, such as
// --region, go before them) and sets each of secrets to its value in the sandbox's credentials.
inline void addProfile(const QProcessEnvironment &env, const QString &name, const QString &base,
                       const QJsonObject &credentials,
                       const QStringList &secrets = sandboxSecrets(),
                       const QStringList &options = {})
{
    // Which key of the sandbox's JSON line holds each secret.
    static const QHash<QString, QString> keys {
        {QStringLiteral("TWILIO_ACCOUNT_SID"), QStringLiteral("account_sid")},
        {QStringLiteral("TWILIO_AUTH_TOKEN"), QStringLiteral("auth_token")},
        {QStringLiteral("TWILIO_PHONE_NUMBER"), QStringLiteral("phone_number")},
        {QStringLiteral("TWILIO_VERIFY_SERVICE_SID"),
         QStringLiteral("verify_service_sid_custom_codes_on")}};
    const Run r
        = run(env,
              QStringList {QStringLiteral("profiles"), QStringLiteral("add"), name} + options
                  + QStringList {QStringLiteral("--api-base"), base,
                                 QStringLiteral("--verify-base"), base});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    for (const QString &secret : secrets) {
        QVERIFY2(keys.contains(secret), qPrintable(secret));
        setSecret(env, name, secret, credentials.value(keys.value(secret)).toString());
    }
}

} // namespace CliRunner
