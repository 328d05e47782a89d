#include "AppInfo.h"
#include "MainWindow.h"
#include "Tones.h"
#include "hook/ConvertToActionDialog.h"
#include "hook/DeployDialog.h"
#include "log/Attempt.h"
#include "log/DeliveryLog.h"
#include "log/LogPage.h"
#include "profile/ProfileStore.h"
#include "secrets/SecretStore.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialog>
#include <QDir>
#include <QGroupBox>
#include <QHash>
#include <QImage>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSettings>
#include <QStackedWidget>
#include <QStyleFactory>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

#include <algorithm>
#include <cmath>
#include <functional>
#include <memory>

// The window as a keyboard and screen-reader user meets it, page by page: every control has a
// name to read out, Tab reaches every enabled control in the order of the layout and leaves
// every page again, and the text stays readable on a dark and on a high-contrast palette.
class TestAccessibilityGui : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void everyControlHasAName();
    void tabReachesEveryControlInLayoutOrder();
    void dialogsNameEveryControlAndLetTabThrough();
    void palettesKeepTextReadable_data();
    void palettesKeepTextReadable();

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
            window->resize(1180, 740);
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
        QListWidget *navigation() const
        {
            return window->findChild<QListWidget *>(QStringLiteral("navigationListWidget"));
        }
        QStackedWidget *pages() const
        {
            return window->findChild<QStackedWidget *>(QStringLiteral("pagesStackedWidget"));
        }
        // Shows page i as the navigation list does, its tabs left as they are.
        QWidget *showPage(int i)
        {
            navigation()->setCurrentRow(i);
            QWidget *page = pages()->currentWidget();
            QCoreApplication::processEvents();
            return page;
        }
        QString pageTitle(int i) const { return navigation()->item(i)->text(); }
    };
};

namespace {

QString withoutMnemonic(QString text)
{
    text.replace(QLatin1String("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    return text.trimmed();
}

QString plainText(const QString &text)
{
    if (!Qt::mightBeRichText(text))
        return text.trimmed();
    QTextDocument document;
    document.setHtml(text);
    return document.toPlainText().trimmed();
}

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

QString describe(const QWidget *w)
{
    return QStringLiteral("%1 \"%2\"")
        .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName());
}

QRect windowRect(const QWidget *w, const QWidget *window)
{
    return QRect(w->mapTo(window, QPoint(0, 0)), w->size());
}

double luminance(const QColor &c)
{
    const auto channel
        = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

// colour painted with its alpha over an opaque background.
QColor over(const QColor &colour, const QColor &background)
{
    const double a = colour.alphaF();
    return QColor::fromRgbF(float(colour.redF() * a + background.redF() * (1 - a)),
                            float(colour.greenF() * a + background.greenF() * (1 - a)),
                            float(colour.blueF() * a + background.blueF() * (1 - a)));
}

// The colour that fills most of rect in image: the background text is drawn on.
QColor dominantColor(const QImage &image, const QRect &rect)
{
    QHash<QRgb, int> counts;
    const QRect r = rect.intersected(image.rect());
    for (int y = r.top(); y <= r.bottom(); ++y)
        for (int x = r.left(); x <= r.right(); ++x)
            ++counts[image.pixel(x, y) | 0xff000000u];
    QRgb best = 0;
    int bestCount = -1;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > bestCount) {
            best = it.key();
            bestCount = it.value();
        }
    }
    return QColor::fromRgb(best);
}

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    p.setColor(QPalette::WindowText, QColor(0xe0, 0xe0, 0xe0));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    p.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::ButtonText, QColor(0xe0, 0xe0, 0xe0));
    p.setColor(QPalette::BrightText, QColor(0xff, 0x80, 0x80));
    p.setColor(QPalette::ToolTipBase, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::ToolTipText, QColor(0xe0, 0xe0, 0xe0));
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x65, 0xca));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
    p.setColor(QPalette::LinkVisited, QColor(0xc5, 0x8a, 0xf9));
    p.setColor(QPalette::Light, QColor(0x50, 0x50, 0x50));
    p.setColor(QPalette::Midlight, QColor(0x40, 0x40, 0x40));
    p.setColor(QPalette::Mid, QColor(0x30, 0x30, 0x30));
    p.setColor(QPalette::Dark, QColor(0x20, 0x20, 0x20));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    return p;
}

// Like the "High Contrast Black" themes of the desktops: white on black, yellow links, cyan
// selection.
QPalette highContrastPalette()
{
    QPalette p;
    for (auto role : {QPalette::Window, QPalette::Base, QPalette::AlternateBase, QPalette::Button,
                      QPalette::ToolTipBase, QPalette::Shadow, QPalette::Dark, QPalette::Mid})
        p.setColor(role, Qt::black);
    for (auto role :
         {QPalette::WindowText, QPalette::Text, QPalette::ButtonText, QPalette::ToolTipText,
          QPalette::BrightText, QPalette::Light, QPalette::Midlight})
        p.setColor(role, Qt::white);
    p.setColor(QPalette::PlaceholderText, QColor(0xc0, 0xc0, 0xc0));
    p.setColor(QPalette::Highlight, QColor(0x1a, 0xeb, 0xff));
    p.setColor(QPalette::HighlightedText, Qt::black);
    p.setColor(QPalette::Link, QColor(0xff, 0xff, 0x00));
    p.setColor(QPalette::LinkVisited, QColor(0xff, 0xff, 0x00));
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(0x3f, 0xf2, 0x3f));
    return p;
}

QString screenshotDir()
{
    const QString dir = QStringLiteral(SMSHOOK_ACCESSIBILITY_SCREENSHOTS);
    QDir().mkpath(dir);
    return dir;
}

} // namespace

void TestAccessibilityGui::initTestCase()
{
    if (!qEnvironmentVariable("HOME").contains(QLatin1String("smshook-keyring")))
        QSKIP("run inside scripts/with-keyring.sh (ctest does)");
    AppInfo::initialise(*QCoreApplication::instance());
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QSettings().clear();
    ProfileStore store;
    Profile profile;
    profile.name = QStringLiteral("Staging");
    store.save(profile);
    store.setLastProfile(profile.name);
    store.sync();
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

void TestAccessibilityGui::palettesKeepTextReadable_data()
{
    QTest::addColumn<QPalette>("palette");
    QTest::newRow("dark") << darkPalette();
    QTest::newRow("high-contrast") << highContrastPalette();
}

void TestAccessibilityGui::palettesKeepTextReadable()
{
    QFETCH(QPalette, palette);
    const QPalette before = QApplication::palette();
    QApplication::setPalette(palette);
    const auto restore = qScopeGuard([&before] { QApplication::setPalette(before); });
    QStringList problems;
    const auto check = [&problems](const QString &what, const QColor &text, const QColor &back) {
        const double ratio = contrast(text, back);
        if (ratio < 4.5)
            problems << QStringLiteral("%1: %2 on %3, contrast %4:1 (4.5:1 needed)")
                            .arg(what, text.name(), back.name())
                            .arg(ratio, 0, 'f', 2);
    };
    // The palette's own pairs, and every judging colour on the window and on a view's base.
    check(QStringLiteral("window text"), palette.color(QPalette::WindowText),
          palette.color(QPalette::Window));
    check(QStringLiteral("view text"), palette.color(QPalette::Text),
          palette.color(QPalette::Base));
    check(QStringLiteral("button text"), palette.color(QPalette::ButtonText),
          palette.color(QPalette::Button));
    check(QStringLiteral("selected text"), palette.color(QPalette::HighlightedText),
          palette.color(QPalette::Highlight));
    for (Tone tone : {Tone::Good, Tone::Bad, Tone::Caution, Tone::Busy, Tone::Idle}) {
        check(QStringLiteral("tone %1 on the window").arg(int(tone)), Tones::color(tone, palette),
              palette.color(QPalette::Window));
        check(QStringLiteral("tone %1 on a view").arg(int(tone)), Tones::color(tone, palette),
              palette.color(QPalette::Base));
    }

    // A delivery log of this run's own.
    QTemporaryDir logDir;
    QVERIFY(logDir.isValid());
    const QByteArray logPathBefore = qgetenv("SMSHOOK_LOG_PATH");
    qputenv("SMSHOOK_LOG_PATH", logDir.filePath(QStringLiteral("log.sqlite")).toUtf8());
    const auto restoreLogPath = qScopeGuard([&logPathBefore] {
        if (logPathBefore.isEmpty())
            qunsetenv("SMSHOOK_LOG_PATH");
        else
            qputenv("SMSHOOK_LOG_PATH", logPathBefore);
    });
    Console c;
    QVERIFY(QTest::qWaitForWindowExposed(c.window.get()));
    // The delivery log with one attempt per outcome, so that its table and details show their
    // judging colours.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const struct
    {
        Attempt::Outcome outcome;
        const char *status;
        int errorCode;
    } rows[] = {{Attempt::Outcome::Delivered, "delivered", 0},
                {Attempt::Outcome::Failed, "undelivered", 30003},
                {Attempt::Outcome::Rejected, "", 21211},
                {Attempt::Outcome::Pending, "queued", 0},
                {Attempt::Outcome::Sent, "sent", 0},
                {Attempt::Outcome::NotSent, "", 0},
                {Attempt::Outcome::Cancelled, "canceled", 0},
                {Attempt::Outcome::Unknown, "", 0}};
    int written = 0;
    for (int k = 0; k < int(std::size(rows)); ++k) {
        Attempt a;
        a.createdAt = now.addSecs(-60 * (k + 1));
        a.profile = QStringLiteral("Staging");
        a.to = QStringLiteral("+1415555%1").arg(2671 + k);
        a.from = QStringLiteral("+15005550006");
        a.body = QStringLiteral("123456 is your verification code");
        a.sid = QString::fromLatin1(rows[k].status).isEmpty()
            ? QString()
            : QStringLiteral("SM%1").arg(k, 32, 10, QLatin1Char('0'));
        a.status = QString::fromLatin1(rows[k].status);
        a.outcome = rows[k].outcome;
        a.errorCode = rows[k].errorCode;
        c.log->beginAttempt(a, c.window.get(), [&written](qint64, const QString &) { ++written; });
    }
    QTRY_COMPARE(written, int(std::size(rows)));

    const QString dir = screenshotDir();
    for (int i = 0; i < c.pages()->count(); ++i) {
        QWidget *page = c.showPage(i);
        if (page == c.window->logPage()) {
            auto *table = page->findChild<QTableView *>(QStringLiteral("logTableView"));
            QPushButton *refresh
                = page->findChild<QPushButton *>(QStringLiteral("logRefreshPushButton"));
            refresh->click();
            QTRY_COMPARE(table->model()->rowCount(), int(std::size(rows)));
            // The failed attempt's details: its outcome and Twilio's explanation.
            table->selectRow(1);
            QTRY_VERIFY(page->findChild<QLabel *>(QStringLiteral("detailOutcomeLabel"))
                            ->isVisibleTo(c.window.get()));
        }
        // Each cell of the page's views in its own colour on its row's background (the
        // palette's text on its base is checked above).
        const auto views = page->findChildren<QAbstractItemView *>();
        for (QAbstractItemView *view : views) {
            if (!view->isVisibleTo(c.window.get()) || !view->model())
                continue;
            const QAbstractItemModel *model = view->model();
            QList<QModelIndex> parents {QModelIndex()};
            int row = 0; // as painted, for the alternating colours
            while (!parents.isEmpty() && row < 500) {
                const QModelIndex parent = parents.takeFirst();
                for (int r = 0; r < model->rowCount(parent); ++r, ++row) {
                    for (int col = 0; col < model->columnCount(parent); ++col) {
                        const QModelIndex index = model->index(r, col, parent);
                        if (col == 0 && model->hasChildren(index))
                            parents << index;
                        const QVariant fg = index.data(Qt::ForegroundRole);
                        const QVariant bg = index.data(Qt::BackgroundRole);
                        if (!fg.isValid() && !bg.isValid())
                            continue;
                        const QColor text = fg.isValid() ? fg.value<QBrush>().color()
                                                         : view->palette().color(QPalette::Text);
                        const QColor base = (view->alternatingRowColors() && row % 2)
                            ? view->palette().color(QPalette::AlternateBase)
                            : view->palette().color(QPalette::Base);
                        // A tint is painted over the base with its alpha.
                        const QColor back
                            = bg.isValid() ? over(bg.value<QBrush>().color(), base) : base;
                        check(QStringLiteral("%1, %2 row %3 column %4 (%5)")
                                  .arg(c.pageTitle(i), describe(view))
                                  .arg(r)
                                  .arg(col)
                                  .arg(index.data().toString()),
                              text, back);
                    }
                }
            }
        }
        const QImage image = c.window->grab().toImage();
        const QString file
            = QDir(dir).filePath(QStringLiteral("%1-page%2.png")
                                     .arg(QString::fromLatin1(QTest::currentDataTag()))
                                     .arg(i + 1));
        QVERIFY2(image.save(file), qPrintable(file));
        // Every label the page shows: its text colour (the palette's, or a tone's from its style
        // sheet) on what is painted behind it.
        const auto labels = c.window->findChildren<QLabel *>();
        int checked = 0;
        for (QLabel *label : labels) {
            if (!label->isVisibleTo(c.window.get()) || !label->isEnabled()
                || plainText(label->text()).isEmpty() || label->width() < 4 || label->height() < 4)
                continue;
            label->ensurePolished();
            // A tone's colour comes in a style sheet: the palette the label paints with has it.
            const QRegularExpressionMatch tone
                = QRegularExpression(QStringLiteral("^color: (#[0-9a-f]{6});"))
                      .match(label->styleSheet());
            if (tone.hasMatch())
                QCOMPARE(label->palette().color(label->foregroundRole()).name(), tone.captured(1));
            const QColor back = dominantColor(image, windowRect(label, c.window.get()));
            check(QStringLiteral("%1, %2").arg(c.pageTitle(i), describe(label)),
                  label->palette().color(label->foregroundRole()), back);
            ++checked;
            if (label->text().contains(QLatin1String("<a ")))
                check(QStringLiteral("%1, link of %2").arg(c.pageTitle(i), describe(label)),
                      label->palette().color(QPalette::Link), back);
        }
        // The window's own labels and at least one of the page's.
        QVERIFY2(checked > 1, qPrintable(c.pageTitle(i)));
    }
    problems.removeDuplicates();
    for (const QString &line : std::as_const(problems))
        qWarning("%s", qPrintable(line));
    QVERIFY2(
        problems.isEmpty(),
        qPrintable(
            QStringLiteral("%1 colour pair(s) below 4.5:1, listed above").arg(problems.size())));
}

QTEST_MAIN(TestAccessibilityGui)
#include "TestAccessibilityGui.moc"
