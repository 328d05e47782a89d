#include "LineDiff.h"

#include <QCoreApplication>

#include <vector>

namespace {

QStringList linesOf(const QString &text)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast(); // a final newline ends the last line, it does not start one
    for (QString &l : lines) {
        while (!l.isEmpty() && (l.back() == QLatin1Char('\r') || l.back().isSpace()))
            l.chop(1);
    }
    return lines;
}

} // namespace

QList<LineDiff::Edit> LineDiff::edits(const QString &a, const QString &b)
{
    const QStringList x = linesOf(a);
    const QStringList y = linesOf(b);
    const int n = int(x.size());
    const int m = int(y.size());
    const int max = n + m;
    // Myers: v[k] is the furthest x on diagonal k; keep each round's v to trace the path back.
    std::vector<int> v(size_t(2 * max + 2), 0);
    std::vector<std::vector<int>> trace;
    int found = -1;
    for (int d = 0; d <= max && found < 0; ++d) {
        trace.push_back(v);
        for (int k = -d; k <= d; k += 2) {
            int px;
            if (k == -d || (k != d && v[size_t(k - 1 + max)] < v[size_t(k + 1 + max)]))
                px = v[size_t(k + 1 + max)]; // down: insert
            else
                px = v[size_t(k - 1 + max)] + 1; // right: delete
            int py = px - k;
            while (px < n && py < m && x.at(px) == y.at(py)) {
                ++px;
                ++py;
            }
            v[size_t(k + max)] = px;
            if (px >= n && py >= m) {
                found = d;
                break;
            }
        }
    }
    QList<Edit> out;
    int px = n;
    int py = m;
    for (int d = found; d > 0; --d) {
        const std::vector<int> &pv = trace[size_t(d)];
        const int k = px - py;
        const bool down = k == -d || (k != d && pv[size_t(k - 1 + max)] < pv[size_t(k + 1 + max)]);
        const int prevK = down ? k + 1 : k - 1;
        const int prevX = pv[size_t(prevK + max)];
        const int prevY = prevX - prevK;
        while (px > prevX && py > prevY) {
            --px;
            --py;
            out.prepend({Edit::Kind::Same, x.at(px), px + 1, py + 1});
        }
        if (down) {
            --py;
            out.prepend({Edit::Kind::Added, y.at(py), 0, py + 1});
        } else {
            --px;
            out.prepend({Edit::Kind::Removed, x.at(px), px + 1, 0});
        }
    }
    while (px > 0 && py > 0) {
        --px;
        --py;
        out.prepend({Edit::Kind::Same, x.at(px), px + 1, py + 1});
    }
    return out;
}

QString LineDiff::unified(const QString &a, const QString &b, const QString &labelA,
                          const QString &labelB, int context, int maxLines)
{
    const QList<Edit> all = edits(a, b);
    bool changed = false;
    for (const Edit &e : all)
        changed = changed || e.kind != Edit::Kind::Same;
    if (!changed)
        return {};
    QStringList out {QStringLiteral("--- ") + labelA, QStringLiteral("+++ ") + labelB};
    const int count = int(all.size());
    int i = 0;
    int omitted = 0;
    while (i < count) {
        // Next change.
        while (i < count && all.at(i).kind == Edit::Kind::Same)
            ++i;
        if (i >= count)
            break;
        int start = std::max(0, i - context);
        // Extend the hunk while changes are within 2*context of each other.
        int end = i;
        int lastChange = i;
        while (end < count) {
            if (all.at(end).kind != Edit::Kind::Same)
                lastChange = end;
            else if (end - lastChange > 2 * context)
                break;
            ++end;
        }
        end = std::min(count, lastChange + context + 1);
        int oldStart = 0, newStart = 0, oldLen = 0, newLen = 0;
        QStringList body;
        for (int j = start; j < end; ++j) {
            const Edit &e = all.at(j);
            if (e.kind != Edit::Kind::Added) {
                if (!oldStart)
                    oldStart = e.oldLine;
                ++oldLen;
            }
            if (e.kind != Edit::Kind::Removed) {
                if (!newStart)
                    newStart = e.newLine;
                ++newLen;
            }
            const QChar mark = e.kind == Edit::Kind::Same ? QLatin1Char(' ')
                : e.kind == Edit::Kind::Removed           ? QLatin1Char('-')
                                                          : QLatin1Char('+');
            body << mark + e.line;
        }
        if (out.size() + body.size() + 1 > maxLines) {
            for (int j = start; j < count; ++j)
                omitted += all.at(j).kind != Edit::Kind::Same;
            break;
        }
        out << QStringLiteral("@@ -%1,%2 +%3,%4 @@")
                   .arg(oldStart)
                   .arg(oldLen)
                   .arg(newStart)
                   .arg(newLen);
        out << body;
        i = end;
    }
    if (omitted > 0)
        out << QCoreApplication::translate("LineDiff", "... %n more changed line(s) not shown",
                                           nullptr, omitted);
    return out.join(QLatin1Char('\n')) + QLatin1Char('\n');
}
