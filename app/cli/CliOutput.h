#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

// How a command tells its result: plain text for people, one JSON document for scripts
// (--json). Errors always go to stderr as one line; in JSON mode stdout also gets
// {"ok": false, "error": {...}} so that a script reading stdout sees the failure.
class CliOutput
{
public:
    enum ExitCode { Success = 0, Failure = 1, UsageError = 2 };

    void setJson(bool json) { m_json = json; }
    bool json() const { return m_json; }

    void text(const QString &line) const; // stdout, plain mode only
    void warning(const QString &line) const; // stderr, both modes
    void result(const QJsonValue &value) const; // stdout, JSON mode only
    // Prints the failure and returns the exit code to use.
    // extra fields are merged into the JSON document next to "ok" and "error".
    int fail(ExitCode code, const QString &errorCode, const QString &message,
             const QString &fix = QString(), const QJsonObject &extra = {}) const;

private:
    bool m_json = false;
};
