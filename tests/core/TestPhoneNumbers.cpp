#include "phone/PhoneNumber.h"

#include <QTest>

// A table of typed phone numbers and what the console must make of them.
class TestPhoneNumbers : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_data();
    void parse();
    void regions();
};

Q_DECLARE_METATYPE(PhoneNumberInfo::Type)

void TestPhoneNumbers::parse_data()
{
    using T = PhoneNumberInfo::Type;
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("region");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("e164");
    QTest::addColumn<QString>("country");
    QTest::addColumn<T>("type");
    QTest::addColumn<bool>("isE164Input");
    QTest::addColumn<QString>("errorMentions");

    const QString none;
    QTest::newRow("us e164") << QStringLiteral("+14155552671") << none << true
                             << QStringLiteral("+14155552671") << QStringLiteral("US")
                             << T::FixedLineOrMobile << true << none;
    QTest::newRow("us national with region")
        << QStringLiteral("(415) 555-2671") << QStringLiteral("US") << true
        << QStringLiteral("+14155552671") << QStringLiteral("US") << T::FixedLineOrMobile << false
        << none;
    QTest::newRow("lowercase region")
        << QStringLiteral("415 555 2671") << QStringLiteral("us") << true
        << QStringLiteral("+14155552671") << QStringLiteral("US") << T::FixedLineOrMobile << false
        << none;
    QTest::newRow("national without region")
        << QStringLiteral("4155552671") << none << false << none << none << T::Unknown << false
        << QStringLiteral("default region");
    QTest::newRow("uk mobile national")
        << QStringLiteral("07400 123456") << QStringLiteral("GB") << true
        << QStringLiteral("+447400123456") << QStringLiteral("GB") << T::Mobile << false << none;
    QTest::newRow("uk landline") << QStringLiteral("+44 20 7183 8750") << none << true
                                 << QStringLiteral("+442071838750") << QStringLiteral("GB")
                                 << T::FixedLine << true << none;
    QTest::newRow("00 prefix from de")
        << QStringLiteral("0044 7400 123456") << QStringLiteral("DE") << true
        << QStringLiteral("+447400123456") << QStringLiteral("GB") << T::Mobile << false << none;
    QTest::newRow("german mobile")
        << QStringLiteral("+49 151 23456789") << none << true << QStringLiteral("+4915123456789")
        << QStringLiteral("DE") << T::Mobile << true << none;
    QTest::newRow("twilio magic number")
        << QStringLiteral("+15005550006") << none << true << QStringLiteral("+15005550006")
        << QStringLiteral("US") << T::PersonalNumber << true << none;
    QTest::newRow("too short") << QStringLiteral("+1555") << none << false
                               << QStringLiteral("+1555") << QStringLiteral("ZZ") << T::Unknown
                               << true << QStringLiteral("not a valid number");
    QTest::newRow("letters") << QStringLiteral("call me") << none << false << none << none
                             << T::Unknown << false << QStringLiteral("not a phone number");
    QTest::newRow("empty") << QString() << none << false << none << none << T::Unknown << false
                           << QStringLiteral("Enter a phone number");
    QTest::newRow("bad country code")
        << QStringLiteral("+999 1234 5678") << none << false << none << none << T::Unknown << false
        << QStringLiteral("country code");
}

void TestPhoneNumbers::parse()
{
    QFETCH(QString, input);
    QFETCH(QString, region);
    QFETCH(bool, valid);
    QFETCH(QString, e164);
    QFETCH(QString, country);
    QFETCH(PhoneNumberInfo::Type, type);
    QFETCH(bool, isE164Input);
    QFETCH(QString, errorMentions);

    const PhoneNumberInfo info = PhoneNumbers::parse(input, region);
    QCOMPARE(info.valid, valid);
    if (!e164.isEmpty()) {
        QCOMPARE(info.e164, e164);
        QCOMPARE(info.regionCode, country);
        QCOMPARE(info.isE164Input, isE164Input);
    }
    QCOMPARE(info.type, type);
    if (valid)
        QVERIFY(info.error.isEmpty());
    else
        QVERIFY2(info.error.contains(errorMentions), qPrintable(info.error));
    QCOMPARE(info.canReceiveSms(), type != PhoneNumberInfo::Type::FixedLine);
}

void TestPhoneNumbers::regions()
{
    QVERIFY(PhoneNumbers::isKnownRegion(QStringLiteral("US")));
    QVERIFY(PhoneNumbers::isKnownRegion(QStringLiteral("gb")));
    QVERIFY(!PhoneNumbers::isKnownRegion(QStringLiteral("XX")));
    QVERIFY(!PhoneNumbers::isKnownRegion(QStringLiteral("USA")));
}

QTEST_GUILESS_MAIN(TestPhoneNumbers)
#include "TestPhoneNumbers.moc"
