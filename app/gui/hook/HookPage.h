#pragma once

#include "hook/ActionTarget.h"
#include "hook/HookLint.h"
#include "hook/HookRunner.h"
#include "phone/PhoneNumber.h"
#include "profile/Profile.h"

#include <QHash>
#include <QJsonObject>
#include <QPointer>
#include <QScopedPointer>
#include <QThreadPool>
#include <QTimer>
#include <QWidget>

#include <functional>

namespace Ui {
class HookPage;
}

class ConvertToAction;
class DeliveryLog;
struct HookTemplate;
class ProfileStore;
class QMessageBox;
class SecretStore;
class TenantTestRun;

// Edits and runs the profile's Send Phone Message hook. The code is kept per profile
// (HookCodeStore) and may also be tied to a .js file; a profile without code starts from the
// Action template for its tenant's trigger and its secrets. Lint runs off the UI thread as the user
// types and shows in the editor's margin and the Problems list. The Run panel calls the code as
// Auth0 would through HookRunner, in a Node process of its own: a legacy hook with recipient, text
// and a context edited as JSON, an Action with the event edited as JSON (built from the form for
// its trigger); the profile's secrets are read from the keychain for each run and never shown. Lint
// judges an Action for the tenant's trigger, runtime and twilio version when they are known
// (setTenantTarget). The templates menu offers the Actions by trigger, then the legacy hooks;
// Convert to Action (ConvertToAction) turns a hook into an Action as one undoable edit.
class HookPage : public QWidget
{
    Q_OBJECT
public:
    HookPage(ProfileStore *profiles, SecretStore *secrets, DeliveryLog *log,
             QWidget *parent = nullptr);
    ~HookPage() override;

    // The profile whose code the editor holds (it may lag behind setProfile() while the user
    // decides what to do with unsaved edits).
    QString profileName() const { return m_profile.name; }
    QString filePath() const { return m_filePath; }
    bool isModified() const;
    bool isRunning() const;

    // Shows the code of profile name. Over unsaved edits the page asks first (Save / Discard /
    // Cancel, without blocking); on Cancel it keeps the edits and says which profile they belong
    // to.
    void setProfile(const QString &name);
    // Reads the profile's settings and secret names again (they may have changed elsewhere).
    void reload();
    // Where profile's code runs, as its tenant was last read (an empty target: not known):
    // lint judges the export, runtime and twilio version by it, and Convert to Action starts
    // from its trigger.
    void setTenantTarget(const QString &profile, const ActionTarget &target);

    // Before the window closes. Modal: returns false when the user cancels.
    bool maybeSave();
    // The same without a nested event loop: true when the caller may go on now; otherwise asks
    // and calls proceed later unless the user cancels.
    bool requestLeave(const std::function<void()> &proceed);

Q_SIGNALS:
    void modifiedChanged(bool modified);
    void runFinished(bool succeeded);
    // "Run in the tenant" ended: the tenant tested its draft and the run succeeded, or not.
    void tenantRunFinished(bool succeeded);
    // A deploy from the page ended (the tenant's status may have changed).
    void deployed(bool succeeded);

protected:
    void showEvent(QShowEvent *event) override;

private:
    enum class RunState { Idle, ReadingSecrets, Running };

    // --- code, profile and files
    void loadProfileCode(const QString &name);
    void askToSave(const QString &question, const std::function<void()> &proceed,
                   const std::function<void()> &cancelled = {});
    bool save();
    void saveAs();
    void open();
    void openFile(const QString &path);
    void loadTemplate(const QString &id);
    HookTemplate startingTemplate() const; // what a profile without code starts from
    void openDeploy();
    bool writeFile(const QString &path, const QString &code, QString *error) const;
    void showProblem(const QString &text);
    void updateTitle();
    void updateNotice();

    // --- find and replace
    void showFind(bool replace);
    void closeFind();
    bool find(bool forward);
    void replaceOne();
    void replaceAll();

    // --- lint
    void onTextChanged();
    void startLint();
    void showIssues(const QList<LintIssue> &issues);

    // --- run panel (HookPageRun.cpp)
    void setUpRunPanel();
    void updateRecipient();
    void updateContext();
    void updateKind(); // from the code's exports: the context editor or the event editor
    void updateEvent();
    void seedEvent(bool force); // the event Auth0 builds from the form; kept once edited
    void loadModulesDir();
    void chooseModulesDir();
    void updateModulesDir();
    void composeText();
    QString blockingReason() const;
    void updateRunState();
    void run();
    void runInTenant(); // the tenant's own run of its Action's draft (TenantTestRun)
    void stop();
    void startRunner(const QMap<QString, QString> &secrets);
    void onConsoleLine(const HookConsoleLine &line);
    void onRequestMade(const HookRequestRecord &request);
    void onFinished(const HookRunResult &result);
    void appendOutput(const QString &html);

    const QScopedPointer<Ui::HookPage> m_ui;
    ProfileStore *m_profiles;
    SecretStore *m_secrets;
    DeliveryLog *m_log;
    HookRunner *m_runner = nullptr; // made on the first run
    TenantTestRun *m_tenantTest = nullptr;

    Profile m_profile; // the code's profile
    QString m_wantedProfile; // the console's profile, as last given to setProfile()
    bool m_profileLoaded = false;
    bool m_savedForProfile = false; // HookCodeStore has this profile's code
    QString m_templateTitle; // the template a new profile's code came from
    QString m_filePath; // the .js file tied to the code, if any
    QPointer<QMessageBox> m_question; // the unsaved-edits prompt on screen
    ConvertToAction *m_convert = nullptr;
    QHash<QString, ActionTarget> m_tenantTargets; // by profile, as last read

    QTimer m_lintTimer;
    QThreadPool m_lintPool;
    int m_lintGeneration = 0; // answers for an older text are dropped
    bool m_linted = false;

    PhoneNumberInfo m_recipient;
    QJsonObject m_context;
    QString m_contextError;
    CodeKind m_kind = CodeKind::Unknown; // as the exports in the editor read
    QJsonObject m_event;
    QString m_eventError;
    QString m_seededEvent; // the event text last built from the form: rebuilt while untouched
    QString m_composedText; // the last text made from the context: replaced while untouched

    RunState m_runState = RunState::Idle;
    int m_runGeneration = 0; // ignores a secrets read that was stopped
    int m_liveConsoleLines = 0;
    int m_liveRequests = 0;
};
