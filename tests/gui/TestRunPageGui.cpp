#include "AppInfo.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "Tones.h"
#include "Translations.h"
#include "log/DeliveryLog.h"
#include "phone/PhoneNumber.h"
#include "profile/ProfileStore.h"
#include "run/RunPage.h"
#include "sandbox/Auth0SandboxFixtures.h"
#include "sandbox/SandboxProfile.h"
#include "sandbox/TwilioSandbox.h"
#include "secrets/SecretRules.h"
#include "secrets/SecretStore.h"
#include "secrets/SecretsPage.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QFrame>
#include <QGuiApplication>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStyle>
#include <QTcpServer>
#include <QTest>
#include <QTextBrowser>

#include <cmath>
#include <memory>

namespace {

constexpr int Timeout = 15000;
const QString SandboxName = QStringLiteral("Sandbox");
const QString SandboxFrom = QStringLiteral("+15005550006");

// One console as main() builds it, started on the built-in sandbox.
struct Console
{
    std::unique_ptr<ProfileStore> profiles = std::make_unique<ProfileStore>();
    std::unique_ptr<SecretStore> secrets = std::make_unique<SecretStore>(profiles.get());
    // Under the temporary HOME, as main() makes it: before the window, outliving it.
    std::unique_ptr<DeliveryLog> log = std::make_unique<DeliveryLog>();
    std::unique_ptr<MainWindow> window;

    ~Console()
    {
        window.reset(); // before the stores it uses
        // Let keychain work still under way finish first: QtKeychain's libsecret backend calls
        // back into a job deleted under it (the store owns its jobs).
        const bool settled = QTest::qWaitFor(
            [this] {
                return secrets->findChildren<QObject *>(QString(), Qt::FindDirectChildrenOnly)
                    .isEmpty();
            },
            Timeout);
        if (!settled)
            qWarning("keychain work still under way when the console closed");
        secrets.reset();
        profiles->sync();
    }

    void open()
    {
        window = std::make_unique<MainWindow>(profiles.get(), secrets.get(), log.get());
        log->open();
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    }

    // Opens the console as the application does, waits for the sandbox profile to be ready and
    // shows the Run page. timeScale speeds the sandbox up for messages created afterwards.
    void openOnSandbox(double timeScale = 0.05)
    {
        open();
        window->startBuiltInSandbox();
        QTRY_VERIFY_WITH_TIMEOUT(window->builtInSandbox() != nullptr
                                     && window->builtInSandbox()->isListening(),
                                 Timeout);
        window->builtInSandbox()->setTimeScale(timeScale);
        QTRY_COMPARE_WITH_TIMEOUT(window->secretsPage()->currentProfile(), SandboxName, Timeout);
        showRunPage();
        QTRY_COMPARE_WITH_TIMEOUT(label("fromLabel")->text(), SandboxFrom, Timeout);
    }

    void showRunPage() const
    {
        auto *navigation = child<QListWidget>("navigationListWidget");
        const QList<QListWidgetItem *> items
            = navigation->findItems(QStringLiteral("Run"), Qt::MatchExactly);
        QCOMPARE(items.size(), 1);
        QTest::mouseClick(navigation->viewport(), Qt::LeftButton, {},
                          navigation->visualItemRect(items.constFirst()).center());
        QTRY_COMPARE(window->currentPage(), static_cast<QWidget *>(window->runPage()));
    }

    template<typename T> T *child(const char *name) const
    {
        T *widget = window->findChild<T *>(QLatin1String(name));
        if (!widget)
            qWarning("no child %s", name);
        return widget;
    }
    QLabel *label(const char *name) const { return child<QLabel>(name); }
    QLineEdit *toEdit() const { return child<QLineEdit>("toLineEdit"); }
    QLineEdit *codeEdit() const { return child<QLineEdit>("codeLineEdit"); }
    QPlainTextEdit *bodyEdit() const { return child<QPlainTextEdit>("bodyPlainTextEdit"); }
    QPushButton *sendButton() const { return child<QPushButton>("sendPushButton"); }
    QPushButton *cancelButton() const { return child<QPushButton>("cancelPushButton"); }
    QListWidget *timeline() const { return child<QListWidget>("timelineListWidget"); }
    QTextBrowser *explanation() const { return child<QTextBrowser>("explanationTextBrowser"); }
    QString outcome() const { return label("outcomeLabel")->text(); }

    void typeTo(const QString &number) const
    {
        QLineEdit *edit = toEdit();
        edit->setFocus();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Backspace);
        QTest::keyClicks(edit, number);
        QCOMPARE(edit->text(), number);
    }

    void typeBody(const QString &text) const
    {
        QPlainTextEdit *edit = bodyEdit();
        edit->setFocus();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Backspace);
        for (const QChar ch : text) {
            if (ch.unicode() < 0x80) {
                QTest::keyClicks(edit, QString(ch));
            } else {
                commitText(edit, QString(ch)); // as an input method or a compose key would
            }
        }
        QCOMPARE(edit->toPlainText(), text);
    }

    // Text that no key of a US keyboard types: committed by the input method (emoji picker,
    // compose key).
    static void commitText(QWidget *widget, const QString &text)
    {
        QInputMethodEvent commit;
        commit.setCommitString(text);
        QCoreApplication::sendEvent(widget, &commit);
    }

    QStringList timelineStatuses() const
    {
        QStringList statuses;
        for (int i = 0; i < timeline()->count(); ++i)
            statuses << timeline()->item(i)->data(Qt::UserRole).toString();
        return statuses;
    }

    bool sending() const { return cancelButton()->isVisible(); }

    void screenshot(const QString &name) const { GuiTestSupport::screenshot(window.get(), name); }
};

} // namespace

class TestRunPageGui : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();

    void startsOnBuiltInSandbox();
    void sandboxProfileDoesNotTakeOverAnotherProfile();
    void sendFollowsDeliveryToDelivered();
    void invalidNumberBlocksSendWithReason();
    void landlineShowsWarning();
    void rejectedRecipientShowsTwilioExplanation();
    void unreachableTwilioIsNotARejection();
    void judgingColoursReadInLightAndDark();
    void undeliveredShowsCodeAndExplanation();
    void segmentCounterSwitchesToUcs2OnEmoji();
    void textComposedFromAuth0Context();
    void verifySendsCodeAsCustomCode();
    void cancelStopsFollowingDelivery();
    void lockedKeychainIsExplained(); // last: leaves the keyring locked
};

void TestRunPageGui::initTestCase()
{
    // Never touch a real user's settings or keyring.
    if (!qEnvironmentVariable("HOME").contains(QLatin1String("smshook-keyring")))
        QSKIP("run inside scripts/with-keyring.sh (ctest does)");
    AppInfo::initialise(*QCoreApplication::instance());
    // As main() does: the English catalogue holds the plural forms ("1 segment").
    Translations::install(*QCoreApplication::instance());
}

void TestRunPageGui::init()
{
    QSettings settings;
    settings.clear();
    settings.sync();
}

void TestRunPageGui::startsOnBuiltInSandbox()
{
    Console c;
    c.open();
    // Nothing is started before it is asked for: the window alone opens on an empty state.
    QVERIFY(!c.window->builtInSandbox());
    QCOMPARE(c.window->secretsPage()->currentProfile(), QString());

    c.window->startBuiltInSandbox();
    // Started from the event loop, after the first frame, never inside the call.
    QVERIFY(!c.window->builtInSandbox());
    QTRY_COMPARE_WITH_TIMEOUT(c.window->secretsPage()->currentProfile(), SandboxName, Timeout);
    TwilioSandbox *sandbox = c.window->builtInSandbox();
    QVERIFY(sandbox && sandbox->isListening());

    // The profile points at the running sandbox, and its secrets are in the keychain.
    const auto profile = c.profiles->load(SandboxName);
    QVERIFY(profile);
    QCOMPARE(profile->apiBaseUrl, sandbox->baseUrl());
    QCOMPARE(profile->verifyBaseUrl, sandbox->baseUrl());
    // Connected to the Auth0 simulator's Unified tenant, its client secret a console entry.
    QCOMPARE(profile->auth0.domain, Auth0SandboxFixtures::unifiedTenant().domain);
    QCOMPARE(profile->auth0.clientId, Auth0SandboxFixtures::fullClient().clientId);
    QCOMPARE(profile->auth0.baseUrl.host(), QStringLiteral("127.0.0.1"));
    QVERIFY(profile->auth0.baseUrl.port() > 0);
    QVERIFY(profile->consoleSecretNames.contains(SecretRules::auth0ClientSecretName()));
    QVERIFY(!profile->secretNames.contains(SecretRules::auth0ClientSecretName()));
    QCOMPARE(c.child<QComboBox>("profileComboBox")->currentText(), SandboxName);
    QTRY_VERIFY_WITH_TIMEOUT(
        c.label("sandboxStatusLabel")->text().contains(sandbox->baseUrl().toString()), Timeout);

    // The Run page shares the selection and reads From from the profile's secrets.
    c.showRunPage();
    QCOMPARE(c.label("profileNameLabel")->text(), SandboxName);
    QTRY_COMPARE_WITH_TIMEOUT(c.label("fromLabel")->text(), SandboxFrom, Timeout);
    QVERIFY(!c.child<QFrame>("noticeFrame")->isVisible());
    c.screenshot(QStringLiteral("run-page-ready"));
}

void TestRunPageGui::sandboxProfileDoesNotTakeOverAnotherProfile()
{
    Console c;
    Profile production;
    production.name = QStringLiteral("Production");
    c.profiles->save(production);
    c.open();
    c.window->startBuiltInSandbox();
    QTRY_VERIFY_WITH_TIMEOUT(c.profiles->contains(SandboxName), Timeout);
    auto *combo = c.child<QComboBox>("profileComboBox");
    QTRY_VERIFY_WITH_TIMEOUT(combo->findText(SandboxName) >= 0, Timeout);
    QCOMPARE(c.window->secretsPage()->currentProfile(), QStringLiteral("Production"));
    QCOMPARE(combo->currentText(), QStringLiteral("Production"));

    // Production has no secrets: the Run page says which are missing, and Send stays off.
    c.showRunPage();
    QTRY_VERIFY_WITH_TIMEOUT(c.child<QFrame>("noticeFrame")->isVisible(), Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(
        c.label("noticeLabel")->text().contains(QLatin1String("TWILIO_AUTH_TOKEN")), Timeout);
    c.typeTo(QStringLiteral("+14155552671"));
    QVERIFY(!c.sendButton()->isEnabled());
    QVERIFY2(c.label("sendHintLabel")->text().contains(QLatin1String("TWILIO_ACCOUNT_SID")),
             qPrintable(c.label("sendHintLabel")->text()));

    // Choosing the sandbox profile on the Secrets page makes it the Run page's too.
    combo->setCurrentIndex(combo->findText(SandboxName));
    QTRY_COMPARE_WITH_TIMEOUT(c.label("profileNameLabel")->text(), SandboxName, Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(c.label("fromLabel")->text(), SandboxFrom, Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(c.sendButton()->isEnabled(), Timeout);
}

void TestRunPageGui::sendFollowsDeliveryToDelivered()
{
    Console c;
    c.openOnSandbox();
    TwilioSandbox *sandbox = c.window->builtInSandbox();
    c.typeTo(QStringLiteral("+14155552671"));
    QVERIFY2(c.label("toInfoLabel")->text().startsWith(QStringLiteral("+14155552671 · ")),
             qPrintable(c.label("toInfoLabel")->text()));
    QTest::mouseClick(c.child<QPushButton>("generateCodePushButton"), Qt::LeftButton);
    const QString code = c.codeEdit()->text();
    QVERIFY(QRegularExpression(QStringLiteral("^[0-9]{6}$")).match(code).hasMatch());
    const QString body = c.bodyEdit()->toPlainText();
    QCOMPARE(body,
             code
                 + QStringLiteral(" is your verification code for My App. Please enter this code "
                                  "to verify your enrollment."));
    QTRY_VERIFY_WITH_TIMEOUT(c.sendButton()->isEnabled(), Timeout);

    QTest::mouseClick(c.sendButton(), Qt::LeftButton);
    QVERIFY(c.sending());
    QVERIFY(!c.sendButton()->isEnabled());
    QVERIFY(c.child<QFrame>("resultFrame")->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(c.outcome(), QStringLiteral("Delivered"), Timeout);
    QVERIFY(!c.sending());
    QVERIFY(c.sendButton()->isEnabled());

    // What went over the wire: one message, in E.164, with the body as shown.
    QCOMPARE(sandbox->requestCount(QStringLiteral("POST"), QStringLiteral("*/Messages.json")), 1);
    TwilioSandbox::LoggedRequest post;
    for (const auto &request : sandbox->requestLog()) {
        if (request.method == QLatin1String("POST"))
            post = request;
    }
    QCOMPARE(FormCodec::value(post.form, QStringLiteral("To")), QStringLiteral("+14155552671"));
    QCOMPARE(FormCodec::value(post.form, QStringLiteral("From")), SandboxFrom);
    QCOMPARE(FormCodec::value(post.form, QStringLiteral("Body")), body);

    // The card: the SID (copyable), a timeline ending in delivered, segments and price.
    const QString sid = c.label("sidLabel")->text();
    QVERIFY2(sid.startsWith(QLatin1String("SM")) && sid.size() == 34, qPrintable(sid));
    QTest::mouseClick(c.child<QPushButton>("copySidPushButton"), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), sid);
    const QStringList statuses = c.timelineStatuses();
    QVERIFY2(!statuses.isEmpty() && statuses.constLast() == QLatin1String("delivered"),
             qPrintable(statuses.join(QLatin1Char(','))));
    QVERIFY(c.timeline()->item(c.timeline()->count() - 1)->text().contains(QLatin1String(":")));
    QVERIFY2(c.label("resultSegmentsLabel")->text() == QLatin1String("1 (GSM-7)"),
             qPrintable(c.label("resultSegmentsLabel")->text()));
    QVERIFY2(c.label("priceLabel")->text().contains(QLatin1String("USD")),
             qPrintable(c.label("priceLabel")->text()));
    QVERIFY(!c.explanation()->isVisible());

    // The delivery log has the attempt, from the form, with its whole timeline.
    QList<Attempt> rows;
    bool answered = false;
    LogFilter filter;
    filter.profile = SandboxName;
    c.log->query(filter, 0, c.window.get(), [&](const QList<Attempt> &found, const QString &error) {
        QVERIFY2(error.isEmpty(), qPrintable(error));
        rows = found;
        answered = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(answered, Timeout);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().sid, sid);
    QCOMPARE(rows.first().source, Attempt::Source::Form);
    QCOMPARE(rows.first().outcome, Attempt::Outcome::Delivered);
    QCOMPARE(rows.first().to, QStringLiteral("+14155552671"));
    QCOMPARE(rows.first().body, body);
    c.screenshot(QStringLiteral("run-page-delivered"));
}

void TestRunPageGui::invalidNumberBlocksSendWithReason()
{
    Console c;
    c.openOnSandbox();
    QVERIFY(!c.sendButton()->isEnabled()); // nothing typed yet
    QVERIFY(c.label("sendHintLabel")->text().startsWith(QLatin1String("To:")));

    c.typeTo(QStringLiteral("+1415"));
    QVERIFY(!c.sendButton()->isEnabled());
    QCOMPARE(c.label("toInfoLabel")->text(),
             QStringLiteral("To: ") + PhoneNumbers::parse(QStringLiteral("+1415")).error);
    QVERIFY2(c.label("sendHintLabel")->text().startsWith(QLatin1String("To:")),
             qPrintable(c.label("sendHintLabel")->text()));
    QVERIFY(c.label("sendHintLabel")->isVisible());

    // Completed as typed: accepted, shown in E.164.
    QTest::keyClicks(c.toEdit(), QStringLiteral("5552671"));
    QVERIFY(c.label("toInfoLabel")->text().startsWith(QLatin1String("+14155552671")));
    QVERIFY(c.sendButton()->isEnabled());

    // A national number is read in the profile's default region (US for the sandbox).
    c.typeTo(QStringLiteral("(415) 555-2671"));
    QVERIFY2(c.label("toInfoLabel")->text().startsWith(QStringLiteral("+14155552671 · ")),
             qPrintable(c.label("toInfoLabel")->text()));

    // An empty body blocks too, naming the field.
    c.typeBody(QStringLiteral(" "));
    QVERIFY(!c.sendButton()->isEnabled());
    QVERIFY(c.label("sendHintLabel")->text().startsWith(QLatin1String("Body:")));
    QTest::mouseClick(c.sendButton(), Qt::LeftButton);
    QTest::keyClick(c.toEdit(), Qt::Key_Return);
    QVERIFY(!c.sending());
    QCOMPARE(c.window->builtInSandbox()->requestCount(QString(), QStringLiteral("*/Messages.json")),
             0);
}

void TestRunPageGui::landlineShowsWarning()
{
    Console c;
    c.openOnSandbox();
    c.typeTo(QStringLiteral("+442071838750"));
    const QString info = c.label("toInfoLabel")->text();
    // The core's one wording of the warning, the same as sms-hook-cli phone and send print.
    QCOMPARE(info, PhoneNumbers::parse(QStringLiteral("+442071838750"), QString()).smsWarning());
    QVERIFY2(info.contains(QLatin1String("fixed line")), qPrintable(info));
    QVERIFY2(info.contains(QLatin1String("will not arrive")), qPrintable(info));
    c.screenshot(QStringLiteral("run-page-landline"));
    // A warning, not an error: it can still be sent, to see what Twilio does.
    QVERIFY(c.sendButton()->isEnabled());

    c.typeTo(QStringLiteral("+14155552671"));
    QVERIFY(!c.label("toInfoLabel")->text().contains(QLatin1String("will not arrive")));
}

void TestRunPageGui::rejectedRecipientShowsTwilioExplanation()
{
    Console c;
    c.openOnSandbox();
    c.typeTo(QStringLiteral("+15005550001")); // the sandbox's invalid To: 21211
    QTRY_VERIFY_WITH_TIMEOUT(c.sendButton()->isEnabled(), Timeout);
    QTest::mouseClick(c.sendButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!c.sending(), Timeout);
    QVERIFY2(c.outcome().contains(QLatin1String("21211")), qPrintable(c.outcome()));
    QVERIFY(!c.label("sidLabel")->isVisible()); // Twilio created nothing
    QVERIFY(!c.child<QPushButton>("copySidPushButton")->isEnabled());

    // Twilio's explanation: what happened, causes, what to do, and its page as a link.
    QVERIFY(c.explanation()->isVisible());
    const QString text = c.explanation()->toPlainText();
    QVERIFY2(text.contains(QLatin1String("Invalid 'To' Phone Number")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("What to do")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("E164")), qPrintable(text));
    QVERIFY(c.explanation()->openExternalLinks());
    QVERIFY2(c.explanation()->toHtml().contains(
                 QLatin1String("href=\"https://www.twilio.com/docs/errors/21211\"")),
             qPrintable(c.explanation()->toHtml()));
    c.screenshot(QStringLiteral("run-page-rejected"));
}

void TestRunPageGui::unreachableTwilioIsNotARejection()
{
    // A profile whose Twilio cannot be reached (nobody listens on its port): the card says
    // that Twilio was not reached, in its own colour, never that Twilio refused anything.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const QUrl dead(QStringLiteral("http://127.0.0.1:%1").arg(probe.serverPort()));
    probe.close();
    Console c;
    Profile offline = SandboxProfile::makeProfile(dead);
    offline.name = QStringLiteral("Offline");
    offline.builtInSandbox = false;
    QVERIFY(c.profiles->save(offline));
    SecretsJob *job = c.secrets->apply(offline.name, SandboxProfile::secrets());
    QSignalSpy written(job, &SecretsJob::finished);
    QVERIFY(written.wait(Timeout));
    QVERIFY(!job->failed());
    c.open();
    QTRY_COMPARE_WITH_TIMEOUT(c.window->secretsPage()->currentProfile(), offline.name, Timeout);
    c.showRunPage();
    QTRY_COMPARE_WITH_TIMEOUT(c.label("fromLabel")->text(), SandboxFrom, Timeout);
    c.typeTo(QStringLiteral("+14155552671"));
    QTRY_VERIFY_WITH_TIMEOUT(c.sendButton()->isEnabled(), Timeout);
    QTest::mouseClick(c.sendButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!c.sending(), Timeout);
    const QString outcome = c.outcome();
    QVERIFY2(outcome.contains(QLatin1String("not reached")), qPrintable(outcome));
    QVERIFY2(!outcome.contains(QLatin1String("Rejected")), qPrintable(outcome));
    QVERIFY2(!outcome.contains(QLatin1String("HTTP 0")), qPrintable(outcome));
    const QString gist = c.label("summaryLabel")->text();
    QVERIFY2(!gist.contains(QLatin1String("refused")), qPrintable(gist));
    // Its own colour: neither the refusal's red nor the unknown outcome's amber.
    const QString style = c.label("outcomeLabel")->styleSheet();
    QVERIFY2(style.contains(Tones::color(Tone::Idle).name()), qPrintable(style));
    QVERIFY(!style.contains(Tones::color(Tone::Bad).name()));
    const QString text = c.explanation()->toPlainText();
    QVERIFY2(text.contains(QLatin1String("Could not reach 127.0.0.1")), qPrintable(text));
    QCOMPARE(text.count(QLatin1String("Could not reach")), 1);
    c.screenshot(QStringLiteral("run-page-not-sent"));
}

void TestRunPageGui::judgingColoursReadInLightAndDark()
{
    // One palette-derived set of judging colours: each readable (4.5:1, as WCAG asks of text)
    // on the window of a light and of a dark palette, the card following the palette in use.
    const auto luminance = [](const QColor &c) {
        auto channel = [](double v) {
            return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF())
            + 0.0722 * channel(c.blueF());
    };
    const auto contrast = [&](const QColor &a, const QColor &b) {
        const double la = luminance(a), lb = luminance(b);
        return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
    };
    QPalette light = QApplication::style()->standardPalette();
    light.setColor(QPalette::Window, QColor(0xef, 0xef, 0xef));
    light.setColor(QPalette::WindowText, Qt::black);
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, QColor(0xe0, 0xe0, 0xe0));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    dark.setColor(QPalette::ButtonText, QColor(0xe0, 0xe0, 0xe0));
    dark.setColor(QPalette::PlaceholderText, QColor(0x90, 0x90, 0x90));
    for (const QPalette &palette : {light, dark}) {
        for (Tone tone : {Tone::Good, Tone::Bad, Tone::Caution, Tone::Busy, Tone::Idle}) {
            const double c = contrast(Tones::color(tone, palette), palette.color(QPalette::Window));
            QVERIFY2(c >= 4.5,
                     qPrintable(QStringLiteral("tone %1 on %2: %3")
                                    .arg(int(tone))
                                    .arg(palette.color(QPalette::Window).name())
                                    .arg(c)));
        }
    }
    QVERIFY(Tones::color(Tone::Bad, light) != Tones::color(Tone::Bad, dark));

    const QPalette before = QApplication::palette();
    QApplication::setPalette(dark);
    {
        Console c;
        c.openOnSandbox();
        c.typeTo(QStringLiteral("+15005550001")); // refused by Twilio: the bad tone
        QTRY_VERIFY_WITH_TIMEOUT(c.sendButton()->isEnabled(), Timeout);
        QTest::mouseClick(c.sendButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!c.sending(), Timeout);
        const QString style = c.label("outcomeLabel")->styleSheet();
        QVERIFY2(style.contains(Tones::color(Tone::Bad, dark).name()), qPrintable(style));
        c.screenshot(QStringLiteral("run-page-dark"));
    }
    QApplication::setPalette(before);
}

void TestRunPageGui::undeliveredShowsCodeAndExplanation()
{
    Console c;
    c.openOnSandbox();
    c.typeTo(QStringLiteral("+15005553003")); // accepted, then undelivered with 30003
    QTRY_VERIFY_WITH_TIMEOUT(c.sendButton()->isEnabled(), Timeout);
    QTest::mouseClick(c.sendButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(c.outcome(), QStringLiteral("Undelivered (30003)"), Timeout);
    QVERIFY(c.label("sidLabel")->text().startsWith(QLatin1String("SM")));
    QCOMPARE(c.timelineStatuses().constLast(), QStringLiteral("undelivered"));
    QVERIFY(c.timeline()->item(c.timeline()->count() - 1)->text().contains(QLatin1String("30003")));
    QVERIFY(c.explanation()->isVisible());
    const QString text = c.explanation()->toPlainText();
    QVERIFY2(text.contains(QLatin1String("Unreachable destination handset")), qPrintable(text));
    QVERIFY(c.explanation()->toHtml().contains(
        QLatin1String("https://www.twilio.com/docs/errors/30003")));
    c.screenshot(QStringLiteral("run-page-undelivered"));
}

void TestRunPageGui::segmentCounterSwitchesToUcs2OnEmoji()
{
    Console c;
    c.openOnSandbox();
    c.typeBody(QStringLiteral("123456 is your code"));
    QLabel *segments = c.label("segmentsLabel");
    QVERIFY2(segments->text().startsWith(QLatin1String("1 segment (GSM-7)")),
             qPrintable(segments->text()));
    QVERIFY(c.bodyEdit()->extraSelections().isEmpty());

    // Typing an emoji: it arrives committed by the input method (emoji picker), as a
    // surrogate pair.
    const QString emoji = QStringLiteral("\U0001F510");
    Console::commitText(c.bodyEdit(), emoji);
    QCOMPARE(c.bodyEdit()->toPlainText(), QStringLiteral("123456 is your code") + emoji);
    QVERIFY2(segments->text().startsWith(QLatin1String("1 segment (UCS-2)")),
             qPrintable(segments->text()));
    QVERIFY(segments->text().contains(emoji));
    // ... and it is highlighted where it is.
    const QList<QTextEdit::ExtraSelection> marks = c.bodyEdit()->extraSelections();
    QCOMPARE(marks.size(), 1);
    QCOMPARE(marks.constFirst().cursor.selectedText(), emoji);
    c.screenshot(QStringLiteral("run-page-ucs2"));

    // Removing it goes back to GSM-7.
    QTest::keyClick(c.bodyEdit(), Qt::Key_Backspace);
    QVERIFY2(segments->text().startsWith(QLatin1String("1 segment (GSM-7)")),
             qPrintable(segments->text()));
    QVERIFY(c.bodyEdit()->extraSelections().isEmpty());

    // Smart Encoding counts a curly quote as its GSM-7 look-alike.
    c.typeBody(QStringLiteral("it\u2019s 123456"));
    QVERIFY(segments->text().contains(QLatin1String("UCS-2")));
    // On its box: a check box only toggles where its indicator and text are, not across its width.
    auto *smartEncoding = c.child<QCheckBox>("smartEncodingCheckBox");
    QTest::mouseClick(smartEncoding, Qt::LeftButton, {}, QPoint(8, smartEncoding->height() / 2));
    QVERIFY2(segments->text().startsWith(QLatin1String("1 segment (GSM-7)")),
             qPrintable(segments->text()));
}

void TestRunPageGui::textComposedFromAuth0Context()
{
    Console c;
    c.openOnSandbox();
    auto *action = c.child<QComboBox>("actionComboBox");
    auto *type = c.child<QComboBox>("messageTypeComboBox");
    auto *name = c.child<QLineEdit>("friendlyNameLineEdit");
    c.codeEdit()->selectAll();
    QTest::keyClicks(c.codeEdit(), QStringLiteral("246810"));
    QCOMPARE(c.bodyEdit()->toPlainText(),
             QStringLiteral("246810 is your verification code for My App. Please enter this code "
                            "to verify your enrollment."));

    action->setCurrentIndex(action->findData(QStringLiteral("authentication")));
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("Acme"));
    QCOMPARE(c.bodyEdit()->toPlainText(),
             QStringLiteral("246810 is your verification code for Acme"));

    // message_type voice: the code is spelt digit by digit, as Auth0 does for speech.
    type->setCurrentIndex(type->findData(QStringLiteral("voice")));
    QCOMPARE(c.bodyEdit()->toPlainText(),
             QStringLiteral("2.4.6.8.1.0 is your verification code for Acme"));
    type->setCurrentIndex(type->findData(QStringLiteral("sms")));

    // Once the user edits the text, context changes leave it alone; Auth0 Text writes it again.
    c.typeBody(QStringLiteral("Code: 246810"));
    action->setCurrentIndex(action->findData(QStringLiteral("enrollment")));
    QCOMPARE(c.bodyEdit()->toPlainText(), QStringLiteral("Code: 246810"));
    QTest::mouseClick(c.child<QPushButton>("templatePushButton"), Qt::LeftButton);
    QCOMPARE(c.bodyEdit()->toPlainText(),
             QStringLiteral("246810 is your verification code for Acme. Please enter this code "
                            "to verify your enrollment."));
}

void TestRunPageGui::verifySendsCodeAsCustomCode()
{
    Console c;
    c.openOnSandbox();
    c.typeTo(QStringLiteral("+14155552671"));
    QTest::mouseClick(c.child<QRadioButton>("verifyRadioButton"), Qt::LeftButton);
    QVERIFY(!c.bodyEdit()->isEnabled());
    QCOMPARE(c.label("fromCaptionLabel")->text(), QStringLiteral("Service:"));
    QCOMPARE(c.label("fromLabel")->text(), TwilioSandbox::credentials().verifyCustomCodeServiceSid);

    // The code is what Verify receives: it must be 4 to 10 digits.
    c.codeEdit()->selectAll();
    QTest::keyClicks(c.codeEdit(), QStringLiteral("12"));
    QVERIFY(!c.sendButton()->isEnabled());
    QVERIFY(c.label("sendHintLabel")->text().startsWith(QLatin1String("Code:")));
    QTest::keyClicks(c.codeEdit(), QStringLiteral("3456"));
    QTRY_VERIFY_WITH_TIMEOUT(c.sendButton()->isEnabled(), Timeout);

    QTest::mouseClick(c.sendButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!c.sending(), Timeout);
    QVERIFY2(c.outcome().startsWith(QLatin1String("Verification sent")), qPrintable(c.outcome()));
    const auto verifications = c.window->builtInSandbox()->verifications();
    QCOMPARE(verifications.size(), 1);
    QCOMPARE(verifications.constFirst().code, QStringLiteral("123456"));
    QVERIFY(verifications.constFirst().customCode);
    QCOMPARE(verifications.constFirst().to, QStringLiteral("+14155552671"));
    QVERIFY(c.label("sidLabel")->text().startsWith(QLatin1String("VE")));
    c.screenshot(QStringLiteral("run-page-verify"));
    QCOMPARE(c.window->builtInSandbox()->requestCount(QString(), QStringLiteral("*/Messages.json")),
             0);
}

void TestRunPageGui::cancelStopsFollowingDelivery()
{
    Console c;
    c.openOnSandbox(1.0); // real time: final after 3 s, time enough to cancel
    c.typeTo(QStringLiteral("+14155552671"));
    QTRY_VERIFY_WITH_TIMEOUT(c.sendButton()->isEnabled(), Timeout);
    QTest::keyClick(c.toEdit(), Qt::Key_Return); // Enter in To sends, like the Send button
    QVERIFY(c.cancelButton()->isVisible());
    // Accepted by Twilio and now followed.
    QTRY_VERIFY_WITH_TIMEOUT(c.label("sidLabel")->text().startsWith(QLatin1String("SM")), Timeout);
    const QString sid = c.label("sidLabel")->text();
    QVERIFY(c.sending());
    QTest::mouseClick(c.cancelButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(c.outcome(), QStringLiteral("Cancelled"), Timeout);
    QVERIFY(!c.cancelButton()->isVisible());
    QVERIFY(c.sendButton()->isEnabled());
    QVERIFY(!c.timelineStatuses().contains(QStringLiteral("delivered")));
    // Cancelling does not recall an accepted message: the card says so.
    const QString summary = c.label("summaryLabel")->text();
    QVERIFY2(summary.contains(QLatin1String("accepted")) && summary.contains(sid),
             qPrintable(summary));
}

void TestRunPageGui::lockedKeychainIsExplained()
{
    Console c;
    c.openOnSandbox();

    // Lock the keyring behind the console's back, as a screen lock would.
    QDBusMessage lock = QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.secrets"), QStringLiteral("/org/freedesktop/secrets"),
        QStringLiteral("org.freedesktop.Secret.Service"), QStringLiteral("Lock"));
    lock << QVariant::fromValue(QList<QDBusObjectPath> {
        QDBusObjectPath(QStringLiteral("/org/freedesktop/secrets/collection/login"))});
    const QDBusMessage reply = QDBusConnection::sessionBus().call(lock);
    QVERIFY2(reply.type() == QDBusMessage::ReplyMessage, qPrintable(reply.errorMessage()));

    // Coming back to the Run page reads the secrets again.
    auto *navigation = c.child<QListWidget>("navigationListWidget");
    navigation->setCurrentRow(0);
    c.showRunPage();
    QTRY_VERIFY_WITH_TIMEOUT(c.child<QFrame>("noticeFrame")->isVisible(), Timeout);
    KeychainError locked;
    locked.kind = KeychainError::Kind::Locked;
    QVERIFY2(c.label("noticeLabel")->text().contains(locked.fix().toHtmlEscaped()),
             qPrintable(c.label("noticeLabel")->text()));
    QVERIFY(c.label("noticeLabel")->text().contains(QLatin1String("TWILIO_AUTH_TOKEN")));
    c.typeTo(QStringLiteral("+14155552671"));
    QVERIFY(!c.sendButton()->isEnabled());
    QVERIFY(c.label("sendHintLabel")->text().contains(QLatin1String("keychain")));
    c.screenshot(QStringLiteral("run-page-locked"));
}

QTEST_MAIN(TestRunPageGui)
#include "TestRunPageGui.moc"
