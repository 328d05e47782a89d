// The Secrets page's profiles: choosing one (asking first about unsaved edits), and adding,
// renaming, duplicating and deleting them.
#include "SecretsPage.h"
#include "ui_SecretsPage.h"

#include "profile/ProfileStore.h"
#include "secrets/SecretStore.h"
#include "secrets/SecretsTableModel.h"

#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTimer>

void SecretsPage::reloadProfiles(const QString &select)
{
    const QStringList names = m_profiles->names();
    {
        const QSignalBlocker blocker(m_ui->profileComboBox);
        m_ui->profileComboBox->clear();
        m_ui->profileComboBox->addItems(names);
    }
    if (names.isEmpty()) {
        m_profileName.clear();
        m_profile = Profile();
        m_model->clear();
        m_ui->contentStackedWidget->setCurrentWidget(m_ui->emptyStatePage);
        updateState();
        Q_EMIT currentProfileChanged(QString());
        return;
    }
    const QString target = names.contains(select) ? select : names.constFirst();
    selectProfile(target);
}

void SecretsPage::refreshProfiles(const QString &preferred)
{
    const bool idle = m_busy == Busy::No && !hasUnsavedChanges();
    if (m_profileName.isEmpty() || (preferred == m_profileName && idle)) {
        reloadProfiles(m_profileName.isEmpty() ? preferred : m_profileName);
        return;
    }
    const QSignalBlocker blocker(m_ui->profileComboBox);
    m_ui->profileComboBox->clear();
    m_ui->profileComboBox->addItems(m_profiles->names());
    m_ui->profileComboBox->setCurrentIndex(m_ui->profileComboBox->findText(m_profileName));
}

void SecretsPage::onProfileChosen(const QString &name)
{
    if (name.isEmpty() || name == m_profileName)
        return;
    {
        // Stay on the current profile until the user has decided about unsaved changes.
        const QSignalBlocker blocker(m_ui->profileComboBox);
        m_ui->profileComboBox->setCurrentIndex(m_ui->profileComboBox->findText(m_profileName));
    }
    const QString target = name;
    requestProfileChange([this, target] { selectProfile(target); });
}

void SecretsPage::requestProfileChange(const std::function<void()> &proceed)
{
    const auto guarded = [this, proceed] {
        if (!m_profileGuard || m_profileGuard(proceed))
            proceed();
    };
    if (requestLeave(guarded))
        guarded();
}

void SecretsPage::selectProfile(const QString &name)
{
    {
        const QSignalBlocker blocker(m_ui->profileComboBox);
        m_ui->profileComboBox->setCurrentIndex(m_ui->profileComboBox->findText(name));
    }
    switchTo(name);
}

void SecretsPage::switchTo(const QString &name)
{
    m_profileName = name;
    m_profiles->setLastProfile(name);
    m_profile = m_profiles->load(name).value_or(Profile());
    m_profile.name = name;
    fillSettings(m_profile);
    m_ui->contentStackedWidget->setCurrentWidget(m_ui->editorPage);
    clearError();
    loadSecrets();
    Q_EMIT currentProfileChanged(name);
}

void SecretsPage::loadSecrets()
{
    if (m_profileName.isEmpty())
        return;
    clearError();
    // Which secrets are set is in the profile; each value is read only when it is shown.
    m_model->setProfile(m_profileName, m_profile.secretNames);
    selectRow(qMax(0, currentRow()));
}

bool SecretsPage::hasUnsavedChanges() const
{
    return !m_profileName.isEmpty() && (m_model->hasChanges() || settingsChanged());
}

bool SecretsPage::requestLeave(const std::function<void()> &proceed)
{
    if (m_busy == Busy::Writing) {
        // Leaving half way through a write would cut it short: go on once it is done.
        m_pendingLeave = proceed;
        return false;
    }
    if (!hasUnsavedChanges())
        return true;

    auto *box
        = new QMessageBox(QMessageBox::Warning, tr("Unsaved Changes"),
                          tr("Profile \"%1\" has unsaved changes.").arg(m_profileName),
                          QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("unsavedChangesMessageBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    if (canSave()) {
        box->setInformativeText(tr("Save them to the keychain before leaving?"));
        box->setDefaultButton(QMessageBox::Save);
    } else {
        box->setInformativeText(tr("Some values are not valid, so they cannot be saved. Discard "
                                   "the changes, or cancel to correct them."));
        box->button(QMessageBox::Save)->setEnabled(false);
        box->setDefaultButton(QMessageBox::Cancel);
    }
    connect(box, &QMessageBox::finished, this, [this, box, proceed] {
        const QMessageBox::StandardButton choice = box->standardButton(box->clickedButton());
        if (choice == QMessageBox::Save) {
            save(proceed);
        } else if (choice == QMessageBox::Discard) {
            discardChanges();
            proceed();
        }
    });
    box->open();
    return false;
}

void SecretsPage::runPendingLeave()
{
    if (!m_pendingLeave)
        return;
    const std::function<void()> proceed = std::move(m_pendingLeave);
    m_pendingLeave = nullptr;
    if (requestLeave(proceed))
        proceed();
}

void SecretsPage::discardChanges()
{
    fillSettings(m_profile);
    m_model->clear();
    updateState();
}

void SecretsPage::askProfileName(const QString &title, const QString &label, const QString &initial,
                                 const std::function<void(const QString &)> &accepted,
                                 const QString &problem)
{
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("profileNameInputDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(title);
    dialog->setInputMode(QInputDialog::TextInput);
    dialog->setLabelText(problem.isEmpty() ? label : problem + QStringLiteral("\n\n") + label);
    dialog->setTextValue(initial);
    connect(dialog, &QInputDialog::textValueSelected, this,
            [this, title, label, accepted](const QString &name) {
                QString error = ProfileRules::checkName(name);
                if (error.isEmpty() && m_profiles->contains(name))
                    error
                        = tr("Profile name: \"%1\" already exists; choose another name.").arg(name);
                if (!error.isEmpty()) {
                    // Ask again, saying what to fix, once this dialog has gone.
                    QTimer::singleShot(
                        0, this, [=] { askProfileName(title, label, name, accepted, error); });
                    return;
                }
                accepted(name);
            });
    dialog->open();
}

void SecretsPage::addProfile()
{
    const auto ask = [this] {
        askProfileName(tr("New Profile"), tr("Name of the new profile:"), QString(),
                       [this](const QString &name) {
                           // The new profile is shown at once: whatever would be left behind
                           // (unsaved hook code) is decided first, and Cancel creates nothing.
                           if (!m_profileGuard
                               || m_profileGuard([this, name] { createProfile(name); }))
                               createProfile(name);
                       });
    };
    if (requestLeave(ask))
        ask();
}

void SecretsPage::createProfile(const QString &name)
{
    Profile profile;
    profile.name = name;
    if (!m_profiles->save(profile)) {
        m_ui->busyLabel->setText(m_profiles->errorString());
        return;
    }
    reloadProfiles(name);
    m_ui->busyLabel->setText(tr("Profile \"%1\" created.").arg(name));
}

void SecretsPage::renameProfile()
{
    const auto ask = [this] {
        const QString from = m_profileName;
        askProfileName(tr("Rename Profile"), tr("New name for profile \"%1\":").arg(from), from,
                       [this, from](const QString &to) {
                           runProfileJob(m_secrets->copyProfile(from, to, true),
                                         tr("Renaming profile \"%1\"…").arg(from),
                                         tr("The profile could not be renamed."),
                                         [this, to] { reloadProfiles(to); });
                       });
    };
    if (requestLeave(ask))
        ask();
}

void SecretsPage::duplicateProfile()
{
    const auto ask = [this] {
        const QString from = m_profileName;
        askProfileName(tr("Duplicate Profile"), tr("Name of the copy of profile \"%1\":").arg(from),
                       tr("%1 copy").arg(from), [this, from](const QString &to) {
                           runProfileJob(m_secrets->copyProfile(from, to, false),
                                         tr("Copying profile \"%1\"…").arg(from),
                                         tr("The profile could not be duplicated."),
                                         [this, to] { reloadProfiles(to); });
                       });
    };
    if (requestLeave(ask))
        ask();
}

void SecretsPage::deleteProfile()
{
    if (m_profileName.isEmpty())
        return;
    const QString name = m_profileName;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Delete Profile"),
                                tr("Delete profile \"%1\"?").arg(name), QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("deleteProfileMessageBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(tr("Its settings are deleted and its secrets removed from the "
                               "keychain. Unsaved changes are lost. This cannot be undone."));
    QPushButton *deleteButton = box->addButton(tr("Delete"), QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::finished, this, [this, box, deleteButton, name] {
        if (box->clickedButton() != deleteButton)
            return;
        runProfileJob(m_secrets->removeProfile(name), tr("Deleting profile \"%1\"…").arg(name),
                      tr("The profile could not be deleted."),
                      [this] { reloadProfiles(QString()); });
    });
    box->open();
}

void SecretsPage::runProfileJob(SecretsJob *job, const QString &busyText,
                                const QString &failureText, const std::function<void()> &onSuccess)
{
    setBusy(Busy::Writing, busyText);
    connect(job, &SecretsJob::finished, this, [this, job, failureText, onSuccess] {
        setBusy(Busy::No);
        if (job->failed()) {
            const KeychainError error = job->error();
            // Part of the work may be done; show what the stores now hold.
            reloadProfiles(m_profileName);
            showError(error, failureText, nullptr);
        } else {
            onSuccess();
        }
        runPendingLeave();
    });
}
