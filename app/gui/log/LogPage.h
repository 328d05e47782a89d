#pragma once

#include "log/Attempt.h"
#include "log/LogExport.h"
#include "log/LogFilter.h"
#include "log/LogSync.h"

#include <QFutureWatcher>
#include <QPointer>
#include <QScopedPointer>
#include <QWidget>

#include <atomic>
#include <memory>

namespace Ui {
class LogPage;
}

class DeliveryLog;
class DeliveryLogModel;
class InsightsView;
class LogRowScroller;
class LogRowWindow;
struct InsightsDrill;
class QToolButton;
class ProfileStore;
class QNetworkAccessManager;
class QTimer;
class SecretStore;
class QPushButton;
class QTextBrowser;
class TenantLogPanel;

// The delivery log viewer: a filter bar (outcome, API, source, profile, dates, recipient, error
// code, free text), the attempts in a table that stays fast with a million rows
// (DeliveryLogModel), and a details pane for the selected attempt: its status timeline, the
// message as sent, segments and price, and for an error Twilio's explanation. Copies the SID;
// exports the filtered view to CSV or JSON on a worker thread. Follows the log live. "Sync from
// Twilio…" imports Twilio's own message log for a profile and a range of days (LogSync), with the
// profile's credentials read from the keychain (SecretStore) without blocking.
class LogPage : public QWidget
{
    Q_OBJECT
public:
    LogPage(DeliveryLog *log, ProfileStore *profiles, QWidget *parent = nullptr);
    ~LogPage() override;

    // The console's current profile: preselected in the profile filter ("All profiles" stays
    // available). Empty: all profiles.
    void setProfile(const QString &name);
    // Reads the profile names again (after profiles were added or removed).
    void reloadProfiles();
    // Where "Sync from Twilio…" reads the profile's Twilio credentials. Without it the import
    // explains that the keychain is not available.
    void setSecretStore(SecretStore *secrets);
    bool isSyncing() const;

    DeliveryLogModel *model() const { return m_model; }
    // The table shows a window of the model's rows (LogRowWindow) under a scroll bar over all of
    // them: the view's rows are the window's, these map and scroll in the model's rows.
    LogRowScroller *rowScroller() const { return m_rowScroller; }
    // The "Auth0 login" source's chains view (LogPageTenant.cpp).
    TenantLogPanel *tenantPanel() const { return m_tenantPanel; }
    LogFilter currentFilter() const;
    qint64 selectedId() const { return m_detailsId; }
    // True when the details pane says that the attempt chosen is hidden by the filters.
    bool isSelectionHidden() const { return m_selectionHidden; }

    // "Rows | Insights" (LogPageInsights.cpp): the attempts' table, or the charts of the same
    // filters; a click on a chart narrows the filters to what it shows and returns to the rows.
    // Made the first time Insights is shown (nullptr until then): a page never switched to
    // Insights costs no charts, and opens sooner.
    InsightsView *insightsView() const { return m_insights; }
    bool isInsightsShown() const;
    void setInsightsShown(bool shown);
    // Narrows the filters to what a chart's bar shows (and shows the rows).
    void applyDrill(const InsightsDrill &drill);
    // A time range finer than the date filters (a chart's hour): [since, until) UTC; invalid
    // dates: none. Shown as a button beside the dates that clears it.
    void setTimeRange(const QDateTime &since, const QDateTime &until);

    // Writes the current filter's attempts to path on a worker thread; exportFinished() tells
    // the result (also shown on the page). The Export button asks for the path first.
    void exportTo(const QString &path, LogExport::Format format);
    bool isExporting() const;

Q_SIGNALS:
    void exportFinished(bool ok, const QString &path);
    // The details pane shows the attempt with this id, read in full (with its timeline).
    void detailsShown(qint64 id);
    // A sync from Twilio ended (its result is shown in the import bar).
    void syncFinished(LogSync::Outcome outcome);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void setUpFilters();
    void setUpTable();
    void applyFilters();
    void clearFilters();
    void updateCount();
    void onCurrentRowChanged();
    void showDetails(qint64 id);
    void readDetails(qint64 id);
    void fillDetails(const Attempt &attempt);
    // The details at the pane's width and at least as tall as their rows need there (wrapped
    // text counted at that width): a short pane scrolls instead of laying rows over each other.
    void fitDetails();
    void copySid();
    void chooseExportFile(LogExport::Format format);
    void onExportFinished();
    void rememberSelection();
    void restoreSelection();
    void showSyncBar();
    void startSync();
    void cancelSync();
    void runSync(const Profile &profile, const TwilioCredentials &credentials, const QDate &since,
                 const QDate &until);
    void onSyncFinished(LogSync::Outcome outcome);
    void endSync(LogSync::Outcome outcome, const QString &text);
    void updateSyncButtons();
    // The details pane when the attempt chosen no longer matches the filters.
    void checkSelectionShown();
    void showSelectionHidden();
    // Rows | Insights (LogPageInsights.cpp).
    void setUpInsights();
    void makeInsights();
    void updateTimeRangeButton();
    // The Auth0 tenant log's chains (LogPageTenant.cpp).
    void setUpTenantChains();
    bool isTenantView() const;
    bool applyTenantView(); // true when the chains view is shown and was given the filters
    void showTenantChain(qint64 attemptId); // the attempt's MFA login chain, under its summary

    const QScopedPointer<Ui::LogPage> m_ui;
    DeliveryLog *m_log;
    ProfileStore *m_profiles;
    DeliveryLogModel *m_model;
    LogRowWindow *m_rowWindow = nullptr;
    LogRowScroller *m_rowScroller = nullptr;
    QTimer *m_typingTimer;
    bool m_applying = false; // filters set in code: apply once at the end

    qint64 m_detailsId = 0;
    quint64 m_detailsGeneration = 0; // ignores an answer overtaken by a newer selection
    qint64 m_keptSelection = 0; // across a model reset, and while hidden by the filters
    bool m_selectionHidden = false;
    QString m_placeholderText; // the details pane's, before any row is chosen
    QString m_detailsSid;

    QFutureWatcher<LogExport::Result> m_exportWatcher;
    std::shared_ptr<std::atomic<bool>> m_exportCancel;
    std::shared_ptr<std::atomic<qint64>> m_exportRows;
    QString m_exportPath;
    QTimer *m_exportProgressTimer;

    SecretStore *m_secrets = nullptr;
    QNetworkAccessManager *m_network = nullptr; // created with the first sync
    QPointer<LogSync> m_sync;
    bool m_readingSecrets = false;
    quint64 m_syncGeneration = 0; // ignores a keychain answer after a cancel

    InsightsView *m_insights = nullptr;
    QPushButton *m_rowsButton = nullptr;
    QPushButton *m_insightsButton = nullptr;
    QToolButton *m_rangeButton = nullptr;
    QDateTime m_rangeSince; // a chart's time range, finer than the dates
    QDateTime m_rangeUntil;
    QTimer *m_insightsTimer = nullptr; // refreshes the charts after writes, at most once a second

    TenantLogPanel *m_tenantPanel = nullptr;
    QPushButton *m_tenantSyncButton = nullptr;
    QTextBrowser *m_tenantChainLabel = nullptr;
};
