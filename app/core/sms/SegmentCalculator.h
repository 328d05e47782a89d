#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// How Twilio will encode and split one SMS body. A pure value: no I/O.
struct SegmentInfo
{
    enum class Encoding { Gsm7, Ucs2 };

    // A run of UTF-16 code units in the body as typed (QString positions, ready for a QTextCursor
    // or an editor's indicator), even when Smart Encoding changed the text that is sent.
    struct Span
    {
        int start = 0;
        int length = 0;
    };

    // One segment of the message. A unit is a GSM-7 septet or a UCS-2 16-bit code unit.
    struct Part
    {
        Span body; // what of the body this segment carries
        int unitsUsed = 0; // without the User Data Header of a concatenated message
        int unitsFree = 0;
    };

    Encoding encoding = Encoding::Gsm7;
    int segments = 1; // an empty body is still one (empty) segment
    // Twilio's character count: GSM-7 septets (extension characters count 2), or for UCS-2 the
    // user-perceived characters (grapheme clusters; CR LF counts 2).
    int characters = 0;
    int unicodeScalars = 0; // code points
    // The grapheme clusters that forced UCS-2, in order, duplicates kept; empty for GSM-7.
    QStringList nonGsm;
    QList<Span> nonGsmSpans; // where each of nonGsm is in the body as typed
    QString encodedBody; // the text that is sent (after Smart Encoding, when on)
    int smartReplacements = 0; // characters Smart Encoding replaced or dropped
    QList<Part> parts; // one per segment

    int unitsPerSegment = 160; // 160/70 for a single segment, 153/67 once concatenated
    int unitsUsedInLastSegment = 0;
    int unitsLeftInLastSegment = 160; // room before the next character starts a new segment
};

// Twilio's segment calculation: GSM-7 (3GPP TS 23.038 default alphabet and its extension table)
// when every character allows it, UCS-2 otherwise; grapheme clusters are never split across
// segments, nor are the two septets of an extension character. Agrees with Twilio's own calculator
// (sms-segments-calculator 1.3.0) on its published behaviour.
class SegmentCalculator
{
    Q_DECLARE_TR_FUNCTIONS(SegmentCalculator)
public:
    static SegmentInfo calculate(const QString &body, bool smartEncoding);

    // "GSM-7" or "UCS-2", the names Twilio and the standards use (not translated).
    static QString encodingName(SegmentInfo::Encoding encoding);

    // A live counter line: "3 segments (GSM-7), 12 characters left in this segment".
    static QString summary(const SegmentInfo &info);

    // Septets this character takes in GSM-7: 1 (default alphabet), 2 (extension table, sent as
    // escape + code) or 0 (not in GSM-7).
    static int gsm7Septets(QChar character);
};
