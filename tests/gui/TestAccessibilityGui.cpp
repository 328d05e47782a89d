#include "AccessibilitySupport.h"
#include "hook/ConvertToActionDialog.h"
#include "hook/DeployDialog.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAction>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialog>
#include <QGroupBox>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollBar>
#include <QTabBar>
#include <QTabWidget>

#include <algorithm>
#include <functional>

using namespace AccessibilitySupport;

// The window as a keyboard and screen-reader user meets it, page by page and in its dialogs:
// every control has a name to read out, and Tab reaches every enabled control in the order of
// the layout and leaves every page again.
class TestAccessibilityGui : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void everyControlHasAName();
    void tabReachesEveryControlInLayoutOrder();
    void dialogsNameEveryControlAndLetTabThrough();
};

namespace {

// Widgets that are parts of another control, named and focused through it.
bool isPartOfAnotherControl(const QWidget *widget)
{
    if (qobject_cast<const QScrollBar *>(widget))
        return true;
    for (const QObject *p = widget->parent(); p; p = p->parent()) {
        if (qobject_cast<const QAbstractSpinBox *>(p) || qobject_cast<const QComboBox *>(p))
            return true;
        if (qobject_cast<const QMenu *>(p))
            return true;
    }
    return false;
}

// The controls Tab can stop at inside root (focus proxies count as the widget they serve).
QList<QWidget *> focusableControls(QWidget *root)
{
    QList<QWidget *> controls;
    const auto all = root->findChildren<QWidget *>();
    for (QWidget *w : all) {
        if (!(w->focusPolicy() & Qt::TabFocus) || w->focusProxy() || w->isWindow()
            || isPartOfAnotherControl(w))
            continue;
        controls << w;
    }
    return controls;
}

// What a screen reader announces as the control's name, from what the console sets: its
// accessible name, its own text (buttons, group boxes, tabs) or the label whose buddy it is.
// Qt's fallbacks that say nothing of what a control is for (a combo box's current entry, an
// editor's content) do not count.
QString nameOf(QWidget *widget, QWidget *window)
{
    if (!widget->accessibleName().trimmed().isEmpty())
        return widget->accessibleName().trimmed();
    if (auto *button = qobject_cast<QAbstractButton *>(widget)) {
        // A symbol ("×", "…", "▸") is not a name to read out.
        const QString text = withoutMnemonic(button->text());
        if (std::any_of(text.cbegin(), text.cend(), [](QChar ch) { return ch.isLetterOrNumber(); }))
            return text;
    }
    if (auto *group = qobject_cast<QGroupBox *>(widget)) {
        if (!withoutMnemonic(group->title()).isEmpty())
            return withoutMnemonic(group->title());
    }
    if (auto *tabs = qobject_cast<QTabBar *>(widget)) {
        QStringList names;
        for (int i = 0; i < tabs->count(); ++i) {
            if (withoutMnemonic(tabs->tabText(i)).isEmpty()
                && tabs->accessibleTabName(i).trimmed().isEmpty())
                return {};
            names << withoutMnemonic(tabs->tabText(i));
        }
        return names.join(QLatin1Char('/'));
    }
    const auto labels = window->findChildren<QLabel *>();
    for (QLabel *label : labels) {
        QWidget *buddy = label->buddy();
        while (buddy && buddy->focusProxy())
            buddy = buddy->focusProxy();
        if ((label->buddy() == widget || buddy == widget)
            && !withoutMnemonic(plainText(label->text())).isEmpty())
            return withoutMnemonic(plainText(label->text()));
    }
    return {};
}

// Editors of many lines of code, where Tab indents (and Ctrl+Tab must move on instead).
bool takesTabForIndenting(const QWidget *w)
{
    return w->inherits("QsciScintillaBase")
        || (qobject_cast<const QPlainTextEdit *>(w)
            && !static_cast<const QPlainTextEdit *>(w)->tabChangesFocus()
            && !static_cast<const QPlainTextEdit *>(w)->isReadOnly());
}

} // namespace

void TestAccessibilityGui::initTestCase()
{
    if (!prepare())
        QSKIP("run inside scripts/with-keyring.sh (ctest does)");
}

void TestAccessibilityGui::everyControlHasAName()
{
    Console c;
    QStringList unnamed;
    // The window's own controls (navigation, getting started) and every page's, including the
    // tabs and panels a page shows only in some states.
    for (QWidget *w : focusableControls(c.window.get())) {
        // What Qt hands a screen reader says the same (a combo box says its current entry
        // there, and its label through a relation).
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(w);
        const QString exposed
            = accessible ? accessible->text(QAccessible::Name).trimmed() : QString();
        if (!nameOf(w, c.window.get()).isEmpty() && exposed.isEmpty()
            && !qobject_cast<QComboBox *>(w))
            unnamed << QStringLiteral("%1 (named, but Qt exposes no name)").arg(describe(w));
        if (nameOf(w, c.window.get()).isEmpty()) {
            QString where;
            for (int i = 0; i < c.pages()->count(); ++i) {
                if (c.pages()->widget(i)->isAncestorOf(w))
                    where = c.pageTitle(i);
            }
            unnamed << QStringLiteral("%1 on %2")
                           .arg(describe(w), where.isEmpty() ? QStringLiteral("window") : where);
        }
    }
    unnamed.sort();
    for (const QString &line : std::as_const(unnamed))
        qWarning("unnamed: %s", qPrintable(line));
    QVERIFY2(unnamed.isEmpty(),
             qPrintable(QStringLiteral("%1 control(s) without an accessible name, buddy label or "
                                       "text:\n  ")
                            .arg(unnamed.size())
                        + unnamed.join(QStringLiteral("\n  "))));
}

void TestAccessibilityGui::tabReachesEveryControlInLayoutOrder()
{
    Console c;
    QVERIFY(QTest::qWaitForWindowExposed(c.window.get()));
    c.window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(c.window.get()));
    QStringList problems;
    for (int i = 0; i < c.pages()->count(); ++i) {
        QWidget *page = c.showPage(i);
        // The page as it opens, every tab of its tab widgets in turn, and the bars it shows on
        // demand (find and replace, the import from Twilio).
        QList<QTabWidget *> tabWidgets = page->findChildren<QTabWidget *>();
        struct State
        {
            QString name;
            std::function<void()> enter;
        };
        QList<State> states {{QString(), [] {}}};
        for (QTabWidget *tabs : tabWidgets)
            for (int t = 1; t < tabs->count(); ++t)
                states.append({QStringLiteral("tab \"%1\"").arg(withoutMnemonic(tabs->tabText(t))),
                               [tabs, t] { tabs->setCurrentIndex(t); }});
        if (auto *replace = page->findChild<QAction *>(QStringLiteral("actionReplace")))
            states.append({QStringLiteral("find and replace"), [replace] { replace->trigger(); }});
        if (auto *sync = page->findChild<QPushButton *>(QStringLiteral("logSyncPushButton")))
            states.append({QStringLiteral("import bar"), [sync] { sync->click(); }});
        QList<QWidget *> asOpened;
        for (const State &state : std::as_const(states)) {
            for (QTabWidget *tabs : tabWidgets)
                tabs->setCurrentIndex(0);
            state.enter();
            QCoreApplication::processEvents();
            const QString where = state.name.isEmpty()
                ? c.pageTitle(i)
                : QStringLiteral("%1 (%2)").arg(c.pageTitle(i), state.name);

            QList<QWidget *> expected;
            for (QWidget *w : focusableControls(page)) {
                if (w->isVisibleTo(c.window.get()) && w->isEnabled())
                    expected << w;
            }
            // A tab or a bar shows controls of its own.
            if (state.name.isEmpty())
                asOpened = expected;
            else
                QVERIFY2(expected != asOpened, qPrintable(where));
            c.navigation()->setFocus(Qt::TabFocusReason);
            QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(c.navigation()));
            QList<QWidget *> reached;
            bool left = false;
            for (int step = 0; step < 400; ++step) {
                QWidget *from = QApplication::focusWidget();
                QTest::keyClick(from, Qt::Key_Tab);
                QWidget *to = QApplication::focusWidget();
                // A date edit moves through its day, month and year first.
                for (int section = 1; to == from && qobject_cast<QDateTimeEdit *>(from)
                     && section < static_cast<QDateTimeEdit *>(from)->sectionCount();
                     ++section) {
                    QTest::keyClick(from, Qt::Key_Tab);
                    to = QApplication::focusWidget();
                }
                if (to == from && takesTabForIndenting(from)) {
                    // A code editor indents with Tab; Ctrl+Tab moves on from it.
                    QTest::keyClick(from, Qt::Key_Tab, Qt::ControlModifier);
                    to = QApplication::focusWidget();
                }
                if (to == from) {
                    problems << QStringLiteral("%1: Tab stays in %2 (a focus trap)")
                                    .arg(where, describe(from));
                    break;
                }
                if (to == c.navigation()) {
                    left = true;
                    break;
                }
                if (page->isAncestorOf(to))
                    reached << to;
            }
            if (!left && (problems.isEmpty() || !problems.constLast().startsWith(where)))
                problems << QStringLiteral("%1: Tab never comes back to the page list").arg(where);
            for (QWidget *w : expected) {
                // Tab stops at one button of a group of radio buttons; the arrows choose.
                auto *radio = qobject_cast<QRadioButton *>(w);
                if (radio && radio->autoExclusive()) {
                    const auto siblings = w->parentWidget()->findChildren<QRadioButton *>(
                        QString(), Qt::FindDirectChildrenOnly);
                    if (std::any_of(siblings.cbegin(), siblings.cend(),
                                    [&reached](QRadioButton *r) { return reached.contains(r); }))
                        continue;
                }
                if (!reached.contains(w))
                    problems << QStringLiteral("%1: Tab never reaches %2").arg(where, describe(w));
            }
            // The order follows the layout: from one control to the next, never back to one
            // that is wholly above and wholly to the left of it.
            for (int k = 1; k < reached.size(); ++k) {
                const QRect a = windowRect(reached.at(k - 1), c.window.get());
                const QRect b = windowRect(reached.at(k), c.window.get());
                if (b.bottom() < a.top() && b.right() < a.left())
                    problems << QStringLiteral("%1: Tab goes back up from %2 to %3")
                                    .arg(where, describe(reached.at(k - 1)),
                                         describe(reached.at(k)));
            }
            if (!problems.isEmpty() && problems.constLast().startsWith(where)) {
                QStringList order;
                for (QWidget *w : std::as_const(reached))
                    order << w->objectName();
                qWarning("%s: Tab order %s", qPrintable(where), qPrintable(order.join(u' ')));
            }
        }
        for (QTabWidget *tabs : tabWidgets)
            tabs->setCurrentIndex(0);
    }
    for (const QString &line : std::as_const(problems))
        qWarning("%s", qPrintable(line));
    QVERIFY2(
        problems.isEmpty(),
        qPrintable(
            QStringLiteral("%1 problem(s) with the keyboard, listed above").arg(problems.size())));
}

void TestAccessibilityGui::dialogsNameEveryControlAndLetTabThrough()
{
    Console c;
    const std::optional<Profile> profile = c.profiles->load(QStringLiteral("Staging"));
    QVERIFY(profile);
    ConvertToActionDialog convert(c.window.get());
    DeployDialog deploy(*profile,
                        QStringLiteral("exports.onExecuteCustomPhoneProvider = async () => {};\n"),
                        c.secrets.get(), c.window.get());
    QStringList problems;
    for (QDialog *dialog : {static_cast<QDialog *>(&convert), static_cast<QDialog *>(&deploy)}) {
        const QString where = QString::fromLatin1(dialog->metaObject()->className());
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        dialog->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        for (QWidget *w : focusableControls(dialog)) {
            QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(w);
            if (nameOf(w, dialog).isEmpty())
                problems << QStringLiteral("%1: %2 has no name").arg(where, describe(w));
            else if ((!accessible || accessible->text(QAccessible::Name).trimmed().isEmpty())
                     && !qobject_cast<QComboBox *>(w))
                problems << QStringLiteral("%1: %2 is named, but Qt exposes no name")
                                .arg(where, describe(w));
        }
        // Tab from the first control comes back to it, having reached every enabled one.
        QList<QWidget *> expected;
        for (QWidget *w : focusableControls(dialog)) {
            if (w->isVisibleTo(dialog) && w->isEnabled())
                expected << w;
        }
        QVERIFY2(!expected.isEmpty(), qPrintable(where));
        QWidget *start = expected.constFirst();
        start->setFocus(Qt::TabFocusReason);
        QTRY_COMPARE(QApplication::focusWidget(), start);
        QList<QWidget *> reached {start};
        for (int step = 0; step < 200; ++step) {
            QWidget *from = QApplication::focusWidget();
            QTest::keyClick(from, Qt::Key_Tab);
            QWidget *to = QApplication::focusWidget();
            if (to == from && takesTabForIndenting(from)) {
                QTest::keyClick(from, Qt::Key_Tab, Qt::ControlModifier);
                to = QApplication::focusWidget();
            }
            if (to == from) {
                problems << QStringLiteral("%1: Tab stays in %2").arg(where, describe(from));
                break;
            }
            if (to == start)
                break;
            reached << to;
        }
        for (QWidget *w : std::as_const(expected)) {
            if (!reached.contains(w))
                problems << QStringLiteral("%1: Tab never reaches %2").arg(where, describe(w));
        }
        dialog->hide();
    }
    for (const QString &line : std::as_const(problems))
        qWarning("%s", qPrintable(line));
    QVERIFY2(
        problems.isEmpty(),
        qPrintable(
            QStringLiteral("%1 problem(s) in the dialogs, listed above").arg(problems.size())));
}

QTEST_MAIN(TestAccessibilityGui)
#include "TestAccessibilityGui.moc"
