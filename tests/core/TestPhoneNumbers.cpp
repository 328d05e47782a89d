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
    void neverAnotherNumber_data();
    void neverAnotherNumber();
    void separatorsAccepted_data();
    void separatorsAccepted();
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
    // The one warning every front shows for a number SMS does not reach.
    if (info.canReceiveSms()) {
        QVERIFY(info.smsWarning().isEmpty());
    } else {
        QVERIFY2(info.smsWarning().startsWith(info.e164 + QLatin1Char(' ')),
                 qPrintable(info.smsWarning()));
        QVERIFY2(info.smsWarning().contains(info.typeName()), qPrintable(info.smsWarning()));
    }
}

void TestPhoneNumbers::regions()
{
    QVERIFY(PhoneNumbers::isKnownRegion(QStringLiteral("US")));
    QVERIFY(PhoneNumbers::isKnownRegion(QStringLiteral("gb")));
    QVERIFY(!PhoneNumbers::isKnownRegion(QStringLiteral("XX")));
    QVERIFY(!PhoneNumbers::isKnownRegion(QStringLiteral("USA")));
}

void TestPhoneNumbers::neverAnotherNumber_data()
{
    // What was typed is not a number on its own: libphonenumber would still make one of it
    // (letters as keypad digits, an extension dropped), so each is refused with what to remove.
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QStringList>("mentions"); // every one must be in the error
    QTest::addColumn<QStringList>("never"); // none may be: wrong advice, numbers not typed

    const QString us = QStringLiteral("US");
    const QStringList noExtension {QStringLiteral("+14155552671123")};
    // Letters (a vanity number, a note, a prefix)
    QTest::newRow("vanity") << QStringLiteral("+1415555CALL") << QString()
                            << QStringList {QStringLiteral("\"CALL\""), QStringLiteral("digits")}
                            << QStringList {QStringLiteral("+14155552255")};
    QTest::newRow("vanity national")
        << QStringLiteral("1-800-FLOWERS") << us << QStringList {QStringLiteral("\"FLOWERS\"")}
        << QStringList {QStringLiteral("+18003569377")};
    QTest::newRow("note in brackets")
        << QStringLiteral("+1 (415) 555-2671 (mobile)") << QString()
        << QStringList {QStringLiteral("\"mobile\"")}
        << QStringList {QStringLiteral("+14155552671662453"), QStringLiteral("662453")};
    QTest::newRow("tel: prefix") << QStringLiteral("tel:+14155552671") << QString()
                                 << QStringList {QStringLiteral("\"tel\"")} << QStringList {};
    QTest::newRow("letter o for zero") << QStringLiteral("+1415555267O") << QString()
                                       << QStringList {QStringLiteral("\"O\"")} << QStringList {};
    // Extensions, in each way people write them
    QTest::newRow("ext.") << QStringLiteral("+14155552671 ext. 123") << QString()
                          << QStringList {QStringLiteral("\"ext. 123\""),
                                          QStringLiteral("extension")}
                          << noExtension;
    QTest::newRow("ext") << QStringLiteral("+14155552671 ext123") << QString()
                         << QStringList {QStringLiteral("extension")} << noExtension;
    QTest::newRow("x") << QStringLiteral("+1 415 555 2671 x123") << QString()
                       << QStringList {QStringLiteral("\"x123\""), QStringLiteral("extension")}
                       << noExtension;
    QTest::newRow("extension word")
        << QStringLiteral("(415) 555-2671 extension 5") << us
        << QStringList {QStringLiteral("\"extension 5\"")} << QStringList {};
    QTest::newRow("hash") << QStringLiteral("+14155552671#123") << QString()
                          << QStringList {QStringLiteral("\"#123\"")} << noExtension;
    QTest::newRow("rfc 3966") << QStringLiteral("+14155552671;ext=123") << QString()
                              << QStringList {QStringLiteral("extension")} << noExtension;
    QTest::newRow("pause") << QStringLiteral("+14155552671,123") << QString()
                           << QStringList {QStringLiteral("\",123\""), QStringLiteral("extension")}
                           << noExtension;
    // Other characters
    QTest::newRow("star") << QStringLiteral("*14155552671") << QString()
                          << QStringList {QStringLiteral("\"*\"")} << QStringList {};
    QTest::newRow("at") << QStringLiteral("+1415555@2671") << QString()
                        << QStringList {QStringLiteral("\"@\"")} << QStringList {};
    QTest::newRow("emoji") << QStringLiteral("+14155552671 \U0001F4F1") << QString()
                           << QStringList {QStringLiteral("\"\U0001F4F1\"")} << QStringList {};
    QTest::newRow("plus inside") << QStringLiteral("+1 415 +5552671") << QString()
                                 << QStringList {QStringLiteral("only at the start")}
                                 << QStringList {};
    QTest::newRow("minus for plus")
        << QStringLiteral("-14155552671") << QStringLiteral("US")
        << QStringList {QStringLiteral("cannot start with -")} << QStringList {};
    QTest::newRow("two numbers") << QStringLiteral("+14155552671, +14155552672") << QString()
                                 << QStringList {QStringLiteral("\",\"")} << QStringList {};
    // The advice fits what was typed
    QTest::newRow("plus, then a country code of 0")
        << QStringLiteral("+0123456789") << QString()
        << QStringList {QStringLiteral("+0123456789"), QStringLiteral("after the +")}
        << QStringList {QStringLiteral("Start the number with +")};
    QTest::newRow("plus, then an unknown country code")
        << QStringLiteral("+999 1234 5678") << us << QStringList {QStringLiteral("after the +")}
        << QStringList {QStringLiteral("Start the number with +")};
    QTest::newRow("national, no region")
        << QStringLiteral("4155552671") << QString()
        << QStringList {QStringLiteral("Start the number with +"), QStringLiteral("default region")}
        << QStringList {};
    QTest::newRow("national, too few digits for the region")
        << QStringLiteral("12345") << us
        << QStringList {QStringLiteral("\"12345\""), QStringLiteral("default region US"),
                        QStringLiteral("+112345")}
        << QStringList {QStringLiteral("+112345 is not a valid number")};
}

void TestPhoneNumbers::neverAnotherNumber()
{
    QFETCH(QString, input);
    QFETCH(QString, region);
    QFETCH(QStringList, mentions);
    QFETCH(QStringList, never);
    const PhoneNumberInfo info = PhoneNumbers::parse(input, region);
    QVERIFY(!info.valid);
    QVERIFY2(!info.error.isEmpty(), qPrintable(input));
    for (const QString &m : mentions)
        QVERIFY2(info.error.contains(m), qPrintable(info.error));
    for (const QString &n : never)
        QVERIFY2(!info.error.contains(n), qPrintable(info.error));
    // Whatever was read holds the digits typed, none added and none dropped.
    QString digits;
    for (QChar c : input)
        if (c.isDigit())
            digits += c;
    QVERIFY2(!info.parsed || info.e164.endsWith(digits), qPrintable(info.e164));
    QVERIFY2(info.error.contains(QLatin1String("for example +")), qPrintable(info.error));
}

void TestPhoneNumbers::separatorsAccepted_data()
{
    // The ways people write one number: all of them are that number, and only that one.
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("region");
    const QString us = QStringLiteral("US");
    QTest::newRow("e164") << QStringLiteral("+14155552671") << QString();
    QTest::newRow("spaces") << QStringLiteral(" +1 415 555 2671 ") << QString();
    QTest::newRow("dashes") << QStringLiteral("+1-415-555-2671") << QString();
    QTest::newRow("dots") << QStringLiteral("+1.415.555.2671") << QString();
    QTest::newRow("brackets") << QStringLiteral("+1 (415) 555-2671") << QString();
    QTest::newRow("slash") << QStringLiteral("+1 415/555 2671") << QString();
    QTest::newRow("unicode dash") << QStringLiteral("+1 415\u2011555\u20132671") << QString();
    QTest::newRow("no-break space")
        << QStringLiteral("+1\u00a0415\u00a0555\u00a02671") << QString();
    QTest::newRow("national") << QStringLiteral("(415) 555-2671") << us;
    QTest::newRow("national with 1") << QStringLiteral("1 415 555 2671") << us;
    QTest::newRow("international prefix") << QStringLiteral("011 1 415 555 2671") << us;
}

void TestPhoneNumbers::separatorsAccepted()
{
    QFETCH(QString, input);
    QFETCH(QString, region);
    const PhoneNumberInfo info = PhoneNumbers::parse(input, region);
    QVERIFY2(info.valid, qPrintable(info.error));
    QCOMPARE(info.e164, QStringLiteral("+14155552671"));
}

QTEST_GUILESS_MAIN(TestPhoneNumbers)
#include "TestPhoneNumbers.moc"
