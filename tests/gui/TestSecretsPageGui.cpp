#include "AppInfo.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "Translations.h"
#include "log/DeliveryLog.h"
#include "profile/ProfileStore.h"
#include "secrets/SecretRules.h"
#include "secrets/SecretStore.h"
#include "secrets/SecretsPage.h"
#include "secrets/SecretsTableModel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QBrush>
#include <QComboBox>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDirIterator>
#include <QFile>
#include <QFrame>
#include <QIcon>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

#include <memory>

namespace {

constexpr int Timeout = 10000;

const QString AccountSid = QStringLiteral("AC0123456789abcdef0123456789abcdef");
const QString AuthToken = QStringLiteral("5f0c2e9a7b3d41e8a6c9d2f4b8e1a37c");
const QString PhoneNumber = QStringLiteral("+14155552671");

Profile named(const QString &name)
{
    Profile profile;
    profile.name = name;
    return profile;
}

// One console as main() builds it: its own stores, the window on top.
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
        secrets.reset();
        profiles->sync();
    }

    void open()
    {
        window = std::make_unique<MainWindow>(profiles.get(), secrets.get(), log.get());
        log->open();
        new QAbstractItemModelTester(
            table()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest, window.get());
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    }

    template<typename T> T *child(const char *name) const
    {
        T *widget = window->findChild<T *>(QLatin1String(name));
        if (!widget)
            qWarning("no child %s", name);
        return widget;
    }
    QComboBox *profileCombo() const { return child<QComboBox>("profileComboBox"); }
    QTableView *table() const { return child<QTableView>("secretsTableView"); }
    QLineEdit *nameEdit() const { return child<QLineEdit>("nameLineEdit"); }
    QLineEdit *valueEdit() const { return child<QLineEdit>("valueLineEdit"); }
    QLabel *validation() const { return child<QLabel>("validationLabel"); }
    QPushButton *saveButton() const { return child<QPushButton>("savePushButton"); }
    QProgressBar *busyBar() const { return child<QProgressBar>("busyProgressBar"); }
    QFrame *errorFrame() const { return child<QFrame>("errorFrame"); }
    QLabel *errorLabel() const { return child<QLabel>("errorLabel"); }

    // Idle: no busy indicator, and the keychain answered without an error.
    bool idleWithoutError() const
    {
        return !busyBar()->isVisible() && !errorFrame()->isVisible()
            && status(SecretNames::AccountSid) != QLatin1String("Loading…");
    }

    int row(const QString &name) const
    {
        const QAbstractItemModel *model = table()->model();
        for (int r = 0; r < model->rowCount(); ++r) {
            if (model->index(r, SecretsTableModel::NameColumn).data().toString() == name)
                return r;
        }
        return -1;
    }
    QString cell(const QString &name, int column, int role = Qt::DisplayRole) const
    {
        const int r = row(name);
        return r < 0 ? QStringLiteral("<no row %1>").arg(name)
                     : table()->model()->index(r, column).data(role).toString();
    }
    QString status(const QString &name) const
    {
        return cell(name, SecretsTableModel::StatusColumn);
    }

    // Clicks the row's name cell, as the user selects a secret.
    void clickRow(const QString &name) const
    {
        const int r = row(name);
        QVERIFY2(r >= 0, qPrintable(name));
        QTableView *view = table();
        const QRect rect = view->visualRect(view->model()->index(r, SecretsTableModel::NameColumn));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(nameEdit()->text(), name);
    }

    void typeValue(const QString &text) const
    {
        QLineEdit *edit = valueEdit();
        edit->setFocus();
        edit->selectAll();
        if (text.isEmpty())
            QTest::keyClick(edit, Qt::Key_Backspace);
        else
            QTest::keyClicks(edit, text);
        QCOMPARE(edit->text(), text);
    }

    void screenshot(const QString &name) const { GuiTestSupport::screenshot(window.get(), name); }

    template<typename T> T *visibleDialog(const char *name) const
    {
        // Closed dialogs linger until deleted: pick the one on screen.
        const auto dialogs = window->findChildren<T *>(QLatin1String(name));
        for (T *dialog : dialogs) {
            if (dialog->isVisible())
                return dialog;
        }
        return nullptr;
    }
};

} // namespace

class TestSecretsPageGui : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();

    void emptyStateThenAddProfileThroughDialog();
    void savedSecretsComeBackFromKeychain();
    void valuesReadWhenShownAndDroppedAfter();
    void malformedSidBlocksSave();
    void nationalNumberRewrittenInOneClick();
    void customSecretAddRenameDelete();
    void atMostTwentySecrets();
    void unsavedChangesAskBeforeSwitching();
    void settingsSavedAndChecked();
    void mainWindowRemembersGeometryAndProfile();
    void renameDuplicateDeleteProfile();
    void closingWithUnsavedChangesAsks();
    void secretValuesNeverReachDisk();
    void failedSaveKeepsEditsAndShowsFix(); // last: leaves the keyring locked
};

void TestSecretsPageGui::initTestCase()
{
    // Never touch a real user's settings or keyring.
    if (!qEnvironmentVariable("HOME").contains(QLatin1String("smshook-keyring")))
        QSKIP("run inside scripts/with-keyring.sh (ctest does)");
    AppInfo::initialise(*QCoreApplication::instance());
    Translations::install(*QCoreApplication::instance()); // the plural forms, as main() has them
}

void TestSecretsPageGui::init()
{
    QSettings settings;
    settings.clear();
    settings.sync();
}

void TestSecretsPageGui::emptyStateThenAddProfileThroughDialog()
{
    Console c;
    c.open();
    auto *content = c.child<QStackedWidget>("contentStackedWidget");
    QCOMPARE(content->currentWidget()->objectName(), QStringLiteral("emptyStatePage"));
    QVERIFY(c.child<QLabel>("emptyTitleLabel")->isVisible());
    QVERIFY(!c.child<QPushButton>("renameProfilePushButton")->isEnabled());
    QVERIFY(!c.child<QPushButton>("deleteProfilePushButton")->isEnabled());

    QTest::mouseClick(c.child<QPushButton>("createFirstProfilePushButton"), Qt::LeftButton);
    QInputDialog *dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = c.visibleDialog<QInputDialog>("profileNameInputDialog")),
                             Timeout);
    auto *nameEdit = dialog->findChild<QLineEdit *>();
    QVERIFY(nameEdit);
    QTest::keyClicks(nameEdit, QStringLiteral("bad/name"));
    QTest::keyClick(nameEdit, Qt::Key_Return);

    // Refused with the rule, and asked again.
    QTRY_VERIFY_WITH_TIMEOUT((dialog = c.visibleDialog<QInputDialog>("profileNameInputDialog")),
                             Timeout);
    QVERIFY2(dialog->labelText().contains(QLatin1String("Profile name")),
             qPrintable(dialog->labelText()));
    QVERIFY(!c.profiles->contains(QStringLiteral("bad/name")));
    nameEdit = dialog->findChild<QLineEdit *>();
    nameEdit->selectAll();
    QTest::keyClicks(nameEdit, QStringLiteral("Sandbox"));
    QTest::keyClick(nameEdit, Qt::Key_Return);

    QTRY_COMPARE_WITH_TIMEOUT(c.profileCombo()->currentText(), QStringLiteral("Sandbox"), Timeout);
    QVERIFY(c.profiles->contains(QStringLiteral("Sandbox")));
    QCOMPARE(content->currentWidget()->objectName(), QStringLiteral("editorPage"));
    QTRY_VERIFY_WITH_TIMEOUT(c.idleWithoutError(), Timeout);
    for (const QString &name : SecretRules::knownNames())
        QCOMPARE(c.status(name), QStringLiteral("Not set"));
}

void TestSecretsPageGui::savedSecretsComeBackFromKeychain()
{
    {
        Console c;
        c.profiles->save(named(QStringLiteral("Production")));
        c.profiles->save(named(QStringLiteral("Staging")));
        c.open();
        QCOMPARE(c.profileCombo()->currentText(), QStringLiteral("Production"));
        QTRY_VERIFY_WITH_TIMEOUT(c.idleWithoutError(), Timeout);

        c.profileCombo()->setCurrentIndex(c.profileCombo()->findText(QStringLiteral("Staging")));
        QTRY_VERIFY_WITH_TIMEOUT(c.idleWithoutError(), Timeout);
        QCOMPARE(c.window->secretsPage()->currentProfile(), QStringLiteral("Staging"));
        QVERIFY(!c.saveButton()->isEnabled()); // nothing changed yet

        const QList<QPair<QString, QString>> values = {{SecretNames::AccountSid, AccountSid},
                                                       {SecretNames::AuthToken, AuthToken},
                                                       {SecretNames::PhoneNumber, PhoneNumber}};
        for (const auto &[name, value] : values) {
            c.clickRow(name);
            QVERIFY(c.nameEdit()->isReadOnly());
            QCOMPARE(c.valueEdit()->echoMode(), QLineEdit::Password);
            c.typeValue(value);
            QCOMPARE(c.status(name), QStringLiteral("Changed"));
            QVERIFY2(!c.validation()->text().contains(name), qPrintable(c.validation()->text()));
            // Masked in the table while typing.
            QCOMPARE(c.cell(name, SecretsTableModel::ValueColumn),
                     SecretsTableModel::maskedValue());
        }
        QVERIFY(c.saveButton()->isEnabled());
        QTest::mouseClick(c.saveButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(c.idleWithoutError(), Timeout);
        for (const auto &[name, value] : values)
            QCOMPARE(c.status(name), QStringLiteral("Saved"));
        QCOMPARE(c.status(SecretNames::VerifyServiceSid), QStringLiteral("Not set"));
        QVERIFY(!c.saveButton()->isEnabled());
    }

    // A new console, new stores: the values come back from the keychain.
    Console c;
    c.open();
    QCOMPARE(c.profileCombo()->currentText(), QStringLiteral("Staging")); // last profile
    QTRY_VERIFY_WITH_TIMEOUT(c.idleWithoutError(), Timeout);
    QCOMPARE(c.status(SecretNames::AuthToken), QStringLiteral("Saved"));
    QCOMPARE(c.status(SecretNames::VerifyServiceSid), QStringLiteral("Not set"));

    c.clickRow(SecretNames::AuthToken);
    // Not read until shown: the editor says where the value is.
    QCOMPARE(c.valueEdit()->text(), QString());
    QVERIFY(c.valueEdit()->placeholderText().contains(QLatin1String("keychain")));
    QCOMPARE(c.cell(SecretNames::AuthToken, SecretsTableModel::ValueColumn),
             SecretsTableModel::maskedValue());
    // Reveal this row only, with the editor's show action.
    auto *show = c.valueEdit()->findChild<QAction *>(QStringLiteral("showValueAction"));
    QVERIFY(show);
    show->trigger();
    QCOMPARE(c.valueEdit()->echoMode(), QLineEdit::Normal);
    QTRY_COMPARE_WITH_TIMEOUT(c.valueEdit()->text(), AuthToken, Timeout);
    QCOMPARE(c.cell(SecretNames::AuthToken, SecretsTableModel::ValueColumn), AuthToken);
    QCOMPARE(c.cell(SecretNames::AccountSid, SecretsTableModel::ValueColumn),
             SecretsTableModel::maskedValue());
    // The table has no bare check box for it: the value cells are text only.
    QAbstractItemModel *model = c.table()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex value = model->index(row, SecretsTableModel::ValueColumn);
        QVERIFY(!(model->flags(value) & Qt::ItemIsUserCheckable));
        QVERIFY(!model->data(value, Qt::CheckStateRole).isValid());
    }
    c.clickRow(SecretNames::PhoneNumber);
    show->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(c.cell(SecretNames::PhoneNumber, SecretsTableModel::ValueColumn),
                              PhoneNumber, Timeout);
    c.clickRow(SecretNames::AccountSid);
    QCOMPARE(c.valueEdit()->text(), QString());
    QCOMPARE(c.valueEdit()->echoMode(), QLineEdit::Password);
    QCOMPARE(c.status(SecretNames::AccountSid), QStringLiteral("Saved"));
}

void TestSecretsPageGui::valuesReadWhenShownAndDroppedAfter()
{
    const QString profile = QStringLiteral("Lazy");
    const QString custom = QStringLiteral("API_KEY");
    const QString customValue = QStringLiteral("k-2f9c41d07be3");
    {
        Console c;
        c.profiles->save(named(profile));
        SecretsJob *job = c.secrets->apply(
            profile, {{SecretNames::AuthToken, AuthToken}, {custom, customValue}});
        QSignalSpy written(job, &SecretsJob::finished);
        QVERIFY(written.wait(Timeout));
    }
    Console c;
    c.open();
    QTRY_VERIFY_WITH_TIMEOUT(c.idleWithoutError(), Timeout);
    auto *model = qobject_cast<SecretsTableModel *>(c.table()->model());
    QVERIFY(model);
    const int token = c.row(SecretNames::AuthToken);
    const int key = c.row(custom);
    QVERIFY(token >= 0 && key >= 0);

    // Set or not comes from the profile: no value is read, none is held.
    QCOMPARE(c.status(SecretNames::AuthToken), QStringLiteral("Saved"));
    QCOMPARE(c.status(custom), QStringLiteral("Saved"));
    QCOMPARE(c.status(SecretNames::AccountSid), QStringLiteral("Not set"));
    QVERIFY(c.child<QLabel>("countLabel")->text().startsWith(QLatin1String("2 secrets set")));
    c.clickRow(SecretNames::AuthToken);
    c.clickRow(custom);
    QCOMPARE(model->keychainReads(), 0);
    for (int r = 0; r < model->rowCount(); ++r)
        QVERIFY2(model->value(r).isEmpty(), qPrintable(model->name(r)));

    // Shown: read once, held while shown; hidden: dropped.
    model->setRevealed(token, true);
    QTRY_COMPARE_WITH_TIMEOUT(model->value(token), AuthToken, Timeout);
    QCOMPARE(model->keychainReads(), 1);
    QCOMPARE(c.status(SecretNames::AuthToken), QStringLiteral("Saved"));
    model->setRevealed(token, false);
    QCOMPARE(model->value(token), QString());
    QCOMPARE(c.cell(SecretNames::AuthToken, SecretsTableModel::ValueColumn),
             SecretsTableModel::maskedValue());

    // A typed value is held until it is saved, then dropped (it is in the keychain).
    c.clickRow(SecretNames::AccountSid);
    c.typeValue(AccountSid);
    QCOMPARE(c.status(SecretNames::AccountSid), QStringLiteral("Changed"));
    // Renaming a stored secret reads its value, to write it under the new name.
    c.clickRow(custom);
    QTest::keyClicks(c.nameEdit(), QStringLiteral("_2"));
    QTRY_COMPARE_WITH_TIMEOUT(c.status(custom + QStringLiteral("_2")), QStringLiteral("Changed"),
                              Timeout);
    QCOMPARE(model->keychainReads(), 2);
    QTest::mouseClick(c.saveButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(c.idleWithoutError() && !c.saveButton()->isEnabled(), Timeout);
    QCOMPARE(c.status(SecretNames::AccountSid), QStringLiteral("Saved"));
    QCOMPARE(c.status(custom + QStringLiteral("_2")), QStringLiteral("Saved"));
    QCOMPARE(c.row(custom), -1);
    for (int r = 0; r < model->rowCount(); ++r)
        QVERIFY2(model->value(r).isEmpty(), qPrintable(model->name(r)));

    SecretsJob *read = c.secrets->read(profile, {custom, custom + QStringLiteral("_2")});
    QSignalSpy done(read, &SecretsJob::finished);
    QVERIFY(done.wait(Timeout));
    QCOMPARE(read->values().value(custom + QStringLiteral("_2")), customValue);
    QCOMPARE(read->notSet(), QStringList {custom});

    // Another profile and back: still nothing read.
    const int before = model->keychainReads();
    c.profiles->save(named(QStringLiteral("Other")));
    c.window->secretsPage()->refreshProfiles(profile); // lists it, and reads Lazy again
    c.profileCombo()->setCurrentIndex(c.profileCombo()->findText(QStringLiteral("Other")));
    QTRY_COMPARE_WITH_TIMEOUT(c.window->secretsPage()->currentProfile(), QStringLiteral("Other"),
                              Timeout);
    c.profileCombo()->setCurrentIndex(c.profileCombo()->findText(profile));
    QTRY_COMPARE_WITH_TIMEOUT(c.window->secretsPage()->currentProfile(), profile, Timeout);
    QCOMPARE(model->keychainReads(), before);
}

void TestSecretsPageGui::nationalNumberRewrittenInOneClick()
{
    Console c;
    c.profiles->save(named(QStringLiteral("Region")));
    c.open();
    QTRY_VERIFY_WITH_TIMEOUT(c.idleWithoutError(), Timeout);
    // An empty region reads as empty, not as a grey "US" that looks like a value.
    auto *region = c.child<QLineEdit>("regionLineEdit");
    QVERIFY(region->text().isEmpty());
    QVERIFY2(region->placeholderText() != QLatin1String("US"),
             qPrintable(region->placeholderText()));
    // Four secrets listed, none set: the count says so.
    QCOMPARE(c.table()->model()->rowCount(), 4);
    const QString count = c.child<QLabel>("countLabel")->text();
    QVERIFY2(count.startsWith(QLatin1String("0 secrets set")), qPrintable(count));

    region->setFocus();
    QTest::keyClicks(region, QStringLiteral("US"));
    c.clickRow(SecretNames::PhoneNumber);
    c.typeValue(QStringLiteral("(500) 555-0006"));
    QTRY_VERIFY(c.validation()->text().contains(QLatin1String("+15005550006")));
    auto *use = c.child<QPushButton>("useSuggestionPushButton");
    QVERIFY(use->isVisible());
    QVERIFY2(use->text().contains(QLatin1String("+15005550006")), qPrintable(use->text()));
    c.screenshot(QStringLiteral("secrets-page-suggestion"));
    QTest::mouseClick(use, Qt::LeftButton);
    QCOMPARE(c.valueEdit()->text(), QStringLiteral("+15005550006"));
    QCOMPARE(c.cell(SecretNames::PhoneNumber, SecretsTableModel::ValueColumn),
             SecretsTableModel::maskedValue());
    QVERIFY(!c.status(SecretNames::PhoneNumber).contains(SecretNames::PhoneNumber));
    QVERIFY(!use->isVisible());
    QVERIFY2(c.child<QLabel>("countLabel")->text().startsWith(QLatin1String("1 secret set")),
             qPrintable(c.child<QLabel>("countLabel")->text()));
}

void TestSecretsPageGui::malformedSidBlocksSave()
{
    Console c;
    c.profiles->save(named(QStringLiteral("Broken")));
    c.open();
    QTRY_VERIFY_WITH_TIMEOUT(c.idleWithoutError(), Timeout);

    c.clickRow(SecretNames::AuthToken);
    c.typeValue(AuthToken);
    QVERIFY(c.saveButton()->isEnabled());

    c.clickRow(SecretNames::AccountSid);
    c.typeValue(QStringLiteral("AC123"));
    QTRY_VERIFY(c.validation()->text().contains(SecretNames::AccountSid));
    QVERIFY(c.validation()->isVisible());
    QVERIFY(!c.saveButton()->isEnabled());
    // The row is marked, with the message in its status and tooltip.
    QVERIFY(c.status(SecretNames::AccountSid).contains(SecretNames::AccountSid));
    QVERIFY(c.cell(SecretNames::AccountSid, SecretsTableModel::StatusColumn, Qt::ToolTipRole)
                .contains(QLatin1String("32 hex")));
    const QModelIndex statusIndex = c.table()->model()->index(c.row(SecretNames::AccountSid),
                                                              SecretsTableModel::StatusColumn);
    const QBrush brush = statusIndex.data(Qt::ForegroundRole).value<QBrush>();
    QVERIFY(brush.style() != Qt::NoBrush);
    QVERIFY(brush.color().red() > brush.color().green());
    QVERIFY(!statusIndex.data(Qt::DecorationRole).value<QIcon>().isNull());
    c.screenshot(QStringLiteral("malformed-sid"));

    // Updated as typed: completing the SID clears the error and allows saving.
    QTest::keyClicks(c.valueEdit(), QStringLiteral("456789abcdef0123456789abcdef0"));
    QCOMPARE(c.valueEdit()->text(), QStringLiteral("AC123456789abcdef0123456789abcdef0"));
    QVERIFY(!c.validation()->text().contains(QLatin1String("expected")));
    QCOMPARE(c.status(SecretNames::AccountSid), QStringLiteral("Changed"));
    QVERIFY(c.saveButton()->isEnabled());

    // A malformed token names its field too.
    c.clickRow(SecretNames::AuthToken);
    c.typeValue(QStringLiteral("not-a-token"));
    QVERIFY(c.validation()->text().contains(SecretNames::AuthToken));
    QVERIFY(!c.saveButton()->isEnabled());
}

void TestSecretsPageGui::customSecretAddRenameDelete()
{
    Console c;
    c.profiles->save(named(QStringLiteral("Custom")));
    c.open();
    QTRY_VERIFY_WITH_TIMEOUT(c.idleWithoutError(), Timeout);

    QTest::mouseClick(c.child<QPushButton>("addSecretPushButton"), Qt::LeftButton);
    QVERIFY(!c.nameEdit()->isReadOnly());
    QVERIFY(c.nameEdit()->hasFocus());
    QTest::keyClicks(c.nameEdit(), QStringLiteral("1BAD"));
    QVERIFY(c.validation()->text().contains(QLatin1String("digit")));
    QVERIFY(!c.saveButton()->isEnabled());
    c.nameEdit()->selectAll();
    QTest::keyClicks(c.nameEdit(), SecretNames::AuthToken); // a name already used
    QVERIFY(c.validation()->text().contains(QLatin1String("already used")));
    c.nameEdit()->selectAll();
    QTest::keyClicks(c.nameEdit(), QStringLiteral("SLACK_WEBHOOK"));
    c.typeValue(QStringLiteral("https://hooks.example.com/x"));
    QCOMPARE(c.status(QStringLiteral("SLACK_WEBHOOK")), QStringLiteral("Changed"));
    QTest::mouseClick(c.saveButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(c.idleWithoutError(), Timeout);
    QCOMPARE(c.status(QStringLiteral("SLACK_WEBHOOK")), QStringLiteral("Saved"));
    QVERIFY(c.profiles->load(QStringLiteral("Custom"))
                ->secretNames.contains(QStringLiteral("SLACK_WEBHOOK")));

    // Delete it: gone from the table, from the keychain and from the profile once saved.
    c.clickRow(QStringLiteral("SLACK_WEBHOOK"));
    QTest::mouseClick(c.child<QPushButton>("deleteSecretPushButton"), Qt::LeftButton);
    QCOMPARE(c.row(QStringLiteral("SLACK_WEBHOOK")), -1);
    QVERIFY(c.saveButton()->isEnabled());
    QTest::mouseClick(c.saveButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(c.idleWithoutError(), Timeout);
    QVERIFY(!c.profiles->load(QStringLiteral("Custom"))
                 ->secretNames.contains(QStringLiteral("SLACK_WEBHOOK")));
}

void TestSecretsPageGui::atMostTwentySecrets()
{
    Console c;
    c.profiles->save(named(QStringLiteral("Limit")));
    c.open();
    QTRY_VERIFY_WITH_TIMEOUT(c.idleWithoutError(), Timeout);
    c.clickRow(SecretNames::AccountSid);
    c.typeValue(AccountSid);
    auto *add = c.child<QPushButton>("addSecretPushButton");
    for (int i = 1; i < SecretRules::MaxSecretsPerHook; ++i) {
        QVERIFY2(add->isEnabled(), qPrintable(QString::number(i)));
        QTest::mouseClick(add, Qt::LeftButton);
        c.typeValue(QStringLiteral("value"));
    }
    // 1 known + 19 custom: the limit, and every custom name is unique.
    QCOMPARE(c.table()->model()->rowCount(), 4 + SecretRules::MaxSecretsPerHook - 1);
    QVERIFY(!add->isEnabled());
    QVERIFY(c.saveButton()->isEnabled());
    // Setting one more known secret goes over the limit: refused, with the count named.
    c.clickRow(SecretNames::AuthToken);
    c.typeValue(AuthToken);
    QVERIFY(!c.saveButton()->isEnabled());
    QVERIFY(c.child<QLabel>("countLabel")->text().contains(QLatin1String("at most 20")));
}

void TestSecretsPageGui::unsavedChangesAskBeforeSwitching()
{
    Console c;
    c.profiles->save(named(QStringLiteral("Alpha")));
    c.profiles->save(named(QStringLiteral("Beta")));
    c.open();
    QTRY_VERIFY_WITH_TIMEOUT(c.idleWithoutError(), Timeout);
    c.clickRow(SecretNames::AuthToken);
    c.typeValue(AuthToken);

    c.profileCombo()->setCurrentIndex(c.profileCombo()->findText(QStringLiteral("Beta")));
    QMessageBox *box = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((box = c.visibleDialog<QMessageBox>("unsavedChangesMessageBox")),
                             Timeout);
    QCOMPARE(c.profileCombo()->currentText(), QStringLiteral("Alpha"));
    QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
    QTRY_VERIFY(!c.visibleDialog<QMessageBox>("unsavedChangesMessageBox"));
    QCOMPARE(c.window->secretsPage()->currentProfile(), QStringLiteral("Alpha"));
    QCOMPARE(c.profileCombo()->currentText(), QStringLiteral("Alpha"));
    QCOMPARE(c.valueEdit()->text(), AuthToken); // the edit survives

    // Save: written, then switched.
    c.profileCombo()->setCurrentIndex(c.profileCombo()->findText(QStringLiteral("Beta")));
    QTRY_VERIFY_WITH_TIMEOUT((box = c.visibleDialog<QMessageBox>("unsavedChangesMessageBox")),
                             Timeout);
    QTest::mouseClick(box->button(QMessageBox::Save), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(c.window->secretsPage()->currentProfile(), QStringLiteral("Beta"),
                              Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(c.idleWithoutError(), Timeout);
    QCOMPARE(c.profileCombo()->currentText(), QStringLiteral("Beta"));
    QCOMPARE(c.status(SecretNames::AuthToken), QStringLiteral("Not set"));

    // Discard: not written.
    c.clickRow(SecretNames::AccountSid);
    c.typeValue(AccountSid);
    c.profileCombo()->setCurrentIndex(c.profileCombo()->findText(QStringLiteral("Alpha")));
    QTRY_VERIFY_WITH_TIMEOUT((box = c.visibleDialog<QMessageBox>("unsavedChangesMessageBox")),
                             Timeout);
    QTest::mouseClick(box->button(QMessageBox::Discard), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(c.window->secretsPage()->currentProfile(), QStringLiteral("Alpha"),
                              Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(c.idleWithoutError(), Timeout);
    QCOMPARE(c.status(SecretNames::AuthToken), QStringLiteral("Saved"));
    QVERIFY(
        !c.profiles->load(QStringLiteral("Beta"))->secretNames.contains(SecretNames::AccountSid));
}

void TestSecretsPageGui::settingsSavedAndChecked()
{
    Console c;
    c.profiles->save(named(QStringLiteral("Settings")));
    c.open();
    QTRY_VERIFY_WITH_TIMEOUT(c.idleWithoutError(), Timeout);
    auto *region = c.child<QLineEdit>("regionLineEdit");
    auto *api = c.child<QLineEdit>("apiBaseLineEdit");
    auto *settingsLabel = c.child<QLabel>("settingsValidationLabel");

    QTest::keyClicks(api, QStringLiteral("http://api.example.com"));
    QVERIFY(settingsLabel->isVisible());
    QVERIFY(settingsLabel->text().contains(QLatin1String("API base URL")));
    QVERIFY(!c.saveButton()->isEnabled());
    api->selectAll();
    QTest::keyClicks(api, QStringLiteral("http://127.0.0.1:4010"));
    QVERIFY(!settingsLabel->isVisible());
    QTest::keyClicks(region, QStringLiteral("GB"));
    QVERIFY(c.saveButton()->isEnabled());
    QTest::mouseClick(c.saveButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!c.saveButton()->isEnabled(), Timeout);

    const auto saved = c.profiles->load(QStringLiteral("Settings"));
    QVERIFY(saved);
    QCOMPARE(saved->defaultRegion, QStringLiteral("GB"));
    QCOMPARE(saved->apiBaseUrl, QUrl(QStringLiteral("http://127.0.0.1:4010")));
    QCOMPARE(saved->verifyBaseUrl, Profile::defaultVerifyBaseUrl());
}

void TestSecretsPageGui::mainWindowRemembersGeometryAndProfile()
{
    {
        Console c;
        c.open();
        QCOMPARE(c.window->size(), QSize(1180, 740)); // nothing saved yet
        QVERIFY(c.child<QListWidget>("navigationListWidget")->count() >= 1);
        c.profiles->save(named(QStringLiteral("One")));
        c.profiles->save(named(QStringLiteral("Two")));
    }
    {
        Console c;
        c.open();
        QTRY_VERIFY_WITH_TIMEOUT(c.idleWithoutError(), Timeout);
        c.profileCombo()->setCurrentIndex(c.profileCombo()->findText(QStringLiteral("Two")));
        QTRY_VERIFY_WITH_TIMEOUT(c.idleWithoutError(), Timeout);
        c.window->resize(1040, 700);
        QTRY_COMPARE(c.window->size(), QSize(1040, 700));
        c.window->close();
        QTRY_VERIFY(!c.window->isVisible());
    }
    QVERIFY(QSettings().contains(QStringLiteral("ui/geometry")));
    QVERIFY(QSettings().contains(QStringLiteral("ui/windowState")));
    Console c;
    c.open();
    QCOMPARE(c.window->size(), QSize(1040, 700));
    QCOMPARE(c.profileCombo()->currentText(), QStringLiteral("Two"));
    QTRY_VERIFY_WITH_TIMEOUT(c.idleWithoutError(), Timeout);
}

void TestSecretsPageGui::secretValuesNeverReachDisk()
{
    const QString token = QStringLiteral("d41d8cd98f00b204e9800998ecf8427e");
    {
        Console c;
        c.profiles->save(named(QStringLiteral("Disk check")));
        c.open();
        QTRY_VERIFY_WITH_TIMEOUT(c.idleWithoutError(), Timeout);
        c.clickRow(SecretNames::AuthToken);
        c.typeValue(token);
        auto *show = c.valueEdit()->findChild<QAction *>(QStringLiteral("showValueAction"));
        show->trigger(); // revealed values must not be remembered either
        QTest::mouseClick(c.saveButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(c.idleWithoutError(), Timeout);
        QCOMPARE(c.status(SecretNames::AuthToken), QStringLiteral("Saved"));
        c.window->close(); // writes the window settings
    }
    {
        // It is in the keychain...
        ProfileStore profiles;
        SecretStore secrets(&profiles);
        SecretsJob *job = secrets.read(QStringLiteral("Disk check"), {SecretNames::AuthToken});
        bool done = false;
        QString value;
        connect(job, &SecretsJob::finished, this, [&] {
            done = true;
            value = job->values().value(SecretNames::AuthToken);
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, Timeout);
        QCOMPARE(value, token);
    }

    // ... and in no file the application writes (the keyring's own files are encrypted).
    const QString settingsFile = QSettings().fileName();
    QVERIFY2(QFile::exists(settingsFile), qPrintable(settingsFile));
    const QString org = QCoreApplication::organizationName();
    const QString app = QCoreApplication::applicationName();
    const QStringList roots = {
        QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation),
        QStandardPaths::writableLocation(QStandardPaths::ConfigLocation) + QLatin1Char('/') + org,
        QStandardPaths::writableLocation(QStandardPaths::AppDataLocation),
        QStandardPaths::writableLocation(QStandardPaths::CacheLocation),
        QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation) + QLatin1Char('/')
            + app,
        qEnvironmentVariable("HOME"),
    };
    int scanned = 0;
    bool settingsScanned = false;
    for (const QString &root : roots) {
        QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                continue;
            const QByteArray content = file.readAll();
            ++scanned;
            settingsScanned = settingsScanned || QFileInfo(path) == QFileInfo(settingsFile);
            QVERIFY2(!content.contains(token.toUtf8()), qPrintable(path));
            QVERIFY2(!content.contains(QByteArray(reinterpret_cast<const char *>(token.utf16()),
                                                  token.size() * 2)),
                     qPrintable(path));
        }
    }
    QVERIFY(settingsScanned);
    QVERIFY(scanned > 0);
}

void TestSecretsPageGui::renameDuplicateDeleteProfile()
{
    Console c;
    c.profiles->save(named(QStringLiteral("Old")));
    c.open();
    QTRY_VERIFY_WITH_TIMEOUT(c.idleWithoutError(), Timeout);
    c.clickRow(SecretNames::AuthToken);
    c.typeValue(AuthToken);
    QTest::mouseClick(c.saveButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(c.idleWithoutError(), Timeout);

    const auto answerNameDialog = [&c](const QString &name) {
        QInputDialog *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = c.visibleDialog<QInputDialog>("profileNameInputDialog")),
                                 Timeout);
        auto *edit = dialog->findChild<QLineEdit *>();
        if (!name.isEmpty()) {
            edit->selectAll();
            QTest::keyClicks(edit, name);
        }
        QTest::keyClick(edit, Qt::Key_Return);
    };

    // Rename: the secrets move with the profile.
    QTest::mouseClick(c.child<QPushButton>("renameProfilePushButton"), Qt::LeftButton);
    answerNameDialog(QStringLiteral("New"));
    QTRY_COMPARE_WITH_TIMEOUT(c.profileCombo()->currentText(), QStringLiteral("New"), Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(c.idleWithoutError(), Timeout);
    QCOMPARE(c.status(SecretNames::AuthToken), QStringLiteral("Saved"));
    QCOMPARE(c.profiles->names(), QStringList {QStringLiteral("New")});

    // Duplicate, accepting the suggested name: the copy has the secrets too.
    QTest::mouseClick(c.child<QPushButton>("duplicateProfilePushButton"), Qt::LeftButton);
    answerNameDialog(QString());
    QTRY_COMPARE_WITH_TIMEOUT(c.profileCombo()->currentText(), QStringLiteral("New copy"), Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(c.idleWithoutError(), Timeout);
    QCOMPARE(c.status(SecretNames::AuthToken), QStringLiteral("Saved"));
    c.clickRow(SecretNames::AuthToken);
    c.valueEdit()->findChild<QAction *>(QStringLiteral("showValueAction"))->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(c.valueEdit()->text(), AuthToken, Timeout);

    // Delete asks first; the copy and its secrets go, the original stays.
    QTest::mouseClick(c.child<QPushButton>("deleteProfilePushButton"), Qt::LeftButton);
    QMessageBox *box = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((box = c.visibleDialog<QMessageBox>("deleteProfileMessageBox")),
                             Timeout);
    QAbstractButton *deleteButton = nullptr;
    const auto buttons = box->buttons();
    for (QAbstractButton *button : buttons) {
        if (box->buttonRole(button) == QMessageBox::DestructiveRole)
            deleteButton = button;
    }
    QVERIFY(deleteButton);
    QTest::mouseClick(deleteButton, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(c.profiles->names(), QStringList {QStringLiteral("New")}, Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(c.profileCombo()->currentText(), QStringLiteral("New"), Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(c.idleWithoutError(), Timeout);
    QCOMPARE(c.status(SecretNames::AuthToken), QStringLiteral("Saved"));
    QCOMPARE(c.profileCombo()->count(), 1);
}

void TestSecretsPageGui::closingWithUnsavedChangesAsks()
{
    Console c;
    c.profiles->save(named(QStringLiteral("Closing")));
    c.open();
    QTRY_VERIFY_WITH_TIMEOUT(c.idleWithoutError(), Timeout);
    c.clickRow(SecretNames::PhoneNumber);
    c.typeValue(PhoneNumber);

    QVERIFY(!c.window->close());
    QMessageBox *box = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((box = c.visibleDialog<QMessageBox>("unsavedChangesMessageBox")),
                             Timeout);
    QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
    QTRY_VERIFY(!c.visibleDialog<QMessageBox>("unsavedChangesMessageBox"));
    QVERIFY(c.window->isVisible());
    QCOMPARE(c.valueEdit()->text(), PhoneNumber);

    QVERIFY(!c.window->close());
    QTRY_VERIFY_WITH_TIMEOUT((box = c.visibleDialog<QMessageBox>("unsavedChangesMessageBox")),
                             Timeout);
    QTest::mouseClick(box->button(QMessageBox::Save), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!c.window->isVisible(), Timeout); // closed once saved
    QVERIFY(c.profiles->load(QStringLiteral("Closing"))
                ->secretNames.contains(SecretNames::PhoneNumber));
}

void TestSecretsPageGui::failedSaveKeepsEditsAndShowsFix()
{
    Console c;
    c.profiles->save(named(QStringLiteral("Locked")));
    c.open();
    QTRY_VERIFY_WITH_TIMEOUT(c.idleWithoutError(), Timeout);
    c.clickRow(SecretNames::AuthToken);
    c.typeValue(AuthToken);

    // Lock the keyring behind the console's back, as a screen lock would.
    QDBusMessage lock = QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.secrets"), QStringLiteral("/org/freedesktop/secrets"),
        QStringLiteral("org.freedesktop.Secret.Service"), QStringLiteral("Lock"));
    lock << QVariant::fromValue(QList<QDBusObjectPath> {
        QDBusObjectPath(QStringLiteral("/org/freedesktop/secrets/collection/login"))});
    const QDBusMessage reply = QDBusConnection::sessionBus().call(lock);
    QVERIFY2(reply.type() == QDBusMessage::ReplyMessage, qPrintable(reply.errorMessage()));

    QTest::mouseClick(c.saveButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(c.errorFrame()->isVisible() && !c.busyBar()->isVisible(), Timeout);
    KeychainError locked;
    locked.kind = KeychainError::Kind::Locked;
    QVERIFY2(c.errorLabel()->text().contains(locked.fix().toHtmlEscaped()),
             qPrintable(c.errorLabel()->text()));
    QVERIFY(c.child<QPushButton>("retryPushButton")->isVisible());
    c.screenshot(QStringLiteral("locked-keyring"));
    // The typed value is still there, still Changed, and can be saved again.
    QCOMPARE(c.status(SecretNames::AuthToken), QStringLiteral("Changed"));
    QCOMPARE(c.valueEdit()->text(), AuthToken);
    QVERIFY(c.saveButton()->isEnabled());
    QVERIFY(
        !c.profiles->load(QStringLiteral("Locked"))->secretNames.contains(SecretNames::AuthToken));
}

QTEST_MAIN(TestSecretsPageGui)
#include "TestSecretsPageGui.moc"
