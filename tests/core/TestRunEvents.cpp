#include "hook/RunEvents.h"
#include "hook/SecretRedactor.h"

#include <QJsonArray>
#include <QTest>

// The pure parts of the runner: what kind of code a file holds, the input each kind gets as
// Auth0 builds it, the edited event merged over it, and secret redaction in its disguises.
class TestRunEvents : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void detectsKind_data();
    void detectsKind();
    void sendPhoneMessageShape();
    void customPhoneProviderShape();
    void hookContextAndBack();
    void mergeIsDeep();
    void secretsAreFilled();
    void redactsExactAndTransformed_data();
    void redactsExactAndTransformed();
    void shortValuesAndKeptIdentifiers();
};

void TestRunEvents::detectsKind_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<int>("kind");
    QTest::newRow("hook") << QStringLiteral(
        "module.exports = function (recipient, text, context, cb) { cb(); };")
                          << int(CodeKind::Hook);
    QTest::newRow("send-phone-message")
        << QStringLiteral("exports.onExecuteSendPhoneMessage = async (event) => {};")
        << int(CodeKind::SendPhoneMessage);
    QTest::newRow("custom-phone-provider")
        << QStringLiteral("exports.onExecuteCustomPhoneProvider = async (event, api) => {};")
        << int(CodeKind::CustomPhoneProvider);
    QTest::newRow("export named in a comment only")
        << QStringLiteral("// exports.onExecuteSendPhoneMessage = ...\n"
                          "/* onExecuteCustomPhoneProvider */\nmodule.exports = function () {};")
        << int(CodeKind::Hook);
    QTest::newRow("nothing") << QStringLiteral("const x = 1;") << int(CodeKind::Unknown);
}

void TestRunEvents::detectsKind()
{
    QFETCH(QString, source);
    QFETCH(int, kind);
    QCOMPARE(int(RunEvents::detectKind(source)), kind);
    QCOMPARE(RunEvents::kindFromName(RunEvents::kindName(CodeKind(kind))), CodeKind(kind));
}

void TestRunEvents::sendPhoneMessageShape()
{
    PhoneMessage m;
    m.recipient = QStringLiteral("+14155552671");
    m.text = QStringLiteral("Your code is 111222");
    m.code = QStringLiteral("111222");
    m.voice = true;
    m.enrollment = false;
    m.language = QStringLiteral("de");
    const QJsonObject e = RunEvents::sendPhoneMessageEvent(m);
    const QJsonObject o = e.value(QLatin1String("message_options")).toObject();
    QCOMPARE(o.keys(),
             (QStringList {QStringLiteral("action"), QStringLiteral("code"),
                           QStringLiteral("message_type"), QStringLiteral("recipient"),
                           QStringLiteral("text")}));
    QCOMPARE(o.value(QLatin1String("action")).toString(),
             QStringLiteral("second-factor-authentication"));
    QCOMPARE(o.value(QLatin1String("message_type")).toString(), QStringLiteral("voice"));
    QCOMPARE(o.value(QLatin1String("recipient")).toString(), m.recipient);
    QCOMPARE(o.value(QLatin1String("text")).toString(), m.text);
    QCOMPARE(o.value(QLatin1String("code")).toString(), m.code);
    const QJsonObject request = e.value(QLatin1String("request")).toObject();
    QCOMPARE(request.keys(),
             (QStringList {QStringLiteral("geoip"), QStringLiteral("hostname"),
                           QStringLiteral("ip"), QStringLiteral("language"),
                           QStringLiteral("method"), QStringLiteral("user_agent")}));
    QCOMPARE(request.value(QLatin1String("language")).toString(), QStringLiteral("de"));
    const QJsonObject user = e.value(QLatin1String("user")).toObject();
    for (const char *key :
         {"app_metadata", "created_at", "email_verified", "updated_at", "user_id", "user_metadata"})
        QVERIFY2(user.contains(QLatin1String(key)), key);
    QCOMPARE(e.value(QLatin1String("tenant")).toObject().keys(),
             QStringList {QStringLiteral("id")});
    QVERIFY(e.value(QLatin1String("client")).toObject().contains(QLatin1String("client_id")));
    QVERIFY(e.value(QLatin1String("secrets")).isObject());
}

void TestRunEvents::customPhoneProviderShape()
{
    PhoneMessage m;
    m.recipient = QStringLiteral("+14155552671");
    m.text = QStringLiteral("hi");
    m.language = QStringLiteral("pt-BR");
    QJsonObject e = RunEvents::customPhoneProviderEvent(m);
    QJsonObject n = e.value(QLatin1String("notification")).toObject();
    QCOMPARE(n.value(QLatin1String("delivery_method")).toString(), QStringLiteral("text"));
    QCOMPARE(n.value(QLatin1String("message_type")).toString(), QStringLiteral("otp_enroll"));
    QCOMPARE(n.value(QLatin1String("locale")).toString(), QStringLiteral("pt_BR"));
    QCOMPARE(n.value(QLatin1String("as_text")).toString(), QStringLiteral("hi"));
    QCOMPARE(n.value(QLatin1String("as_voice")).toString(), QStringLiteral("hi"));
    m.voice = true;
    m.enrollment = false;
    n = RunEvents::customPhoneProviderEvent(m).value(QLatin1String("notification")).toObject();
    QCOMPARE(n.value(QLatin1String("delivery_method")).toString(), QStringLiteral("voice"));
    QCOMPARE(n.value(QLatin1String("message_type")).toString(), QStringLiteral("otp_verify"));
    const QJsonObject tenant = e.value(QLatin1String("tenant")).toObject();
    QVERIFY(tenant.contains(QLatin1String("friendly_name")));
    QVERIFY(!e.contains(QLatin1String("message_options")));
    QCOMPARE(RunEvents::inputFor(CodeKind::CustomPhoneProvider, m),
             RunEvents::customPhoneProviderEvent(m));
}

void TestRunEvents::hookContextAndBack()
{
    PhoneMessage m;
    m.code = QStringLiteral("4242");
    m.voice = true;
    const QJsonObject context = RunEvents::hookContext(m);
    QCOMPARE(context.value(QLatin1String("message_type")).toString(), QStringLiteral("voice"));
    QCOMPARE(context.value(QLatin1String("code")).toString(), QStringLiteral("4242"));
    const PhoneMessage back
        = RunEvents::fromContext(context, QStringLiteral("+1"), QStringLiteral("t"));
    QCOMPARE(back.code, QStringLiteral("4242"));
    QVERIFY(back.voice);
    QVERIFY(back.enrollment);
    QCOMPARE(back.recipient, QStringLiteral("+1"));
    // A numeric code, as a context edited by hand may hold.
    QCOMPARE(RunEvents::fromContext({{QStringLiteral("code"), 123}}, {}, {}).code,
             QStringLiteral("123"));
}

void TestRunEvents::mergeIsDeep()
{
    const QJsonObject base {{QStringLiteral("notification"),
                             QJsonObject {{QStringLiteral("recipient"), QStringLiteral("+1")},
                                          {QStringLiteral("code"), QStringLiteral("1")}}},
                            {QStringLiteral("list"), QJsonArray {1, 2}}};
    const QJsonObject over {{QStringLiteral("notification"),
                             QJsonObject {{QStringLiteral("recipient"), QStringLiteral("+44")}}},
                            {QStringLiteral("list"), QJsonArray {3}},
                            {QStringLiteral("extra"), true}};
    const QJsonObject m = RunEvents::merged(base, over);
    const QJsonObject n = m.value(QLatin1String("notification")).toObject();
    QCOMPARE(n.value(QLatin1String("recipient")).toString(), QStringLiteral("+44"));
    QCOMPARE(n.value(QLatin1String("code")).toString(), QStringLiteral("1"));
    QCOMPARE(m.value(QLatin1String("list")).toArray(), QJsonArray {3});
    QCOMPARE(m.value(QLatin1String("extra")).toBool(), true);
}

void TestRunEvents::secretsAreFilled()
{
    const QMap<QString, QString> secrets {{QStringLiteral("A"), QStringLiteral("1")}};
    const QJsonObject action = RunEvents::withSecrets(
        CodeKind::SendPhoneMessage,
        {{QStringLiteral("secrets"), QJsonObject {{QStringLiteral("B"), QStringLiteral("2")}}}},
        secrets);
    QCOMPARE(action.value(QLatin1String("secrets")).toObject(),
             (QJsonObject {{QStringLiteral("A"), QStringLiteral("1")}}));
    const QJsonObject hook = RunEvents::withSecrets(CodeKind::Hook, {}, secrets);
    QCOMPARE(hook.value(QLatin1String("webtask"))
                 .toObject()
                 .value(QLatin1String("secrets"))
                 .toObject()
                 .value(QLatin1String("A"))
                 .toString(),
             QStringLiteral("1"));
}

void TestRunEvents::redactsExactAndTransformed_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    const QString m = SecretRedactor::mask();
    QTest::newRow("exact") << QStringLiteral("token f00dbabe0123456789abcdef01234567 end")
                           << QStringLiteral("token %1 end").arg(m);
    QTest::newRow("upper") << QStringLiteral("F00DBABE0123456789ABCDEF01234567") << m;
    QTest::newRow("halves") << QStringLiteral("a=f00dbabe01234567 b=89abcdef01234567")
                            << QStringLiteral("a=%1 b=%1").arg(m);
    QTest::newRow("spaces") << QStringLiteral(
        "f 0 0 d b a b e 0 1 2 3 4 5 6 7 8 9 a b c d e f 0 1 2 3 4 5 6 7!")
                            << m + QStringLiteral("!");
    QTest::newRow("dashes") << QStringLiteral("f00d-babe-0123-4567-89ab-cdef-0123-4567") << m;
    QTest::newRow("custom secret in JSON") << QStringLiteral("{\"key\":\"hunter2hunter2\"}")
                                           << QStringLiteral("{\"key\":\"%1\"}").arg(m);
    QTest::newRow("unrelated text")
        << QStringLiteral("nothing secret here 0123") << QStringLiteral("nothing secret here 0123");
}

void TestRunEvents::redactsExactAndTransformed()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    SecretRedactor r;
    r.addAll(
        {QStringLiteral("f00dbabe0123456789abcdef01234567"), QStringLiteral("hunter2hunter2")});
    QCOMPARE(r.redact(text), expected);
    QCOMPARE(r.containsSecret(text), expected != text);
}

void TestRunEvents::shortValuesAndKeptIdentifiers()
{
    SecretRedactor r;
    r.add(QStringLiteral("abc")); // too short: it would blank out words
    QVERIFY(r.isEmpty());
    QCOMPARE(r.redact(QStringLiteral("abc abc")), QStringLiteral("abc abc"));
    // A sandbox token shares digits with the Account SID; the SID is shown as it is.
    r.add(QStringLiteral("5a2db0c0000000000000000000a7f011"));
    r.keep(QStringLiteral("AC5a2db0c000000000000000000000f011"));
    QCOMPARE(
        r.redact(QStringLiteral(
            "/Accounts/AC5a2db0c000000000000000000000f011/x 5a2db0c0000000000000000000a7f011")),
        QStringLiteral("/Accounts/AC5a2db0c000000000000000000000f011/x [redacted]"));
    QVERIFY(!r.containsSecret(QStringLiteral("AC5a2db0c000000000000000000000f011")));
}

QTEST_GUILESS_MAIN(TestRunEvents)
#include "TestRunEvents.moc"
