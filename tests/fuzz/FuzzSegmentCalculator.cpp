// Message bodies as SegmentCalculator and SmartEncoding read them, UTF-8 or raw UTF-16 (lone
// surrogates included) by the first byte. Beyond not crashing, what the header promises: spans
// inside the body as typed and in order, one part per segment, the encoding's rules, and Smart
// Encoding followed by a plain calculation agreeing with the calculation with Smart Encoding.

#include "FuzzSupport.h"

#include "sms/SegmentCalculator.h"
#include "sms/SmartEncoding.h"

namespace {

// A span of the body: inside it, and never starting or ending between the two halves of a
// surrogate pair (one character is never cut in two).
void checkSpan(const SegmentInfo::Span &span, const QString &body)
{
    FUZZ_CHECK(span.start >= 0 && span.length >= 0);
    FUZZ_CHECK(span.start + span.length <= body.size());
    const auto cutsPair = [&](qsizetype at) {
        return at > 0 && at < body.size() && body[at - 1].isHighSurrogate()
            && body[at].isLowSurrogate();
    };
    FUZZ_CHECK(!cutsPair(span.start));
    FUZZ_CHECK(!cutsPair(span.start + span.length));
}

void checkSmart(const QString &body)
{
    const SmartEncoding::Result r = SmartEncoding::apply(body);
    FUZZ_CHECK(r.sourceStart.size() == r.text.size());
    FUZZ_CHECK(r.sourceEnd.size() == r.text.size());
    FUZZ_CHECK(r.replacements >= 0 && r.replacements <= body.size());
    int previousEnd = 0;
    for (qsizetype i = 0; i < r.text.size(); ++i) {
        FUZZ_CHECK(r.sourceStart[i] >= 0 && r.sourceStart[i] < r.sourceEnd[i]);
        FUZZ_CHECK(r.sourceEnd[i] <= body.size());
        FUZZ_CHECK(r.sourceEnd[i] >= previousEnd);
        previousEnd = r.sourceEnd[i];
    }
    if (r.replacements == 0)
        FUZZ_CHECK(r.text == body);
}

SegmentInfo checkCalculation(const QString &body, bool smart)
{
    const SegmentInfo info = SegmentCalculator::calculate(body, smart);
    FUZZ_CHECK(info.segments >= 1);
    FUZZ_CHECK(info.parts.size() == info.segments);
    FUZZ_CHECK(info.nonGsm.size() == info.nonGsmSpans.size());
    FUZZ_CHECK(info.characters >= 0 && info.unicodeScalars >= 0);
    FUZZ_CHECK(info.unitsLeftInLastSegment >= 0);
    if (!smart)
        FUZZ_CHECK(info.encodedBody == body);
    if (info.encoding == SegmentInfo::Encoding::Gsm7) {
        FUZZ_CHECK(info.nonGsm.isEmpty());
        int septets = 0;
        for (QChar c : info.encodedBody) {
            FUZZ_CHECK(SegmentCalculator::gsm7Septets(c) > 0);
            septets += SegmentCalculator::gsm7Septets(c);
        }
        FUZZ_CHECK(info.characters == septets);
    } else {
        FUZZ_CHECK(!info.nonGsm.isEmpty());
    }
    for (const SegmentInfo::Span &span : info.nonGsmSpans)
        checkSpan(span, body);
    int previousEnd = 0;
    int units = 0;
    for (const SegmentInfo::Part &part : info.parts) {
        checkSpan(part.body, body);
        if (part.body.start < previousEnd) {
            // Two segments share a character of the body only when Smart Encoding made it several
            // (an ellipsis sent as three dots) and the segment boundary falls among them.
            FUZZ_CHECK(smart);
            const QStringView shared
                = QStringView(body).mid(part.body.start, previousEnd - part.body.start);
            const QList<uint> codePoints = shared.toUcs4();
            FUZZ_CHECK(codePoints.size() == 1);
            const auto replacement = SmartEncoding::replacementFor(char32_t(codePoints.first()));
            FUZZ_CHECK(replacement && replacement->size() > 1);
        }
        previousEnd = part.body.start + part.body.length;
        FUZZ_CHECK(part.unitsUsed >= 0 && part.unitsFree >= 0);
        units += part.unitsUsed;
    }
    // Every unit of the encoded body is in a segment (in GSM-7 an extension character is two).
    if (info.encoding == SegmentInfo::Encoding::Gsm7)
        FUZZ_CHECK(units == info.characters);
    else
        FUZZ_CHECK(units == info.encodedBody.size());
    FUZZ_CHECK(!SegmentCalculator::summary(info).isEmpty());
    return info;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    Fuzz::initApplication();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const QString body = Fuzz::text(data + 1, size - 1, data[0]);
    checkSmart(body);
    const SegmentInfo plain = checkCalculation(body, false);
    const SegmentInfo smart = checkCalculation(body, true);
    const SegmentInfo ofEncoded = SegmentCalculator::calculate(smart.encodedBody, false);
    FUZZ_CHECK(ofEncoded.encoding == smart.encoding);
    FUZZ_CHECK(ofEncoded.segments == smart.segments);
    FUZZ_CHECK(ofEncoded.characters == smart.characters);
    if (smart.smartReplacements == 0)
        FUZZ_CHECK(plain.segments == smart.segments);
    return 0;
}
