#include "MainWindow.h"
#include "ui_MainWindow.h"

#include "Icons.h"
#include "LanguageMenu.h"
#include "PageScrollArea.h"
#include "ToolbarFit.h"
#include "checks/ChecklistPage.h"
#include "hook/ActionTarget.h"
#include "hook/HookPage.h"
#include "log/DeliveryLog.h"
#include "log/LogPage.h"
#include "profile/ProfileStore.h"
#include "run/BuiltInSandbox.h"
#include "run/RunPage.h"
#include "sandbox/TwilioSandbox.h"
#include "secrets/SecretsPage.h"
#include "tenant/TenantPage.h"

#include <QCloseEvent>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QStatusBar>
#include <QStyle>
#include <QTimer>
#include <QToolButton>
#include <QWindow>

#include <functional>

namespace {
const QString GeometryKey = QStringLiteral("ui/geometry");
const QString WindowStateKey = QStringLiteral("ui/windowState");
const QString WelcomeHiddenKey = QStringLiteral("ui/welcomeHidden");
constexpr QSize DefaultSize(1180, 740); // room for the editor and its run panel

// Runs a function once, after the window's first expose (its first frame is painted then).
class AfterFirstExpose : public QObject
{
public:
    AfterFirstExpose(QWindow *window, std::function<void()> run)
        : QObject(window), m_run(std::move(run))
    {
        window->installEventFilter(this);
    }
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Expose && static_cast<QWindow *>(watched)->isExposed()) {
            watched->removeEventFilter(this);
            // Queued: the frame is painted first, in this same expose.
            QTimer::singleShot(0, watched, m_run);
            deleteLater();
        }
        return false;
    }

private:
    std::function<void()> m_run;
};
} // namespace

MainWindow::MainWindow(ProfileStore *profiles, SecretStore *secrets, DeliveryLog *log,
                       QWidget *parent)
    : QMainWindow(parent),
      m_ui(new Ui::MainWindow),
      m_profiles(profiles),
      m_secrets(secrets),
      m_deliveryLog(log),
      m_secretsPage(new SecretsPage(profiles, secrets, this)),
      m_tenantPage(new TenantPage(profiles, secrets, this)),
      m_hookPage(new HookPage(profiles, secrets, log, this)),
      m_runPage(new RunPage(profiles, secrets, this)),
      m_logPage(new LogPage(log, profiles, this)),
      m_checklistPage(new ChecklistPage(profiles, secrets, log, this))
{
    m_ui->setupUi(this);
    setWindowIcon(Icons::application());
    // The smallest window every page fits in width; a page taller than the window scrolls.
    m_ui->navigationListWidget->setFixedWidth(NavigationWidth);
    setMinimumSize(SmallestWindowSize);

    // In the order of the work: configure, write the hook, try it, read what happened, and the
    // checklist for when an SMS does not arrive.
    addPage(m_secretsPage, tr("Secrets"), Icons::page(Icons::Page::Secrets));
    addPage(m_tenantPage, tr("Tenant"), Icons::page(Icons::Page::Tenant));
    addPage(m_hookPage, tr("Hook code"), Icons::page(Icons::Page::HookCode));
    addPage(m_runPage, tr("Run"), Icons::page(Icons::Page::Run));
    addPage(m_logPage, tr("Delivery log"), Icons::page(Icons::Page::Log));
    addPage(m_checklistPage, tr("Checklist"), Icons::page(Icons::Page::Checklist));
    connect(m_ui->navigationListWidget, &QListWidget::currentRowChanged, m_ui->pagesStackedWidget,
            &QStackedWidget::setCurrentIndex);
    m_ui->navigationListWidget->setCurrentRow(0);

    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->actionUserGuide, &QAction::triggered, this,
            [this] { openDocument(QStringLiteral("README.md")); });
    connect(m_ui->actionSandboxGuide, &QAction::triggered, this,
            [this] { openDocument(QStringLiteral("docs/SANDBOX.md")); });
    new LanguageMenu(m_ui->languageMenu, this);
    setupWelcome();
    // One profile selection for the whole console: the Secrets page's, asked of the hook
    // code's unsaved edits before anything changes.
    m_secretsPage->setProfileGuard(
        [this](const std::function<void()> &proceed) { return m_hookPage->requestLeave(proceed); });
    connect(m_secretsPage, &SecretsPage::currentProfileChanged, this,
            &MainWindow::setProfileOnPages);
    setProfileOnPages(m_secretsPage->currentProfile());
    m_runPage->setDeliveryLog(m_deliveryLog);
    m_logPage->setSecretStore(secrets);
    // Secret names may have changed on the Secrets page: the hook's lint reads them again.
    connect(m_ui->pagesStackedWidget, &QStackedWidget::currentChanged, this, [this] {
        if (currentPage() == m_hookPage)
            m_hookPage->reload();
    });
    // The checklist's fixes lead to the page that makes them.
    connect(m_checklistPage, &ChecklistPage::openSecretRequested, this,
            [this](const QString &name) {
                showPage(m_secretsPage);
                m_secretsPage->focusSecret(name);
            });
    connect(m_checklistPage, &ChecklistPage::sendTestRequested, this, [this](const QString &to) {
        showPage(m_runPage);
        m_runPage->setRecipient(to);
    });
    connect(m_checklistPage, &ChecklistPage::openHookCodeRequested, this,
            [this] { showPage(m_hookPage); });
    connect(m_checklistPage, &ChecklistPage::openTenantRequested, this,
            [this] { showPage(m_tenantPage); });
    // A new or dropped tenant connection changes what the checklist's item 1 checks.
    connect(m_tenantPage, &TenantPage::connectionChanged, this,
            [this] { m_checklistPage->reload(); });
    // A deploy from the Hook code page changes what the tenant runs: its board reads it again.
    connect(m_hookPage, &HookPage::deployed, m_tenantPage, &TenantPage::refresh);
    // The tenant's mode, and its Action's runtime and twilio version, as the Tenant page last
    // read them: what the hook page's lint and Convert to Action go by.
    connect(m_tenantPage, &TenantPage::statusRead, this, [this] {
        m_hookPage->setTenantTarget(m_secretsPage->currentProfile(),
                                    ActionTarget::fromSnapshot(m_tenantPage->status().snapshot));
    });
    if (m_deliveryLog) {
        connect(m_deliveryLog, &DeliveryLog::opened, this, &MainWindow::showDeliveryLogState);
        showDeliveryLogState();
    }

    restoreWindowSettings();
}

void MainWindow::showDeliveryLogState()
{
    // No send goes out unrecorded: while the log cannot be used (e.g. written by a newer
    // version) the status bar says why sends are refused, and what to do.
    if (!m_deliveryLog->openFailed() || findChild<QLabel *>(QStringLiteral("logStatusLabel")))
        return;
    auto *label = new QLabel(tr("Nothing can be sent until the delivery log works: %1")
                                 .arg(m_deliveryLog->errorString()),
                             this);
    label->setObjectName(QStringLiteral("logStatusLabel"));
    label->setToolTip(label->text());
    statusBar()->addWidget(label, 1);
}

MainWindow::~MainWindow() = default;

void MainWindow::startBuiltInSandbox()
{
    if (m_sandbox)
        return;
    m_sandbox = new BuiltInSandbox(m_profiles, m_secrets, this);
    QWindow *window = windowHandle();
    if (window && !window->isExposed()) {
        new AfterFirstExpose(window, [this] { launchSandbox(); });
        // A window started minimized or hidden is never exposed: start anyway, a little later.
        QTimer::singleShot(1500, this, &MainWindow::launchSandbox);
    } else {
        QTimer::singleShot(0, this, &MainWindow::launchSandbox);
    }
}

TwilioSandbox *MainWindow::builtInSandbox() const
{
    return m_sandbox ? m_sandbox->sandbox() : nullptr;
}

void MainWindow::launchSandbox()
{
    if (m_sandboxStatusLabel)
        return; // already launched
    m_sandboxStatusLabel = new QLabel(tr("Starting the sandbox…"), this);
    m_sandboxStatusLabel->setObjectName(QStringLiteral("sandboxStatusLabel"));
    statusBar()->addPermanentWidget(m_sandboxStatusLabel);
    connect(m_sandbox, &BuiltInSandbox::ready, this, [this](const QString &name) {
        m_sandboxStatusLabel->setText(
            tr("Sandbox: %1").arg(m_sandbox->sandbox()->baseUrl().toString()));
        m_sandboxStatusLabel->setToolTip(tr("The built-in Twilio and Auth0 simulators answer "
                                            "profile \"%1\" on loopback; no message leaves this "
                                            "computer.")
                                             .arg(name));
        m_tenantPage->setTwilioSandbox(m_sandbox->sandbox());
        reloadPages(name);
    });
    connect(m_sandbox, &BuiltInSandbox::failed, this, [this](const QString &message) {
        m_sandboxStatusLabel->setText(tr("Sandbox unavailable"));
        m_sandboxStatusLabel->setToolTip(message);
        statusBar()->showMessage(message);
        reloadPages(m_sandbox->profileName());
    });
    m_sandbox->start();
}

void MainWindow::setProfileOnPages(const QString &name)
{
    setWindowTitle(name);
    m_tenantPage->setProfile(name);
    m_hookPage->setProfile(name);
    m_runPage->setProfile(name);
    m_logPage->setProfile(name);
    m_checklistPage->setProfile(name);
}

void MainWindow::reloadPages(const QString &profile)
{
    m_secretsPage->refreshProfiles(profile);
    m_tenantPage->reload();
    m_hookPage->reload();
    m_runPage->reload();
    m_logPage->reloadProfiles();
    m_checklistPage->reload();
}

void MainWindow::showPage(QWidget *page)
{
    const int index = pages().indexOf(page);
    if (index >= 0)
        m_ui->navigationListWidget->setCurrentRow(index);
}

QList<QWidget *> MainWindow::pages() const
{
    QList<QWidget *> pages;
    for (int i = 0; i < m_ui->pagesStackedWidget->count(); ++i)
        pages << static_cast<QScrollArea *>(m_ui->pagesStackedWidget->widget(i))->widget();
    return pages;
}

QWidget *MainWindow::currentPage() const
{
    const auto *scroll = static_cast<QScrollArea *>(m_ui->pagesStackedWidget->currentWidget());
    return scroll ? scroll->widget() : nullptr;
}

void MainWindow::addPage(QWidget *page, const QString &title, const QIcon &icon)
{
    auto *item = new QListWidgetItem(icon, title, m_ui->navigationListWidget);
    item->setSizeHint(QSize(0, 36));
    // In a scroll area: a page taller than a small window scrolls instead of holding the window
    // taller (every page fits SmallestPageWidth in width).
    auto *scroll = new PageScrollArea(page, m_ui->pagesStackedWidget);
    scroll->setObjectName(page->objectName() + QStringLiteral("ScrollArea"));
    scroll->setAccessibleName(title);
    m_ui->pagesStackedWidget->addWidget(scroll);
    // Go > page, Ctrl+1... in the order of the list, as desktop admin tools number their views.
    const int number = m_ui->pagesStackedWidget->count();
    QAction *go = m_ui->goMenu->addAction(icon, title);
    go->setObjectName(QStringLiteral("goPage%1Action").arg(number));
    if (number <= 9)
        go->setShortcut(QKeySequence(QStringLiteral("Ctrl+%1").arg(number)));
    item->setToolTip(number <= 9 ? tr("%1 (Ctrl+%2)").arg(title).arg(number) : title);
    connect(go, &QAction::triggered, this, [this, page] { showPage(page); });
}

QString MainWindow::documentPath(const QString &name)
{
    // Installed: <prefix>/share/doc/sms-hook-console; a build tree: the checkout it came from.
    const QStringList candidates {
        QCoreApplication::applicationDirPath() + QStringLiteral("/../share/doc/sms-hook-console/")
            + name,
        QStringLiteral(SMSHOOK_SOURCE_DIR "/") + name,
    };
    for (const QString &path : candidates) {
        if (QFileInfo::exists(path))
            return QFileInfo(path).canonicalFilePath();
    }
    return {};
}

void MainWindow::openDocument(const QString &name)
{
    const QString path = documentPath(name);
    if (path.isEmpty()) {
        statusBar()->showMessage(tr("%1 is not installed with this copy of the console.").arg(name),
                                 10000);
        return;
    }
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(path)))
        statusBar()->showMessage(tr("No application could open the guide; it is at %1.")
                                     .arg(QDir::toNativeSeparators(path)),
                                 15000);
}

void MainWindow::setupWelcome()
{
    m_ui->welcomeLabel->setTextFormat(Qt::RichText);
    m_ui->welcomeLabel->setText(
        tr("<b>Start here.</b> The <b>Sandbox</b> profile talks to a simulated Twilio and Auth0 "
           "tenant on this computer: nothing is sent anywhere. "
           "<a href=\"tenant\">Tenant</a>: how the tenant sends MFA text messages · "
           "<a href=\"run\">Run</a>: send a test SMS and watch it arrive · "
           "<a href=\"hook\">Hook code</a>: edit, run and deploy the Action · "
           "<a href=\"checklist\">Checklist</a>: when a text does not arrive."));
    connect(m_ui->welcomeLabel, &QLabel::linkActivated, this, [this](const QString &link) {
        if (link == QLatin1String("tenant"))
            showPage(m_tenantPage);
        else if (link == QLatin1String("run"))
            showPage(m_runPage);
        else if (link == QLatin1String("hook"))
            showPage(m_hookPage);
        else if (link == QLatin1String("checklist"))
            showPage(m_checklistPage);
    });
    connect(m_ui->welcomeStartPushButton, &QPushButton::clicked, this,
            [this] { showPage(m_tenantPage); });
    const auto setShown = [this](bool shown) {
        m_ui->welcomeFrame->setVisible(shown);
        QSettings().setValue(WelcomeHiddenKey, !shown);
    };
    connect(m_ui->welcomeCloseToolButton, &QToolButton::clicked, this,
            [setShown] { setShown(false); });
    connect(m_ui->actionGettingStarted, &QAction::triggered, this, [setShown] { setShown(true); });
    m_ui->welcomeFrame->setVisible(!QSettings().value(WelcomeHiddenKey, false).toBool());
}

void MainWindow::restoreWindowSettings()
{
    const QSettings settings;
    const QByteArray geometry = settings.value(GeometryKey).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry))
        resize(DefaultSize);
    restoreState(settings.value(WindowStateKey).toByteArray());
}

void MainWindow::saveWindowSettings() const
{
    QSettings settings;
    settings.setValue(GeometryKey, saveGeometry());
    settings.setValue(WindowStateKey, saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Unsaved secrets: the page asks, and closes the window again once saved or discarded.
    if (!m_secretsPage->requestLeave([this] { close(); })) {
        event->ignore();
        return;
    }
    // Unsaved hook code: the same, once the secrets are settled.
    if (!m_hookPage->requestLeave([this] { close(); })) {
        event->ignore();
        return;
    }
    saveWindowSettings();
    event->accept();
}

void MainWindow::showAbout()
{
    // Opened, not exec()ed: no nested event loop while keychain jobs may be finishing.
    auto *box = new QMessageBox(this);
    box->setObjectName(QStringLiteral("aboutMessageBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowTitle(tr("About SMS Hook Console"));
    box->setIconPixmap(windowIcon().pixmap(64));
    box->setText(tr("<h3>SMS Hook Console %1</h3>"
                    "<p>Set up and check the Twilio configuration of Auth0 Send Phone Message "
                    "hooks.</p><p>Secret values are stored only in the system keychain.</p>")
                     .arg(QCoreApplication::applicationVersion().toHtmlEscaped()));
    box->setStandardButtons(QMessageBox::Close);
    box->open();
}
