#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// A line diff of two texts (Myers' O(ND) algorithm), for showing how the code a tenant runs
// differs from the profile's. Pure.
namespace LineDiff {

struct Edit
{
    enum class Kind { Same, Removed, Added };
    Kind kind = Kind::Same;
    QString line;
    int oldLine = 0; // 1-based, 0 for an added line
    int newLine = 0; // 1-based, 0 for a removed line
};

// The edits that turn a into b, in order. Lines are compared after removing trailing blanks and
// '\r' (so CRLF and LF texts with the same lines have no edit).
QList<Edit> edits(const QString &a, const QString &b);

// A unified diff ("--- labelA", "+++ labelB", "@@ -l,n +l,n @@" hunks with context lines),
// empty when the texts have the same lines. maxLines caps the output (a line says how many more
// changes were left out).
QString unified(const QString &a, const QString &b, const QString &labelA, const QString &labelB,
                int context = 3, int maxLines = 400);

} // namespace LineDiff
