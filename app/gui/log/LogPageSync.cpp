// LogPage: "Sync from Twilio…", the inline bar that imports Twilio's message log for a profile
// and a range of days (LogSync), the credentials read from the keychain without blocking.

#include "LogPage.h"
#include "ui_LogPage.h"

#include "TenantLogPanel.h"
#include "log/CodeMask.h"
#include "log/DeliveryLog.h"
#include "profile/ProfileStore.h"
#include "run/TwilioAccess.h"
#include "secrets/SecretRules.h"
#include "secrets/SecretStore.h"
#include "sync/SyncProgress.h"

#include <QLocale>
#include <QNetworkAccessManager>

void LogPage::setSecretStore(SecretStore *secrets)
{
    m_secrets = secrets;
    m_tenantPanel->setSecretStore(secrets);
}

bool LogPage::isSyncing() const
{
    return m_readingSecrets || m_sync;
}

void LogPage::showSyncBar()
{
    QComboBox *combo = m_ui->logSyncProfileComboBox;
    if (!isSyncing()) {
        // The profile the log is filtered on, else the one chosen last time.
        QString wanted = m_ui->logProfileComboBox->currentData().toString();
        if (wanted.isEmpty())
            wanted = combo->currentData().toString();
        combo->clear();
        const QStringList names = m_profiles ? m_profiles->names() : QStringList();
        for (const QString &name : names)
            combo->addItem(name, name);
        combo->setCurrentIndex(std::max(combo->findData(wanted), 0));
    }
    m_ui->logSyncFrame->show();
    if (m_ui->logSyncStartPushButton->isEnabled())
        m_ui->logSyncStartPushButton->setFocus(Qt::OtherFocusReason);
}

void LogPage::startSync()
{
    if (isSyncing())
        return;
    const QString name = m_ui->logSyncProfileComboBox->currentData().toString();
    const QDate since = m_ui->logSyncFromDateEdit->date();
    const QDate until = m_ui->logSyncToDateEdit->date();
    QLabel *status = m_ui->logSyncStatusLabel;
    if (name.isEmpty()) {
        status->setText(tr("Profile: choose the profile whose Twilio account to read (create one "
                           "on the Secrets page first)."));
        return;
    }
    if (since > until) {
        status->setText(tr("From: the first day is after the last one; choose a day on or "
                           "before %1.")
                            .arg(QLocale().toString(until, QLocale::ShortFormat)));
        return;
    }
    const std::optional<Profile> profile = m_profiles->load(name);
    if (!profile) {
        status->setText(tr("Profile: “%1” no longer exists; choose another one.").arg(name));
        return;
    }
    if (!m_secrets) {
        status->setText(tr("The keychain is not available, so the Twilio credentials of “%1” "
                           "cannot be read.")
                            .arg(name));
        return;
    }
    m_readingSecrets = true;
    const quint64 generation = ++m_syncGeneration;
    updateSyncButtons();
    status->setText(tr("Reading the Twilio credentials of “%1” from the keychain…").arg(name));
    TwilioAccess::read(
        m_secrets, name, this,
        [this, generation, p = *profile, since, until](const TwilioAccess &access) {
            if (generation != m_syncGeneration)
                return; // cancelled while the keychain answered
            m_readingSecrets = false;
            if (access.keychainFailed) {
                endSync(LogSync::Outcome::Failed,
                        tr("The keychain could not be read: %1 %2")
                            .arg(access.keychainError.summary(), access.keychainError.fix()));
                return;
            }
            if (!access.ok && access.missing) {
                endSync(LogSync::Outcome::Failed,
                        tr("%1 is not set for the profile “%2”: set it on the "
                           "Secrets page, then start again.")
                            .arg(access.secretName, p.name));
                return;
            }
            if (!access.ok) {
                endSync(
                    LogSync::Outcome::Failed,
                    tr("%1 Correct it on the Secrets page, then start again.").arg(access.problem));
                return;
            }
            runSync(p, access.credentials, since, until);
        });
}

void LogPage::runSync(const Profile &profile, const TwilioCredentials &credentials,
                      const QDate &since, const QDate &until)
{
    if (!m_network)
        m_network = new QNetworkAccessManager(this);
    auto *sync = new LogSync(m_log, profile, credentials, m_network, this);
    sync->setKeepCodes(
        m_profiles
        && m_profiles->profileValue(profile.name, CodeMask::keepSetting(), false).toBool());
    m_sync = sync;
    connect(sync, &LogSync::progressChanged, this, [this](const LogSync::Progress &p) {
        const QString text = SyncProgressText::page(p.common());
        m_ui->logSyncStatusLabel->setText(text);
    });
    connect(sync, &LogSync::finished, this, &LogPage::onSyncFinished);
    updateSyncButtons();
    m_ui->logSyncStatusLabel->setText(
        tr("Reading Twilio's message log for “%1”…").arg(profile.name));
    sync->start(since, until);
}

void LogPage::onSyncFinished(LogSync::Outcome outcome)
{
    LogSync *sync = m_sync;
    if (!sync)
        return;
    const LogSync::Progress progress = sync->progress();
    const QString error = sync->errorString();
    const bool credentialsRefused = sync->twilioError().code == 20003;
    m_sync = nullptr;
    sync->deleteLater();
    QString text;
    switch (outcome) {
    case LogSync::Outcome::Completed:
        //: %1 what was imported and merged, with the pages read (SyncProgressText::summary)
        text = tr("Twilio's message log: %1.").arg(SyncProgressText::summary(progress.common()));
        break;
    case LogSync::Outcome::Cancelled:
        text = SyncProgressText::stopped(progress.common());
        break;
    case LogSync::Outcome::Failed:
        // 20003: Twilio refused the credentials; say where to fix them before the details.
        if (credentialsRefused)
            text = tr("The import failed: Twilio refused the credentials of the profile. Check its "
                      "%1 and %2 on the Secrets page.")
                       .arg(SecretNames::AccountSid, SecretNames::AuthToken)
                + QLatin1Char(' ') + error;
        else
            text = tr("The import failed. %1").arg(error);
        if (progress.pages > 0)
            text += QLatin1Char(' ')
                + tr("The %n page(s) read are kept; run again to continue where it stopped.",
                     nullptr, progress.pages);
        break;
    }
    endSync(outcome, text);
}

void LogPage::cancelSync()
{
    if (m_readingSecrets) {
        ++m_syncGeneration; // the keychain's answer is ignored
        m_readingSecrets = false;
        endSync(LogSync::Outcome::Cancelled, tr("Stopped before anything was read from Twilio."));
    } else if (m_sync) {
        m_ui->logSyncCancelPushButton->setEnabled(false);
        m_ui->logSyncStatusLabel->setText(tr("Stopping after the page under way…"));
        m_sync->cancel();
    }
}

void LogPage::endSync(LogSync::Outcome outcome, const QString &text)
{
    m_ui->logSyncStatusLabel->setText(text);
    updateSyncButtons();
    Q_EMIT syncFinished(outcome);
}

void LogPage::updateSyncButtons()
{
    const bool running = isSyncing();
    m_ui->logSyncStartPushButton->setEnabled(!running);
    m_ui->logSyncCancelPushButton->setEnabled(running);
    for (QWidget *w : std::initializer_list<QWidget *> {
             m_ui->logSyncProfileComboBox, m_ui->logSyncFromDateEdit, m_ui->logSyncToDateEdit})
        w->setEnabled(!running);
}
