#include "LogExport.h"

#include "LogSchema.h"

#include "PrivateFiles.h"

#include <QDir>
#include <algorithm>
#include <climits>

#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>

namespace {

QString isoTime(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

// Status@time entries of a timeline in one CSV field: "queued@2024-...;sent@2024-...".
QString timelineText(const QList<StatusTransition> &timeline)
{
    QStringList parts;
    for (const StatusTransition &t : timeline) {
        QString part = t.status + QLatin1Char('@') + isoTime(t.at);
        if (t.errorCode != 0)
            part += QLatin1Char('#') + QString::number(t.errorCode);
        parts << part;
    }
    return parts.join(QLatin1Char(';'));
}

} // namespace

std::optional<LogExport::Format> LogExport::formatFromName(const QString &name)
{
    if (name == QLatin1String("csv"))
        return Format::Csv;
    if (name == QLatin1String("json"))
        return Format::Json;
    return std::nullopt;
}

QStringList LogExport::csvHeader()
{
    return {QStringLiteral("id"),         QStringLiteral("created_at"),
            QStringLiteral("updated_at"), QStringLiteral("profile"),
            QStringLiteral("api"),        QStringLiteral("source"),
            QStringLiteral("to"),         QStringLiteral("from"),
            QStringLiteral("body"),       QStringLiteral("encoding"),
            QStringLiteral("segments"),   QStringLiteral("sid"),
            QStringLiteral("status"),     QStringLiteral("outcome"),
            QStringLiteral("error_code"), QStringLiteral("error_message"),
            QStringLiteral("price"),      QStringLiteral("price_unit"),
            QStringLiteral("timeline")};
}

QStringList LogExport::csvRow(const Attempt &a)
{
    return {QString::number(a.id),
            isoTime(a.createdAt),
            isoTime(a.updatedAt),
            a.profile,
            Attempt::apiName(a.api),
            Attempt::sourceName(a.source),
            a.to,
            a.from,
            a.body,
            a.encoding,
            QString::number(a.segments),
            a.sid,
            a.status,
            Attempt::outcomeName(a.outcome),
            a.errorCode != 0 ? QString::number(a.errorCode) : QString(),
            a.errorMessage,
            a.price,
            a.priceUnit,
            timelineText(a.timeline)};
}

QString LogExport::csvField(const QString &value)
{
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"'))
        && !value.contains(QLatin1Char('\n')) && !value.contains(QLatin1Char('\r')))
        return value;
    QString quoted = value;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QJsonObject LogExport::toJson(const Attempt &a)
{
    QJsonArray timeline;
    for (const StatusTransition &t : a.timeline) {
        QJsonObject entry {{QStringLiteral("status"), t.status},
                           {QStringLiteral("at"), isoTime(t.at)}};
        if (t.errorCode != 0) {
            entry.insert(QStringLiteral("error_code"), t.errorCode);
            entry.insert(QStringLiteral("error_message"), t.errorMessage);
        }
        timeline.append(entry);
    }
    return {{QStringLiteral("id"), a.id},
            {QStringLiteral("created_at"), isoTime(a.createdAt)},
            {QStringLiteral("updated_at"), isoTime(a.updatedAt)},
            {QStringLiteral("profile"), a.profile},
            {QStringLiteral("api"), Attempt::apiName(a.api)},
            {QStringLiteral("source"), Attempt::sourceName(a.source)},
            {QStringLiteral("to"), a.to},
            {QStringLiteral("from"), a.from},
            {QStringLiteral("body"), a.body},
            {QStringLiteral("encoding"), a.encoding},
            {QStringLiteral("segments"), a.segments},
            {QStringLiteral("sid"), a.sid.isEmpty() ? QJsonValue() : QJsonValue(a.sid)},
            {QStringLiteral("status"), a.status},
            {QStringLiteral("outcome"), Attempt::outcomeName(a.outcome)},
            {QStringLiteral("error_code"), a.errorCode},
            {QStringLiteral("error_message"), a.errorMessage},
            {QStringLiteral("price"), a.price},
            {QStringLiteral("price_unit"), a.priceUnit},
            {QStringLiteral("timeline"), timeline}};
}

LogExport::Result LogExport::write(const QString &databasePath, const LogFilter &filter,
                                   Format format, QIODevice *out, const Progress &progress)
{
    Result result;
    const QString connection
        = QStringLiteral("log-export-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        QString error;
        QSqlDatabase db = LogSchema::openConnection(connection, databasePath, false, &error);
        // The schema must be the one this build reads; migrate() also refuses a newer file.
        if (db.isOpen() && !LogSchema::migrate(db, &error))
            db.close();
        if (!db.isOpen()) {
            result.error = error;
        } else {
            // One read transaction: the export is a consistent snapshot while sends go on.
            QSqlQuery begin(db);
            begin.exec(QStringLiteral("BEGIN"));
            const LogFilter::Sql sql = filter.toSql();
            QSqlQuery rows(db);
            rows.setForwardOnly(true);
            rows.prepare(QStringLiteral("SELECT %1 FROM attempts a %2 ORDER BY a.created_at "
                                        "DESC, a.id DESC")
                             .arg(LogSchema::attemptColumns(), sql.where));
            for (const QVariant &v : sql.bindings)
                rows.addBindValue(v);
            QSqlQuery timeline(db);
            timeline.setForwardOnly(true);
            timeline.prepare(LogSchema::timelineSql());
            if (!rows.exec()) {
                result.error = tr("cannot read the delivery log: %1").arg(rows.lastError().text());
            } else {
                const auto put = [out](const QString &text) {
                    const QByteArray bytes = text.toUtf8();
                    return out->write(bytes) == bytes.size();
                };
                bool writeOk = true;
                if (format == Format::Csv) {
                    QStringList header;
                    for (const QString &h : csvHeader())
                        header << csvField(h);
                    writeOk = put(header.join(QLatin1Char(',')) + QStringLiteral("\r\n"));
                } else {
                    writeOk = put(QStringLiteral("["));
                }
                while (writeOk && rows.next()) {
                    Attempt a = LogSchema::attemptFromQuery(rows);
                    a.timeline = LogSchema::timeline(timeline, a.id);
                    if (format == Format::Csv) {
                        QStringList fields;
                        for (const QString &f : csvRow(a))
                            fields << csvField(f);
                        writeOk = put(fields.join(QLatin1Char(',')) + QStringLiteral("\r\n"));
                    } else {
                        const QByteArray json
                            = QJsonDocument(toJson(a)).toJson(QJsonDocument::Compact);
                        writeOk = out->write(result.rows == 0 ? "\n" : ",\n") >= 0
                            && out->write(json) == json.size();
                    }
                    ++result.rows;
                    if (progress && result.rows % 1000 == 0 && !progress(result.rows)) {
                        result.cancelled = true;
                        break;
                    }
                }
                if (writeOk && format == Format::Json && !result.cancelled)
                    writeOk = put(QStringLiteral("\n]\n"));
                if (!writeOk)
                    result.error = tr("cannot write the export: %1").arg(out->errorString());
                else if (result.cancelled)
                    result.error
                        = tr("Export cancelled after %n row(s).", nullptr, int(result.rows));
                else
                    result.ok = true;
            }
            rows.finish();
            timeline.finish();
            begin.exec(QStringLiteral("COMMIT"));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return result;
}

LogExport::Result LogExport::writeFile(const QString &databasePath, const LogFilter &filter,
                                       Format format, const QString &path, const Progress &progress)
{
    QSaveFile file(path);
    const auto failed = [&path, &file](qint64 rows) {
        Result r;
        r.rows = rows;
        r.error = tr("Cannot write %1: %2. Choose a folder you can write to.")
                      .arg(QDir::toNativeSeparators(path), file.errorString());
        return r;
    };
    // The temporary file QSaveFile writes to becomes the export: private from the start.
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(PrivateFiles::FileMode))
        return failed(0);
    Result result = write(databasePath, filter, format, &file, progress);
    if (!result.ok)
        return result; // not committed: nothing is left at path, not even part of the rows
    if (!file.commit())
        return failed(result.rows);
    return result;
}

QString LogExport::savedText(qint64 rows, const QString &path)
{
    return tr("Exported %n attempt(s) to %1.", nullptr, int(std::min<qint64>(rows, INT_MAX)))
        .arg(QDir::toNativeSeparators(path));
}
