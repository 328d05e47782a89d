#include "TenantChainModel.h"

#include "DeliveryLogModel.h"
#include "Icons.h"

namespace {

QColor kindColor(const TenantChain &c)
{
    switch (c.verdict()) {
    case TenantChain::Verdict::Delivered:
        return DeliveryLogModel::outcomeColor(Attempt::Outcome::Delivered);
    case TenantChain::Verdict::OnTheWay:
        return DeliveryLogModel::outcomeColor(Attempt::Outcome::Pending);
    case TenantChain::Verdict::TwilioFailed:
    case TenantChain::Verdict::NeverReachedTwilio:
    case TenantChain::Verdict::ActionFailed:
        return DeliveryLogModel::outcomeColor(Attempt::Outcome::Failed);
    case TenantChain::Verdict::NotASend:
        break;
    }
    return DeliveryLogModel::outcomeColor(Attempt::Outcome::Unknown);
}

} // namespace

TenantChainModel::TenantChainModel(QObject *parent) : QAbstractTableModel(parent) { }

void TenantChainModel::setChains(const QList<TenantChain> &chains)
{
    beginResetModel();
    m_chains = chains;
    endResetModel();
}

const TenantChain *TenantChainModel::chainAt(int row) const
{
    return row >= 0 && row < m_chains.size() ? &m_chains.at(row) : nullptr;
}

int TenantChainModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_chains.size());
}

int TenantChainModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

std::optional<qint64> TenantChainModel::totalLatencyMs(const TenantChain &chain)
{
    const QList<TenantChain::Hop> hops = chain.hops();
    QDateTime first;
    QDateTime last;
    for (const TenantChain::Hop &h : hops) {
        if (!h.at.isValid())
            continue;
        if (!first.isValid())
            first = h.at;
        last = h.at;
    }
    if (!first.isValid() || first == last || !chain.event || !chain.attempt)
        return std::nullopt;
    return first.msecsTo(last);
}

QVariant TenantChainModel::data(const QModelIndex &index, int role) const
{
    const TenantChain *c = index.isValid() ? chainAt(index.row()) : nullptr;
    if (!c)
        return {};
    if (role == Qt::DecorationRole && index.column() == Chain)
        return Icons::dot(kindColor(*c));
    if (role == Qt::ToolTipRole && index.column() == Chain)
        return c->summary();
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Time:
        return c->at().toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case Chain:
        return TenantChain::kindText(c->kind);
    case Event:
        return c->event ? TenantLogRecord::typeText(c->event->type) : QString();
    case Recipient:
        if (c->event && !c->event->recipient.isEmpty())
            return c->event->recipient;
        return c->attempt ? c->attempt->to : QString();
    case Sid:
        return c->attempt ? c->attempt->sid : QString();
    case Delivery:
        if (c->attempt)
            return Attempt::outcomeText(c->attempt->outcome);
        return c->kind == TenantChain::Kind::NoTwilioMessage ? tr("never reached Twilio")
                                                             : QString();
    case Latency:
        if (const auto ms = totalLatencyMs(*c))
            return TenantChain::latencyText(*ms);
        return QString();
    }
    return {};
}

QVariant TenantChainModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time:
        return tr("Time");
    case Chain:
        return tr("Chain");
    case Event:
        return tr("Auth0 event");
    case Recipient:
        return tr("To");
    case Sid:
        return tr("Twilio SID");
    case Delivery:
        return tr("Delivery");
    case Latency:
        return tr("Ask to last hop");
    }
    return {};
}
