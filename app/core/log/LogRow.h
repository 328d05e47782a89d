#pragma once

#include <QMetaType>
#include <QString>

// What the viewer shows of one attempt in its table: the columns, the body cut short. The
// details pane reads the whole attempt (with its timeline) from DeliveryLog. LogSchema reads it.
struct LogRow
{
    qint64 id = 0;
    qint64 createdAtMs = 0; // UTC
    QString profile;
    QString api; // stable names, as stored
    QString source;
    QString to;
    QString from;
    QString status;
    QString outcome;
    int errorCode = 0;
    QString errorMessage;
    int segments = 0;
    QString sid;
    QString body; // the first LogQueryWorker::BodyExcerptChars characters
};
Q_DECLARE_METATYPE(LogRow)
