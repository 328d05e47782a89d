#include "AccessibilitySupport.h"
#include "Tones.h"
#include "log/Attempt.h"
#include "log/LogPage.h"

#include <QAbstractItemView>
#include <QDir>
#include <QHash>
#include <QImage>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableView>
#include <QTemporaryDir>

#include <cmath>

using namespace AccessibilitySupport;

// Every page on a dark and on a high-contrast palette: the palette's own pairs, the judging
// colours, every label and the views' coloured rows keep a contrast of 4.5:1 (WCAG's for text).
// The renders are kept in the build folder (tests/gui/accessibility) for a look.
class TestPaletteContrastGui : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void palettesKeepTextReadable_data();
    void palettesKeepTextReadable();
};

namespace {

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

void TestPaletteContrastGui::initTestCase()
{
    if (!prepare())
        QSKIP("run inside scripts/with-keyring.sh (ctest does)");
}

void TestPaletteContrastGui::palettesKeepTextReadable_data()
{
    QTest::addColumn<QPalette>("palette");
    QTest::newRow("dark") << darkPalette();
    QTest::newRow("high-contrast") << highContrastPalette();
}

void TestPaletteContrastGui::palettesKeepTextReadable()
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

QTEST_MAIN(TestPaletteContrastGui)
#include "TestPaletteContrastGui.moc"
