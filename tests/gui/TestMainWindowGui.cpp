#include "AppInfo.h"
#include "FocusStyle.h"
#include "Icons.h"
#include "MainWindow.h"
#include "ToolbarFit.h"
#include "checks/ChecklistPage.h"
#include "hook/HookPage.h"
#include "log/DeliveryLog.h"
#include "log/LogPage.h"
#include "profile/ProfileStore.h"
#include "run/RunPage.h"
#include "secrets/SecretRules.h"
#include "secrets/SecretStore.h"
#include "secrets/SecretsPage.h"
#include "tenant/TenantPage.h"

#include "hook/HookEditor.h"

#include <QAction>
#include <QComboBox>
#include <QFrame>
#include <QImage>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QStackedWidget>
#include <QStyle>
#include <QStyleOption>
#include <QTest>
#include <QToolButton>

#include <memory>

// The window as a whole: its pages, one profile for all of them, and the checklist's fixes that
// lead to the page where the fix is made.
class TestMainWindowGui : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void pagesInWorkOrder();
    void oneProfileForEveryPage();
    void checklistFixesOpenTheirPage();
    void pageShortcutsAndGuides();
    void gettingStartedUntilHidden();
    void fitsOnASmallScreen();
    void pageIconsSayWhatEachPageIs();
    void editorToolsUseTheirIcons();
    void findBarButtonsLookLikeButtons();
    void keyboardFocusRingStandsOut();
    void unsavedHookCodeIsAskedAboutFirst();

private:
    struct Console
    {
        std::unique_ptr<ProfileStore> profiles = std::make_unique<ProfileStore>();
        std::unique_ptr<SecretStore> secrets = std::make_unique<SecretStore>(profiles.get());
        std::unique_ptr<DeliveryLog> log = std::make_unique<DeliveryLog>();
        std::unique_ptr<MainWindow> window;

        Console()
        {
            log->open();
            window = std::make_unique<MainWindow>(profiles.get(), secrets.get(), log.get());
            window->show();
        }
        ~Console()
        {
            window.reset();
            const bool settled = QTest::qWaitFor(
                [this] {
                    return secrets->findChildren<QObject *>(QString(), Qt::FindDirectChildrenOnly)
                        .isEmpty();
                },
                10000);
            if (!settled)
                qWarning("keychain work still under way when the console closed");
        }
        QWidget *currentPage() const { return window->currentPage(); }
    };
    void addProfile(const QString &name);
};

void TestMainWindowGui::initTestCase()
{
    if (!qEnvironmentVariable("HOME").contains(QLatin1String("smshook-keyring")))
        QSKIP("run inside scripts/with-keyring.sh (ctest does)");
    AppInfo::initialise(*QCoreApplication::instance());
    QSettings().clear();
    addProfile(QStringLiteral("Staging"));
}

void TestMainWindowGui::addProfile(const QString &name)
{
    ProfileStore store;
    Profile profile;
    profile.name = name;
    store.save(profile);
    store.setLastProfile(name);
    store.sync();
}

void TestMainWindowGui::pagesInWorkOrder()
{
    Console c;
    auto *navigation = c.window->findChild<QListWidget *>(QStringLiteral("navigationListWidget"));
    QStringList titles;
    for (int i = 0; i < navigation->count(); ++i)
        titles << navigation->item(i)->text();
    QCOMPARE(titles,
             (QStringList {QStringLiteral("Secrets"), QStringLiteral("Tenant"),
                           QStringLiteral("Hook code"), QStringLiteral("Run"),
                           QStringLiteral("Delivery log"), QStringLiteral("Checklist")}));
    // Choosing an entry shows its page.
    navigation->setCurrentRow(4);
    QCOMPARE(c.currentPage(), static_cast<QWidget *>(c.window->logPage()));
    navigation->setCurrentRow(2);
    QCOMPARE(c.currentPage(), static_cast<QWidget *>(c.window->hookPage()));
    navigation->setCurrentRow(1);
    QCOMPARE(c.currentPage(), static_cast<QWidget *>(c.window->tenantPage()));
}

void TestMainWindowGui::oneProfileForEveryPage()
{
    Console c;
    QTRY_COMPARE(c.window->secretsPage()->currentProfile(), QStringLiteral("Staging"));
    QCOMPARE(c.window->hookPage()->profileName(), QStringLiteral("Staging"));
    QCOMPARE(c.window->runPage()->profileName(), QStringLiteral("Staging"));
    QCOMPARE(c.window->checklistPage()->profileName(), QStringLiteral("Staging"));
    QCOMPARE(c.window->windowTitle(), QStringLiteral("Staging"));
}

void TestMainWindowGui::checklistFixesOpenTheirPage()
{
    Console c;
    QTRY_COMPARE(c.window->secretsPage()->currentProfile(), QStringLiteral("Staging"));
    ChecklistPage *checklist = c.window->checklistPage();
    c.window->showPage(checklist);
    QCOMPARE(c.currentPage(), static_cast<QWidget *>(checklist));

    // "Open the secret in the editor": the Secrets page, with that secret selected.
    Q_EMIT checklist->openSecretRequested(SecretNames::AuthToken);
    QCOMPARE(c.currentPage(), static_cast<QWidget *>(c.window->secretsPage()));
    QTRY_COMPARE(c.window->findChild<QLineEdit *>(QStringLiteral("nameLineEdit"))->text(),
                 SecretNames::AuthToken);

    // "Send a test again": the Run page, To filled in.
    Q_EMIT checklist->sendTestRequested(QStringLiteral("+14155552671"));
    QCOMPARE(c.currentPage(), static_cast<QWidget *>(c.window->runPage()));
    QCOMPARE(c.window->runPage()->findChild<QLineEdit *>(QStringLiteral("toLineEdit"))->text(),
             QStringLiteral("+14155552671"));

    // "Open the hook code".
    Q_EMIT checklist->openHookCodeRequested();
    QCOMPARE(c.currentPage(), static_cast<QWidget *>(c.window->hookPage()));
}

void TestMainWindowGui::pageShortcutsAndGuides()
{
    Console c;
    const QList<QWidget *> pages {c.window->secretsPage(), c.window->tenantPage(),
                                  c.window->hookPage(),    c.window->runPage(),
                                  c.window->logPage(),     c.window->checklistPage()};
    for (int i = 0; i < pages.size(); ++i) {
        auto *go = c.window->findChild<QAction *>(QStringLiteral("goPage%1Action").arg(i + 1));
        QVERIFY(go);
        QCOMPARE(go->shortcut(), QKeySequence(QStringLiteral("Ctrl+%1").arg(i + 1)));
        go->trigger();
        QCOMPARE(c.currentPage(), pages.at(i));
    }
    // The guides the Help menu opens are found from a build tree.
    auto *guide = c.window->findChild<QAction *>(QStringLiteral("actionUserGuide"));
    QCOMPARE(guide->shortcut(), QKeySequence(Qt::Key_F1));
    QVERIFY(c.window->findChild<QAction *>(QStringLiteral("actionSandboxGuide")));
}

void TestMainWindowGui::gettingStartedUntilHidden()
{
    QSettings().remove(QStringLiteral("ui/welcomeHidden"));
    {
        Console c;
        auto *frame = c.window->findChild<QFrame *>(QStringLiteral("welcomeFrame"));
        QVERIFY(frame->isVisible());
        auto *label = c.window->findChild<QLabel *>(QStringLiteral("welcomeLabel"));
        QVERIFY(label->text().contains(QLatin1String("Start here")));
        // Each link leads to its page.
        Q_EMIT label->linkActivated(QStringLiteral("run"));
        QCOMPARE(c.currentPage(), static_cast<QWidget *>(c.window->runPage()));
        Q_EMIT label->linkActivated(QStringLiteral("tenant"));
        QCOMPARE(c.currentPage(), static_cast<QWidget *>(c.window->tenantPage()));
        c.window->findChild<QToolButton *>(QStringLiteral("welcomeCloseToolButton"))->click();
        QVERIFY(!frame->isVisible());
    }
    {
        Console c; // hidden stays hidden
        auto *frame = c.window->findChild<QFrame *>(QStringLiteral("welcomeFrame"));
        QVERIFY(!frame->isVisible());
        c.window->findChild<QAction *>(QStringLiteral("actionGettingStarted"))->trigger();
        QVERIFY(frame->isVisible());
    }
}
void TestMainWindowGui::fitsOnASmallScreen()
{
    // The window can be made as small as SmallestWindowSize, nothing in it holds it larger, and
    // at that size (and at 1024x700) every page fits in width beside a vertical scroll bar: no
    // page, and no widget shown in it, needs more width than the page has; a taller page
    // scrolls instead of holding the window taller.
    Console c;
    QCOMPARE(c.window->minimumSize(), SmallestWindowSize);
    QVERIFY(SmallestWindowSize.width() <= 820 && SmallestWindowSize.height() <= 560);
    const QSize hint = c.window->minimumSizeHint();
    QVERIFY2(hint.width() <= SmallestWindowSize.width()
                 && hint.height() <= SmallestWindowSize.height(),
             qPrintable(QStringLiteral("%1x%2").arg(hint.width()).arg(hint.height())));
    for (const QSize size : {SmallestWindowSize, QSize(1024, 700)}) {
        c.window->resize(size);
        QTRY_COMPARE(c.window->size(), size);
        for (QWidget *page : c.window->pages()) {
            c.window->showPage(page);
            QTRY_VERIFY(page->isVisible());
            QCoreApplication::processEvents();
            auto *scroll = qobject_cast<QScrollArea *>(page->parentWidget()->parentWidget());
            QVERIFY(scroll);
            const QString where = page->objectName()
                + QStringLiteral(" at %1x%2").arg(size.width()).arg(size.height());
            QVERIFY2(
                page->minimumSizeHint().width() <= SmallestPageWidth,
                qPrintable(where
                           + QStringLiteral(": needs %1").arg(page->minimumSizeHint().width())));
            QVERIFY2(page->width() <= scroll->viewport()->width(), qPrintable(where));
            QVERIFY2(!scroll->horizontalScrollBar()->isVisible(), qPrintable(where));
            const QList<QWidget *> widgets = page->findChildren<QWidget *>();
            for (const QWidget *w : widgets) {
                if (!w->isVisibleTo(page) || w->isWindow())
                    continue;
                QVERIFY2(
                    w->minimumSizeHint().width() <= page->width(),
                    qPrintable(where + QLatin1Char(' ') + w->objectName()
                               + QStringLiteral(" needs %1").arg(w->minimumSizeHint().width())));
            }
        }
    }
}

static QImage rendered(const QIcon &icon)
{
    return icon.pixmap(24, 24).toImage().convertToFormat(QImage::Format_ARGB32);
}

void TestMainWindowGui::pageIconsSayWhatEachPageIs()
{
    // Each page has an icon of its own set, none of them blank, no two alike, and each goes by
    // the freedesktop name that says what the page is.
    Console c;
    auto *list = c.window->findChild<QListWidget *>(QStringLiteral("navigationListWidget"));
    QCOMPARE(list->count(), 6);
    const QStringList names {
        QStringLiteral("dialog-password"), QStringLiteral("network-server"),
        QStringLiteral("text-x-script"),   QStringLiteral("mail-send"),
        QStringLiteral("view-list"),       QStringLiteral("checkbox-checked"),
    };
    QList<QImage> images;
    for (int i = 0; i < list->count(); ++i) {
        const QIcon icon = list->item(i)->icon();
        QVERIFY2(!icon.isNull(), qPrintable(list->item(i)->text()));
        QCOMPARE(icon.name(), names.at(i));
        const QImage image = rendered(icon);
        // Drawn, not blank: some pixels are opaque.
        int opaque = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                opaque += qAlpha(image.pixel(x, y)) > 128;
        QVERIFY2(opaque > 20, qPrintable(list->item(i)->text()));
        for (const QImage &other : std::as_const(images))
            QVERIFY2(other != image, qPrintable(list->item(i)->text()));
        images << image;
        // The Go menu's entry has the same icon.
        auto *go = c.window->findChild<QAction *>(QStringLiteral("goPage%1Action").arg(i + 1));
        QVERIFY(go);
        QCOMPARE(go->icon().name(), names.at(i));
    }
    // Without a system theme that has the whole set, the console's own set is used, in the
    // palette's text colour.
    if (!Icons::fromSystemTheme(names.first())) {
        const QImage key = rendered(list->item(0)->icon());
        const QColor text = QGuiApplication::palette().color(QPalette::WindowText);
        bool inTextColour = false;
        for (int y = 0; y < key.height() && !inTextColour; ++y)
            for (int x = 0; x < key.width() && !inTextColour; ++x)
                inTextColour
                    = qAlpha(key.pixel(x, y)) == 255 && QColor(key.pixel(x, y)).rgb() == text.rgb();
        QVERIFY(inTextColour);
    }
}

void TestMainWindowGui::editorToolsUseTheirIcons()
{
    // Undo and Redo are the edit-undo and edit-redo icons, not the style's (green) back and
    // forward arrows; the other tools have theirs.
    Console c;
    HookPage *hook = c.window->hookPage();
    const auto iconOf = [hook](const char *name) {
        auto *button = hook->findChild<QToolButton *>(QLatin1String(name));
        return button ? button->icon() : QIcon();
    };
    QCOMPARE(iconOf("undoToolButton").name(), QStringLiteral("edit-undo"));
    QCOMPARE(iconOf("redoToolButton").name(), QStringLiteral("edit-redo"));
    QVERIFY(rendered(iconOf("undoToolButton"))
            != rendered(hook->style()->standardIcon(QStyle::SP_ArrowBack)));
    QVERIFY(rendered(iconOf("redoToolButton"))
            != rendered(hook->style()->standardIcon(QStyle::SP_ArrowForward)));
    QVERIFY(rendered(iconOf("undoToolButton")) != rendered(iconOf("redoToolButton")));
    QCOMPARE(iconOf("openToolButton").name(), QStringLiteral("document-open"));
    QCOMPARE(iconOf("saveToolButton").name(), QStringLiteral("document-save"));
    QCOMPARE(iconOf("findToolButton").name(), QStringLiteral("edit-find"));
    QCOMPARE(iconOf("deployToolButton").name(), QStringLiteral("document-send"));
    QCOMPARE(iconOf("findPreviousToolButton").name(), QStringLiteral("go-up"));
    QCOMPARE(iconOf("findNextToolButton").name(), QStringLiteral("go-down"));
    QCOMPARE(iconOf("closeFindToolButton").name(), QStringLiteral("window-close"));
    QCOMPARE(iconOf("convertToolButton").name(), QStringLiteral("convert"));
}

void TestMainWindowGui::findBarButtonsLookLikeButtons()
{
    // Replace, Replace All and Close are raised buttons, not flat text beside the fields.
    Console c;
    HookPage *hook = c.window->hookPage();
    for (const char *name : {"replaceToolButton", "replaceAllToolButton", "closeFindToolButton"}) {
        auto *button = hook->findChild<QToolButton *>(QLatin1String(name));
        QVERIFY2(button, name);
        QVERIFY2(!button->autoRaise(), name);
    }
    auto *all = hook->findChild<QToolButton *>(QStringLiteral("replaceAllToolButton"));
    QCOMPARE(all->text(), QStringLiteral("Replace All"));
    auto *close = hook->findChild<QToolButton *>(QStringLiteral("closeFindToolButton"));
    QCOMPARE(close->toolButtonStyle(), Qt::ToolButtonIconOnly);
    QVERIFY(!close->toolTip().isEmpty());
}

void TestMainWindowGui::keyboardFocusRingStandsOut()
{
    // On a light and on a dark palette the ring is solid, two pixels wide and stands out from
    // the window by at least 3:1; a click (no keyboard focus change) draws none.
    FocusStyle style;
    QPalette light(QColor(0xef, 0xef, 0xef));
    light.setColor(QPalette::Highlight, QColor(0x30, 0x8c, 0xc6));
    QPalette dark(QColor(0x2a, 0x2a, 0x2a));
    dark.setColor(QPalette::Highlight, QColor(0x1a, 0x3a, 0x6a)); // dark on dark: raised
    for (const QPalette &palette : {light, dark}) {
        const QColor window = palette.color(QPalette::Window);
        const QColor ring = FocusStyle::ringColor(palette);
        QVERIFY2(FocusStyle::contrast(ring, window) >= 3.0,
                 qPrintable(ring.name() + QLatin1String(" on ") + window.name()));
        const auto draw = [&](QStyle::State state) {
            QImage image(60, 30, QImage::Format_ARGB32);
            image.fill(window);
            QPainter painter(&image);
            QStyleOptionFocusRect option;
            option.rect = QRect(0, 0, 60, 30);
            option.palette = palette;
            option.state = state;
            style.drawPrimitive(QStyle::PE_FrameFocusRect, &option, &painter);
            painter.end();
            return image;
        };
        const QImage keyboard = draw(QStyle::State_HasFocus | QStyle::State_KeyboardFocusChange);
        // Along the middle of the left edge: the ring's colour, two pixels deep.
        for (int x = 0; x < FocusStyle::RingWidth; ++x)
            QCOMPARE(QColor(keyboard.pixel(x, 15)).name(), ring.name());
        QCOMPARE(QColor(keyboard.pixel(FocusStyle::RingWidth + 1, 15)).name(), window.name());
        QCOMPARE(draw(QStyle::State_HasFocus), [&] {
            QImage blank(60, 30, QImage::Format_ARGB32);
            blank.fill(window);
            return blank;
        }());
    }
}

void TestMainWindowGui::unsavedHookCodeIsAskedAboutFirst()
{
    addProfile(QStringLiteral("Other"));
    addProfile(QStringLiteral("Staging")); // the last profile: shown first
    Console c;
    QTRY_COMPARE(c.window->secretsPage()->currentProfile(), QStringLiteral("Staging"));
    auto *editor = c.window->hookPage()->findChild<HookEditor *>(QStringLiteral("codeEditor"));
    QVERIFY(editor);
    const auto edit = [&] {
        editor->setFocus();
        QTest::keyClicks(editor, QStringLiteral("// edited"));
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_VERIFY(c.window->hookPage()->isModified());
    };
    const auto question = [&]() -> QMessageBox * {
        QMessageBox *box = nullptr;
        [&] {
            QTRY_VERIFY((box = c.window->hookPage()->findChild<QMessageBox *>(
                             QStringLiteral("unsavedMessageBox")))
                        && box->isVisible());
        }();
        return box;
    };
    const auto onEveryPage = [&](const QString &name) {
        QCOMPARE(c.window->secretsPage()->currentProfile(), name);
        QCOMPARE(c.window->findChild<QComboBox *>(QStringLiteral("profileComboBox"))->currentText(),
                 name);
        QCOMPARE(c.window->windowTitle(), name);
        QCOMPARE(c.window->hookPage()->profileName(), name);
        QCOMPARE(c.window->runPage()->profileName(), name);
        QCOMPARE(c.window->checklistPage()->profileName(), name);
    };
    auto *combo = c.window->findChild<QComboBox *>(QStringLiteral("profileComboBox"));
    edit();
    const QString edited = editor->text();

    // Choosing another profile asks before anything changes; Cancel changes nothing.
    combo->setCurrentIndex(combo->findText(QStringLiteral("Other")));
    QMessageBox *box = question();
    onEveryPage(QStringLiteral("Staging"));
    QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
    QTRY_VERIFY(!box->isVisible());
    onEveryPage(QStringLiteral("Staging"));
    QCOMPARE(editor->text(), edited);
    QVERIFY(c.window->hookPage()->isModified());

    // Discard: then the whole console moves, and the question is not asked twice.
    combo->setCurrentIndex(combo->findText(QStringLiteral("Other")));
    box = question();
    QTest::mouseClick(box->button(QMessageBox::Discard), Qt::LeftButton);
    QTRY_COMPARE(c.window->secretsPage()->currentProfile(), QStringLiteral("Other"));
    onEveryPage(QStringLiteral("Other"));
    QVERIFY(!c.window->hookPage()->isModified());
    QVERIFY(!editor->text().contains(QLatin1String("// edited")));
    QTest::qWait(100);
    QVERIFY(!c.window->hookPage()->findChild<QMessageBox *>(QStringLiteral("unsavedMessageBox"))
            || !c.window->hookPage()
                    ->findChild<QMessageBox *>(QStringLiteral("unsavedMessageBox"))
                    ->isVisible());

    // Creating a profile shows it at once: the question comes first, and Cancel creates none.
    edit();
    auto *add = c.window->findChild<QPushButton *>(QStringLiteral("addProfilePushButton"));
    QTRY_VERIFY(add->isEnabled());
    QTest::mouseClick(add, Qt::LeftButton);
    QInputDialog *name = nullptr;
    QTRY_VERIFY(
        (name = c.window->findChild<QInputDialog *>(QStringLiteral("profileNameInputDialog")))
        && name->isVisible());
    name->setTextValue(QStringLiteral("Third"));
    name->accept();
    box = question();
    QVERIFY(!c.profiles->contains(QStringLiteral("Third")));
    onEveryPage(QStringLiteral("Other"));
    QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
    QTRY_VERIFY(!box->isVisible());
    QVERIFY(!c.profiles->contains(QStringLiteral("Third")));
    onEveryPage(QStringLiteral("Other"));
    QVERIFY(c.window->hookPage()->isModified());
}

QTEST_MAIN(TestMainWindowGui)
#include "TestMainWindowGui.moc"
