#pragma once

#include "log/TenantChain.h"

#include <QAbstractTableModel>
#include <QList>

// The chains of the Log page's "Auth0 login" view, newest first: one row per Auth0 MFA event
// with the Twilio message it caused, or an unmatched end ("Auth0 sent, no Twilio message found",
// "Twilio message with no Auth0 event"). Holds what TenantLogStore read, off the UI thread.
class TenantChainModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Time, Chain, Event, Recipient, Sid, Delivery, Latency, ColumnCount };

    explicit TenantChainModel(QObject *parent = nullptr);

    void setChains(const QList<TenantChain> &chains);
    const QList<TenantChain> &chains() const { return m_chains; }
    const TenantChain *chainAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Auth0's ask to the handset (or to the last hop reached), when both ends have a time.
    static std::optional<qint64> totalLatencyMs(const TenantChain &chain);

private:
    QList<TenantChain> m_chains;
};
