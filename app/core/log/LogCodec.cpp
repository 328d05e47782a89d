#include "LogCodec.h"

#include "SqliteStatement.h"

#include <phonenumbers/phonenumberutil.h>
#include <sqlite3.h>

#include <algorithm>
#include <bitset>

namespace {

bool isLowerHex(char16_t c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f');
}

bool isDigit(char16_t c)
{
    return c >= u'0' && c <= u'9';
}

int hexValue(char16_t c)
{
    return c <= u'9' ? c - u'0' : c - u'a' + 10;
}

QString textArg(sqlite3_value *value)
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_value_text(value));
    return text ? QString::fromUtf8(text, sqlite3_value_bytes(value)) : QString();
}

void resultText(sqlite3_context *context, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    sqlite3_result_text(context, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

void sqlSidKey(sqlite3_context *context, int, sqlite3_value **argv)
{
    if (sqlite3_value_type(argv[0]) == SQLITE_NULL) {
        sqlite3_result_null(context);
        return;
    }
    const QVariant key = LogCodec::sidKey(textArg(argv[0]));
    if (key.isNull()) {
        sqlite3_result_null(context);
    } else if (key.typeId() == QMetaType::QByteArray) {
        const QByteArray bytes = key.toByteArray();
        sqlite3_result_blob(context, bytes.constData(), int(bytes.size()), SQLITE_TRANSIENT);
    } else {
        resultText(context, key.toString());
    }
}

void sqlBodyTemplate(sqlite3_context *context, int, sqlite3_value **argv)
{
    resultText(context, LogCodec::splitBody(textArg(argv[0])).templ);
}

void sqlBodyCode(sqlite3_context *context, int, sqlite3_value **argv)
{
    const QString code = LogCodec::splitBody(textArg(argv[0])).code;
    if (code.isNull())
        sqlite3_result_null(context);
    else
        resultText(context, code);
}

// Per row of the country summary and the insights' countries: the number's bytes as SQLite
// holds them, without a QString.
void sqlCallingCode(sqlite3_context *context, int, sqlite3_value **argv)
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_value_text(argv[0]));
    const size_t size = text ? size_t(std::max(sqlite3_value_bytes(argv[0]), 0)) : 0;
    sqlite3_result_int(context, text ? LogCodec::callingCode(std::string_view(text, size)) : 0);
}

void sqlLatencyKey(sqlite3_context *context, int, sqlite3_value **argv)
{
    sqlite3_result_int64(context, LogCodec::latencyKey(sqlite3_value_int64(argv[0])));
}

// log_left_to_writer(id): 1 when the connection's writer counts and indexes the new row itself
// (its user data is the LogCodec::IdRuns the id goes to), 0 by default.
void sqlLeftToWriter(sqlite3_context *context, int, sqlite3_value **argv)
{
    auto *ids = static_cast<LogCodec::IdRuns *>(sqlite3_user_data(context));
    if (!ids) {
        sqlite3_result_int(context, 0);
        return;
    }
    ids->add(sqlite3_value_int64(argv[0]));
    sqlite3_result_int(context, 1);
}

// A transaction that would commit rows its writer has not counted yet rolls back instead: the
// summaries never go wrong quietly.
int refuseUncounted(void *ids)
{
    return static_cast<LogCodec::IdRuns *>(ids)->isEmpty() ? 0 : 1;
}

void forgetRolledBack(void *ids)
{
    static_cast<LogCodec::IdRuns *>(ids)->clear();
}

bool registerLeftToWriter(sqlite3 *sqlite, LogCodec::IdRuns *ids)
{
    // Not deterministic: the answer depends on the connection's writer, and it records the id.
    return sqlite3_create_function_v2(sqlite, "log_left_to_writer", 1, SQLITE_UTF8, ids,
                                      sqlLeftToWriter, nullptr, nullptr, nullptr)
        == SQLITE_OK;
}

} // namespace

int LogCodec::callingCode(const QString &e164)
{
    return callingCode(std::string_view(e164.left(4).toLatin1().constData()));
}

int LogCodec::callingCode(std::string_view e164)
{
    // Which of the 1- to 3-digit codes libphonenumber assigns to a region, asked once.
    static const std::bitset<1000> assigned = [] {
        std::bitset<1000> codes;
        const auto *util = i18n::phonenumbers::PhoneNumberUtil::GetInstance();
        for (int code = 1; code < 1000; ++code) {
            std::string region;
            util->GetRegionCodeForCountryCode(code, &region);
            codes[size_t(code)] = region != "ZZ";
        }
        return codes;
    }();
    if (e164.empty() || e164.front() != '+')
        return 0;
    int code = 0;
    for (size_t digits = 1; digits <= 3 && digits < e164.size(); ++digits) {
        const char c = e164[digits];
        if (c < '0' || c > '9')
            return 0;
        code = code * 10 + (c - '0');
        if (assigned[size_t(code)])
            return code;
    }
    return 0;
}

qint64 LogCodec::latencyKey(qint64 ms)
{
    if (ms < 100)
        return ms;
    qint64 scale = 1;
    while (ms / scale >= 100)
        scale *= 10;
    return ms / scale * scale;
}

QVariant LogCodec::sidKey(const QString &sid)
{
    if (sid.isEmpty())
        return QVariant();
    bool canonical = sid.size() == 34 && sid.at(0) >= u'A' && sid.at(0) <= u'Z' && sid.at(1) >= u'A'
        && sid.at(1) <= u'Z';
    for (qsizetype i = 2; canonical && i < sid.size(); ++i)
        canonical = isLowerHex(sid.at(i).unicode());
    if (!canonical)
        return sid;
    QByteArray key;
    key.reserve(18);
    key.append(char(sid.at(0).unicode()));
    key.append(char(sid.at(1).unicode()));
    for (qsizetype i = 2; i < sid.size(); i += 2)
        key.append(char(hexValue(sid.at(i).unicode()) * 16 + hexValue(sid.at(i + 1).unicode())));
    return key;
}

QString LogCodec::sidFromKey(const QVariant &key)
{
    if (key.isNull())
        return QString();
    if (key.typeId() != QMetaType::QByteArray)
        return key.toString();
    const QByteArray bytes = key.toByteArray();
    return QString::fromLatin1(bytes.left(2)) + QString::fromLatin1(bytes.mid(2).toHex());
}

LogCodec::SplitBody LogCodec::splitBody(const QString &body)
{
    if (body.contains(QChar(CodePlaceholder)))
        return {body, QString()};
    const qsizetype n = body.size();
    for (qsizetype i = 0; i < n;) {
        if (!isDigit(body.at(i).unicode())) {
            ++i;
            continue;
        }
        qsizetype end = i;
        while (end < n && isDigit(body.at(end).unicode()))
            ++end;
        if (end - i >= 4 && end - i <= 10)
            return {body.left(i) + QChar(CodePlaceholder) + body.mid(end), body.mid(i, end - i)};
        i = end;
    }
    return {body, QString()};
}

QString LogCodec::joinBody(const QString &templ, const QString &code)
{
    if (code.isNull())
        return templ;
    QString body = templ;
    const qsizetype at = body.indexOf(QChar(CodePlaceholder));
    if (at >= 0)
        body.replace(at, 1, code);
    return body;
}

bool LogCodec::registerFunctions(const QSqlDatabase &db)
{
    sqlite3 *sqlite = SqliteStatement::handle(db);
    if (!sqlite)
        return false;
    const int flags = SQLITE_UTF8 | SQLITE_DETERMINISTIC;
    return registerLeftToWriter(sqlite, nullptr)
        && sqlite3_create_function_v2(sqlite, "log_sid_key", 1, flags, nullptr, sqlSidKey, nullptr,
                                      nullptr, nullptr)
        == SQLITE_OK
        && sqlite3_create_function_v2(sqlite, "log_body_template", 1, flags, nullptr,
                                      sqlBodyTemplate, nullptr, nullptr, nullptr)
        == SQLITE_OK
        && sqlite3_create_function_v2(sqlite, "log_body_code", 1, flags, nullptr, sqlBodyCode,
                                      nullptr, nullptr, nullptr)
        == SQLITE_OK
        && sqlite3_create_function_v2(sqlite, "log_calling_code", 1, flags, nullptr, sqlCallingCode,
                                      nullptr, nullptr, nullptr)
        == SQLITE_OK
        && sqlite3_create_function_v2(sqlite, "log_latency_key", 1, flags, nullptr, sqlLatencyKey,
                                      nullptr, nullptr, nullptr)
        == SQLITE_OK;
}

void LogCodec::IdRuns::add(qint64 id)
{
    if (!m_runs.isEmpty()) {
        auto &[first, last] = m_runs.last();
        if (id == last + 1)
            ++last;
        if (id >= first && id <= last)
            return;
    }
    for (const auto &[first, last] : std::as_const(m_runs))
        if (id >= first && id <= last)
            return;
    m_runs.append({id, id});
}

bool LogCodec::leaveToWriter(const QSqlDatabase &db, IdRuns *ids)
{
    sqlite3 *sqlite = SqliteStatement::handle(db);
    if (!sqlite)
        return false;
    sqlite3_commit_hook(sqlite, ids ? refuseUncounted : nullptr, ids);
    sqlite3_rollback_hook(sqlite, ids ? forgetRolledBack : nullptr, ids);
    return registerLeftToWriter(sqlite, ids);
}
