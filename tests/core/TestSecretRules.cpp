#include "profile/Profile.h"
#include "secrets/SecretRules.h"

#include <QTest>

// Validation of every known secret, good and bad values, and the naming rules.
class TestSecretRules : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void values_data();
    void values();
    void names_data();
    void names();
    void suggestsTheE164Rewrite();
    void count();
    void profileRules();
};

void TestSecretRules::values_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("region");
    QTest::addColumn<int>("level"); // SecretCheck::Level
    QTest::addColumn<QString>("mentions"); // a word the message must contain

    const QString sid = QStringLiteral("AC0123456789abcdef0123456789abcdef");
    const int ok = int(SecretCheck::Level::Ok);
    const int warn = int(SecretCheck::Level::Warning);
    const int err = int(SecretCheck::Level::Error);
    const QString account = SecretNames::AccountSid;
    const QString token = SecretNames::AuthToken;
    const QString phone = SecretNames::PhoneNumber;
    const QString verify = SecretNames::VerifyServiceSid;
    const QString none;

    QTest::newRow("sid ok") << account << sid << none << ok << QString();
    QTest::newRow("sid upper hex ok")
        << account << QStringLiteral("AC0123456789ABCDEF0123456789ABCDEF") << none << ok
        << QString();
    QTest::newRow("sid short") << account << QStringLiteral("AC123") << none << err << account;
    QTest::newRow("sid lowercase prefix")
        << account << QStringLiteral("ac0123456789abcdef0123456789abcdef") << none << err
        << account;
    QTest::newRow("sid non hex") << account << QStringLiteral("AC0123456789abcdef0123456789abcdeg")
                                 << none << err << account;
    QTest::newRow("sid is api key")
        << account << QStringLiteral("SK0123456789abcdef0123456789abcdef") << none << err
        << QStringLiteral("API Key");
    QTest::newRow("sid trailing space")
        << account << sid + QLatin1Char(' ') << none << err << QStringLiteral("spaces");
    QTest::newRow("sid empty") << account << QString() << none << err << account;

    QTest::newRow("token ok") << token << QStringLiteral("0123456789abcdef0123456789abcdef") << none
                              << ok << QString();
    QTest::newRow("token 31") << token << QStringLiteral("0123456789abcdef0123456789abcde") << none
                              << err << QStringLiteral("31");
    QTest::newRow("token is sid") << token << sid << none << err << QStringLiteral("Account SID");
    QTest::newRow("token not hex")
        << token << QStringLiteral("0123456789abcdef0123456789abcdez") << none << err << token;

    QTest::newRow("phone e164 mobile")
        << phone << QStringLiteral("+14155552671") << none << ok << QString();
    QTest::newRow("phone uk mobile")
        << phone << QStringLiteral("+447911123456") << none << ok << QString();
    QTest::newRow("phone national with region")
        << phone << QStringLiteral("(415) 555-2671") << QStringLiteral("US") << err
        << QStringLiteral("+14155552671");
    QTest::newRow("phone national no region")
        << phone << QStringLiteral("4155552671") << none << err << QStringLiteral("+");
    QTest::newRow("phone letters") << phone << QStringLiteral("call me") << none << err << phone;
    QTest::newRow("phone invalid") << phone << QStringLiteral("+1555") << none << err << phone;
    QTest::newRow("phone fixed line")
        << phone << QStringLiteral("+442071838750") << none << warn << QStringLiteral("fixed-line");
    QTest::newRow("phone messaging service")
        << phone << QStringLiteral("MG0123456789abcdef0123456789abcdef") << none << ok << QString();
    QTest::newRow("phone bad messaging service")
        << phone << QStringLiteral("MG0123") << none << err << QStringLiteral("Messaging Service");

    QTest::newRow("verify ok") << verify << QStringLiteral("VA0123456789abcdef0123456789abcdef")
                               << none << ok << QString();
    QTest::newRow("verify is account sid")
        << verify << sid << none << err << QStringLiteral("Account SID");
    QTest::newRow("verify short") << verify << QStringLiteral("VA12") << none << err << verify;

    QTest::newRow("custom any") << QStringLiteral("MY_KEY") << QStringLiteral(" anything ") << none
                                << ok << QString();
    QTest::newRow("custom empty") << QStringLiteral("MY_KEY") << QString() << none << err
                                  << QStringLiteral("MY_KEY");
    QTest::newRow("custom too long") << QStringLiteral("MY_KEY") << QString(4097, QLatin1Char('x'))
                                     << none << err << QStringLiteral("4096");
}

void TestSecretRules::values()
{
    QFETCH(QString, name);
    QFETCH(QString, value);
    QFETCH(QString, region);
    QFETCH(int, level);
    QFETCH(QString, mentions);
    const SecretCheck check = SecretRules::checkValue(name, value, region);
    QCOMPARE(int(check.level), level);
    if (level == int(SecretCheck::Level::Ok))
        QVERIFY(check.message.isEmpty());
    else
        QVERIFY2(check.message.contains(mentions), qPrintable(check.message));
}

void TestSecretRules::names_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("ok");
    QTest::newRow("known") << QStringLiteral("TWILIO_AUTH_TOKEN") << true;
    QTest::newRow("custom") << QStringLiteral("my_Key2") << true;
    QTest::newRow("underscore first") << QStringLiteral("_X") << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("digit first") << QStringLiteral("2FA_KEY") << false;
    QTest::newRow("dash") << QStringLiteral("MY-KEY") << false;
    QTest::newRow("space") << QStringLiteral("MY KEY") << false;
    QTest::newRow("dot") << QStringLiteral("a.b") << false;
    QTest::newRow("too long") << QString(256, QLatin1Char('A')) << false;
    QTest::newRow("max length") << QString(255, QLatin1Char('A')) << true;
}

void TestSecretRules::names()
{
    QFETCH(QString, name);
    QFETCH(bool, ok);
    const SecretCheck check = SecretRules::checkName(name);
    QCOMPARE(check.isOk(), ok);
    if (!ok)
        QVERIFY(check.message.contains(QStringLiteral("Secret name")));
    // The description shows the name read in code only when code could read it so.
    const QString description = SecretRules::description(name);
    const QString read = QStringLiteral("context.webtask.secrets.") + name;
    if (SecretRules::isKnown(name))
        return;
    if (ok)
        QVERIFY2(description.contains(read), qPrintable(description));
    else
        QVERIFY2(!description.contains(read) || name.isEmpty(), qPrintable(description));
}

void TestSecretRules::suggestsTheE164Rewrite()
{
    // A number written the region's own way is refused, with the certain rewrite offered.
    SecretCheck check = SecretRules::checkValue(
        SecretNames::PhoneNumber, QStringLiteral("(500) 555-0006"), QStringLiteral("US"));
    QCOMPARE(check.level, SecretCheck::Level::Error);
    QCOMPARE(check.suggestion, QStringLiteral("+15005550006"));
    QCOMPARE(
        SecretRules::checkValue(SecretNames::PhoneNumber, check.suggestion, QStringLiteral("US"))
            .level,
        SecretCheck::Level::Ok);
    // Without a region it cannot be read: no rewrite is guessed.
    check = SecretRules::checkValue(SecretNames::PhoneNumber, QStringLiteral("(500) 555-0006"));
    QCOMPARE(check.level, SecretCheck::Level::Error);
    QVERIFY(check.suggestion.isEmpty());
}

void TestSecretRules::count()
{
    QVERIFY(SecretRules::checkCount(20).isOk());
    const SecretCheck over = SecretRules::checkCount(22);
    QVERIFY(!over.isOk());
    QVERIFY2(over.message.contains(QStringLiteral("20"))
                 && over.message.contains(QStringLiteral("2")),
             qPrintable(over.message));
}

void TestSecretRules::profileRules()
{
    QVERIFY(ProfileRules::checkBaseUrl(QUrl(QStringLiteral("https://api.twilio.com")),
                                       QStringLiteral("API"))
                .isEmpty());
    QVERIFY(ProfileRules::checkBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:8080")),
                                       QStringLiteral("API"))
                .isEmpty());
    QVERIFY(ProfileRules::checkBaseUrl(QUrl(QStringLiteral("http://localhost:1")),
                                       QStringLiteral("API"))
                .isEmpty());
    QVERIFY(
        ProfileRules::checkBaseUrl(QUrl(QStringLiteral("http://[::1]:1")), QStringLiteral("API"))
            .isEmpty());
    const QString plain = ProfileRules::checkBaseUrl(QUrl(QStringLiteral("http://api.twilio.com")),
                                                     QStringLiteral("API base URL"));
    QVERIFY(plain.contains(QStringLiteral("API base URL"))
            && plain.contains(QStringLiteral("https")));
    QVERIFY(!ProfileRules::checkBaseUrl(QUrl(QStringLiteral("ftp://x")), QStringLiteral("API"))
                 .isEmpty());
    QVERIFY(!ProfileRules::checkBaseUrl(QUrl(QStringLiteral("https://u:p@api.twilio.com")),
                                        QStringLiteral("API"))
                 .isEmpty());
    QVERIFY(!ProfileRules::checkBaseUrl(QUrl(QStringLiteral("not a url")), QStringLiteral("API"))
                 .isEmpty());

    QVERIFY(ProfileRules::checkName(QStringLiteral("Production")).isEmpty());
    QVERIFY(!ProfileRules::checkName(QString()).isEmpty());
    QVERIFY(!ProfileRules::checkName(QStringLiteral(" x")).isEmpty());
    QVERIFY(!ProfileRules::checkName(QStringLiteral("a/b")).isEmpty());

    QVERIFY(ProfileRules::checkRegion(QString()).isEmpty());
    QVERIFY(ProfileRules::checkRegion(QStringLiteral("GB")).isEmpty());
    QVERIFY(ProfileRules::checkRegion(QStringLiteral("XX")).contains(QStringLiteral("XX")));
}

QTEST_GUILESS_MAIN(TestSecretRules)
#include "TestSecretRules.moc"
