// Tenant logs (GET /logs in its search and checkpoint modes) and the legacy hooks, read only.

#include "sandbox/Auth0LogQuery.h"
#include "sandbox/Auth0SandboxPrivate.h"

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace Auth0SandboxReply;
using namespace Auth0SandboxState;
using Reply = Auth0SandboxReply::Reply;

namespace {

constexpr int SearchReach = 1000; // search mode pages through the first 1,000 results only

std::optional<int> readInt(const FormCodec::Fields &query, const QString &name, int fallback,
                           int max, std::optional<Reply> *error)
{
    const QString text = FormCodec::value(query, name);
    if (text.isNull())
        return fallback;
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok)
        *error = invalidQuery(u"Expected type integer but found type string"_s, name);
    else if (value < 0)
        *error = invalidQuery(u"Value %1 is less than minimum 0"_s.arg(value), name);
    else if (value > max)
        *error = invalidQuery(u"Value %1 is greater than maximum %2"_s.arg(value).arg(max), name);
    else
        return value;
    return std::nullopt;
}

// fields / include_fields: which fields each event keeps.
QJsonObject project(const QJsonObject &event, const QStringList &fields, bool include)
{
    if (fields.isEmpty())
        return event;
    QJsonObject out;
    for (auto it = event.begin(); it != event.end(); ++it) {
        if (fields.contains(it.key()) == include)
            out.insert(it.key(), it.value());
    }
    return out;
}

} // namespace

QString Auth0SandboxPrivate::addLog(Tenant &t, QJsonObject event)
{
    const QDateTime now = this->now();
    if (!event.contains(u"date"_s))
        event.insert(u"date"_s, isoTime(now));
    if (event.value(u"log_id"_s).toString().isEmpty()) {
        // 56 digits like Auth0's ("90020261130..."): a prefix, the time, then a sequence, so
        // that log_ids only grow.
        QString time = now.toString(u"yyyyMMddHHmmsszzz"_s);
        if (!t.logs.empty()) {
            const QString last = t.logs.back().value(u"log_id"_s).toString();
            if (last.size() == 56 && last.mid(3, 17) > time)
                time = last.mid(3, 17);
        }
        const QString sequence = QString::number(++t.logSequence).rightJustified(36, u'0');
        event.insert(u"log_id"_s, QString(u"900"_s + time + sequence));
    }
    if (!event.contains(u"tenant_name"_s))
        event.insert(u"tenant_name"_s, t.fixture->name);
    t.logs.push_back(event);
    while (int(t.logs.size()) > MaxLogEvents)
        t.logs.pop_front();
    return event.value(u"log_id"_s).toString();
}

Auth0SandboxPrivate::Reply Auth0SandboxPrivate::listLogs(Context &c)
{
    // The OAS calls the search parameter "search"; the live API refuses it (auth0-java #842).
    if (FormCodec::contains(c.query, u"search"_s))
        return invalidQuery(u"Additional properties not allowed: search"_s);
    std::optional<Reply> error;

    if (FormCodec::contains(c.query, u"from"_s)) {
        // Checkpoint mode: every other parameter is ignored; ordered by log_id.
        const auto take = readInt(c.query, u"take"_s, 50, 100, &error);
        if (!take)
            return *error;
        const QString from = FormCodec::value(c.query, u"from"_s);
        std::vector<const QJsonObject *> after;
        for (const QJsonObject &e : c.tenant.logs) {
            if (e.value(u"log_id"_s).toString() > from)
                after.push_back(&e);
        }
        std::sort(after.begin(), after.end(), [](const QJsonObject *a, const QJsonObject *b) {
            return a->value(u"log_id"_s).toString() < b->value(u"log_id"_s).toString();
        });
        QJsonArray list;
        for (std::size_t i = 0; i < after.size() && i < std::size_t(*take); ++i)
            list.append(*after[i]);
        // An empty page links to itself: the client stops there and asks again later.
        const QString next
            = list.isEmpty() ? from : list.last().toObject().value(u"log_id"_s).toString();
        const QString link
            = c.baseUrl + u"/api/v2/logs?from="_s + next + u"&take="_s + QString::number(*take);
        Reply r = ok(list);
        r.headers.append({"Link", '<' + link.toUtf8() + ">; rel=\"next\""});
        return r;
    }

    const auto page = readInt(c.query, u"page"_s, 0, 1 << 30, &error);
    const auto perPage = page ? readInt(c.query, u"per_page"_s, 50, 100, &error) : std::nullopt;
    if (!page || !perPage)
        return *error;
    const QString sort = FormCodec::value(c.query, u"sort"_s);
    static const QRegularExpression sortShape(u"^([a-z_]+):(-1|1)$"_s);
    const QRegularExpressionMatch sortMatch = sortShape.match(sort.isNull() ? u"date:-1"_s : sort);
    if (!sortMatch.hasMatch())
        return invalidQuery(
            u"String does not match pattern ^(([a-zA-Z0-9_\\.]+))\\:(1|-1)$: "_s + sort, u"sort"_s);
    QString queryError;
    const auto search = Auth0LogQuery::parse(FormCodec::value(c.query, u"q"_s), &queryError);
    if (!search)
        return apiError(400, u"The search query string has an error: "_s + queryError,
                        u"invalid_query_string"_s);
    if (qint64(*page) * *perPage >= SearchReach && *perPage > 0)
        return apiError(
            400,
            u"You can only page through the first %1 results. Narrow the search "
            "with q, or read the logs by checkpoint (from and take)."_s.arg(SearchReach),
            u"invalid_paging"_s);

    std::vector<const QJsonObject *> matching;
    for (const QJsonObject &e : c.tenant.logs) {
        if (search->matches(e))
            matching.push_back(&e);
    }
    const QString field = sortMatch.captured(1);
    const bool ascending = sortMatch.captured(2) == u"1"_s;
    std::stable_sort(
        matching.begin(), matching.end(), [&](const QJsonObject *a, const QJsonObject *b) {
            const QString x = a->value(field).toVariant().toString();
            const QString y = b->value(field).toVariant().toString();
            if (x == y)
                return ascending
                    ? a->value(u"log_id"_s).toString() < b->value(u"log_id"_s).toString()
                    : a->value(u"log_id"_s).toString() > b->value(u"log_id"_s).toString();
            return ascending ? x < y : x > y;
        });
    const std::size_t reachable = std::min<std::size_t>(matching.size(), SearchReach);
    const QStringList fields
        = FormCodec::value(c.query, u"fields"_s).split(u',', Qt::SkipEmptyParts);
    const bool include = FormCodec::value(c.query, u"include_fields"_s) != u"false"_s;
    QJsonArray list;
    for (std::size_t i = std::size_t(*page) * *perPage;
         i < reachable && i < std::size_t(*page + 1) * *perPage; ++i)
        list.append(project(*matching[i], fields, include));
    if (FormCodec::value(c.query, u"include_totals"_s) == u"true"_s) {
        return ok(QJsonObject {{u"start"_s, *page * *perPage},
                               {u"limit"_s, *perPage},
                               {u"length"_s, list.size()},
                               {u"total"_s, qint64(reachable)},
                               {u"logs"_s, list}});
    }
    return ok(list);
}

void Auth0SandboxPrivate::addLogRoutes()
{
    addRoute("GET", u"/logs"_s, {u"read:logs"_s, u"read:logs_users"_s},
             [this](Context &c) { return listLogs(c); });
    addRoute("GET", u"/logs/{}"_s, {u"read:logs"_s, u"read:logs_users"_s}, [](Context &c) {
        for (const QJsonObject &e : c.tenant.logs) {
            if (e.value(u"log_id"_s).toString() == c.args.at(0))
                return ok(e);
        }
        return notFound(u"log not found"_s, u"inexistent_log"_s);
    });

    // Legacy hooks, read only: the console lists them to help move them to Actions.
    addRoute("GET", u"/hooks"_s, {u"read:hooks"_s}, [](Context &c) {
        const QString triggerId = FormCodec::value(c.query, u"triggerId"_s);
        const QString enabled = FormCodec::value(c.query, u"enabled"_s);
        QJsonArray list;
        for (const QJsonObject &h : std::as_const(c.tenant.hooks)) {
            if (!triggerId.isEmpty() && h.value(u"triggerId"_s).toString() != triggerId)
                continue;
            if (!enabled.isEmpty() && h.value(u"enabled"_s).toBool() != (enabled == u"true"_s))
                continue;
            list.append(h);
        }
        if (FormCodec::value(c.query, u"include_totals"_s) == u"true"_s)
            return ok(QJsonObject {{u"start"_s, 0},
                                   {u"limit"_s, list.size()},
                                   {u"total"_s, list.size()},
                                   {u"hooks"_s, list}});
        return ok(list);
    });
    addRoute("GET", u"/hooks/{}"_s, {u"read:hooks"_s}, [](Context &c) {
        for (const QJsonObject &h : std::as_const(c.tenant.hooks)) {
            if (h.value(u"id"_s).toString() == c.args.at(0))
                return ok(h);
        }
        return notFound(u"The hook does not exist."_s, u"inexistent_hook"_s);
    });
}
