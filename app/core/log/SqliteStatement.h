#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QVariant>

struct sqlite3;
struct sqlite3_stmt;

// A statement run through SQLite's own interface on a Qt connection's handle (Qt's driver links
// the same library), for the log's hottest statements: QSqlQuery names every bound value
// (":1", ":2", ...), keeps it in a QVariant and hands text over as UTF-16, which cost a tenth of
// a bulk insert. Bound like QSqlQuery, positionally with addBindValue; exec() runs it to the end
// and resets it for the next values. Finalized on destruction, which must come before the
// connection closes.
class SqliteStatement
{
public:
    // The connection's SQLite handle; nullptr when the driver is not SQLite's.
    static sqlite3 *handle(const QSqlDatabase &db);
    // Binds values in order from position 1: integers as integers, byte arrays as blobs, anything
    // else as UTF-8 text; a null variant, string or byte array as NULL, as Qt's driver does.
    // false when SQLite refuses one.
    static bool bindAll(sqlite3_stmt *statement, const QVariantList &values);

    SqliteStatement() = default;
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    bool prepare(const QSqlDatabase &db, const QString &sql);
    void addBindValue(const QVariant &value) { m_values << value; }
    void clearBindings() { m_values.clear(); } // values added for an exec() that did not come
    bool exec(); // false on failure: lastError() says why
    qint64 lastInsertId() const;
    int numRowsAffected() const;
    QString lastError() const { return m_error; }

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    QVariantList m_values;
    QString m_error;
};
