#pragma once

#include "log/TenantLogStore.h"
#include "log/TenantLogSync.h"

#include <QDateTime>
#include <QPointer>
#include <QWidget>

class DeliveryLog;
class ProfileStore;
class QCheckBox;
class QComboBox;
class QLabel;
class QNetworkAccessManager;
class QPushButton;
class QTableView;
class QTextBrowser;
class QTimer;
class SecretStore;
class TenantChainModel;

// The Log page's "Auth0 login" view: each MFA text as one chain, from Auth0's ask to the handset
// ("Auth0 asked at t0 -> Action ran (execution, outcome) -> Twilio accepted (SID) -> delivered at
// t3"), the details pane giving each hop's time and latency; unmatched ends stay visible. An
// Auth0 event type filter, and the tenant log sync the Log page's "Sync tenant logs" starts
// (TenantLogSync: network and database work off the UI thread, the keychain read without
// blocking), with its progress and a Cancel button. Rows are read through TenantLogStore on
// the log's own thread, never on the UI thread.
class TenantLogPanel : public QWidget
{
    Q_OBJECT
public:
    static constexpr int RowLimit = 2000; // the newest chains shown

    TenantLogPanel(DeliveryLog *log, ProfileStore *profiles, QWidget *parent = nullptr);
    ~TenantLogPanel() override;

    void setSecretStore(SecretStore *secrets) { m_secrets = secrets; }
    // The Log page's profile and date filters; reloads when they changed.
    void setFilter(const QString &profile, const QDateTime &since, const QDateTime &until);
    void reload();

    // Syncs the tenant log of profile (the filter's profile when empty, else the page's
    // current one).
    void startSync(const QString &profile);
    void cancelSync();
    bool isSyncing() const { return m_sync != nullptr; }
    void setDefaultProfile(const QString &name) { m_defaultProfile = name; }

    TenantChainModel *model() const { return m_model; }
    QString eventType() const; // empty: the send types
    QString detailsText() const; // the details pane, as plain text

Q_SIGNALS:
    void chainsLoaded(int count);
    void syncFinished(TenantLogSync::Outcome outcome);
    void syncRunningChanged(bool running);

private:
    void onCurrentRowChanged();
    void showDetails(const TenantChain *chain);
    void updateSyncButtons();

    DeliveryLog *m_log;
    ProfileStore *m_profiles;
    SecretStore *m_secrets = nullptr;
    TenantChainModel *m_model;
    QComboBox *m_typeCombo;
    QCheckBox *m_orphansCheck;
    QLabel *m_countLabel;
    QTableView *m_table;
    QTextBrowser *m_details;
    QLabel *m_syncStatus;
    QPushButton *m_cancelButton;
    QTimer *m_refreshTimer;
    TenantLogStore::Filter m_filter;
    QString m_defaultProfile;
    quint64 m_generation = 0; // ignores an answer overtaken by a newer filter
    QString m_selectedKey; // kept across a reload
    QNetworkAccessManager *m_network = nullptr;
    QPointer<TenantLogSync> m_sync;
};
