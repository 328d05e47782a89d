#include "SmartEncoding.h"

#include <QHash>

#include <string_view>

using namespace std::literals;

namespace {

// One replacement and every character Twilio replaces with it. Sources are BMP code points, one
// UTF-16 unit each; string_view literals because some sources and replacements contain NUL.
struct ReplacementGroup
{
    std::u16string_view replacement;
    std::u16string_view sources;
};

// Full-width forms U+FF01..U+FF3F and U+FF5B..U+FF5E (not the lower-case letters or U+FF40) map to
// ASCII by offset; they are handled in replacementFor() rather than listed here.
constexpr ReplacementGroup kGroups[] = {
    // Quotation marks.
    {u"\""sv, u"\u00AB\u00BB\u02BA\u02EE\u201C\u201D\u201E\u201F\u275D\u275E\u301D\u301E"sv},
    {u"'"sv,
     u"\u0060\u00B4\u02B9\u02BB\u02BC\u02BD\u02C8\u02CA\u02CB\u0313\u0314\u2018\u2019\u201B\u275B"
     u"\u275C\uFE10\uFE11"sv},
    // Slashes, bars, dashes.
    {u"/"sv, u"\u00F7\u0337\u0338\u2044\u2215\u29F8"sv},
    {u"\\"sv, u"\u20E5\u29F5\u29F9\uFE68"sv},
    {u"|"sv, u"\u20D2\u20D3\u2223\u239C\u239F\u23B8\u23B9\u23D0"sv},
    {u"_"sv, u"\u0332\u2017"sv},
    {u"-"sv, u"\u2010\u2013\u2014\u2015\u2022\u2043\u23BC\u23BD\uFE63"sv},
    // Vulgar fractions.
    {u"1/4"sv, u"\u00BC"sv},
    {u"1/2"sv, u"\u00BD"sv},
    {u"3/4"sv, u"\u00BE"sv},
    // Small forms and other look-alike punctuation.
    {u"@"sv, u"\uFE6B"sv},
    {u"$"sv, u"\uFE69"sv},
    {u"!"sv, u"\u01C3\uFE15\uFE57"sv},
    {u"!!"sv, u"\u203C"sv},
    {u"#"sv, u"\uFE5F"sv},
    {u"%"sv, u"\uFE6A"sv},
    {u"&"sv, u"\uFE60"sv},
    {u","sv, u"\u0326\u201A\u3001\uFE50\uFE51\uFF64"sv},
    {u"("sv, u"\u2768\u276A\u27EE\u2985\uFE59"sv},
    {u")"sv, u"\u2769\u276B\u27EF\u2986\uFE5A"sv},
    {u"*"sv,
     u"\u204E\u2217\u229B\u2722\u2723\u2724\u2725\u2731\u2732\u2733\u273A\u273B\u273C\u273D\u2743"
     u"\u2749\u274A\u274B\u29C6\uFE61"sv},
    {u"+"sv, u"\u02D6\uFE62"sv},
    {u"."sv, u"\u3002\uFE52\uFF61"sv},
    {u"..."sv, u"\u2026"sv},
    {u":"sv, u"\u02D0\u02F8\u2982\uA789\uFE13"sv},
    {u";"sv, u"\u204F\uFE14\uFE54"sv},
    {u"<"sv, u"\u2039\uFE64"sv},
    {u"="sv, u"\u0347\uA78A\uFE66"sv},
    {u">"sv, u"\u203A\uFE65"sv},
    {u"?"sv, u"\uFE16\uFE56"sv},
    {u"^"sv, u"\u02C6\u0302\u1DCD"sv},
    {u"{"sv, u"\u2774\uFE5B"sv},
    {u"}"sv, u"\u2775\uFE5C"sv},
    {u"~"sv, u"\u02DC\u02F7\u0303\u0330\u0334\u223C"sv},
    // Small capitals and other letter look-alikes.
    {u"A"sv, u"\u1D00"sv},
    {u"B"sv, u"\u0299"sv},
    {u"C"sv, u"\u1D04"sv},
    {u"D"sv, u"\u1D05"sv},
    {u"E"sv, u"\u1D07"sv},
    {u"F"sv, u"\uA730"sv},
    {u"G"sv, u"\u0262"sv},
    {u"H"sv, u"\u029C"sv},
    {u"I"sv, u"\u026A"sv},
    {u"J"sv, u"\u1D0A"sv},
    {u"K"sv, u"\u1D0B"sv},
    {u"L"sv, u"\u029F"sv},
    {u"M"sv, u"\u1D0D"sv},
    {u"N"sv, u"\u0274"sv},
    {u"O"sv, u"\u1D0F"sv},
    {u"P"sv, u"\u1D18"sv},
    {u"R"sv, u"\u0280"sv},
    {u"S"sv, u"\uA731"sv},
    {u"T"sv, u"\u1D1B"sv},
    {u"U"sv, u"\u1D1C"sv},
    {u"V"sv, u"\u1D20"sv},
    {u"W"sv, u"\u1D21"sv},
    {u"Y"sv, u"\u028F"sv},
    {u"Z"sv, u"\u1D22"sv},
    // Spaces. Twilio widens these (and a few C1 controls) to two spaces, and a tab to seven.
    {u"  "sv,
     u"\x80\x8D\x90\x9B\x9F\u00A0\u2000\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009"
     u"\u200A\u202F\u205F\u3000"sv},
    {u" "sv, u"\u2001\u2028\u2029"sv},
    {u"       "sv, u"\t"sv},
    // Invisible characters and C0 controls that no handset shows: dropped.
    {u""sv, u"\x00\x03\x04\x10\x11\x12\x13\x14\x17\x19\u200B\u200C\u2060\uFEFF"sv},
};

QHash<char16_t, QStringView> buildTable()
{
    QHash<char16_t, QStringView> table;
    for (const ReplacementGroup &group : kGroups) {
        const QStringView replacement(group.replacement.data(),
                                      qsizetype(group.replacement.size()));
        for (const char16_t source : group.sources) {
            Q_ASSERT(!table.contains(source));
            table.insert(source, replacement);
        }
    }
    return table;
}

// The ASCII characters U+0021..U+007E, indexed from '!', as targets of the full-width forms.
constexpr std::u16string_view kAscii
    = u"!\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~"sv;

} // namespace

std::optional<QStringView> SmartEncoding::replacementFor(char32_t codePoint)
{
    if ((codePoint >= 0xFF01 && codePoint <= 0xFF3F)
        || (codePoint >= 0xFF5B && codePoint <= 0xFF5E))
        return QStringView(kAscii.data() + (codePoint - 0xFF01), 1);
    if (codePoint > 0xFFFF)
        return std::nullopt;
    static const QHash<char16_t, QStringView> table = buildTable();
    const auto it = table.constFind(char16_t(codePoint));
    if (it == table.constEnd())
        return std::nullopt;
    return it.value();
}

SmartEncoding::Result SmartEncoding::apply(QStringView body)
{
    Result result;
    result.text.reserve(body.size());
    result.sourceStart.reserve(body.size());
    result.sourceEnd.reserve(body.size());

    // By code point, as Twilio does: a surrogate pair is never looked up half by half.
    qsizetype i = 0;
    while (i < body.size()) {
        const qsizetype start = i;
        char32_t codePoint = body[i].unicode();
        if (body[i].isHighSurrogate() && i + 1 < body.size() && body[i + 1].isLowSurrogate()) {
            codePoint = QChar::surrogateToUcs4(body[i], body[i + 1]);
            ++i;
        }
        ++i;

        const std::optional<QStringView> replacement = replacementFor(codePoint);
        const QStringView out = replacement ? *replacement : body.mid(start, i - start);
        if (replacement)
            ++result.replacements;
        result.text += out;
        for (qsizetype k = 0; k < out.size(); ++k) {
            result.sourceStart.append(int(start));
            result.sourceEnd.append(int(i));
        }
    }
    return result;
}
