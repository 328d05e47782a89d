#include "HookPage.h"
#include "DeployDialog.h"
#include "HookPageStyle.h"
#include "Icons.h"
#include "Tones.h"
#include "ui_HookPage.h"

#include "ConvertToAction.h"
#include "TemplateMenu.h"
#include "ToolbarFit.h"
#include "WrappedRows.h"
#include "hook/HookCodeStore.h"
#include "hook/HookTemplates.h"
#include "profile/ProfileStore.h"
#include "run/Auth0MessageTemplate.h"
#include "secrets/SecretRules.h"
#include "secrets/SecretStore.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMenu>
#include <QMessageBox>
#include <QSaveFile>
#include <QScrollBar>
#include <QStyle>
#include <QTextCursor>
#include <QtConcurrent/QtConcurrentRun>

namespace {

constexpr int LintDelayMs = 250;

} // namespace

HookPage::HookPage(ProfileStore *profiles, SecretStore *secrets, DeliveryLog *log, QWidget *parent)
    : QWidget(parent), m_ui(new Ui::HookPage), m_profiles(profiles), m_secrets(secrets), m_log(log)
{
    m_ui->setupUi(this);
    m_ui->hookNoticeFrame->setStyleSheet(
        Tones::frameStyle(QStringLiteral("hookNoticeFrame"), Tone::Caution));
    // One lint at a time: a newer text makes the answer of an older one useless anyway.
    m_lintPool.setMaxThreadCount(1);
    m_lintTimer.setSingleShot(true);
    m_lintTimer.setInterval(LintDelayMs);
    connect(&m_lintTimer, &QTimer::timeout, this, &HookPage::startLint);

    QFont titleFont = m_ui->titleLabel->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_ui->titleLabel->setFont(titleFont);
    m_ui->locationLabel->setForegroundRole(QPalette::PlaceholderText);
    QFont captionFont = m_ui->lintCaptionLabel->font();
    captionFont.setBold(true);
    for (QLabel *caption :
         {m_ui->lintCaptionLabel, m_ui->runCaptionLabel, m_ui->outputCaptionLabel})
        caption->setFont(captionFont);
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_ui->contextPlainTextEdit->setFont(fixed);
    m_ui->outputTextBrowser->setFont(fixed);
    m_ui->contextPlainTextEdit->setTabStopDistance(
        2 * QFontMetricsF(fixed).horizontalAdvance(QLatin1Char(' ')));
    // The status line under Run keeps room for two lines, so that Run and Stop stay where
    // they are while it changes (ready, running, a reason, the outcome).
    m_ui->runHintLabel->setMinimumHeight(2 * m_ui->runHintLabel->fontMetrics().lineSpacing() + 2);
    m_ui->runHintLabel->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_ui->hookNoticeFrame->hide();
    m_ui->findFrame->hide();
    m_ui->recipientInfoLabel->hide();

    // Splitters: the editor gets most of the width, the problems list a strip under it; the
    // header rows keep their height.
    m_ui->hookPageVerticalLayout->setStretchFactor(m_ui->hookSplitter, 1);
    m_ui->contextHorizontalLayout->setSpacing(8);
    m_ui->hookSplitter->setStretchFactor(0, 3);
    m_ui->hookSplitter->setStretchFactor(1, 2);
    m_ui->hookSplitter->setSizes({640, 420});
    m_ui->editorSplitter->setStretchFactor(0, 4);
    m_ui->editorSplitter->setStretchFactor(1, 1);
    m_ui->editorSplitter->setSizes({480, 130});
    m_ui->runSplitter->setStretchFactor(0, 3);
    m_ui->runSplitter->setStretchFactor(1, 2);
    m_ui->runSplitter->setSizes({400, 260});
    QHeaderView *header = m_ui->lintTreeWidget->header();
    header->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    // The problem and its fix share the width, wrapped: nothing to scroll sideways.
    header->setSectionResizeMode(1, QHeaderView::Stretch);
    header->setSectionResizeMode(2, QHeaderView::Stretch);
    wrapRows(m_ui->lintTreeWidget); // a long problem or fix is shown whole, wrapped

    // Actions: shortcuts work anywhere in the page, the editor included.
    addActions({m_ui->actionOpen, m_ui->actionSave, m_ui->actionSaveAs, m_ui->actionFind,
                m_ui->actionReplace, m_ui->actionFindNext, m_ui->actionFindPrevious,
                m_ui->actionCloseFind, m_ui->actionRun, m_ui->actionStop});
    m_ui->actionOpen->setIcon(Icons::tool(QStringLiteral("document-open")));
    m_ui->actionSave->setIcon(Icons::tool(QStringLiteral("document-save")));
    m_ui->actionSaveAs->setIcon(Icons::tool(QStringLiteral("document-save-as")));
    m_ui->actionFind->setIcon(Icons::tool(QStringLiteral("edit-find")));
    m_ui->actionRun->setIcon(Icons::tool(QStringLiteral("media-playback-start")));
    m_ui->actionStop->setIcon(Icons::tool(QStringLiteral("media-playback-stop")));
    m_ui->openToolButton->setDefaultAction(m_ui->actionOpen);
    m_ui->saveToolButton->setDefaultAction(m_ui->actionSave);
    m_ui->saveAsToolButton->setDefaultAction(m_ui->actionSaveAs);
    m_ui->findToolButton->setDefaultAction(m_ui->actionFind);
    m_ui->runToolButton->setDefaultAction(m_ui->actionRun);
    m_ui->stopToolButton->setDefaultAction(m_ui->actionStop);
    m_ui->undoToolButton->setIcon(Icons::tool(QStringLiteral("edit-undo")));
    m_ui->redoToolButton->setIcon(Icons::tool(QStringLiteral("edit-redo")));
    m_ui->runPushButton->setIcon(m_ui->actionRun->icon());
    m_ui->stopPushButton->setIcon(m_ui->actionStop->icon());
    // The tool buttons show short labels; the shortcut is in the tooltip.
    m_ui->undoToolButton->setToolButtonStyle(Qt::ToolButtonIconOnly);
    m_ui->redoToolButton->setToolButtonStyle(Qt::ToolButtonIconOnly);

    // The template menu: the Actions by trigger, then the legacy hooks.
    auto *templates = new QMenu(this);
    templates->setObjectName(QStringLiteral("templateMenu"));
    TemplateMenu::fill(templates, [this](const QString &id) {
        askToSave(tr("Replace the code with the %1 template? The current code has unsaved "
                     "changes.")
                      .arg(HookTemplates::byId(id).title),
                  [this, id] { loadTemplate(id); });
    });
    m_ui->templateToolButton->setMenu(templates);
    m_ui->templateToolButton->setPopupMode(QToolButton::InstantPopup);
    m_ui->templateToolButton->setIcon(Icons::tool(QStringLiteral("document-new")));

    // Convert to Action, beside the templates.
    m_convert = new ConvertToAction(m_ui->codeEditor, this);
    addAction(m_convert->action());
    auto *convertButton = new QToolButton(this);
    convertButton->setObjectName(QStringLiteral("convertToolButton"));
    convertButton->setDefaultAction(m_convert->action());
    convertButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    convertButton->setAutoRaise(true);
    m_ui->toolbarHorizontalLayout->insertWidget(
        m_ui->toolbarHorizontalLayout->indexOf(m_ui->templateToolButton) + 1, convertButton);
    QWidget::setTabOrder(m_ui->templateToolButton, convertButton); // Tab follows the toolbar
    connect(m_convert, &ConvertToAction::converted, this, [this] {
        m_templateTitle.clear();
        updateTitle();
        startLint();
    });

    connect(m_ui->actionOpen, &QAction::triggered, this, &HookPage::open);
    connect(m_ui->actionSave, &QAction::triggered, this, [this] { save(); });
    connect(m_ui->actionSaveAs, &QAction::triggered, this, &HookPage::saveAs);
    connect(m_ui->actionFind, &QAction::triggered, this, [this] { showFind(false); });
    connect(m_ui->actionReplace, &QAction::triggered, this, [this] { showFind(true); });
    connect(m_ui->actionFindNext, &QAction::triggered, this, [this] { find(true); });
    connect(m_ui->actionFindPrevious, &QAction::triggered, this, [this] { find(false); });
    connect(m_ui->actionCloseFind, &QAction::triggered, this, &HookPage::closeFind);
    connect(m_ui->actionRun, &QAction::triggered, this, &HookPage::run);
    m_ui->deployToolButton->setIcon(Icons::tool(QStringLiteral("document-send")));
    connect(m_ui->deployToolButton, &QToolButton::clicked, this, &HookPage::openDeploy);
    connect(m_ui->actionStop, &QAction::triggered, this, &HookPage::stop);
    connect(m_ui->runPushButton, &QPushButton::clicked, this, &HookPage::run);
    connect(m_ui->stopPushButton, &QPushButton::clicked, this, &HookPage::stop);

    HookEditor *editor = m_ui->codeEditor;
    connect(m_ui->undoToolButton, &QToolButton::clicked, editor, &QsciScintilla::undo);
    connect(m_ui->redoToolButton, &QToolButton::clicked, editor, &QsciScintilla::redo);
    connect(editor, &QsciScintilla::textChanged, this, &HookPage::onTextChanged);
    connect(editor, &QsciScintilla::modificationChanged, this, [this](bool modified) {
        updateTitle();
        Q_EMIT modifiedChanged(modified);
    });

    // Find bar.
    m_ui->findPreviousToolButton->setIcon(Icons::tool(QStringLiteral("go-up")));
    m_ui->findNextToolButton->setIcon(Icons::tool(QStringLiteral("go-down")));
    // Its buttons look like buttons (raised), not like labels beside the fields.
    for (QToolButton *button :
         {m_ui->replaceToolButton, m_ui->replaceAllToolButton, m_ui->closeFindToolButton})
        button->setAutoRaise(false);
    m_ui->replaceAllToolButton->setText(tr("Replace All"));
    m_ui->closeFindToolButton->setIcon(Icons::tool(QStringLiteral("window-close")));
    m_ui->closeFindToolButton->setToolButtonStyle(Qt::ToolButtonIconOnly);
    connect(m_ui->findLineEdit, &QLineEdit::returnPressed, this, [this] { find(true); });
    connect(m_ui->findLineEdit, &QLineEdit::textEdited, this, [this] {
        // Search as typed, from where the selection starts, so that the match grows in place.
        int line = 0;
        int index = 0;
        int lineTo = 0;
        int indexTo = 0;
        m_ui->codeEditor->getSelection(&line, &index, &lineTo, &indexTo);
        if (line >= 0)
            m_ui->codeEditor->setCursorPosition(line, index);
        find(true);
    });
    connect(m_ui->findNextToolButton, &QToolButton::clicked, this, [this] { find(true); });
    connect(m_ui->findPreviousToolButton, &QToolButton::clicked, this, [this] { find(false); });
    connect(m_ui->replaceToolButton, &QToolButton::clicked, this, &HookPage::replaceOne);
    connect(m_ui->replaceLineEdit, &QLineEdit::returnPressed, this, &HookPage::replaceOne);
    connect(m_ui->replaceAllToolButton, &QToolButton::clicked, this, &HookPage::replaceAll);
    connect(m_ui->closeFindToolButton, &QToolButton::clicked, this, &HookPage::closeFind);
    m_ui->actionCloseFind->setEnabled(false);

    // Problems list: a click puts the cursor on the line.
    auto goTo = [this](QTreeWidgetItem *item) {
        if (item)
            m_ui->codeEditor->goToLine(item->data(0, Qt::UserRole).toInt(),
                                       item->data(0, Qt::UserRole + 1).toInt());
    };
    connect(m_ui->lintTreeWidget, &QTreeWidget::itemClicked, this, goTo);
    connect(m_ui->lintTreeWidget, &QTreeWidget::itemActivated, this, goTo);

    // Where the page is narrow (a small window, longer words than English), the buttons whose
    // icons everyone knows show only their icons, the file buttons first.
    new ToolbarFit(this, m_ui->toolbarHorizontalLayout,
                   {m_ui->saveAsToolButton, m_ui->openToolButton, m_ui->saveToolButton,
                    m_ui->templateToolButton, convertButton, m_ui->deployToolButton,
                    m_ui->runToolButton, m_ui->stopToolButton});
    // The location wraps rather than holding the page wider than a small window.
    m_ui->locationLabel->setWordWrap(true);

    setUpRunPanel();

    updateRecipient();
    loadProfileCode(QString());
}

HookPage::~HookPage()
{
    ++m_lintGeneration;
    m_lintPool.clear();
    m_lintPool.waitForDone();
    if (m_runner) {
        // Nobody is left to show the result: stop quietly.
        disconnect(m_runner, nullptr, this, nullptr);
        m_runner->cancel();
    }
}

bool HookPage::isModified() const
{
    return m_ui->codeEditor->isModified();
}

bool HookPage::isRunning() const
{
    return m_runState != RunState::Idle;
}

// ---- profile and code -----------------------------------------------------------------------

void HookPage::setProfile(const QString &name)
{
    m_wantedProfile = name;
    if (m_profileLoaded && name == m_profile.name) {
        if (m_question)
            m_question->reject(); // the user came back: nothing to decide any more
        reload();
        return;
    }
    askToSave(
        tr("The hook code of profile \"%1\" has unsaved changes. Save them before showing "
           "the code of \"%2\"?")
            .arg(m_profile.name.isEmpty() ? tr("(none)") : m_profile.name,
                 name.isEmpty() ? tr("(none)") : name),
        [this, name] { loadProfileCode(name); }, [this] { updateNotice(); });
}

void HookPage::reload()
{
    if (m_profile.name.isEmpty())
        return;
    if (const auto stored = m_profiles->load(m_profile.name)) {
        const QString name = m_profile.name;
        m_profile = *stored;
        m_profile.name = name;
    }
    updateRecipient(); // the default region may have changed
    startLint(); // and the secrets defined
}

void HookPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Secrets may have been added or removed on the Secrets page meanwhile.
    reload();
}

void HookPage::loadProfileCode(const QString &name)
{
    if (name != m_profile.name && !isRunning()) {
        // The last run's output belongs to the code and secrets of the profile left behind.
        m_ui->outputTextBrowser->clear();
        m_ui->runHintLabel->setProperty("finished", false);
        updateRunState();
    }
    m_profile = name.isEmpty() ? Profile() : m_profiles->load(name).value_or(Profile());
    m_profile.name = name;
    m_profileLoaded = true;
    m_filePath.clear();
    m_templateTitle.clear();
    m_savedForProfile = !name.isEmpty() && HookCodeStore::hasCode(name);
    QString code = m_savedForProfile ? HookCodeStore::load(name) : QString();
    if (code.isEmpty()) {
        // A new profile starts from the Action template that fits it; saved once edited.
        const HookTemplate t = startingTemplate();
        code = t.source;
        m_templateTitle = t.title;
        m_savedForProfile = false;
    }
    m_ui->codeEditor->setDocumentText(code);
    m_convert->setTenant(m_tenantTargets.value(name).trigger, m_profile.auth0.isConnected());
    updateTitle();
    updateNotice();
    updateRecipient();
    loadModulesDir();
    startLint();
    Q_EMIT modifiedChanged(false);
}

HookTemplate HookPage::startingTemplate() const
{
    return HookTemplates::forProfile(m_profile.secretNames,
                                     m_tenantTargets.value(m_profile.name).trigger);
}

void HookPage::setTenantTarget(const QString &profile, const ActionTarget &target)
{
    // The starting template still shown as it came (not edited, saved, opened or chosen from the
    // menu) follows the tenant's trigger.
    const bool starting = profile == m_profile.name && !m_savedForProfile && !isModified()
        && m_filePath.isEmpty() && m_ui->codeEditor->text() == startingTemplate().source;
    if (target.isEmpty())
        m_tenantTargets.remove(profile);
    else
        m_tenantTargets.insert(profile, target);
    if (profile != m_profile.name)
        return;
    if (const HookTemplate t = startingTemplate();
        starting && t.source != m_ui->codeEditor->text()) {
        m_ui->codeEditor->setDocumentText(t.source);
        m_templateTitle = t.title;
        updateTitle();
        updateNotice();
    }
    m_convert->setTenant(target.trigger, m_profile.auth0.isConnected());
    startLint();
}

void HookPage::updateTitle()
{
    const bool modified = isModified();
    QString title = m_filePath.isEmpty()
        ? (m_profile.name.isEmpty() ? tr("Hook code") : tr("Hook code of %1").arg(m_profile.name))
        : QFileInfo(m_filePath).fileName();
    if (modified)
        title += QStringLiteral(" \u2022");
    m_ui->titleLabel->setText(title);
    m_ui->titleLabel->setToolTip(modified ? tr("Unsaved changes") : QString());

    // Where the code lives, and what Save does.
    QStringList parts;
    const QString file = QDir::toNativeSeparators(m_filePath);
    if (m_profile.name.isEmpty()) {
        parts << (file.isEmpty() ? tr("No profile: Save writes a .js file") : file);
    } else if (modified) {
        parts
            << (file.isEmpty()
                    ? tr("Unsaved changes: Save keeps them for profile \"%1\"").arg(m_profile.name)
                    : tr("Unsaved changes: Save keeps them for profile \"%1\" and in %2")
                          .arg(m_profile.name, file));
    } else if (!m_savedForProfile) {
        parts << tr("From the %1 template, not saved for profile \"%2\" yet")
                     .arg(m_templateTitle, m_profile.name);
    } else {
        parts << (file.isEmpty()
                      ? tr("Saved for profile \"%1\"").arg(m_profile.name)
                      : tr("Saved for profile \"%1\" and in %2").arg(m_profile.name, file));
    }
    m_ui->locationLabel->setText(parts.join(QStringLiteral(" · ")));
    m_ui->locationLabel->setToolTip(m_ui->locationLabel->text()); // whole, when the window cuts it
    m_ui->actionSave->setEnabled(modified || (!m_savedForProfile && !m_profile.name.isEmpty()));
}

void HookPage::updateNotice()
{
    // The user kept unsaved code of another profile: say whose it is, and offer to switch.
    const bool other = m_profileLoaded && m_wantedProfile != m_profile.name;
    if (other) {
        m_ui->hookNoticeLabel->setText(
            tr("<b>This is the code of profile \"%1\".</b> The console has moved on to \"%2\"; "
               "save or discard these edits to see its code.")
                .arg(m_profile.name.toHtmlEscaped(), m_wantedProfile.toHtmlEscaped()));
        m_ui->loadProfileCodePushButton->setText(
            tr("Show the code of \"%1\"…").arg(m_wantedProfile));
    }
    m_ui->hookNoticeFrame->setVisible(other);
    disconnect(m_ui->loadProfileCodePushButton, nullptr, this, nullptr);
    connect(m_ui->loadProfileCodePushButton, &QPushButton::clicked, this,
            [this] { setProfile(m_wantedProfile); });
}

// ---- lint -----------------------------------------------------------------------------------

void HookPage::onTextChanged()
{
    ++m_lintGeneration; // a lint under way is for an older text now
    m_lintTimer.start();
}

void HookPage::startLint()
{
    m_lintTimer.stop();
    updateKind();
    const int generation = ++m_lintGeneration;
    const QString source = m_ui->codeEditor->text();
    const QStringList secrets = m_profile.secretNames;
    const ActionTarget target = m_tenantTargets.value(m_profile.name);
    auto *watcher = new QFutureWatcher<QList<LintIssue>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation == m_lintGeneration)
            showIssues(watcher->result());
    });
    // Only values cross to the worker: the page may be gone when it finishes.
    watcher->setFuture(QtConcurrent::run(&m_lintPool, [source, secrets, target] {
        return HookLint::lint(source, secrets, target);
    }));
}

void HookPage::showIssues(const QList<LintIssue> &issues)
{
    m_linted = true;
    m_ui->codeEditor->setIssues(issues);
    QTreeWidget *list = m_ui->lintTreeWidget;
    list->clear();
    int errors = 0;
    int warnings = 0;
    for (const LintIssue &issue : issues) {
        const bool error = issue.severity == LintIssue::Severity::Error;
        ++(error ? errors : warnings);
        auto *item = new QTreeWidgetItem(list);
        item->setIcon(0, HookEditor::severityIcon(issue.severity));
        // Line 0: the issue is about the whole file (a secret the code never reads).
        item->setText(0,
                      issue.line <= 0 ? QStringLiteral("—")
                          : issue.column > 0
                          ? QStringLiteral("%1:%2").arg(issue.line).arg(issue.column)
                          : QString::number(issue.line));
        item->setText(1, issue.message);
        item->setText(2, issue.fix);
        item->setData(0, Qt::UserRole, issue.line);
        item->setData(0, Qt::UserRole + 1, issue.column);
        item->setData(1, Qt::UserRole, issue.rule);
        const QString tip = QStringLiteral("<b>%1</b><br>%2")
                                .arg(issue.message.toHtmlEscaped(), issue.fix.toHtmlEscaped());
        for (int c = 0; c < 3; ++c)
            item->setToolTip(c, tip);
        if (issue.line > 0)
            item->setToolTip(0,
                             error ? tr("Error on line %1").arg(issue.line)
                                   : tr("Warning on line %1").arg(issue.line));
    }
    if (issues.isEmpty()) {
        m_ui->lintCaptionLabel->setText(tr("Problems: none"));
    } else {
        QStringList counts;
        if (errors > 0)
            counts << tr("%n error(s)", nullptr, errors);
        if (warnings > 0)
            counts << tr("%n warning(s)", nullptr, warnings);
        m_ui->lintCaptionLabel->setText(tr("Problems: %1").arg(counts.join(QStringLiteral(", "))));
    }
}

void HookPage::openDeploy()
{
    const auto p = m_profiles->load(m_profile.name);
    if (!p || !p->auth0.isConnected()) {
        showProblem(tr("Connect this profile to its Auth0 tenant on the Tenant page first; the "
                       "code is deployed there."));
        return;
    }
    const QString code = m_ui->codeEditor->text();
    auto *dialog = new DeployDialog(*p, code, m_secrets, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString profile = m_profile.name;
    connect(dialog, &DeployDialog::deployFinished, this, [this, code, profile](bool succeeded) {
        // What the tenant now runs becomes the profile's code (as Save would), so that the Tenant
        // page compares the tenant with what was deployed.
        if (succeeded && profile == m_profile.name && code == m_ui->codeEditor->text()
            && (isModified() || !m_savedForProfile))
            save();
        Q_EMIT deployed(succeeded);
    });
    dialog->open();
}
