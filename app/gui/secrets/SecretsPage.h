#pragma once

#include "profile/Profile.h"
#include "secrets/KeychainError.h"

#include <QScopedPointer>
#include <QWidget>

#include <functional>

namespace Ui {
class SecretsPage;
}

class ProfileStore;
class SecretStore;
class SecretsJob;
class SecretsTableModel;
class QAction;
class QPushButton;

// Edits the profiles and their secrets: pick a profile, change its settings, set the Twilio
// secrets with checks as you type, and save them to the keychain. Keychain work runs as
// asynchronous SecretStore jobs; the page shows a busy state meanwhile and never blocks.
// Secret values live only in the model (memory) and the keychain.
class SecretsPage : public QWidget
{
    Q_OBJECT
public:
    SecretsPage(ProfileStore *profiles, SecretStore *secrets, QWidget *parent = nullptr);
    ~SecretsPage() override;

    QString currentProfile() const { return m_profileName; }
    bool isBusy() const { return m_busy != Busy::No; }
    bool hasUnsavedChanges() const;

    // Before leaving the profile or closing: true when the caller may go on now. Otherwise the
    // page asks the user (Save / Discard / Cancel) or finishes its keychain work first, and
    // calls proceed later if the user did not cancel.
    bool requestLeave(const std::function<void()> &proceed);
    // What else must agree before another profile is shown (the hook code's unsaved edits):
    // true when it may go on now, else it asks and calls proceed later unless the user cancels.
    // Asked before anything changes, so Cancel leaves the profile, the title and every page.
    using ProfileGuard = std::function<bool(const std::function<void()> &proceed)>;
    void setProfileGuard(const ProfileGuard &guard) { m_profileGuard = guard; }

    // Profiles were added or changed elsewhere (the built-in sandbox): lists them again, keeping
    // the current profile and its edits. Shows preferred when no profile was shown yet, and
    // reads it again when it is the current one with nothing unsaved.
    void refreshProfiles(const QString &preferred);
    // Selects the secret called name and puts the cursor in its value (the checklist's "open the
    // secret in the editor"); a custom name not listed yet is added as a new row with that name.
    void focusSecret(const QString &name);

Q_SIGNALS:
    void currentProfileChanged(const QString &name);

private:
    enum class Busy { No, Writing };
    ProfileGuard m_profileGuard;
    QPushButton *m_useSuggestionButton = nullptr;

    void reloadProfiles(const QString &select);
    void onProfileChosen(const QString &name);
    // This page's own unsaved changes first, then the profile guard; proceed once both agree.
    void requestProfileChange(const std::function<void()> &proceed);
    void selectProfile(const QString &name);
    void switchTo(const QString &name);
    void createProfile(const QString &name);
    void loadSecrets();
    void save(const std::function<void()> &then = {});
    void discardChanges();

    void addProfile();
    void renameProfile();
    void duplicateProfile();
    void deleteProfile();
    void askProfileName(const QString &title, const QString &label, const QString &initial,
                        const std::function<void(const QString &)> &accepted,
                        const QString &problem = QString());
    void runProfileJob(SecretsJob *job, const QString &busyText, const QString &failureText,
                       const std::function<void()> &onSuccess);

    void addSecret();
    void deleteSecret();
    int currentRow() const;
    void selectRow(int row);

    void fillSettings(const Profile &profile);
    QString regionText() const;
    QUrl apiBaseUrl() const;
    QUrl verifyBaseUrl() const;
    QStringList settingsErrors() const;
    bool settingsChanged() const;
    bool canSave() const;

    void setBusy(Busy busy, const QString &text = QString());
    void showError(const KeychainError &error, const QString &context,
                   const std::function<void()> &retry);
    void clearError();
    void runPendingLeave();

    void updateEditor();
    void updateState();

    const QScopedPointer<Ui::SecretsPage> m_ui;
    ProfileStore *m_profiles;
    SecretStore *m_secrets;
    SecretsTableModel *m_model;
    QAction *m_showValueAction;
    QString m_profileName;
    Profile m_profile; // settings as saved
    Busy m_busy = Busy::No;
    std::function<void()> m_retry;
    std::function<void()> m_pendingLeave; // run once the current write has finished
};
