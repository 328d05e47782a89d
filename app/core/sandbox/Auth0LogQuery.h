#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

// The part of Lucene's query syntax that Auth0's log search (GET /api/v2/logs?q=) takes, for the
// Auth0 simulator: field:value, field:"a phrase", field:prefix*, ranges field:[A TO B] and
// {A TO B} with * for an open end, AND / OR / NOT (also && || ! and a leading -), parentheses,
// and terms without a field (matched against Auth0's default fields). Terms side by side are
// joined with OR, as Lucene does. Dates compare as dates ("2026-11-01" is that whole day).
// Field names are case sensitive; an unknown one is an error, as at Auth0. Pure.
class Auth0LogQuery
{
public:
    struct Node;

    // nullopt and error set (Auth0's detail: "unknown field \"user_email\"") when q does not
    // parse. An empty q matches everything.
    static std::optional<Auth0LogQuery> parse(const QString &q, QString *error);
    bool matches(const QJsonObject &event) const;

    // The fields Auth0 lets a log search name.
    static const QStringList &searchableFields();

private:
    std::shared_ptr<const Node> m_root;
};
