#include "SegmentCalculator.h"

#include "SmartEncoding.h"

#include <QHash>
#include <QTextBoundaryFinder>

#include <algorithm>
#include <vector>

namespace {

// One SMS carries 140 octets of user data; a concatenated one spends 6 of them on the User Data
// Header. Twilio counts in bits so that 7-bit and 16-bit units share one rule.
constexpr int kSegmentBits = 140 * 8;
constexpr int kHeaderBits = 6 * 8;
constexpr int kGsm7UnitBits = 7;
constexpr int kUcs2UnitBits = 16;

constexpr char16_t kEscape = 0x1B; // not a character: switches to the extension table

// 3GPP TS 23.038 section 6.2.1, the GSM 7-bit default alphabet, indexed by septet value.
constexpr char16_t kDefaultAlphabet[128] = {
    u'@', u'£', u'$', u'¥', u'è', u'é', u'ù', u'ì', u'ò', u'Ç',  u'\n', u'Ø', u'ø',    u'\r', u'Å',
    u'å', u'Δ', u'_', u'Φ', u'Γ', u'Λ', u'Ω', u'Π', u'Ψ', u'Σ',  u'Θ',  u'Ξ', kEscape, u'Æ',  u'æ',
    u'ß', u'É', u' ', u'!', u'"', u'#', u'¤', u'%', u'&', u'\'', u'(',  u')', u'*',    u'+',  u',',
    u'-', u'.', u'/', u'0', u'1', u'2', u'3', u'4', u'5', u'6',  u'7',  u'8', u'9',    u':',  u';',
    u'<', u'=', u'>', u'?', u'¡', u'A', u'B', u'C', u'D', u'E',  u'F',  u'G', u'H',    u'I',  u'J',
    u'K', u'L', u'M', u'N', u'O', u'P', u'Q', u'R', u'S', u'T',  u'U',  u'V', u'W',    u'X',  u'Y',
    u'Z', u'Ä', u'Ö', u'Ñ', u'Ü', u'§', u'¿', u'a', u'b', u'c',  u'd',  u'e', u'f',    u'g',  u'h',
    u'i', u'j', u'k', u'l', u'm', u'n', u'o', u'p', u'q', u'r',  u's',  u't', u'u',    u'v',  u'w',
    u'x', u'y', u'z', u'ä', u'ö', u'ñ', u'ü', u'à',
};

// 3GPP TS 23.038 section 6.2.1.1, the characters of the default extension table (each sent as
// escape + its code, so two septets). The table's other codes are control functions.
constexpr char16_t kExtensionTable[] = {
    u'\f', u'^', u'{', u'}', u'\\', u'[', u'~', u']', u'|', u'€',
};

QHash<char16_t, int> buildSeptetTable()
{
    QHash<char16_t, int> table;
    for (const char16_t c : kDefaultAlphabet) {
        if (c != kEscape)
            table.insert(c, 1);
    }
    for (const char16_t c : kExtensionTable)
        table.insert(c, 2);
    return table;
}

// A user-perceived character of the encoded body.
struct Grapheme
{
    int start = 0; // in the encoded body
    int length = 0;
    int bits = 0;
    bool gsm7 = false;
};

// A segment being filled: a contiguous run of graphemes.
struct SegmentFill
{
    int first = 0;
    int count = 0;
    int bits = 0;
    bool header = false;
};

bool isRegionalIndicatorAt(const QString &text, qsizetype i)
{
    // U+1F1E6..U+1F1FF, always a surrogate pair: D83C DDE6..DDFF.
    return i + 1 < text.size() && text[i].unicode() == 0xD83C && text[i + 1].unicode() >= 0xDDE6
        && text[i + 1].unicode() <= 0xDDFF;
}

// Grapheme clusters as Qt finds them, with three corrections so that the count agrees with Twilio:
// - A surrogate pair is one code point, never cut: Qt 6.4's breaks for Thai and Myanmar text put a
//   boundary inside an emoji that follows them.
// - Regional indicators pair up from the start of each run (UAX #29 GB12/GB13). Qt 6.4 loses the
//   pairing when the run directly follows an emoji ("😀🇺🇸" comes out as three clusters), so the
//   breaks inside every run of regional indicators are set again here.
// - CR LF is one cluster for Unicode but two characters for Twilio.
// Twilio's calculator splits by the older Unicode 10 rules; the two differ only on unusual input (a
// skin-tone modifier after a letter, a ZWJ between emoji that Unicode 10 did not join), where we
// keep Qt's current Unicode answer.
std::vector<Grapheme> splitGraphemes(const QString &text)
{
    const qsizetype size = text.size();
    std::vector<bool> boundary(std::size_t(size) + 1, false);
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, text);
    for (qsizetype at = finder.toNextBoundary(); at != -1; at = finder.toNextBoundary())
        boundary[std::size_t(at)] = true;

    for (qsizetype i = 1; i < size; ++i) {
        if (text[i - 1].isHighSurrogate() && text[i].isLowSurrogate())
            boundary[std::size_t(i)] = false;
    }

    for (qsizetype i = 0; i < size;) {
        if (!isRegionalIndicatorAt(text, i)) {
            if (text[i] == u'\r' && i + 1 < size && text[i + 1] == u'\n')
                boundary[std::size_t(i) + 1] = true;
            ++i;
            continue;
        }
        int inRun = 0;
        for (; isRegionalIndicatorAt(text, i); i += 2) {
            if (inRun > 0)
                boundary[std::size_t(i)] = inRun % 2 == 0;
            boundary[std::size_t(i) + 1] = false; // never inside the pair of surrogates
            ++inRun;
        }
    }

    std::vector<Grapheme> graphemes;
    int start = 0;
    for (qsizetype at = 1; at <= size; ++at) {
        if (boundary[std::size_t(at)]) {
            graphemes.push_back({start, int(at) - start});
            start = int(at);
        }
    }
    return graphemes;
}

int countScalars(const QString &text)
{
    int count = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate())
            ++i;
        ++count;
    }
    return count;
}

// Fills segments the way Twilio does: greedily, and only when a second segment is needed does the
// first one make room for its header, handing its last graphemes on to the second.
std::vector<SegmentFill> fillSegments(const std::vector<Grapheme> &graphemes)
{
    std::vector<SegmentFill> segments(1);
    for (int i = 0; i < int(graphemes.size()); ++i) {
        const int bits = graphemes[std::size_t(i)].bits;
        if (kSegmentBits - segments.back().bits < bits) {
            segments.push_back({i, 0, kHeaderBits, true});
            if (segments.size() == 2) {
                SegmentFill &first = segments.front();
                SegmentFill &second = segments.back();
                first.header = true;
                first.bits += kHeaderBits;
                while (first.bits > kSegmentBits) {
                    --first.count;
                    const int moved = graphemes[std::size_t(first.first + first.count)].bits;
                    first.bits -= moved;
                    --second.first;
                    ++second.count;
                    second.bits += moved;
                }
            }
        }
        ++segments.back().count;
        segments.back().bits += bits;
    }
    return segments;
}

} // namespace

int SegmentCalculator::gsm7Septets(QChar character)
{
    static const QHash<char16_t, int> table = buildSeptetTable();
    return table.value(character.unicode(), 0);
}

SegmentInfo SegmentCalculator::calculate(const QString &body, bool smartEncoding)
{
    SegmentInfo info;

    SmartEncoding::Result smart;
    if (smartEncoding) {
        smart = SmartEncoding::apply(body);
        info.encodedBody = smart.text;
        info.smartReplacements = smart.replacements;
    } else {
        info.encodedBody = body;
    }
    const QString &text = info.encodedBody;
    // Maps a range of the encoded body back to the body as typed.
    const auto toBodySpan = [&](int start, int length) -> SegmentInfo::Span {
        if (!smartEncoding)
            return {start, length};
        if (length == 0) {
            const int at
                = start < smart.sourceStart.size() ? smart.sourceStart[start] : body.size();
            return {at, 0};
        }
        const int from = smart.sourceStart[start];
        return {from, smart.sourceEnd[start + length - 1] - from};
    };

    std::vector<Grapheme> graphemes = splitGraphemes(text);
    info.unicodeScalars = countScalars(text);

    // A grapheme is GSM-7 only when it is a single character of the alphabet: a base letter with
    // a combining accent is not, even when the accented letter would be.
    int septets = 0;
    bool allGsm7 = true;
    for (Grapheme &g : graphemes) {
        const int s = g.length == 1 ? gsm7Septets(text[g.start]) : 0;
        g.gsm7 = s > 0;
        septets += s;
        allGsm7 = allGsm7 && g.gsm7;
    }
    info.encoding = allGsm7 ? SegmentInfo::Encoding::Gsm7 : SegmentInfo::Encoding::Ucs2;
    const bool gsm7 = info.encoding == SegmentInfo::Encoding::Gsm7;
    const int unitBits = gsm7 ? kGsm7UnitBits : kUcs2UnitBits;

    for (Grapheme &g : graphemes) {
        // In UCS-2 every UTF-16 unit takes 16 bits, an extension character included.
        g.bits = gsm7 ? kGsm7UnitBits * gsm7Septets(text[g.start]) : kUcs2UnitBits * g.length;
        if (!g.gsm7) {
            info.nonGsm.append(text.mid(g.start, g.length));
            info.nonGsmSpans.append(toBodySpan(g.start, g.length));
        }
    }
    info.characters = gsm7 ? septets : int(graphemes.size());

    const std::vector<SegmentFill> fills = fillSegments(graphemes);
    info.segments = int(fills.size());
    for (const SegmentFill &fill : fills) {
        SegmentInfo::Part part;
        const int start = fill.first < int(graphemes.size())
            ? graphemes[std::size_t(fill.first)].start
            : int(text.size());
        int end = start;
        if (fill.count > 0) {
            const Grapheme &last = graphemes[std::size_t(fill.first + fill.count - 1)];
            end = last.start + last.length;
        }
        part.body = toBodySpan(start, end - start);
        part.unitsUsed = (fill.bits - (fill.header ? kHeaderBits : 0)) / unitBits;
        part.unitsFree = std::max(0, (kSegmentBits - fill.bits) / unitBits);
        info.parts.append(part);
    }

    const bool concatenated = info.segments > 1;
    info.unitsPerSegment = (kSegmentBits - (concatenated ? kHeaderBits : 0)) / unitBits;
    info.unitsUsedInLastSegment = info.parts.constLast().unitsUsed;
    info.unitsLeftInLastSegment = info.parts.constLast().unitsFree;
    return info;
}

QString SegmentCalculator::encodingName(SegmentInfo::Encoding encoding)
{
    switch (encoding) {
    case SegmentInfo::Encoding::Gsm7:
        return QStringLiteral("GSM-7");
    case SegmentInfo::Encoding::Ucs2:
        return QStringLiteral("UCS-2");
    }
    return QString();
}

QString SegmentCalculator::summary(const SegmentInfo &info)
{
    // Nothing typed: nothing is sent, so no segment is counted (Twilio refuses an empty body).
    if (info.characters == 0)
        return tr("No text yet: 0 segments");
    const QString segments = tr("%n segment(s)", nullptr, info.segments);
    const QString left
        = tr("%n character(s) left in this segment", nullptr, info.unitsLeftInLastSegment);
    //: %1 is the segment count, %2 the encoding (GSM-7 or UCS-2), %3 the room left
    return tr("%1 (%2), %3").arg(segments, encodingName(info.encoding), left);
}
