#pragma once

#include "Attempt.h"
#include "LogFilter.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <functional>

class QIODevice;

// Writes the rows of a LogFilter to a device as CSV (RFC 4180: header row, UTF-8, CRLF, fields
// quoted when they hold a comma, quote or line break) or JSON (one array of objects, each with
// its timeline), newest first. Rows are streamed from the database through its own connection,
// so a million rows never sit in memory, and it may run on any thread (the viewer runs it on a
// worker). The log holds no secret by construction, so neither does an export.
class LogExport
{
    Q_DECLARE_TR_FUNCTIONS(LogExport)
public:
    enum class Format { Csv, Json };

    struct Result
    {
        bool ok = false;
        qint64 rows = 0;
        bool cancelled = false;
        QString error; // translated
    };

    // progress(rows written so far) is called every 1000 rows; returning false cancels.
    using Progress = std::function<bool(qint64 rows)>;
    static Result write(const QString &databasePath, const LogFilter &filter, Format format,
                        QIODevice *out, const Progress &progress = {});

    // write() into the file at path, whole or not at all (QSaveFile), created with
    // PrivateFiles::FileMode whatever was there before: an export holds numbers and bodies.
    static Result writeFile(const QString &databasePath, const LogFilter &filter, Format format,
                            const QString &path, const Progress &progress = {});

    static std::optional<Format> formatFromName(const QString &name); // "csv", "json"
    // What a finished export says: "Exported 3 attempts to /tmp/log.csv."
    static QString savedText(qint64 rows, const QString &path);

    // Pure pieces, shared with `sms-hook-cli logs list --json` and tested alone.
    static QStringList csvHeader();
    static QStringList csvRow(const Attempt &attempt);
    static QString csvField(const QString &value); // quoted when needed, quotes doubled
    static QJsonObject toJson(const Attempt &attempt); // with the timeline
};
