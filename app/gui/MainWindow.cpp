#include "MainWindow.h"
#include "ui_MainWindow.h"

#include "Icons.h"
#include "secrets/SecretsPage.h"

#include <QCloseEvent>
#include <QMessageBox>
#include <QSettings>
#include <QStyle>

namespace {
const QString GeometryKey = QStringLiteral("ui/geometry");
const QString WindowStateKey = QStringLiteral("ui/windowState");
constexpr QSize DefaultSize(1000, 680);
} // namespace

MainWindow::MainWindow(ProfileStore *profiles, SecretStore *secrets, QWidget *parent)
    : QMainWindow(parent),
      m_ui(new Ui::MainWindow),
      m_secretsPage(new SecretsPage(profiles, secrets, this))
{
    m_ui->setupUi(this);
    setWindowIcon(Icons::application());

    // Pages still to come (Hook code, Run, Log, Checklist) are added here once they work.
    addPage(m_secretsPage, tr("Secrets"), style()->standardIcon(QStyle::SP_DriveNetIcon));
    connect(m_ui->navigationListWidget, &QListWidget::currentRowChanged, m_ui->pagesStackedWidget,
            &QStackedWidget::setCurrentIndex);
    m_ui->navigationListWidget->setCurrentRow(0);

    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_secretsPage, &SecretsPage::currentProfileChanged, this,
            [this](const QString &name) { setWindowTitle(name.isEmpty() ? QString() : name); });
    setWindowTitle(m_secretsPage->currentProfile());

    restoreWindowSettings();
}

MainWindow::~MainWindow() = default;

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
