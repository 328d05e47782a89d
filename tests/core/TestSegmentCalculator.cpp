#include "sms/SegmentCalculator.h"
#include "sms/SmartEncoding.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

// The segment calculator against every answer of Twilio's own calculator in
// tests/data/sms-segments.jsonl, plus the boundaries a user runs into while typing.
class TestSegmentCalculator : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void vectorFile();
    void twilioVectors_data();
    void twilioVectors();

    void emptyBody();
    void gsm7Boundary_data();
    void gsm7Boundary();
    void extensionCharacterNotSplit();
    void emojiNotSplitAtUcs2Boundary();
    void ucs2Boundary();
    void crLfCountsTwo();
    void flagsPairUpAfterEmoji();
    void emojiAfterThaiOrMyanmarStaysWhole();
    void smartEncodingTurnsCurlyQuotesIntoGsm7();
    void nonGsmSpansPointIntoBodyAsTyped();
    void summaryShowsCountsAndRoom();
    void gsm7Table();
};

namespace {

QList<QByteArray> vectorLines()
{
    QFile file(QStringLiteral(SMSHOOK_SEGMENT_VECTORS));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<QByteArray> lines = file.readAll().split('\n');
    while (!lines.isEmpty() && lines.constLast().trimmed().isEmpty())
        lines.removeLast();
    return lines;
}

QString repeated(QStringView text, int times)
{
    return text.toString().repeated(times);
}

} // namespace

void TestSegmentCalculator::vectorFile()
{
    // A missing or truncated file must fail, not quietly yield fewer rows.
    QCOMPARE(vectorLines().size(), 200);
}

void TestSegmentCalculator::twilioVectors_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<bool>("smartEncoding");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<int>("segments");
    QTest::addColumn<int>("characters");
    QTest::addColumn<int>("unicodeScalars");
    QTest::addColumn<QStringList>("nonGsm");

    const QList<QByteArray> lines = vectorLines();
    for (int i = 0; i < lines.size(); ++i) {
        QJsonParseError error;
        const QJsonObject row = QJsonDocument::fromJson(lines[i], &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        QStringList nonGsm;
        const QJsonArray array = row.value(u"non_gsm").toArray();
        for (const QJsonValue &value : array)
            nonGsm.append(value.toString());
        QTest::addRow("line %d", i + 1)
            << row.value(u"body").toString() << row.value(u"smart_encoding").toBool()
            << row.value(u"encoding").toString() << row.value(u"segments").toInt()
            << row.value(u"characters").toInt() << row.value(u"unicode_scalars").toInt() << nonGsm;
    }
}

void TestSegmentCalculator::twilioVectors()
{
    QFETCH(QString, body);
    QFETCH(bool, smartEncoding);
    QFETCH(QString, encoding);
    QFETCH(int, segments);
    QFETCH(int, characters);
    QFETCH(int, unicodeScalars);
    QFETCH(QStringList, nonGsm);

    const SegmentInfo info = SegmentCalculator::calculate(body, smartEncoding);
    QCOMPARE(SegmentCalculator::encodingName(info.encoding), encoding);
    QCOMPARE(info.segments, segments);
    QCOMPARE(info.characters, characters);
    QCOMPARE(info.unicodeScalars, unicodeScalars);
    QCOMPARE(info.nonGsm, nonGsm);

    // What a Run panel highlights and shows per segment must hold together with the counts.
    QCOMPARE(info.parts.size(), info.segments);
    QCOMPARE(info.nonGsmSpans.size(), info.nonGsm.size());
    if (!smartEncoding) {
        QString joined;
        for (const SegmentInfo::Part &part : info.parts)
            joined += body.mid(part.body.start, part.body.length);
        QCOMPARE(joined, body);
        for (int i = 0; i < info.nonGsm.size(); ++i) {
            const SegmentInfo::Span span = info.nonGsmSpans[i];
            QCOMPARE(body.mid(span.start, span.length), info.nonGsm[i]);
        }
    }
}

void TestSegmentCalculator::emptyBody()
{
    const SegmentInfo info = SegmentCalculator::calculate(QString(), false);
    QCOMPARE(info.encoding, SegmentInfo::Encoding::Gsm7);
    QCOMPARE(info.segments, 1);
    QCOMPARE(info.characters, 0);
    QCOMPARE(info.unicodeScalars, 0);
    QVERIFY(info.nonGsm.isEmpty());
    QCOMPARE(info.unitsPerSegment, 160);
    QCOMPARE(info.unitsUsedInLastSegment, 0);
    QCOMPARE(info.unitsLeftInLastSegment, 160);
}

void TestSegmentCalculator::gsm7Boundary_data()
{
    QTest::addColumn<int>("length");
    QTest::addColumn<int>("segments");
    QTest::addColumn<int>("unitsPerSegment");
    QTest::addColumn<int>("usedInLast");
    QTest::addColumn<int>("leftInLast");

    QTest::newRow("159") << 159 << 1 << 160 << 159 << 1;
    QTest::newRow("160 fills one") << 160 << 1 << 160 << 160 << 0;
    QTest::newRow("161 needs two") << 161 << 2 << 153 << 8 << 145;
    QTest::newRow("306 fills two") << 306 << 2 << 153 << 153 << 0;
    QTest::newRow("307 needs three") << 307 << 3 << 153 << 1 << 152;
}

void TestSegmentCalculator::gsm7Boundary()
{
    QFETCH(int, length);
    QFETCH(int, segments);
    QFETCH(int, unitsPerSegment);
    QFETCH(int, usedInLast);
    QFETCH(int, leftInLast);

    const SegmentInfo info = SegmentCalculator::calculate(repeated(u"a", length), false);
    QCOMPARE(info.encoding, SegmentInfo::Encoding::Gsm7);
    QCOMPARE(info.characters, length);
    QCOMPARE(info.segments, segments);
    QCOMPARE(info.unitsPerSegment, unitsPerSegment);
    QCOMPARE(info.unitsUsedInLastSegment, usedInLast);
    QCOMPARE(info.unitsLeftInLastSegment, leftInLast);
}

void TestSegmentCalculator::extensionCharacterNotSplit()
{
    // The euro sign takes septets 153 and 154: both go to the second segment.
    const QString body = repeated(u"a", 152) + u'€' + repeated(u"b", 10);
    const SegmentInfo info = SegmentCalculator::calculate(body, false);
    QCOMPARE(info.encoding, SegmentInfo::Encoding::Gsm7);
    QCOMPARE(info.characters, 164);
    QCOMPARE(info.segments, 2);
    QCOMPARE(info.parts[0].unitsUsed, 152);
    QCOMPARE(info.parts[0].body.length, 152);
    QCOMPARE(info.parts[1].body.start, 152);
    QCOMPARE(info.parts[1].unitsUsed, 12);
    QCOMPARE(body.mid(info.parts[1].body.start, 1), QStringLiteral("€"));

    // Every extension character counts two.
    const QString all = QStringLiteral("^{}\\[~]|€\f");
    const SegmentInfo ext = SegmentCalculator::calculate(all, false);
    QCOMPARE(ext.encoding, SegmentInfo::Encoding::Gsm7);
    QCOMPARE(ext.characters, 20);
}

void TestSegmentCalculator::emojiNotSplitAtUcs2Boundary()
{
    // The emoji's two UTF-16 units would be units 67 and 68: it moves whole to segment two.
    const QString body = repeated(u"世", 66) + QStringLiteral("😀") + repeated(u"世", 5);
    const SegmentInfo info = SegmentCalculator::calculate(body, false);
    QCOMPARE(info.encoding, SegmentInfo::Encoding::Ucs2);
    QCOMPARE(info.characters, 72);
    QCOMPARE(info.unicodeScalars, 72);
    QCOMPARE(info.segments, 2);
    QCOMPARE(info.parts[0].unitsUsed, 66);
    QCOMPARE(info.parts[1].body.start, 66);
    QCOMPARE(info.parts[1].unitsUsed, 7);
    QCOMPARE(info.nonGsm.size(), 72); // duplicates kept
    QCOMPARE(info.nonGsm[66], QStringLiteral("😀"));

    // A family emoji is one character of eight UTF-16 units, never cut.
    const QString family = QStringLiteral("👨‍👩‍👧");
    const SegmentInfo fam = SegmentCalculator::calculate(repeated(u"世", 65) + family, false);
    QCOMPARE(fam.characters, 66);
    QCOMPARE(fam.unicodeScalars, 70);
    QCOMPARE(fam.segments, 2);
    QCOMPARE(fam.parts[0].unitsUsed, 65);
    QCOMPARE(fam.parts[1].unitsUsed, 8);
    QCOMPARE(fam.nonGsm.constLast(), family);
}

void TestSegmentCalculator::ucs2Boundary()
{
    const SegmentInfo seventy = SegmentCalculator::calculate(repeated(u"世", 70), false);
    QCOMPARE(seventy.segments, 1);
    QCOMPARE(seventy.unitsPerSegment, 70);
    QCOMPARE(seventy.unitsLeftInLastSegment, 0);

    const SegmentInfo seventyOne = SegmentCalculator::calculate(repeated(u"世", 71), false);
    QCOMPARE(seventyOne.segments, 2);
    QCOMPARE(seventyOne.unitsPerSegment, 67);
    QCOMPARE(seventyOne.parts[0].unitsUsed, 67);
    QCOMPARE(seventyOne.unitsUsedInLastSegment, 4);
    QCOMPARE(seventyOne.unitsLeftInLastSegment, 63);
}

void TestSegmentCalculator::crLfCountsTwo()
{
    const SegmentInfo info = SegmentCalculator::calculate(QStringLiteral("a\r\nb世"), false);
    QCOMPARE(info.encoding, SegmentInfo::Encoding::Ucs2);
    QCOMPARE(info.characters, 5);
    QCOMPARE(info.nonGsm, QStringList {QStringLiteral("世")});
}

void TestSegmentCalculator::flagsPairUpAfterEmoji()
{
    // Qt 6.4 alone splits a flag that directly follows an emoji; Twilio counts one character.
    const SegmentInfo one = SegmentCalculator::calculate(QStringLiteral("😀🇺🇸"), false);
    QCOMPARE(one.characters, 2);
    QCOMPARE(one.nonGsm, (QStringList {QStringLiteral("😀"), QStringLiteral("🇺🇸")}));

    const SegmentInfo three = SegmentCalculator::calculate(QStringLiteral("✅🇺🇸🇬🇧🇺"), false);
    QCOMPARE(three.nonGsm,
             (QStringList {QStringLiteral("✅"), QStringLiteral("🇺🇸"), QStringLiteral("🇬🇧"),
                           QStringLiteral("🇺")}));
}

void TestSegmentCalculator::emojiAfterThaiOrMyanmarStaysWhole()
{
    // Qt 6.4's grapheme breaks for Thai and Myanmar text cut an emoji that follows into its two
    // UTF-16 units: one character each, and a segment could end between them.
    for (const QString &letter : {QStringLiteral("ก"), QStringLiteral("ဩ")}) {
        const SegmentInfo two = SegmentCalculator::calculate(letter + QStringLiteral("😀"), false);
        QCOMPARE(two.characters, 2);
        QCOMPARE(two.nonGsm, (QStringList {letter, QStringLiteral("😀")}));
    }

    // The emoji would take units 67 and 68: it moves whole to segment two.
    const QString body
        = QStringLiteral("ဩ") + repeated(u"世", 65) + QStringLiteral("😀") + repeated(u"世", 5);
    const SegmentInfo info = SegmentCalculator::calculate(body, false);
    QCOMPARE(info.segments, 2);
    QCOMPARE(info.parts[0].unitsUsed, 66);
    QCOMPARE(info.parts[1].body.start, 66);
    QCOMPARE(info.parts[1].unitsUsed, 7);
}

void TestSegmentCalculator::smartEncodingTurnsCurlyQuotesIntoGsm7()
{
    const QString body = QStringLiteral("“Hello” — it’s… fine");

    const SegmentInfo plain = SegmentCalculator::calculate(body, false);
    QCOMPARE(plain.encoding, SegmentInfo::Encoding::Ucs2);
    QCOMPARE(plain.characters, 20);
    const QStringList expected {QStringLiteral("“"), QStringLiteral("”"), QStringLiteral("—"),
                                QStringLiteral("’"), QStringLiteral("…")};
    QCOMPARE(plain.nonGsm, expected);
    QCOMPARE(plain.smartReplacements, 0);
    QCOMPARE(plain.encodedBody, body);

    const SegmentInfo smart = SegmentCalculator::calculate(body, true);
    QCOMPARE(smart.encoding, SegmentInfo::Encoding::Gsm7);
    QCOMPARE(smart.encodedBody, QStringLiteral("\"Hello\" - it's... fine"));
    QCOMPARE(smart.characters, 22);
    QCOMPARE(smart.segments, 1);
    QVERIFY(smart.nonGsm.isEmpty());
    QCOMPARE(smart.smartReplacements, 5);

    // Special spaces widen, invisible characters go, full-width forms become ASCII.
    QCOMPARE(SmartEncoding::apply(u"a\u00A0b\u200Bc\uFF01\uFF3B\uFF41").text,
             QStringLiteral("a  bc![\uFF41"));
}

void TestSegmentCalculator::nonGsmSpansPointIntoBodyAsTyped()
{
    const QString body = QStringLiteral("a😀b€世");
    const SegmentInfo plain = SegmentCalculator::calculate(body, false);
    QCOMPARE(plain.nonGsm, (QStringList {QStringLiteral("😀"), QStringLiteral("世")}));
    QCOMPARE(plain.nonGsmSpans.size(), 2);
    QCOMPARE(plain.nonGsmSpans[0].start, 1);
    QCOMPARE(plain.nonGsmSpans[0].length, 2);
    QCOMPARE(plain.nonGsmSpans[1].start, 5);
    QCOMPARE(plain.nonGsmSpans[1].length, 1);

    // Smart Encoding shifts the sent text ("…" becomes three dots) but not the highlights.
    const QString typed = QStringLiteral("“Hi”… 世");
    const SegmentInfo smart = SegmentCalculator::calculate(typed, true);
    QCOMPARE(smart.encodedBody, QStringLiteral("\"Hi\"... 世"));
    QCOMPARE(smart.nonGsm, QStringList {QStringLiteral("世")});
    QCOMPARE(smart.nonGsmSpans[0].start, 6);
    QCOMPARE(smart.nonGsmSpans[0].length, 1);
    QCOMPARE(smart.parts[0].body.start, 0);
    QCOMPARE(smart.parts[0].body.length, typed.size());
}

void TestSegmentCalculator::summaryShowsCountsAndRoom()
{
    const SegmentInfo info = SegmentCalculator::calculate(repeated(u"a", 161), false);
    const QString text = SegmentCalculator::summary(info);
    QVERIFY2(text.contains(u"2 segment"), qPrintable(text));
    QVERIFY2(text.contains(u"GSM-7"), qPrintable(text));
    QVERIFY2(text.contains(u"145 character"), qPrintable(text));
    // An empty body is not "1 segment, 160 left": nothing is sent.
    const QString empty
        = SegmentCalculator::summary(SegmentCalculator::calculate(QString(), false));
    QVERIFY2(empty.contains(u"0 segments"), qPrintable(empty));
    QVERIFY2(!empty.contains(u"160"), qPrintable(empty));
}

void TestSegmentCalculator::gsm7Table()
{
    QCOMPARE(SegmentCalculator::gsm7Septets(u'@'), 1);
    QCOMPARE(SegmentCalculator::gsm7Septets(u'Ç'), 1);
    QCOMPARE(SegmentCalculator::gsm7Septets(u'ç'), 0);
    QCOMPARE(SegmentCalculator::gsm7Septets(u'€'), 2);
    QCOMPARE(SegmentCalculator::gsm7Septets(u'\f'), 2);
    QCOMPARE(SegmentCalculator::gsm7Septets(QChar(0x1B)), 0); // the escape itself
    QCOMPARE(SegmentCalculator::gsm7Septets(u'`'), 0);
    int basic = 0;
    int extension = 0;
    for (int c = 0; c <= 0xFFFF; ++c) {
        const int septets = SegmentCalculator::gsm7Septets(QChar(char16_t(c)));
        basic += septets == 1;
        extension += septets == 2;
    }
    QCOMPARE(basic, 127);
    QCOMPARE(extension, 10);
}

QTEST_GUILESS_MAIN(TestSegmentCalculator)
#include "TestSegmentCalculator.moc"
