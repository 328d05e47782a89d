#include "MainWindow.h"
#include "ui_MainWindow.h"

#include "Icons.h"
#include "log/DeliveryLog.h"
#include "profile/ProfileStore.h"
#include "run/BuiltInSandbox.h"
#include "run/RunPage.h"
#include "sandbox/TwilioSandbox.h"
#include "secrets/SecretsPage.h"

#include <QCloseEvent>
#include <QLabel>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QStyle>
#include <QTimer>
#include <QWindow>

#include <functional>

namespace {
const QString GeometryKey = QStringLiteral("ui/geometry");
const QString WindowStateKey = QStringLiteral("ui/windowState");
constexpr QSize DefaultSize(1000, 680);

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
      m_runPage(new RunPage(profiles, secrets, this))
{
    m_ui->setupUi(this);
    setWindowIcon(Icons::application());

    // Pages still to come (Hook code, Log, Checklist) are added here once they work.
    addPage(m_secretsPage, tr("Secrets"), style()->standardIcon(QStyle::SP_DriveNetIcon));
    addPage(m_runPage, tr("Run"), style()->standardIcon(QStyle::SP_MediaPlay));
    connect(m_ui->navigationListWidget, &QListWidget::currentRowChanged, m_ui->pagesStackedWidget,
            &QStackedWidget::setCurrentIndex);
    m_ui->navigationListWidget->setCurrentRow(0);

    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    // One profile selection for the whole console: the Secrets page's.
    connect(m_secretsPage, &SecretsPage::currentProfileChanged, this, [this](const QString &name) {
        setWindowTitle(name.isEmpty() ? QString() : name);
        m_runPage->setProfile(name);
    });
    setWindowTitle(m_secretsPage->currentProfile());
    m_runPage->setProfile(m_secretsPage->currentProfile());
    m_runPage->setDeliveryLog(m_deliveryLog);
    if (m_deliveryLog) {
        connect(m_deliveryLog, &DeliveryLog::opened, this, &MainWindow::showDeliveryLogState);
        showDeliveryLogState();
    }

    restoreWindowSettings();
}

void MainWindow::showDeliveryLogState()
{
    // Sends still go out when the log cannot be used (e.g. written by a newer version); the
    // status bar says they are not recorded, and why.
    if (!m_deliveryLog->openFailed() || findChild<QLabel *>(QStringLiteral("logStatusLabel")))
        return;
    auto *label = new QLabel(tr("Sends are not recorded: %1").arg(m_deliveryLog->errorString()),
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
        m_sandboxStatusLabel->setToolTip(tr("The built-in Twilio simulator answers profile \"%1\" "
                                            "on loopback; no message leaves this computer.")
                                             .arg(name));
        m_secretsPage->refreshProfiles(name);
        m_runPage->reload();
    });
    connect(m_sandbox, &BuiltInSandbox::failed, this, [this](const QString &message) {
        m_sandboxStatusLabel->setText(tr("Sandbox unavailable"));
        m_sandboxStatusLabel->setToolTip(message);
        statusBar()->showMessage(message);
        m_secretsPage->refreshProfiles(m_sandbox->profileName());
        m_runPage->reload();
    });
    m_sandbox->start();
}

void MainWindow::addPage(QWidget *page, const QString &title, const QIcon &icon)
{
    auto *item = new QListWidgetItem(icon, title, m_ui->navigationListWidget);
    item->setSizeHint(QSize(0, 36));
    m_ui->pagesStackedWidget->addWidget(page);
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
