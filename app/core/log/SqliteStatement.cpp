#include "SqliteStatement.h"

#include <QSqlDriver>

#include <sqlite3.h>

sqlite3 *SqliteStatement::handle(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3 *const *>(handle.constData());
    return nullptr;
}

bool SqliteStatement::bindAll(sqlite3_stmt *statement, const QVariantList &values)
{
    for (int i = 0; i < values.size(); ++i) {
        const QVariant &value = values.at(i);
        int rc = SQLITE_OK;
        if (value.isNull()) {
            rc = sqlite3_bind_null(statement, i + 1);
        } else {
            switch (value.typeId()) {
            case QMetaType::Int:
            case QMetaType::UInt:
            case QMetaType::LongLong:
            case QMetaType::ULongLong:
            case QMetaType::Bool:
                rc = sqlite3_bind_int64(statement, i + 1, value.toLongLong());
                break;
            case QMetaType::QByteArray: {
                const QByteArray bytes = value.toByteArray();
                rc = bytes.isNull() ? sqlite3_bind_null(statement, i + 1)
                                    : sqlite3_bind_blob(statement, i + 1, bytes.constData(),
                                                        int(bytes.size()), SQLITE_TRANSIENT);
                break;
            }
            default: {
                const QString string = value.toString();
                const QByteArray text = string.toUtf8();
                rc = string.isNull() ? sqlite3_bind_null(statement, i + 1)
                                     : sqlite3_bind_text(statement, i + 1, text.constData(),
                                                         int(text.size()), SQLITE_TRANSIENT);
            }
            }
        }
        if (rc != SQLITE_OK)
            return false;
    }
    return true;
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

bool SqliteStatement::prepare(const QSqlDatabase &db, const QString &sql)
{
    sqlite3_finalize(m_statement);
    m_statement = nullptr;
    m_db = handle(db);
    if (!m_db) {
        m_error = QStringLiteral("not an SQLite connection");
        return false;
    }
    const QByteArray text = sql.toUtf8();
    if (sqlite3_prepare_v3(m_db, text.constData(), int(text.size()), SQLITE_PREPARE_PERSISTENT,
                           &m_statement, nullptr)
        != SQLITE_OK) {
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
        sqlite3_finalize(m_statement);
        m_statement = nullptr;
        return false;
    }
    return true;
}

bool SqliteStatement::exec()
{
    const QVariantList values = std::exchange(m_values, {});
    if (!m_statement) {
        m_error = QStringLiteral("statement not prepared");
        return false;
    }
    bool ok = bindAll(m_statement, values);
    int rc = SQLITE_OK;
    if (ok) {
        while ((rc = sqlite3_step(m_statement)) == SQLITE_ROW) { }
        ok = rc == SQLITE_DONE;
    }
    if (!ok)
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    return ok;
}

qint64 SqliteStatement::lastInsertId() const
{
    return m_db ? sqlite3_last_insert_rowid(m_db) : 0;
}

int SqliteStatement::numRowsAffected() const
{
    return m_db ? sqlite3_changes(m_db) : 0;
}
