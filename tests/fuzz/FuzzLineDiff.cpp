// Two texts (split at the first NUL byte, or in the middle) as LineDiff compares them: the edits
// replay both texts' lines, with line numbers in order, and the unified diff is empty exactly
// when nothing changed.

#include "FuzzSupport.h"

#include "text/LineDiff.h"

namespace {

// The lines LineDiff compares: trailing blanks and '\r' removed, a final newline ending the last
// line.
QStringList linesOf(const QString &text)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    for (QString &line : lines) {
        while (!line.isEmpty() && (line.back() == QLatin1Char('\r') || line.back().isSpace()))
            line.chop(1);
    }
    return lines;
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
    const QByteArray input = Fuzz::bytes(data + 1, size - 1);
    const qsizetype nul = input.indexOf('\0');
    const qsizetype split = nul < 0 ? input.size() / 2 : nul;
    const QString a = QString::fromUtf8(input.left(split));
    const QString b = QString::fromUtf8(input.mid(nul < 0 ? split : split + 1));

    const QList<LineDiff::Edit> edits = LineDiff::edits(a, b);
    QStringList oldLines;
    QStringList newLines;
    bool changed = false;
    for (const LineDiff::Edit &e : edits) {
        if (e.kind != LineDiff::Edit::Kind::Added) {
            oldLines << e.line;
            FUZZ_CHECK(e.oldLine == oldLines.size());
        } else {
            FUZZ_CHECK(e.oldLine == 0);
        }
        if (e.kind != LineDiff::Edit::Kind::Removed) {
            newLines << e.line;
            FUZZ_CHECK(e.newLine == newLines.size());
        } else {
            FUZZ_CHECK(e.newLine == 0);
        }
        changed = changed || e.kind != LineDiff::Edit::Kind::Same;
    }
    FUZZ_CHECK(oldLines == linesOf(a));
    FUZZ_CHECK(newLines == linesOf(b));
    FUZZ_CHECK(changed == (linesOf(a) != linesOf(b)));

    const int context = data[0] & 7;
    const int maxLines = 2 + (data[0] >> 3) * 4;
    const QString unified = LineDiff::unified(a, b, QStringLiteral("deployed"),
                                              QStringLiteral("profile"), context, maxLines);
    FUZZ_CHECK(unified.isEmpty() == !changed);
    if (changed)
        FUZZ_CHECK(unified.startsWith(QLatin1String("--- deployed\n+++ profile\n")));
    return 0;
}
