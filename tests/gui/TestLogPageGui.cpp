#include "AppInfo.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "Translations.h"
#include "log/DeliveryLog.h"
#include "log/DeliveryLogModel.h"
#include "log/LogPage.h"
#include "log/TenantChainModel.h"
#include "log/TenantLogPanel.h"
#include "profile/ProfileStore.h"
#include "run/Outcomes.h"
#include "run/SendJob.h"
#include "sandbox/Auth0Sandbox.h"
#include "sandbox/SandboxProfile.h"
#include "sandbox/TwilioSandbox.h"
#include "secrets/SecretRules.h"
#include "secrets/SecretStore.h"
#include "twilio/ErrorDictionary.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFrame>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>

#include <memory>

namespace {

constexpr int Timeout = 15000;

// What is wrong with the details pane as laid out: a row shorter than its text needs at its
// width (a wrapped summary cut, rows squeezed), two rows over each other, or a row wider than
// the pane. Empty when every row shows whole.
QString detailsLayoutProblem(const QWidget *contents, const QWidget *pane)
{
    QList<const QWidget *> rows;
    for (const QWidget *w : contents->findChildren<QWidget *>(Qt::FindDirectChildrenOnly))
        if (w->isVisibleTo(contents))
            rows << w;
    for (const QWidget *w : std::as_const(rows)) {
        const auto *label = qobject_cast<const QLabel *>(w);
        // A minimum set on the widget stands for its hint's, as in its layout.
        const int minimum
            = w->minimumHeight() > 0 ? w->minimumHeight() : w->minimumSizeHint().height();
        const int needed = label && label->wordWrap()
            ? std::max(minimum, label->heightForWidth(label->width()))
            : minimum;
        if (w->height() < std::min(needed, w->maximumHeight()))
            return QStringLiteral("%1 is %2 px tall, needs %3")
                .arg(w->objectName())
                .arg(w->height())
                .arg(needed);
        if (w->mapTo(pane, QPoint(w->width(), 0)).x() > pane->width())
            return w->objectName() + QStringLiteral(" goes past the pane's right edge");
        for (const QWidget *other : std::as_const(rows))
            if (other != w && other->geometry().intersects(w->geometry()))
                return w->objectName() + QStringLiteral(" overlaps ") + other->objectName();
    }
    return {};
}
const QString DeliveredTo = QStringLiteral("+14155552671");
const QString FailingTo = QStringLiteral("+15005554003"); // fails with 30003 (docs/SANDBOX.md)
constexpr int FailingCode = 30003;

} // namespace

// The log viewer against real sends: the in-process sandbox (real HTTP on loopback), the sandbox
// profile's secrets in a real Secret Service, and SendJob writing the delivery log.
class TestLogPageGui : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void showsSendsLiveFiltersExplainsAndExports();
    void syncsTwilioLogLiveAndExplainsFailures();
    void tenantChainsSyncFilterAndDetails();
    void fitsTheWindowWithDetailsWhole();

private:
    QString send(const QString &to, bool logged = true); // the SID
    bool storeProfile(const QString &name, const QMap<QString, QString> &secrets);
    // Chooses the profile in the import bar, starts, and returns the result text once finished.
    QString runSync(LogPage &page, const QString &profile);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<TwilioSandbox> m_sandbox;
    std::unique_ptr<Auth0Sandbox> m_auth0;
    std::unique_ptr<DeliveryLog> m_log;
    QNetworkAccessManager m_network;
    Profile m_profile;
};

void TestLogPageGui::initTestCase()
{
    // Never touch a real user's settings, keyring or log.
    if (!qEnvironmentVariable("HOME").contains(QLatin1String("smshook-keyring")))
        QSKIP("run inside scripts/with-keyring.sh (ctest does)");
    AppInfo::initialise(*QCoreApplication::instance());
    Translations::install(*QCoreApplication::instance());
    QSettings settings;
    settings.clear();
    settings.sync();

    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    qputenv("SMSHOOK_LOG_PATH", m_dir->filePath(QStringLiteral("log.sqlite")).toUtf8());
    m_log = std::make_unique<DeliveryLog>(m_dir->filePath(QStringLiteral("log.sqlite")));
    QSignalSpy opened(m_log.get(), &DeliveryLog::opened);
    m_log->open();
    QVERIFY(opened.wait(Timeout));
    QVERIFY(opened.constFirst().at(0).toBool());

    m_sandbox = std::make_unique<TwilioSandbox>();
    QVERIFY(m_sandbox->listen());
    m_sandbox->setTimeScale(0.05);
    m_auth0 = std::make_unique<Auth0Sandbox>();
    QVERIFY(m_auth0->listen());
    m_profiles = std::make_unique<ProfileStore>();
    m_secrets = std::make_unique<SecretStore>(m_profiles.get());
    SandboxProfileJob *job
        = SandboxProfile::ensure(m_profiles.get(), m_secrets.get(), m_sandbox->baseUrl(),
                                 m_auth0->baseUrl(Auth0Sandbox::Mode::Unified));
    QSignalSpy finished(job, &SandboxProfileJob::finished);
    QVERIFY(finished.wait(Timeout));
    QVERIFY2(!job->failed(), qPrintable(job->error()));
    m_profile = job->profile();
}

void TestLogPageGui::cleanupTestCase()
{
    if (m_secrets
        && !QTest::qWaitFor(
            [this] {
                return m_secrets->findChildren<QObject *>(QString(), Qt::FindDirectChildrenOnly)
                    .isEmpty();
            },
            Timeout))
        qWarning("keychain work still under way at the end");
}

QString TestLogPageGui::send(const QString &to, bool logged)
{
    auto *job = new SendJob(m_profile, m_secrets.get(), &m_network, this);
    if (logged)
        job->setDeliveryLog(m_log.get());
    job->setPollIntervalMs(50);
    job->setReceiptWaitMs(2000);
    SendRequest request;
    request.to = to;
    request.body = QStringLiteral("Your verification code is 424242");
    QSignalSpy finished(job, &SendJob::finished);
    job->start(request);
    if (!finished.wait(Timeout))
        qWarning("send to %s did not finish", qPrintable(to));
    const QString sid = job->result().message.sid;
    job->deleteLater();
    return sid;
}

void TestLogPageGui::showsSendsLiveFiltersExplainsAndExports()
{
    LogPage page(m_log.get(), m_profiles.get());
    page.resize(1200, 760);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.setProfile(SandboxProfile::name());
    auto *table = page.findChild<QTableView *>(QStringLiteral("logTableView"));
    auto *outcome = page.findChild<QComboBox *>(QStringLiteral("logOutcomeComboBox"));
    auto *profile = page.findChild<QComboBox *>(QStringLiteral("logProfileComboBox"));
    auto *search = page.findChild<QLineEdit *>(QStringLiteral("logSearchLineEdit"));
    auto *count = page.findChild<QLabel *>(QStringLiteral("logCountLabel"));
    auto *explanation
        = page.findChild<QTextBrowser *>(QStringLiteral("detailExplanationTextBrowser"));
    auto *timeline = page.findChild<QListWidget *>(QStringLiteral("detailTimelineListWidget"));
    QVERIFY(table && outcome && profile && search && count && explanation && timeline);
    QCOMPARE(profile->currentData().toString(), SandboxProfile::name());
    QCOMPARE(profile->itemData(0).toString(), QString()); // "All profiles" stays available
    QTRY_VERIFY_WITH_TIMEOUT(!page.model()->isBusy(), Timeout);
    QCOMPARE(table->model()->rowCount(), 0);

    // Two real sends: both rows appear while the page is open, without a refresh.
    const QString deliveredSid = send(DeliveredTo);
    const QString failedSid = send(FailingTo);
    QVERIFY(deliveredSid.startsWith(QLatin1String("SM")));
    QVERIFY(failedSid.startsWith(QLatin1String("SM")));
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 2, Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->index(1, DeliveryLogModel::Status).data().toString(),
                              QStringLiteral("delivered"), Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->index(0, DeliveryLogModel::Status).data().toString(),
                              QStringLiteral("failed"), Timeout);
    QCOMPARE(table->model()->index(0, DeliveryLogModel::To).data().toString(), FailingTo);
    QCOMPARE(table->model()->index(0, DeliveryLogModel::Sid).data().toString(), failedSid);
    QTRY_VERIFY_WITH_TIMEOUT(count->text().contains(QLatin1String("2")), Timeout);

    // Filter by outcome "failed": the failing send is left.
    outcome->setFocus();
    const int failedIndex = outcome->findData(Attempt::outcomeName(Attempt::Outcome::Failed));
    QVERIFY(failedIndex > 0);
    outcome->setCurrentIndex(failedIndex);
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 1, Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(!page.model()->isBusy(), Timeout);
    QCOMPARE(count->text(), QStringLiteral("1 of 2 attempts"));
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->index(0, DeliveryLogModel::Sid).data().toString(),
                              failedSid, Timeout);

    // Open its details: Twilio's explanation of the error, the timeline, the message as sent.
    QSignalSpy detailsShown(&page, &LogPage::detailsShown);
    const QRect cell = table->visualRect(table->model()->index(0, DeliveryLogModel::To));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QTRY_VERIFY_WITH_TIMEOUT(!detailsShown.isEmpty(), Timeout);
    QCOMPARE(page.selectedId(), table->model()->index(0, 0).data(DeliveryLogModel::IdRole));
    const ErrorExplanation expected = ErrorDictionary::lookup(FailingCode);
    QVERIFY(!expected.message.isEmpty());
    const QString text = explanation->toPlainText();
    QVERIFY(explanation->isVisible());
    QVERIFY2(text.contains(QString::number(FailingCode)), qPrintable(text));
    QVERIFY2(text.contains(expected.message.left(30)), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("What to do"))
                 || text.contains(QLatin1String("Possible causes")),
             qPrintable(text));
    QVERIFY(explanation->toHtml().contains(ErrorDictionary::docsUrl(FailingCode).toString()));
    QStringList statuses;
    for (int i = 0; i < timeline->count(); ++i)
        statuses << timeline->item(i)->data(Qt::UserRole).toString();
    QVERIFY2(statuses.contains(QLatin1String("failed")), qPrintable(statuses.join(u',')));
    QCOMPARE(
        page.findChild<QPlainTextEdit *>(QStringLiteral("detailBodyPlainTextEdit"))->toPlainText(),
        QStringLiteral("Your verification code is 424242"));
    QCOMPARE(page.findChild<QLabel *>(QStringLiteral("detailSidLabel"))->text(), failedSid);

    // Copy SID puts it on the clipboard.
    QGuiApplication::clipboard()->clear();
    QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("detailCopySidPushButton")),
                      Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), failedSid);

    // Keyboard: Ctrl+F goes to the search, Esc clears it.
    table->setFocus();
    QTest::keyClick(table, Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(search->hasFocus());
    QTest::keyClicks(search, QStringLiteral("nothing like this"));
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 0, Timeout);
    QTest::keyClick(search, Qt::Key_Escape);
    QCOMPARE(search->text(), QString());
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 1, Timeout);

    // Clear filters, then arrows move the selection and the details follow.
    QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("logClearFiltersPushButton")),
                      Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 2, Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(!page.model()->isBusy(), Timeout);
    QCOMPARE(profile->currentData().toString(), SandboxProfile::name()); // the scope stays
    table->setFocus();
    table->setCurrentIndex(table->model()->index(0, 0));
    detailsShown.clear();
    QTest::keyClick(table, Qt::Key_Down);
    QTRY_VERIFY_WITH_TIMEOUT(!detailsShown.isEmpty(), Timeout);
    QCOMPARE(page.findChild<QLabel *>(QStringLiteral("detailSidLabel"))->text(), deliveredSid);
    QVERIFY(!explanation->isVisible()); // delivered: nothing to explain
    // The summary line is the core's words for the outcome, as the Run card and the CLI say it.
    Attempt delivered;
    delivered.outcome = Attempt::Outcome::Delivered;
    QCOMPARE(page.findChild<QLabel *>(QStringLiteral("detailSummaryLabel"))->text(),
             Outcomes::gist(delivered));

    // Export through the Export menu and its save dialog: both SIDs, never the auth token.
    const QString token = TwilioSandbox::credentials().authToken;
    for (const auto &[action, name] : {std::pair {"logExportCsvAction", "export.csv"},
                                       std::pair {"logExportJsonAction", "export.json"}}) {
        const QString path = m_dir->filePath(QLatin1String(name));
        QSignalSpy exported(&page, &LogPage::exportFinished);
        page.findChild<QAction *>(QLatin1String(action))->trigger();
        QFileDialog *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            (dialog = page.findChild<QFileDialog *>(QStringLiteral("logExportFileDialog")))
                && dialog->isVisible(),
            Timeout);
        // As a user pastes a path into the name field (typing would open its completer).
        auto *nameEdit = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
        QVERIFY(nameEdit);
        nameEdit->setText(path);
        auto *buttons = dialog->findChild<QDialogButtonBox *>();
        QVERIFY(buttons);
        QPushButton *save = nullptr;
        for (QAbstractButton *button : buttons->buttons())
            if (buttons->buttonRole(button) == QDialogButtonBox::AcceptRole)
                save = qobject_cast<QPushButton *>(button);
        QVERIFY(save && save->isEnabled());
        QTest::mouseClick(save, Qt::LeftButton);
        QVERIFY(exported.wait(Timeout));
        QVERIFY2(exported.constFirst().at(0).toBool(),
                 qPrintable(page.findChild<QLabel *>(QStringLiteral("logStatusLabel"))->text()));
        QCOMPARE(exported.constFirst().at(1).toString(), path);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        QVERIFY(content.contains(deliveredSid.toLatin1()));
        QVERIFY(content.contains(failedSid.toLatin1()));
        QVERIFY(!content.contains(token.toLatin1()));
        QVERIFY(page.findChild<QLabel *>(QStringLiteral("logStatusLabel"))
                    ->text()
                    .contains(QLatin1String("2")));
    }

    // With SMSHOOK_GUI_SCREENSHOTS=DIR, saves the page for reviewing the layout.
    const QString dir = qEnvironmentVariable("SMSHOOK_GUI_SCREENSHOTS");
    if (!dir.isEmpty()) {
        outcome->setCurrentIndex(failedIndex);
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 1, Timeout);
        detailsShown.clear();
        table->setCurrentIndex(table->model()->index(0, 0));
        QTRY_VERIFY_WITH_TIMEOUT(!detailsShown.isEmpty(), Timeout);
        GuiTestSupport::screenshot(&page, QStringLiteral("log-page"));
    }
}

bool TestLogPageGui::storeProfile(const QString &name, const QMap<QString, QString> &secrets)
{
    Profile profile = m_profile;
    profile.name = name;
    profile.builtInSandbox = false;
    profile.secretNames.clear();
    m_profiles->save(profile);
    SecretsJob *job = m_secrets->apply(name, secrets);
    QSignalSpy done(job, &SecretsJob::finished);
    return done.wait(Timeout) && !job->failed();
}

QString TestLogPageGui::runSync(LogPage &page, const QString &profile)
{
    auto *combo = page.findChild<QComboBox *>(QStringLiteral("logSyncProfileComboBox"));
    auto *start = page.findChild<QPushButton *>(QStringLiteral("logSyncStartPushButton"));
    auto *status = page.findChild<QLabel *>(QStringLiteral("logSyncStatusLabel"));
    if (!combo || !start || !status || combo->findData(profile) < 0) {
        qWarning("the import bar has no profile %s", qPrintable(profile));
        return {};
    }
    combo->setCurrentIndex(combo->findData(profile));
    QSignalSpy finished(&page, &LogPage::syncFinished);
    QTest::mouseClick(start, Qt::LeftButton);
    if (!finished.wait(Timeout))
        qWarning("the sync for %s did not finish", qPrintable(profile));
    return status->text();
}

void TestLogPageGui::syncsTwilioLogLiveAndExplainsFailures()
{
    // Messages that reach Twilio without the console logging them (another machine, the hook).
    QStringList remoteSids;
    for (int i = 0; i < 3; ++i)
        remoteSids << send(DeliveredTo, false);
    for (const QString &sid : std::as_const(remoteSids))
        QVERIFY(sid.startsWith(QLatin1String("SM")));
    QVERIFY(storeProfile(
        QStringLiteral("Wrong token"),
        {{SecretNames::AccountSid, TwilioSandbox::credentials().accountSid},
         {SecretNames::AuthToken, QStringLiteral("0123456789abcdef0123456789abcdef")}}));
    QVERIFY(storeProfile(QStringLiteral("No token"),
                         {{SecretNames::AccountSid, TwilioSandbox::credentials().accountSid}}));

    LogPage page(m_log.get(), m_profiles.get());
    page.setSecretStore(m_secrets.get());
    page.resize(1200, 760);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.setProfile(SandboxProfile::name());
    auto *table = page.findChild<QTableView *>(QStringLiteral("logTableView"));
    auto *source = page.findChild<QComboBox *>(QStringLiteral("logSourceComboBox"));
    auto *bar = page.findChild<QWidget *>(QStringLiteral("logSyncFrame"));
    auto *combo = page.findChild<QComboBox *>(QStringLiteral("logSyncProfileComboBox"));
    auto *from = page.findChild<QDateEdit *>(QStringLiteral("logSyncFromDateEdit"));
    auto *to = page.findChild<QDateEdit *>(QStringLiteral("logSyncToDateEdit"));
    auto *cancel = page.findChild<QPushButton *>(QStringLiteral("logSyncCancelPushButton"));
    QVERIFY(table && source && bar && combo && from && to && cancel);
    QTRY_VERIFY_WITH_TIMEOUT(!page.model()->isBusy(), Timeout);
    QVERIFY(!bar->isVisible());

    // Only what the log holds: none of the remote messages.
    const auto sids = [table] {
        QStringList list;
        for (int row = 0; row < table->model()->rowCount(); ++row)
            list << table->model()->index(row, DeliveryLogModel::Sid).data().toString();
        return list;
    };
    for (const QString &sid : std::as_const(remoteSids))
        QVERIFY(!sids().contains(sid));

    // The bar opens on the page's profile and the last 7 days.
    QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("logSyncPushButton")),
                      Qt::LeftButton);
    QVERIFY(bar->isVisible());
    QCOMPARE(combo->currentData().toString(), SandboxProfile::name());
    const QDate today = QDateTime::currentDateTimeUtc().date();
    QCOMPARE(to->date(), today);
    QCOMPARE(from->date(), today.addDays(-6));
    QVERIFY(!cancel->isEnabled());

    // Sync: the remote messages appear in the table, as Twilio imports, without a refresh.
    const QString result = runSync(page, SandboxProfile::name());
    QVERIFY2(result.startsWith(QLatin1String("Twilio's message log: ")), qPrintable(result));
    QTRY_VERIFY_WITH_TIMEOUT(sids().contains(remoteSids.constLast()), Timeout);
    for (const QString &sid : std::as_const(remoteSids))
        QVERIFY2(sids().contains(sid), qPrintable(sid));
    source->setCurrentIndex(source->findData(Attempt::sourceName(Attempt::Source::Twilio)));
    QTRY_VERIFY_WITH_TIMEOUT(!page.model()->isBusy(), Timeout);
    const int imported = table->model()->rowCount();
    QVERIFY(imported >= remoteSids.size());
    // "messages" once the catalogue has the plural, "message(s)" before.
    QVERIFY2(result.startsWith(QStringLiteral("Twilio's message log: %1 message").arg(imported)),
             qPrintable(result));
    QVERIFY2(!result.contains(QLatin1String("(s)")), qPrintable(result)); // "1 page", "2 pages"
    for (int row = 0; row < imported; ++row) {
        QCOMPARE(table->model()->index(row, DeliveryLogModel::Source).data().toString(),
                 QStringLiteral("Twilio import"));
    }
    QVERIFY(!cancel->isEnabled());

    // A wrong Auth Token: Twilio's 20003 explained, with where to fix it.
    const QString wrong = runSync(page, QStringLiteral("Wrong token"));
    QVERIFY2(wrong.contains(QLatin1String("20003")), qPrintable(wrong));
    QVERIFY2(wrong.contains(SecretNames::AuthToken)
                 && wrong.contains(QLatin1String("Secrets page")),
             qPrintable(wrong));
    QVERIFY(!wrong.contains(TwilioSandbox::credentials().authToken));

    // A missing secret is named, with where to set it; nothing is asked of Twilio.
    const QString missing = runSync(page, QStringLiteral("No token"));
    QVERIFY2(missing.contains(SecretNames::AuthToken), qPrintable(missing));
    QVERIFY2(missing.contains(QLatin1String("set it on the Secrets page")), qPrintable(missing));

    // A range that ends before it starts names the field.
    from->setDate(today);
    to->setDate(today.addDays(-1));
    QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("logSyncStartPushButton")),
                      Qt::LeftButton);
    QVERIFY2(page.findChild<QLabel *>(QStringLiteral("logSyncStatusLabel"))
                 ->text()
                 .startsWith(QLatin1String("From:")),
             qPrintable(page.findChild<QLabel *>(QStringLiteral("logSyncStatusLabel"))->text()));
}

void TestLogPageGui::tenantChainsSyncFilterAndDetails()
{
    // The tenant's MFA sends: one whose Twilio message is in the log, one with none; and a
    // Twilio message of the profile that no Auth0 event explains.
    const QDateTime t = QDateTime::currentDateTimeUtc().addSecs(-900);
    const auto event = [&](const QDateTime &at, const QString &to) {
        m_auth0->addLogEvent(
            Auth0Sandbox::Mode::Unified,
            {{QStringLiteral("type"), QStringLiteral("gd_send_sms")},
             {QStringLiteral("date"), at.toString(Qt::ISODateWithMs)},
             {QStringLiteral("description"), QStringLiteral("Guardian - SMS sent")},
             {QStringLiteral("user_name"), QStringLiteral("user@example.com")},
             {QStringLiteral("details"), QJsonObject {{QStringLiteral("to"), to}}}});
    };
    const auto message = [&](const QDateTime &at, const QString &to, const QString &sid) {
        Attempt a;
        a.createdAt = at;
        a.profile = m_profile.name;
        a.source = Attempt::Source::Twilio;
        a.to = to;
        a.sid = sid;
        a.status = QStringLiteral("delivered");
        a.outcome = Attempt::Outcome::Delivered;
        a.timeline = {{QStringLiteral("delivered"), at.addSecs(3), 0, {}}};
        bool done = false;
        m_log->beginAttempt(a, this, [&done](qint64, const QString &) { done = true; });
        QTRY_VERIFY(done);
    };
    const QString linkedSid = QStringLiteral("SM000000000000000000000000000c4a11");
    event(t, QStringLiteral("+14155550111"));
    message(t.addSecs(-1), QStringLiteral("+14155550111"), linkedSid);
    event(t.addSecs(60), QStringLiteral("+14155550122"));
    message(t.addSecs(30), QStringLiteral("+14155550133"),
            QStringLiteral("SM000000000000000000000000000c4a33"));

    LogPage page(m_log.get(), m_profiles.get());
    page.setSecretStore(m_secrets.get());
    page.setProfile(m_profile.name);
    page.resize(1200, 760);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    TenantLogPanel *panel = page.tenantPanel();
    QVERIFY(!panel->isVisible());

    // "Sync tenant logs" shows the chains view, and the sync fills it.
    auto *sync = page.findChild<QPushButton *>(QStringLiteral("logTenantSyncPushButton"));
    QVERIFY(sync);
    QSignalSpy synced(panel, &TenantLogPanel::syncFinished);
    QSignalSpy loaded(panel, &TenantLogPanel::chainsLoaded);
    QTest::mouseClick(sync, Qt::LeftButton);
    QVERIFY(panel->isVisible());
    QVERIFY(!page.findChild<QWidget *>(QStringLiteral("logSplitter"))->isVisible());
    QCOMPARE(page.findChild<QComboBox *>(QStringLiteral("logSourceComboBox"))->currentText(),
             QStringLiteral("Auth0 login"));
    QVERIFY(synced.wait(Timeout));
    QCOMPARE(synced.first().first().value<TenantLogSync::Outcome>(),
             TenantLogSync::Outcome::Completed);
    auto *status = panel->findChild<QLabel *>(QStringLiteral("tenantSyncStatusLabel"));
    QVERIFY2(status->text().startsWith(QStringLiteral("Synced since")), qPrintable(status->text()));
    QTRY_VERIFY(!loaded.isEmpty());

    auto *table = panel->findChild<QTableView *>(QStringLiteral("tenantChainTableView"));
    TenantChainModel *model = panel->model();
    QTRY_VERIFY(model->rowCount() >= 3);
    const auto rowWith = [&](int column, const QString &text) {
        for (int r = 0; r < model->rowCount(); ++r) {
            if (model->index(r, column).data().toString() == text)
                return r;
        }
        return -1;
    };
    const int linked = rowWith(TenantChainModel::Sid, linkedSid);
    QVERIFY(linked >= 0);
    QCOMPARE(model->index(linked, TenantChainModel::Chain).data().toString(),
             QStringLiteral("Auth0 sent, Twilio message found"));
    const int none = rowWith(TenantChainModel::Recipient, QStringLiteral("+14155550122"));
    QVERIFY(none >= 0);
    QCOMPARE(model->index(none, TenantChainModel::Chain).data().toString(),
             QStringLiteral("Auth0 sent, no Twilio message found"));
    const int orphan = rowWith(TenantChainModel::Recipient, QStringLiteral("+14155550133"));
    QVERIFY(orphan >= 0);
    QCOMPARE(model->index(orphan, TenantChainModel::Chain).data().toString(),
             QStringLiteral("Twilio message with no Auth0 event"));

    // The details pane: every hop, with its latency.
    table->selectRow(linked);
    QString details = panel->detailsText();
    for (const QString &part : {QStringLiteral("Auth0 asked"), QStringLiteral("Action ran"),
                                QStringLiteral("Twilio accepted"), QStringLiteral("Delivered"),
                                linkedSid, QStringLiteral("-1.0 s"), QStringLiteral("+3.0 s")})
        QVERIFY2(details.contains(part), qPrintable(part + QStringLiteral(" in ") + details));
    GuiTestSupport::screenshot(&page, QStringLiteral("log-tenant-chains"));
    page.resize(1024, 700);
    QCoreApplication::processEvents();
    GuiTestSupport::screenshot(&page, QStringLiteral("log-tenant-chains-1024x700"));
    table->selectRow(none);
    QVERIFY2(panel->detailsText().contains(QStringLiteral("no Twilio message found")),
             qPrintable(panel->detailsText()));

    // The Auth0 event type filter: only the Wired tenant's failed send.
    auto *type = panel->findChild<QComboBox *>(QStringLiteral("tenantEventTypeComboBox"));
    loaded.clear();
    type->setCurrentIndex(type->findData(QStringLiteral("gd_send_sms_failure")));
    QVERIFY(loaded.wait(Timeout));
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, TenantChainModel::Event).data().toString(),
             QStringLiteral("MFA SMS failed"));
    QCOMPARE(model->index(0, TenantChainModel::Delivery).data().toString(),
             QStringLiteral("never reached Twilio"));

    // Back to every source: the attempts table again.
    auto *source = page.findChild<QComboBox *>(QStringLiteral("logSourceComboBox"));
    source->setCurrentIndex(0);
    QVERIFY(!panel->isVisible());
    QVERIFY(page.findChild<QWidget *>(QStringLiteral("logSplitter"))->isVisible());
    // The matched message's details tell where it stands in the login.
    DeliveryLogModel *attempts = page.model();
    int row = -1;
    QTRY_VERIFY([&] {
        for (int r = 0; r < attempts->rowCount(); ++r) {
            if (attempts->index(r, DeliveryLogModel::Sid).data().toString() == linkedSid)
                row = r;
        }
        return row >= 0;
    }());
    auto *rows = page.findChild<QTableView *>(QStringLiteral("logTableView"));
    rows->selectRow(row);
    const auto chainBox = [&page] {
        return page.findChild<QTextBrowser *>(QStringLiteral("detailTenantChainTextBrowser"));
    };
    QTRY_VERIFY(chainBox() && chainBox()->isVisible());
    const QString chainText = chainBox()->toPlainText();
    QVERIFY2(chainText.startsWith(QStringLiteral("MFA login:"))
                 && chainText.contains(QStringLiteral("Twilio accepted"))
                 && chainText.contains(QStringLiteral("+3.0 s")),
             qPrintable(chainText));
    QCOMPARE(page.size(), QSize(1024, 700)); // switching views never grew the page
    GuiTestSupport::screenshot(&page, QStringLiteral("log-attempt-with-chain-1024x700"));
}

QTEST_MAIN(TestLogPageGui)
void TestLogPageGui::fitsTheWindowWithDetailsWhole()
{
    // Attempts whose details have the most to say: an undelivered one (its summary wraps in a
    // narrow pane) and a failed one with Twilio's explanation.
    const QString undeliveredSid = send(QStringLiteral("+15005553003"));
    const QString failedSid = send(FailingTo);
    QVERIFY(undeliveredSid.startsWith(QLatin1String("SM"))
            && failedSid.startsWith(QLatin1String("SM")));

    // The console's window as a first start opens it: its default size, the welcome shown.
    QSettings().remove(QStringLiteral("ui"));
    m_profiles->setLastProfile(SandboxProfile::name());
    MainWindow window(m_profiles.get(), m_secrets.get(), m_log.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QSize defaultSize = window.size();
    LogPage *page = window.logPage();
    window.showPage(page);
    QTRY_VERIFY(page->isVisible());
    auto *scroll = qobject_cast<QScrollArea *>(page->parentWidget()->parentWidget());
    auto *welcome = window.findChild<QFrame *>(QStringLiteral("welcomeFrame"));
    auto *table = page->findChild<QTableView *>(QStringLiteral("logTableView"));
    auto *count = page->findChild<QLabel *>(QStringLiteral("logCountLabel"));
    auto *sid = page->findChild<QLabel *>(QStringLiteral("detailSidLabel"));
    // The details' rows, and the pane they show in (what is wider is cut).
    auto *summary = page->findChild<QLabel *>(QStringLiteral("detailSummaryLabel"));
    auto *pane = page->findChild<QWidget *>(QStringLiteral("logDetailsStackedWidget"));
    QVERIFY(scroll && welcome && table && count && sid && summary && pane);
    QWidget *details = summary->parentWidget();
    QVERIFY(welcome->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(!page->model()->isBusy(), Timeout);

    // The count is laid out as soon as it changes: never painted cut in the shorter text's room.
    QStringList cutCounts;
    connect(page->model(), &DeliveryLogModel::countsChanged, count, [&cutCounts, count] {
        if (count->isVisible() && count->width() < count->sizeHint().width())
            cutCounts << count->text();
    });

    QSignalSpy detailsShown(page, &LogPage::detailsShown);
    auto *search = page->findChild<QLineEdit *>(QStringLiteral("logSearchLineEdit"));
    const auto select = [&](const QString &wanted) {
        // The search finds the attempt by its SID; its row is chosen as a click would.
        search->setText(wanted);
        QTest::keyClick(search, Qt::Key_Return);
        if (!QTest::qWaitFor(
                [&] {
                    return !page->model()->isBusy() && page->model()->rowCount() == 1
                        && page->model()->index(0, DeliveryLogModel::Sid).data().toString()
                        == wanted;
                },
                Timeout))
            return false;
        detailsShown.clear();
        table->setCurrentIndex(table->model()->index(0, DeliveryLogModel::To));
        return QTest::qWaitFor([&] { return !detailsShown.isEmpty() && sid->text() == wanted; },
                               Timeout);
    };
    const auto fits = [&](const QString &where) {
        QCoreApplication::processEvents();
        const QScrollBar *bar = scroll->verticalScrollBar();
        QVERIFY2(!bar->isVisible() && bar->maximum() == 0,
                 qPrintable(where
                            + QStringLiteral(": the page needs %1 px, has %2")
                                  .arg(page->minimumSizeHint().height())
                                  .arg(scroll->viewport()->height())));
        QVERIFY2(page->height() <= scroll->viewport()->height(), qPrintable(where));
        QVERIFY2(count->width() >= count->sizeHint().width(),
                 qPrintable(where + QStringLiteral(": the count is cut: ") + count->text()));
    };
    const auto detailsWhole = [&](const QString &where, const QString &wantedSid) {
        QCoreApplication::processEvents();
        const QString problem = detailsLayoutProblem(details, pane);
        QVERIFY2(problem.isEmpty(), qPrintable(where + QStringLiteral(": ") + problem));
        // The SID whole, selectable, and copied whole.
        QCOMPARE(sid->text(), wantedSid);
        QVERIFY2(sid->width() >= sid->sizeHint().width(),
                 qPrintable(where
                            + QStringLiteral(": the SID has %1 px of %2")
                                  .arg(sid->width())
                                  .arg(sid->sizeHint().width())));
        QVERIFY(sid->textInteractionFlags() & Qt::TextSelectableByMouse);
        QVERIFY(sid->mapTo(pane, QPoint(sid->width(), 0)).x() <= pane->width());
    };

    for (const QSize size : {defaultSize, QSize(1024, 700)}) {
        window.resize(size);
        QTRY_COMPARE(window.size(), size);
        for (const bool welcomeShown : {true, false}) {
            welcome->setVisible(welcomeShown);
            const QString where
                = QStringLiteral("%1x%2%3")
                      .arg(size.width())
                      .arg(size.height())
                      .arg(welcomeShown ? QStringLiteral(", welcome shown") : QString());
            page->setInsightsShown(false);
            for (const QString &wanted : {undeliveredSid, failedSid}) {
                QVERIFY2(select(wanted), qPrintable(wanted));
                fits(where + QStringLiteral(", details of ") + wanted);
                detailsWhole(where + QStringLiteral(", details of ") + wanted, wanted);
            }
            // The details pane at its narrowest: the SID moves under its caption, whole.
            auto *splitter = page->findChild<QSplitter *>(QStringLiteral("logSplitter"));
            const QList<int> sizes = splitter->sizes();
            splitter->setSizes({sizes.at(0) + sizes.at(1), 0});
            detailsWhole(where + QStringLiteral(", narrowest details"), failedSid);
            splitter->setSizes(sizes);
            // The import bar's two more rows, and the insights.
            page->findChild<QPushButton *>(QStringLiteral("logSyncPushButton"))->click();
            fits(where + QStringLiteral(", import bar shown"));
            page->setInsightsShown(true);
            fits(where + QStringLiteral(", insights and the import bar"));
            page->findChild<QToolButton *>(QStringLiteral("logSyncCloseToolButton"))->click();
            fits(where + QStringLiteral(", insights"));
            GuiTestSupport::screenshot(
                &window,
                QStringLiteral("log-window-%1x%2%3")
                    .arg(size.width())
                    .arg(size.height())
                    .arg(welcomeShown ? QStringLiteral("-welcome") : QString()));
            page->setInsightsShown(false);
        }
    }
    // Filters that change the count from short to long texts and back.
    for (const QString &text :
         {QStringLiteral("no such text"), QString(), QStringLiteral("verification"), QString()}) {
        search->setText(text);
        QTest::keyClick(search, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!page->model()->isBusy(), Timeout);
    }
    QVERIFY2(cutCounts.isEmpty(), qPrintable(cutCounts.join(QStringLiteral(" | "))));
}

#include "TestLogPageGui.moc"
