#include "AppInfo.h"
#include "GuiTestSupport.h"
#include "Translations.h"
#include "hook/HookCodeStore.h"
#include "hook/HookEditor.h"
#include "hook/HookPage.h"
#include "hook/HookTemplates.h"
#include "log/DeliveryLog.h"
#include "profile/ProfileStore.h"
#include "sandbox/SandboxProfile.h"
#include "sandbox/TwilioSandbox.h"
#include "secrets/SecretRules.h"
#include "secrets/SecretStore.h"

#include <QAction>
#include <QCheckBox>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QFrame>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>
#include <QTreeWidget>

#include <cmath>
#include <memory>
#include <optional>

namespace {

constexpr int Timeout = 15000;
const QString SmsProfile = QStringLiteral("Hook SMS"); // sandbox, without a Verify service
const QString Recipient = QStringLiteral("+14155552671");

// A hook page as the console builds it, over a sandbox profile whose secrets are in the
// keychain and a delivery log in a temporary folder.
struct Fixture
{
    QTemporaryDir dir;
    std::unique_ptr<TwilioSandbox> sandbox = std::make_unique<TwilioSandbox>();
    std::unique_ptr<ProfileStore> profiles = std::make_unique<ProfileStore>();
    std::unique_ptr<SecretStore> secrets = std::make_unique<SecretStore>(profiles.get());
    std::unique_ptr<DeliveryLog> log;
    std::unique_ptr<HookPage> page;

    ~Fixture()
    {
        page.reset();
        // Keychain work still under way finishes first (the store owns its jobs).
        const bool settled = QTest::qWaitFor(
            [this] {
                return secrets->findChildren<QObject *>(QString(), Qt::FindDirectChildrenOnly)
                    .isEmpty();
            },
            Timeout);
        if (!settled)
            qWarning("keychain work still under way when the test ended");
        log.reset();
        secrets.reset();
        profiles->sync();
    }

    // The sandbox's Programmable SMS credentials only, so that the SMS template reads every
    // secret the profile defines.
    void setUp()
    {
        QVERIFY(sandbox->listen(0));
        sandbox->setTimeScale(0.05);
        log = std::make_unique<DeliveryLog>(dir.filePath(QStringLiteral("log.sqlite")));
        QSignalSpy opened(log.get(), &DeliveryLog::opened);
        log->open();
        QVERIFY(opened.wait(Timeout));
        QVERIFY2(opened.constFirst().at(0).toBool(), qPrintable(log->errorString()));

        Profile profile = SandboxProfile::makeProfile(sandbox->baseUrl());
        profile.name = SmsProfile;
        profile.builtInSandbox = false;
        profiles->save(profile);
        QMap<QString, QString> values = SandboxProfile::secrets();
        values.remove(SecretNames::VerifyServiceSid);
        SecretsJob *job = secrets->apply(SmsProfile, values);
        QSignalSpy done(job, &SecretsJob::finished);
        QVERIFY(done.wait(Timeout));
        QVERIFY2(!job->failed(), qPrintable(job->error().summary()));

        page = std::make_unique<HookPage>(profiles.get(), secrets.get(), log.get());
        page->resize(1280, 800);
        page->show();
        QVERIFY(QTest::qWaitForWindowExposed(page.get()));
        page->setProfile(SmsProfile);
    }

    template<typename T> T *child(const char *name) const
    {
        T *widget = page->findChild<T *>(QLatin1String(name));
        if (!widget)
            qWarning("no child %s", name);
        return widget;
    }
    HookEditor *editor() const { return child<HookEditor>("codeEditor"); }
    QTreeWidget *problems() const { return child<QTreeWidget>("lintTreeWidget"); }
    QString output() const { return child<QTextBrowser>("outputTextBrowser")->toPlainText(); }
    QPushButton *runButton() const { return child<QPushButton>("runPushButton"); }
    QString label(const char *name) const { return child<QLabel>(name)->text(); }

    // Issues listed, as "line rule" strings (the rule id is stable across translations).
    QStringList listed() const
    {
        QStringList rows;
        for (int i = 0; i < problems()->topLevelItemCount(); ++i) {
            const QTreeWidgetItem *item = problems()->topLevelItem(i);
            rows << QStringLiteral("%1 %2")
                        .arg(item->data(0, Qt::UserRole).toInt())
                        .arg(item->data(1, Qt::UserRole).toString());
        }
        return rows;
    }

    int lineOf(const QString &needle) const
    {
        for (int line = 0; line < editor()->lines(); ++line) {
            if (editor()->text(line).contains(needle))
                return line;
        }
        return -1;
    }

    void typeInEditor(int line, const QString &text) const
    {
        editor()->setFocus();
        editor()->setCursorPosition(line, 0);
        const QStringList lines = text.split(QLatin1Char('\n'));
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (i > 0)
                QTest::keyClick(editor(), Qt::Key_Return);
            QTest::keyClicks(editor(), lines.at(i));
        }
    }

    void typeRecipient(const QString &number) const
    {
        auto *edit = child<QLineEdit>("hookRecipientLineEdit");
        edit->selectAll();
        QTest::keyClicks(edit, number);
        QCOMPARE(edit->text(), number);
    }

    void chooseTemplate(const char *actionName) const
    {
        auto *action = page->findChild<QAction *>(QLatin1String(actionName));
        QVERIFY2(action, actionName);
        action->trigger();
    }

    // Answers the unsaved-edits prompt the page opened.
    void answer(QMessageBox::StandardButton button) const
    {
        QMessageBox *box = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            (box = page->findChild<QMessageBox *>(QStringLiteral("unsavedMessageBox")))
                && box->isVisible(),
            Timeout);
        QTest::mouseClick(box->button(button), Qt::LeftButton);
        // The offscreen platform has no window manager to give the page its focus back.
        page->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(page.get()));
    }

    void screenshot(const QString &name) const { GuiTestSupport::screenshot(page.get(), name); }
};

} // namespace

class TestHookPageGui : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();

    void newProfileStartsFromFittingTemplate();
    void templateEditLintRunAndSave();
    void runawayScriptTimesOutAndPageStaysUsable();
    void stopEndsRun();
    void runButtonStaysPut_data();
    void runButtonStaysPut();
    void contextJsonIsCheckedAsTyped();
    void actionRunsWithTheEventEditor();
    void modulesFolderIsKeptPerProfile();
    void findAndReplace();
    void problemsAreShownWhole();
    void openAndSaveFile();
    void switchingProfileOverUnsavedEditsAsks();
    void followsDarkPalette();
};

void TestHookPageGui::initTestCase()
{
    // Never touch a real user's settings, data or keyring.
    if (!qEnvironmentVariable("HOME").contains(QLatin1String("smshook-keyring")))
        QSKIP("run inside scripts/with-keyring.sh (ctest does)");
    AppInfo::initialise(*QCoreApplication::instance());
    Translations::install(*QCoreApplication::instance());
}

void TestHookPageGui::init()
{
    QSettings settings;
    settings.clear();
    settings.sync();
    QDir(QFileInfo(HookCodeStore::path(SmsProfile)).absolutePath()).removeRecursively();
}

void TestHookPageGui::newProfileStartsFromFittingTemplate()
{
    Fixture f;
    f.setUp();
    // No Verify service among the secrets: the Programmable SMS Action for the Unified Phone
    // Experience (the tenant has not been read), not saved until edited.
    QCOMPARE(f.editor()->text(),
             HookTemplates::byId(QStringLiteral("custom-phone-provider-sms")).source);
    QVERIFY(!f.page->isModified());
    QVERIFY2(f.label("locationLabel").contains(QLatin1String("not saved")),
             qPrintable(f.label("locationLabel")));
    QVERIFY(!HookCodeStore::hasCode(SmsProfile));

    // With TWILIO_VERIFY_SERVICE_SID defined, the Verify template.
    SandboxProfileJob *job
        = SandboxProfile::ensure(f.profiles.get(), f.secrets.get(), f.sandbox->baseUrl());
    QSignalSpy done(job, &SandboxProfileJob::finished);
    QVERIFY(done.wait(Timeout));
    QVERIFY2(!job->failed(), qPrintable(job->error()));
    f.page->setProfile(SandboxProfile::name());
    QCOMPARE(f.page->profileName(), SandboxProfile::name());
    QCOMPARE(f.editor()->text(),
             HookTemplates::byId(QStringLiteral("custom-phone-provider-verify")).source);
    QVERIFY(!f.page->isModified());
    // The Sandbox profile also defines TWILIO_PHONE_NUMBER, which a Verify Action does not read
    // but the Run page sends from: no warning out of the box, no advice to remove it.
    QTRY_COMPARE_WITH_TIMEOUT(f.label("lintCaptionLabel"), QStringLiteral("Problems: none"),
                              Timeout);
    auto *problems = f.page->findChild<QTreeWidget *>(QStringLiteral("lintTreeWidget"));
    QCOMPARE(problems->topLevelItemCount(), 0);

    // Once the tenant is read, an untouched starting template follows its trigger.
    f.page->setTenantTarget(
        SandboxProfile::name(),
        {QStringLiteral("send-phone-message"), QStringLiteral("node22"), QStringLiteral("5.5.2")});
    QCOMPARE(f.editor()->text(),
             HookTemplates::byId(QStringLiteral("send-phone-message-verify")).source);
    QVERIFY(!f.page->isModified());
    // Edited code is left alone.
    f.typeInEditor(0, QStringLiteral("// mine\n"));
    const QString edited = f.editor()->text();
    f.page->setTenantTarget(SandboxProfile::name(),
                            {QStringLiteral("custom-phone-provider"), QStringLiteral("node22"),
                             QStringLiteral("5.5.2")});
    QCOMPARE(f.editor()->text(), edited);
}

void TestHookPageGui::templateEditLintRunAndSave()
{
    Fixture f;
    f.setUp();
    QSignalSpy modified(f.page.get(), &HookPage::modifiedChanged);

    // Start from the Verify template, then load Programmable SMS from the template menu.
    f.chooseTemplate("actionVerifyTemplate");
    QVERIFY(f.page->isModified()); // a template replaces the profile's code: unsaved
    QCOMPARE(modified.size(), 1);
    QCOMPARE(modified.constLast().at(0).toBool(), true);
    QVERIFY(f.label("titleLabel").endsWith(QStringLiteral("\u2022")));
    f.chooseTemplate("actionProgrammableSmsTemplate");
    // Unsaved edits: the page asks before replacing them.
    f.answer(QMessageBox::Discard);
    QCOMPARE(f.editor()->text(), HookTemplates::byId(QStringLiteral("programmable-sms")).source);
    QTRY_COMPARE_WITH_TIMEOUT(f.label("lintCaptionLabel"), QStringLiteral("Problems: none"),
                              Timeout);
    QCOMPARE(f.problems()->topLevelItemCount(), 0);

    // Edit it in the editor: a console.log line in the handler is fine.
    const int handler = f.lineOf(QStringLiteral("module.exports"));
    QVERIFY(handler >= 0);
    f.typeInEditor(handler + 1, QStringLiteral("console.log('hook for ' + recipient);\n"));
    QVERIFY(f.editor()->text().contains(QLatin1String("console.log('hook for ' + recipient);")));

    // A mistake: Auth0 runs the code as one file, so it cannot require a file beside it.
    const int mistake = handler + 2;
    f.typeInEditor(mistake, QStringLiteral("const util = require('./util');\n"));
    QTRY_VERIFY_WITH_TIMEOUT(f.listed().contains(QStringLiteral("%1 require").arg(mistake + 1)),
                             Timeout);
    QVERIFY2(f.label("lintCaptionLabel").startsWith(QLatin1String("Problems: 1 error")),
             qPrintable(f.label("lintCaptionLabel")));
    QTreeWidgetItem *item = f.problems()->topLevelItem(0);
    QVERIFY(item->text(1).contains(QLatin1String("./util")));
    QVERIFY(!item->text(2).isEmpty()); // the fix
    QCOMPARE(f.editor()->markedLines(LintIssue::Severity::Error), QList<int> {mistake + 1});
    // Clicking the issue puts the cursor on its line.
    f.editor()->setCursorPosition(0, 0);
    QTest::mouseClick(f.problems()->viewport(), Qt::LeftButton, {},
                      f.problems()->visualItemRect(item).center());
    int line = -1;
    int index = -1;
    f.editor()->getCursorPosition(&line, &index);
    QCOMPARE(line, mistake);
    f.screenshot(QStringLiteral("hook-page-lint"));

    // Fixed: the line goes, and so does the issue.
    f.editor()->setSelection(mistake, 0, mistake + 1, 0);
    QTest::keyClick(f.editor(), Qt::Key_Delete);
    QTRY_COMPARE_WITH_TIMEOUT(f.label("lintCaptionLabel"), QStringLiteral("Problems: none"),
                              Timeout);
    QVERIFY(f.editor()->markedLines(LintIssue::Severity::Error).isEmpty());

    // Run it against the sandbox.
    QVERIFY(!f.runButton()->isEnabled()); // no recipient yet
    QVERIFY(f.label("runHintLabel").startsWith(QLatin1String("Recipient:")));
    f.typeRecipient(Recipient);
    QVERIFY(f.runButton()->isEnabled());
    QSignalSpy finished(f.page.get(), &HookPage::runFinished);
    QTest::mouseClick(f.runButton(), Qt::LeftButton);
    QVERIFY(f.page->isRunning());
    QVERIFY(!f.runButton()->isEnabled());
    QVERIFY(finished.wait(Timeout));
    QCOMPARE(finished.constFirst().at(0).toBool(), true);
    const QString out = f.output();
    QVERIFY2(out.contains(QLatin1String("Success: cb(null, {")), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("console.log: hook for %1").arg(Recipient)),
             qPrintable(out));
    const QRegularExpression request(
        QStringLiteral("Twilio: POST \\S+/Messages\\.json → 201 (SM[0-9a-f]{32})"));
    const QRegularExpressionMatch match = request.match(out);
    QVERIFY2(match.hasMatch(), qPrintable(out));
    // The outcome in words, never its stable name.
    QVERIFY2(!out.contains(QLatin1String("outcome success")), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("\"sid\":\"%1\"").arg(match.captured(1))),
             qPrintable(out));
    QVERIFY2(QRegularExpression(QStringLiteral("\\d+ ms")).match(out).hasMatch(), qPrintable(out));
    // Secrets never shown.
    QVERIFY(!out.contains(SandboxProfile::secrets().value(SecretNames::AuthToken)));
    QVERIFY(f.runButton()->isEnabled());
    QVERIFY(f.label("runHintLabel").startsWith(QLatin1String("Succeeded")));
    QCOMPARE(f.sandbox->requestCount(QStringLiteral("POST"), QStringLiteral("*/Messages.json")), 1);
    f.screenshot(QStringLiteral("hook-page-run"));

    // The delivery log has the row, marked as sent by the hook.
    const QString sid = match.captured(1);
    LogFilter filter;
    filter.source = Attempt::Source::Hook;
    auto hookRows = [&] {
        auto answer = std::make_shared<std::optional<QList<Attempt>>>();
        f.log->query(filter, 0, f.page.get(),
                     [answer](const QList<Attempt> &found, const QString &) { *answer = found; });
        return QTest::qWaitFor([answer] { return answer->has_value(); }, Timeout)
            ? **answer
            : QList<Attempt>();
    };
    QList<Attempt> rows;
    // Written by the log's own thread: it may land a moment after the run's answer.
    QTRY_VERIFY_WITH_TIMEOUT((rows = hookRows()).size() == 1 && rows.constFirst().sid == sid,
                             Timeout);
    QCOMPARE(rows.constFirst().to, Recipient);
    QCOMPARE(rows.constFirst().profile, SmsProfile);

    // Ctrl+S keeps the code for the profile.
    const QString code = f.editor()->text();
    f.editor()->setFocus();
    QTest::keyClick(f.editor(), Qt::Key_S, Qt::ControlModifier);
    QVERIFY(!f.page->isModified());
    QCOMPARE(modified.constLast().at(0).toBool(), false);
    QCOMPARE(HookCodeStore::load(SmsProfile), code);
    QVERIFY2(f.label("locationLabel").startsWith(QLatin1String("Saved for profile")),
             qPrintable(f.label("locationLabel")));
    QVERIFY(!f.label("titleLabel").endsWith(QStringLiteral("\u2022")));
}

void TestHookPageGui::runawayScriptTimesOutAndPageStaysUsable()
{
    Fixture f;
    f.setUp();
    f.editor()->setText(QStringLiteral(
        "module.exports = function (recipient, text, context, cb) {\n  while (true) {}\n};\n"));
    f.child<QSpinBox>("timeLimitSpinBox")->setValue(1);
    f.typeRecipient(Recipient);
    QSignalSpy finished(f.page.get(), &HookPage::runFinished);
    QElapsedTimer timer;
    timer.start();
    QTest::mouseClick(f.runButton(), Qt::LeftButton);
    // The page answers while the script spins: typing still edits the text field.
    QTRY_VERIFY_WITH_TIMEOUT(f.label("runHintLabel").startsWith(QLatin1String("Running")), Timeout);
    auto *text = f.child<QLineEdit>("textLineEdit");
    text->selectAll();
    QTest::keyClicks(text, QStringLiteral("typed while running"));
    QCOMPARE(text->text(), QStringLiteral("typed while running"));
    QVERIFY(finished.wait(Timeout));
    QVERIFY2(timer.elapsed() < 8000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(finished.constFirst().at(0).toBool(), false);
    QVERIFY2(f.output().contains(QLatin1String("Stopped at the time limit")),
             qPrintable(f.output()));
    QVERIFY2(!f.output().contains(QLatin1String("timed-out")), qPrintable(f.output()));

    // Usable again: a correct hook runs next.
    f.editor()->setText(QStringLiteral("module.exports = function (recipient, text, context, cb) "
                                       "{\n  cb(null, { ok: true });\n};\n"));
    QVERIFY(f.runButton()->isEnabled());
    QTest::mouseClick(f.runButton(), Qt::LeftButton);
    QVERIFY(finished.wait(Timeout));
    QCOMPARE(finished.constLast().at(0).toBool(), true);
    QVERIFY2(f.output().contains(QLatin1String("Success: cb(null, {\"ok\":true})")),
             qPrintable(f.output()));
}

void TestHookPageGui::stopEndsRun()
{
    Fixture f;
    f.setUp();
    f.editor()->setText(QStringLiteral(
        "module.exports = function (recipient, text, context, cb) {\n  while (true) {}\n};\n"));
    f.typeRecipient(Recipient);
    QSignalSpy finished(f.page.get(), &HookPage::runFinished);
    QTest::mouseClick(f.runButton(), Qt::LeftButton);
    auto *stop = f.child<QPushButton>("stopPushButton");
    QVERIFY(stop->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(f.label("runHintLabel").startsWith(QLatin1String("Running")), Timeout);
    QTest::mouseClick(stop, Qt::LeftButton);
    QElapsedTimer timer;
    timer.start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, Timeout);
    QVERIFY2(timer.elapsed() < 5000,
             qPrintable(QString::number(timer.elapsed()))); // not the 20 s limit
    QVERIFY2(f.output().contains(QLatin1String("Stopped")), qPrintable(f.output()));
    QVERIFY(!stop->isEnabled());
    QVERIFY(f.runButton()->isEnabled());
}

void TestHookPageGui::runButtonStaysPut_data()
{
    // The page's room in the window at its default size and at 1024x700 (minus the sidebar).
    QTest::addColumn<QSize>("size");
    QTest::newRow("default window") << QSize(1000, 700);
    QTest::newRow("1024x700 window") << QSize(844, 660);
}

void TestHookPageGui::runButtonStaysPut()
{
    // The status line under Run changes (a reason, ready, running, the outcome): Run stays put.
    QFETCH(QSize, size);
    Fixture f;
    f.setUp();
    f.page->resize(size);
    QTRY_COMPARE(f.page->size(), size);
    const auto y = [&] { return f.runButton()->mapTo(f.page.get(), QPoint(0, 0)).y(); };
    QTRY_VERIFY(f.label("runHintLabel").startsWith(QLatin1String("Recipient:")));
    const int start = y();
    QList<int> seen {start};
    f.typeRecipient(Recipient);
    QTRY_VERIFY(f.label("runHintLabel").startsWith(QLatin1String("Ready")));
    seen << y();
    QSignalSpy finished(f.page.get(), &HookPage::runFinished);
    QTest::mouseClick(f.runButton(), Qt::LeftButton);
    QTRY_VERIFY2(f.label("runHintLabel").contains(QStringLiteral("…")),
                 qPrintable(f.label("runHintLabel")));
    seen << y();
    QVERIFY(finished.wait(Timeout));
    QCoreApplication::processEvents();
    seen << y();
    f.typeRecipient(QStringLiteral("+1415"));
    QTRY_VERIFY(f.label("runHintLabel").startsWith(QLatin1String("Recipient:")));
    seen << y();
    QCOMPARE(seen, QList<int>(seen.size(), start));
}

void TestHookPageGui::contextJsonIsCheckedAsTyped()
{
    Fixture f;
    f.setUp();
    f.chooseTemplate("actionProgrammableSmsTemplate"); // a legacy hook
    f.typeRecipient(Recipient);
    QVERIFY(f.runButton()->isEnabled());
    auto *context = f.child<QPlainTextEdit>("contextPlainTextEdit");
    // Prefilled with Auth0's sample; the text is composed from its code.
    const QJsonObject sample = HookRunner::sampleContext();
    QCOMPARE(QJsonDocument::fromJson(context->toPlainText().toUtf8()).object(), sample);
    auto *text = f.child<QLineEdit>("textLineEdit");
    QVERIFY2(text->text().startsWith(sample.value(QStringLiteral("code")).toString()),
             qPrintable(text->text()));

    // Broken JSON: the status names the line and column, and Run is off with the reason.
    context->setPlainText(QStringLiteral("{\n  \"code\": \"123456\",\n  oops\n}"));
    QVERIFY2(f.label("contextStatusLabel").startsWith(QLatin1String("line 3, column")),
             qPrintable(f.label("contextStatusLabel")));
    QVERIFY(!f.runButton()->isEnabled());
    QVERIFY(f.label("runHintLabel").startsWith(QLatin1String("Context: line 3")));

    // A JSON array is not a context.
    context->setPlainText(QStringLiteral("[1, 2]"));
    QVERIFY(!f.runButton()->isEnabled());
    QVERIFY(f.label("contextStatusLabel").contains(QLatin1String("object")));

    // Fixed: Run comes back, and the text follows the new code.
    context->setPlainText(QStringLiteral(
        "{\"code\": \"246810\", \"action\": \"authentication\", \"name\": \"Acme\"}"));
    QVERIFY(f.runButton()->isEnabled());
    QCOMPARE(text->text(), QStringLiteral("246810 is your verification code for Acme"));
    // The run passes that context: the hook sees context.code.
    f.editor()->setText(QStringLiteral("module.exports = function (recipient, text, context, cb) "
                                       "{\n  cb(null, { code: context.code, text: text });\n};\n"));
    QSignalSpy finished(f.page.get(), &HookPage::runFinished);
    QTest::mouseClick(f.runButton(), Qt::LeftButton);
    QVERIFY(finished.wait(Timeout));
    QVERIFY2(f.output().contains(QLatin1String(
                 "{\"code\":\"246810\",\"text\":\"246810 is your verification code for Acme\"}")),
             qPrintable(f.output()));
}

void TestHookPageGui::actionRunsWithTheEventEditor()
{
    Fixture f;
    f.setUp();
    f.chooseTemplate("actionProgrammableSmsTemplate"); // a legacy hook
    auto *event = f.child<QPlainTextEdit>("eventPlainTextEdit");
    auto *context = f.child<QPlainTextEdit>("contextPlainTextEdit");
    QVERIFY(context->isVisible()); // the profile's code is a hook
    QVERIFY(!event->isVisible());

    // An Action: the event editor replaces the context editor, seeded for its trigger.
    f.editor()->setText(QStringLiteral(
        "exports.onExecuteCustomPhoneProvider = async (event, api) => {\n"
        "  const s = event.secrets;\n"
        "  const client = require('twilio')(s.TWILIO_ACCOUNT_SID, s.TWILIO_AUTH_TOKEN);\n"
        "  const m = await client.messages.create({ to: event.notification.recipient,\n"
        "    from: s.TWILIO_PHONE_NUMBER, body: event.notification.as_text });\n"
        "  console.log('code', event.notification.code);\n"
        "  return m.sid;\n};\n"));
    QTRY_VERIFY_WITH_TIMEOUT(event->isVisible(), Timeout);
    QVERIFY(!context->isVisible());
    QVERIFY2(f.label("runCaptionLabel").contains(QLatin1String("custom-phone-provider")),
             qPrintable(f.label("runCaptionLabel")));
    // The event follows the form while it is not edited.
    f.typeRecipient(Recipient);
    QJsonObject built = QJsonDocument::fromJson(event->toPlainText().toUtf8()).object();
    QJsonObject notification = built.value(QStringLiteral("notification")).toObject();
    QCOMPARE(notification.value(QStringLiteral("recipient")).toString(), Recipient);
    QCOMPARE(notification.value(QStringLiteral("as_text")).toString(),
             f.child<QLineEdit>("textLineEdit")->text());

    // Broken JSON stops Run, with the place.
    event->setPlainText(QStringLiteral("{ \"notification\": "));
    QVERIFY(!f.runButton()->isEnabled());
    QVERIFY2(f.label("runHintLabel").startsWith(QLatin1String("Event: line 1")),
             qPrintable(f.label("runHintLabel")));

    // Edited: kept as it is, even when the form changes, and what the code gets.
    notification.insert(QStringLiteral("code"), QStringLiteral("424242"));
    built.insert(QStringLiteral("notification"), notification);
    event->setPlainText(QString::fromUtf8(QJsonDocument(built).toJson()));
    QVERIFY(f.label("eventStatusLabel").startsWith(QLatin1String("edited")));
    f.child<QLineEdit>("textLineEdit")->setText(QStringLiteral("changed text"));
    QVERIFY(event->toPlainText().contains(QLatin1String("424242")));
    QVERIFY(f.runButton()->isEnabled());
    QSignalSpy finished(f.page.get(), &HookPage::runFinished);
    QTest::mouseClick(f.runButton(), Qt::LeftButton);
    QVERIFY(finished.wait(Timeout));
    const QString out = f.output();
    QCOMPARE(finished.constFirst().at(0).toBool(), true);
    QVERIFY2(out.contains(QLatin1String("Success: the Action finished (it returned \"SM")),
             qPrintable(out));
    QVERIFY2(out.contains(QLatin1String("console.log: code 424242")), qPrintable(out));
    QVERIFY(!out.contains(SandboxProfile::secrets().value(SecretNames::AuthToken)));

    // In the delivery log as sent by an Action.
    LogFilter filter;
    filter.source = Attempt::Source::Action;
    auto rows = [&] {
        auto answer = std::make_shared<std::optional<QList<Attempt>>>();
        f.log->query(filter, 0, f.page.get(),
                     [answer](const QList<Attempt> &found, const QString &) { *answer = found; });
        return QTest::qWaitFor([answer] { return answer->has_value(); }, Timeout)
            ? **answer
            : QList<Attempt>();
    };
    QTRY_VERIFY_WITH_TIMEOUT(rows().size() == 1, Timeout);
    f.screenshot(QStringLiteral("hook-page-action-run"));

    // "From form" builds the event again.
    QTest::mouseClick(f.child<QToolButton>("resetEventToolButton"), Qt::LeftButton);
    QVERIFY(!event->toPlainText().contains(QLatin1String("424242")));
    QVERIFY(event->toPlainText().contains(QLatin1String("changed text")));
}

void TestHookPageGui::modulesFolderIsKeptPerProfile()
{
    Fixture f;
    f.setUp();
    f.typeRecipient(Recipient);
    auto *modules = f.child<QLineEdit>("modulesLineEdit");
    QVERIFY(modules->text().isEmpty());
    // A folder that is not there: Run waits, and says why.
    modules->setText(f.dir.filePath(QStringLiteral("missing")));
    QVERIFY(!f.runButton()->isEnabled());
    QVERIFY(f.label("runHintLabel").startsWith(QLatin1String("Modules:")));
    // A real one, with a package in it: kept for the profile, and the code finds the package.
    QVERIFY(QDir(f.dir.path()).mkpath(QStringLiteral("mods/node_modules/shout")));
    QFile index(f.dir.filePath(QStringLiteral("mods/node_modules/shout/index.js")));
    QVERIFY(index.open(QIODevice::WriteOnly));
    index.write("module.exports = (s) => s.toUpperCase();\n");
    index.close();
    modules->setFocus();
    modules->selectAll();
    QTest::keyClicks(modules, f.dir.filePath(QStringLiteral("mods")));
    QTest::keyClick(modules, Qt::Key_Return);
    QVERIFY(f.runButton()->isEnabled());
    QCOMPARE(f.profiles->profileValue(SmsProfile, HookRunner::modulesDirKey()).toString(),
             f.dir.filePath(QStringLiteral("mods")));
    f.editor()->setText(QStringLiteral("module.exports = function (recipient, text, context, cb) "
                                       "{\n  cb(null, require('shout')('hi'));\n};\n"));
    QSignalSpy finished(f.page.get(), &HookPage::runFinished);
    QTest::mouseClick(f.runButton(), Qt::LeftButton);
    QVERIFY(finished.wait(Timeout));
    QVERIFY2(f.output().contains(QLatin1String("Success: cb(null, \"HI\")")),
             qPrintable(f.output()));
}

void TestHookPageGui::problemsAreShownWhole()
{
    // In a page as narrow as a 1024x700 window leaves it, each problem and its fix are shown
    // whole, wrapped in their columns, never cut off with "...".
    Fixture f;
    f.setUp();
    f.page->resize(1024 - 180, 640);
    f.editor()->setText(QStringLiteral(
        "module.exports = function (recipient, text, context, cb) {\n"
        "  const sid = context.webtask.secrets.A_SECRET_THE_PROFILE_DOES_NOT_DEFINE;\n"
        "  cb(null, {});\n};\n"));
    QTRY_VERIFY(f.problems()->topLevelItemCount() > 0);
    QTreeWidget *list = f.problems();
    QCOMPARE(list->textElideMode(), Qt::ElideNone);
    bool wrapped = false;
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = list->topLevelItem(i);
        for (int column = 1; column < list->columnCount(); ++column) {
            const QRect needed = list->fontMetrics().boundingRect(
                QRect(0, 0, list->columnWidth(column) - 8, 10000), Qt::TextWordWrap,
                item->text(column));
            QTRY_VERIFY2(list->visualItemRect(item).height() >= needed.height(),
                         qPrintable(item->text(column)));
            wrapped = wrapped || needed.height() > list->fontMetrics().height();
        }
    }
    QVERIFY(wrapped); // the fix for an undefined secret is longer than its column
}

void TestHookPageGui::findAndReplace()
{
    Fixture f;
    f.setUp();
    HookEditor *editor = f.editor();
    editor->setText(QStringLiteral("var a = 1;\nvar b = a + a;\n"));
    auto *bar = f.child<QFrame>("findFrame");
    QVERIFY(!bar->isVisible());
    editor->setFocus();
    editor->setCursorPosition(0, 0);
    QTest::keyClick(editor, Qt::Key_F, Qt::ControlModifier);
    QVERIFY(bar->isVisible());
    QVERIFY(!f.child<QLineEdit>("replaceLineEdit")->isVisible());
    auto *findEdit = f.child<QLineEdit>("findLineEdit");
    QVERIFY(findEdit->hasFocus());
    QTest::keyClicks(findEdit, QStringLiteral("a"));
    // Found as typed, then F3 moves on.
    int line = 0;
    int from = 0;
    int lineTo = 0;
    int to = 0;
    editor->getSelection(&line, &from, &lineTo, &to);
    QCOMPARE(QList<int>({line, from, to}), QList<int>({0, 1, 2})); // "var" holds the first a
    QTest::keyClick(findEdit, Qt::Key_F3);
    editor->getSelection(&line, &from, &lineTo, &to);
    QCOMPARE(QList<int>({line, from}), QList<int>({0, 4}));
    QTest::keyClick(findEdit, Qt::Key_F3, Qt::ShiftModifier);
    editor->getSelection(&line, &from, &lineTo, &to);
    QCOMPARE(QList<int>({line, from}), QList<int>({0, 1}));

    // Whole words only, then replace them all in one undoable step.
    QTest::keyClick(findEdit, Qt::Key_H, Qt::ControlModifier);
    auto *replace = f.child<QLineEdit>("replaceLineEdit");
    QVERIFY(replace->isVisible());
    QTest::mouseClick(f.child<QCheckBox>("wholeWordsCheckBox"), Qt::LeftButton);
    QTest::keyClicks(replace, QStringLiteral("count"));
    QTest::mouseClick(f.child<QToolButton>("replaceAllToolButton"), Qt::LeftButton);
    QCOMPARE(editor->text(), QStringLiteral("var count = 1;\nvar b = count + count;\n"));
    QCOMPARE(f.label("findStatusLabel"), QStringLiteral("3 replaced"));
    editor->undo();
    QCOMPARE(editor->text(), QStringLiteral("var a = 1;\nvar b = a + a;\n"));

    // Not found is said; Esc closes the bar.
    findEdit->setText(QStringLiteral("zzz"));
    QTest::keyClick(findEdit, Qt::Key_Return);
    QCOMPARE(f.label("findStatusLabel"), QStringLiteral("Not found"));
    QTest::keyClick(findEdit, Qt::Key_Escape);
    QVERIFY(!bar->isVisible());
}

void TestHookPageGui::openAndSaveFile()
{
    Fixture f;
    f.setUp();
    const QString path = f.dir.filePath(QStringLiteral("hook.js"));
    const QString source = QStringLiteral(
        "module.exports = function (recipient, text, context, cb) {\n  cb(null, {});\n};\n");
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(source.toUtf8());
    }
    QTest::keyClick(f.editor(), Qt::Key_O, Qt::ControlModifier);
    QFileDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = f.page->findChild<QFileDialog *>(QStringLiteral("openFileDialog")))
                && dialog->isVisible());
    Q_EMIT dialog->fileSelected(path); // as the dialog does when the user picks the file
    dialog->close();
    QCOMPARE(f.editor()->text(), source);
    QVERIFY(f.page->isModified()); // not the profile's code yet
    QCOMPARE(f.label("titleLabel"), QStringLiteral("hook.js \u2022"));
    QCOMPARE(f.page->filePath(), path);

    // Save writes both the profile's copy and the file.
    f.typeInEditor(1, QStringLiteral("// edited\n"));
    QTest::keyClick(f.editor(), Qt::Key_S, Qt::ControlModifier);
    QVERIFY(!f.page->isModified());
    const QString edited = f.editor()->text();
    QVERIFY(edited.contains(QLatin1String("// edited")));
    QCOMPARE(HookCodeStore::load(SmsProfile), edited);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(file.readAll()), edited);
    QVERIFY2(f.label("locationLabel").contains(QDir::toNativeSeparators(path)),
             qPrintable(f.label("locationLabel")));
}

void TestHookPageGui::switchingProfileOverUnsavedEditsAsks()
{
    Fixture f;
    f.setUp();
    Profile other;
    other.name = QStringLiteral("Other");
    f.profiles->save(other);

    f.typeInEditor(0, QStringLiteral("// mine\n"));
    QVERIFY(f.page->isModified());
    const QString edited = f.editor()->text();

    // Cancel keeps the edits, and the page says whose code it is.
    f.page->setProfile(other.name);
    f.answer(QMessageBox::Cancel);
    QCOMPARE(f.page->profileName(), SmsProfile);
    QCOMPARE(f.editor()->text(), edited);
    QVERIFY(f.child<QFrame>("hookNoticeFrame")->isVisible());
    QVERIFY(f.label("hookNoticeLabel").contains(other.name));

    // Discard: the other profile's code (none yet: its template).
    QTest::mouseClick(f.child<QPushButton>("loadProfileCodePushButton"), Qt::LeftButton);
    f.answer(QMessageBox::Discard);
    QCOMPARE(f.page->profileName(), other.name);
    QVERIFY(!f.page->isModified());
    QVERIFY(!f.child<QFrame>("hookNoticeFrame")->isVisible());
    QCOMPARE(f.editor()->text(),
             HookTemplates::byId(QStringLiteral("custom-phone-provider-sms")).source);
    QVERIFY(!HookCodeStore::hasCode(SmsProfile));

    // Save: kept for the profile being left, then the next one is shown.
    f.typeInEditor(0, QStringLiteral("// other's\n"));
    const QString othersCode = f.editor()->text();
    f.page->setProfile(SmsProfile);
    f.answer(QMessageBox::Save);
    QCOMPARE(f.page->profileName(), SmsProfile);
    QCOMPARE(HookCodeStore::load(other.name), othersCode);
    QCOMPARE(f.editor()->text(),
             HookTemplates::byId(QStringLiteral("custom-phone-provider-sms")).source);

    // Leaving the page (closing the window) asks too.
    f.typeInEditor(0, QStringLiteral("// unsaved\n"));
    bool proceeded = false;
    QVERIFY(!f.page->requestLeave([&] { proceeded = true; }));
    f.answer(QMessageBox::Discard);
    QVERIFY(proceeded);
    QVERIFY(f.page->requestLeave([] {}));
}

void TestHookPageGui::followsDarkPalette()
{
    Fixture f;
    f.setUp();
    f.chooseTemplate("actionProgrammableSmsTemplate"); // a legacy hook
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, QColor(0xe0, 0xe0, 0xe0));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    dark.setColor(QPalette::ButtonText, QColor(0xe0, 0xe0, 0xe0));
    dark.setColor(QPalette::PlaceholderText, QColor(0x90, 0x90, 0x90));
    f.page->setPalette(dark);
    f.editor()->setText(f.editor()->text() + QStringLiteral("const u = require('./util');\n"));
    QTRY_VERIFY_WITH_TIMEOUT(f.problems()->topLevelItemCount() > 0, Timeout);

    // The text area is painted in the palette's base colour, and every style of the lexer is
    // readable on it (a contrast of at least 4.5:1, as WCAG asks of text).
    QsciLexer *lexer = f.editor()->lexer();
    QCOMPARE(lexer->paper(QsciLexerJavaScript::Default), dark.color(QPalette::Base));
    auto luminance = [](const QColor &c) {
        auto channel = [](float v) {
            return v <= 0.03928f ? v / 12.92f : std::pow((v + 0.055f) / 1.055f, 2.4f);
        };
        return 0.2126f * channel(c.redF()) + 0.7152f * channel(c.greenF())
            + 0.0722f * channel(c.blueF());
    };
    for (int style : {QsciLexerJavaScript::Default, QsciLexerJavaScript::Comment,
                      QsciLexerJavaScript::Keyword, QsciLexerJavaScript::Number,
                      QsciLexerJavaScript::SingleQuotedString, QsciLexerJavaScript::Identifier}) {
        const float a = luminance(lexer->color(style));
        const float b = luminance(lexer->paper(style));
        const float contrast = (qMax(a, b) + 0.05f) / (qMin(a, b) + 0.05f);
        QVERIFY2(contrast >= 4.5f,
                 qPrintable(QStringLiteral("style %1: %2").arg(style).arg(contrast)));
    }
    f.screenshot(QStringLiteral("hook-page-dark"));
}

QTEST_MAIN(TestHookPageGui)
#include "TestHookPageGui.moc"
