#pragma once

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

#include <string_view>
#include <utility>

// How the delivery log stores its bulkiest text compactly (schema step 5), and back. Pure
// functions, plus the same functions registered on a connection so that SQL (the migration, the
// views' INSTEAD OF triggers, the CLI) uses exactly the same rules.
//
// A SID as Twilio makes them, two capital letters and 32 lowercase hex digits, is kept as an
// 18-byte blob: the two letters, then the 16 bytes behind the hex digits. Anything else (a test
// fixture's odd SID) stays text, so nothing is lost; blobs and text never compare equal.
//
// A message body is split into a template and a code: the first run of 4 to 10 ASCII digits
// (a one-time code) becomes the placeholder character U+001A in the template, and the digits are
// kept beside it. Templates are stored once each (table log_bodies), so a million MFA messages
// hold a few dozen templates and a million short codes. A body that holds U+001A itself is kept
// whole as its own template with no code.
namespace LogCodec {

constexpr char16_t CodePlaceholder = 0x1A;

QVariant sidKey(const QString &sid); // null for an empty SID
QString sidFromKey(const QVariant &key);

struct SplitBody
{
    QString templ;
    QString code; // null when the body holds no code
};
SplitBody splitBody(const QString &body);
QString joinBody(const QString &templ, const QString &code);

// The country calling code an E.164 number starts with (1 to 3 digits after "+"; calling codes
// are prefix-free), 0 when none is assigned.
int callingCode(const QString &e164);
int callingCode(std::string_view e164);

// A queued -> delivered latency as the hourly summaries keep it: to two significant digits,
// rounded down (exact below 100 ms, then 10 ms steps below 1 s, 100 ms below 10 s, ...).
qint64 latencyKey(qint64 ms);

// Registers log_sid_key(text), log_body_template(text), log_body_code(text),
// log_calling_code(text), log_latency_key(ms) and log_left_to_writer(id) on db's SQLite connection;
// false when the driver is not SQLite's.
bool registerFunctions(const QSqlDatabase &db);

// Row ids as runs of consecutive ids (a bulk insert is one run), each id once.
class IdRuns
{
public:
    void add(qint64 id);
    bool isEmpty() const { return m_runs.isEmpty(); }
    void clear() { m_runs.clear(); }
    const QList<std::pair<qint64, qint64>> &runs() const { return m_runs; } // first, last

private:
    QList<std::pair<qint64, qint64>> m_runs;
};

// log_left_to_writer(id) decides whether the insert triggers (schema step 10) count a new row
// into the summaries and queue it for the trigram index at once (0, as registerFunctions() sets
// it) or leave both to the connection's writer (1). With ids, it answers 1 on db's connection
// and adds each id it answered for to *ids (the writer clears them when it has done both); a
// ROLLBACK clears them, and a COMMIT while they are not empty fails and rolls back
// (SQLITE_CONSTRAINT_COMMITHOOK). With nullptr, 0 again, and no hooks. *ids must outlive the
// registration.
bool leaveToWriter(const QSqlDatabase &db, IdRuns *ids);

} // namespace LogCodec
