#include "Auth0LogQuery.h"

#include <QDateTime>
#include <QJsonValue>
#include <QRegularExpression>

#include <vector>

using namespace Qt::StringLiterals;

struct Auth0LogQuery::Node
{
    enum class Kind { All, And, Or, Not, Term };
    Kind kind = Kind::All;
    std::vector<std::shared_ptr<const Node>> children;
    // Term
    QString field; // empty: the default fields
    QString value; // word or phrase; range: lower bound
    QString upper; // range: upper bound
    bool phrase = false;
    bool range = false;
    bool includeLower = true;
    bool includeUpper = true;
};

namespace {

using NodePtr = std::shared_ptr<const Auth0LogQuery::Node>;
using Node = Auth0LogQuery::Node;

// Searched when a term names no field (Auth0's log search query syntax page).
const QStringList DefaultFields {u"user_name"_s, u"connection"_s, u"client_name"_s, u"type"_s,
                                 u"ip"_s,        u"log_id"_s,     u"description"_s};

class Parser
{
public:
    explicit Parser(const QString &text) : m_text(text) { }

    NodePtr parse(QString *error)
    {
        skipSpace();
        if (atEnd())
            return std::make_shared<Node>();
        NodePtr root = parseOr();
        skipSpace();
        if (!m_error.isEmpty() || !atEnd()) {
            *error = m_error.isEmpty()
                ? u"unexpected \"%1\" at position %2"_s.arg(m_text.at(m_pos)).arg(m_pos + 1)
                : m_error;
            return nullptr;
        }
        return root;
    }

private:
    bool atEnd() const { return m_pos >= m_text.size(); }
    QChar peek() const { return atEnd() ? QChar() : m_text.at(m_pos); }
    void skipSpace()
    {
        while (!atEnd() && m_text.at(m_pos).isSpace())
            ++m_pos;
    }
    bool keyword(const QString &word)
    {
        skipSpace();
        if (!m_text.mid(m_pos).startsWith(word))
            return false;
        const qsizetype after = m_pos + word.size();
        const bool symbol = !word.at(0).isLetter();
        if (!symbol && after < m_text.size() && !m_text.at(after).isSpace()
            && m_text.at(after) != u'(')
            return false;
        m_pos = after;
        return true;
    }
    bool fail(const QString &message)
    {
        if (m_error.isEmpty())
            m_error = message;
        return false;
    }

    NodePtr combine(Node::Kind kind, std::vector<NodePtr> parts)
    {
        if (parts.size() == 1)
            return parts.front();
        auto n = std::make_shared<Node>();
        n->kind = kind;
        n->children = std::move(parts);
        return n;
    }

    NodePtr parseOr()
    {
        std::vector<NodePtr> parts {parseAnd()};
        for (;;) {
            skipSpace();
            if (atEnd() || peek() == u')' || !m_error.isEmpty())
                break;
            // Explicit or implied: Lucene's default operator is OR.
            if (!keyword(u"OR"_s))
                keyword(u"||"_s);
            parts.push_back(parseAnd());
        }
        return combine(Node::Kind::Or, std::move(parts));
    }

    NodePtr parseAnd()
    {
        std::vector<NodePtr> parts {parseUnary()};
        while (m_error.isEmpty() && (keyword(u"AND"_s) || keyword(u"&&"_s)))
            parts.push_back(parseUnary());
        return combine(Node::Kind::And, std::move(parts));
    }

    NodePtr parseUnary()
    {
        skipSpace();
        if (keyword(u"NOT"_s) || keyword(u"!"_s) || keyword(u"-"_s)) {
            auto n = std::make_shared<Node>();
            n->kind = Node::Kind::Not;
            n->children.push_back(parseUnary());
            return n;
        }
        return parsePrimary();
    }

    NodePtr parsePrimary()
    {
        skipSpace();
        if (peek() == u'(') {
            ++m_pos;
            NodePtr inner = parseOr();
            skipSpace();
            if (peek() != u')') {
                fail(u"missing closing parenthesis"_s);
                return std::make_shared<Node>();
            }
            ++m_pos;
            return inner;
        }
        auto term = std::make_shared<Node>();
        term->kind = Node::Kind::Term;
        // A field name is letters, digits, '_' and '.', followed by ':'.
        const qsizetype start = m_pos;
        while (!atEnd() && (peek().isLetterOrNumber() || peek() == u'_' || peek() == u'.'))
            ++m_pos;
        if (peek() == u':' && m_pos > start) {
            term->field = m_text.mid(start, m_pos - start);
            ++m_pos;
            if (!Auth0LogQuery::searchableFields().contains(term->field)) {
                fail(u"unknown field \"%1\""_s.arg(term->field));
                return term;
            }
        } else {
            m_pos = start;
        }
        if (peek() == u'"') {
            const qsizetype close = m_text.indexOf(u'"', m_pos + 1);
            if (close < 0) {
                fail(u"unterminated quoted value"_s);
                return term;
            }
            term->value = m_text.mid(m_pos + 1, close - m_pos - 1);
            term->phrase = true;
            m_pos = close + 1;
            return term;
        }
        if (peek() == u'[' || peek() == u'{') {
            term->range = true;
            term->includeLower = peek() == u'[';
            const qsizetype close = m_text.indexOf(QRegularExpression(u"[\\]}]"_s), m_pos);
            if (close < 0) {
                fail(u"unterminated range"_s);
                return term;
            }
            term->includeUpper = m_text.at(close) == u']';
            const QStringList bounds = m_text.mid(m_pos + 1, close - m_pos - 1).split(u" TO "_s);
            if (bounds.size() != 2) {
                fail(u"a range needs the form [A TO B]"_s);
                return term;
            }
            term->value = bounds.at(0).trimmed();
            term->upper = bounds.at(1).trimmed();
            m_pos = close + 1;
            return term;
        }
        const qsizetype valueStart = m_pos;
        while (!atEnd() && !peek().isSpace() && peek() != u'(' && peek() != u')')
            ++m_pos;
        term->value = m_text.mid(valueStart, m_pos - valueStart);
        if (term->value.isEmpty())
            fail(term->field.isEmpty() ? u"expected a term at position %1"_s.arg(valueStart + 1)
                                       : u"missing value for field \"%1\""_s.arg(term->field));
        return term;
    }

    QString m_text;
    qsizetype m_pos = 0;
    QString m_error;
};

// "2026-11-01" or a full ISO timestamp; a bare date is its whole day.
QDateTime dateBound(const QString &text, bool upper)
{
    if (text.size() == 10) {
        const QDate day = QDate::fromString(text, Qt::ISODate);
        if (!day.isValid())
            return {};
        return upper ? QDateTime(day.addDays(1), QTime(0, 0), Qt::UTC).addMSecs(-1)
                     : QDateTime(day, QTime(0, 0), Qt::UTC);
    }
    return QDateTime::fromString(text, Qt::ISODateWithMs);
}

bool wildcardMatch(const QString &pattern, const QString &value)
{
    const QString re = QRegularExpression::escape(pattern).replace(u"\\*"_s, u".*"_s);
    return QRegularExpression(QRegularExpression::anchoredPattern(re)).match(value).hasMatch();
}

bool termMatches(const Node &term, const QString &field, const QJsonObject &event)
{
    const QJsonValue raw = event.value(field);
    if (raw.isUndefined() || raw.isNull())
        return false;
    const QString value = raw.isString() ? raw.toString() : raw.toVariant().toString();
    if (term.range) {
        if (field == u"date"_s) {
            const QDateTime at = QDateTime::fromString(value, Qt::ISODateWithMs);
            const QDateTime lower
                = term.value == u"*"_s ? QDateTime() : dateBound(term.value, false);
            const QDateTime upper
                = term.upper == u"*"_s ? QDateTime() : dateBound(term.upper, true);
            if (lower.isValid() && (term.includeLower ? at < lower : at <= lower))
                return false;
            if (upper.isValid() && (term.includeUpper ? at > upper : at >= upper))
                return false;
            return at.isValid();
        }
        if (term.value != u"*"_s && (term.includeLower ? value < term.value : value <= term.value))
            return false;
        if (term.upper != u"*"_s && (term.includeUpper ? value > term.upper : value >= term.upper))
            return false;
        return true;
    }
    if (field == u"description"_s) // analysed text: words match regardless of case
        return value.contains(QString(term.value).remove(u'*'), Qt::CaseInsensitive);
    if (field == u"date"_s && !term.phrase && term.value.size() == 10) {
        const QDateTime at = QDateTime::fromString(value, Qt::ISODateWithMs);
        return at >= dateBound(term.value, false) && at <= dateBound(term.value, true);
    }
    if (!term.phrase && term.value.contains(u'*'))
        return wildcardMatch(term.value, value);
    return value == term.value;
}

bool evaluate(const Node &n, const QJsonObject &event)
{
    switch (n.kind) {
    case Node::Kind::All:
        return true;
    case Node::Kind::And:
        for (const auto &c : n.children) {
            if (!evaluate(*c, event))
                return false;
        }
        return true;
    case Node::Kind::Or:
        for (const auto &c : n.children) {
            if (evaluate(*c, event))
                return true;
        }
        return false;
    case Node::Kind::Not:
        return !evaluate(*n.children.front(), event);
    case Node::Kind::Term:
        if (!n.field.isEmpty())
            return termMatches(n, n.field, event);
        for (const QString &field : DefaultFields) {
            if (termMatches(n, field, event))
                return true;
        }
        return false;
    }
    return false;
}

} // namespace

const QStringList &Auth0LogQuery::searchableFields()
{
    static const QStringList fields {
        u"client_id"_s, u"client_name"_s, u"connection"_s, u"connection_id"_s, u"description"_s,
        u"date"_s,      u"hostname"_s,    u"ip"_s,         u"log_id"_s,        u"organization_id"_s,
        u"user_id"_s,   u"user_name"_s,   u"user_agent"_s, u"strategy"_s,      u"strategy_type"_s,
        u"type"_s};
    return fields;
}

std::optional<Auth0LogQuery> Auth0LogQuery::parse(const QString &q, QString *error)
{
    QString message;
    NodePtr root = Parser(q).parse(&message);
    if (!root) {
        if (error)
            *error = message;
        return std::nullopt;
    }
    Auth0LogQuery query;
    query.m_root = root;
    return query;
}

bool Auth0LogQuery::matches(const QJsonObject &event) const
{
    return !m_root || evaluate(*m_root, event);
}
