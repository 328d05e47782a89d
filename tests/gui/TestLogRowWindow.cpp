// The log table's window of rows (LogRowWindow) and its scroll bar over every row
// (LogRowScroller): a view over many rows holds only the window, scrolls over all of them with
// the bar, the wheel and the keys, keeps its selection on its row as the window moves, and keeps
// the rows in view when rows come or go above them. QAbstractItemModelTester checks every signal
// the window sends.

#include "log/LogRowWindow.h"

#include <QAbstractItemModelTester>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QScrollBar>
#include <QStringListModel>
#include <QTableView>
#include <QTest>

namespace {

constexpr int SourceRows = 1000;
constexpr int WindowRows = 120;

QStringList numbered(int count, const QString &prefix = QStringLiteral("row "))
{
    QStringList rows;
    for (int i = 0; i < count; ++i)
        rows << prefix + QString::number(i);
    return rows;
}

} // namespace

class TestLogRowWindow : public QObject
{
    Q_OBJECT

private:
    struct Fixture
    {
        QStringListModel source {numbered(SourceRows)};
        LogRowWindow window;
        QAbstractItemModelTester tester {&window, QAbstractItemModelTester::FailureReportingMode::QtTest};
        QWidget box;
        QTableView &view = *new QTableView(&box);
        QScrollBar &bar = *new QScrollBar(Qt::Vertical, &box);
        LogRowScroller *scroller = nullptr;

        Fixture()
        {
            window.setWindowRows(WindowRows);
            window.setSourceModel(&source);
            view.setModel(&window);
            view.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
            view.verticalHeader()->setDefaultSectionSize(20);
            view.setSelectionBehavior(QAbstractItemView::SelectRows);
            view.setSelectionMode(QAbstractItemView::SingleSelection);
            view.setFixedSize(300, 10 * 20 + 2 * view.frameWidth() + view.horizontalHeader()->height());
            scroller = new LogRowScroller(&view, &window, &bar, &view);
            auto *layout = new QHBoxLayout(&box);
            layout->addWidget(&view);
            layout->addWidget(&bar);
            box.show();
            QVERIFY(QTest::qWaitForWindowExposed(&box));
        }
        // The source rows the view shows from its top.
        QString topText() const { return view.indexAt(QPoint(1, 1)).data().toString(); }
        QString currentText() const { return view.currentIndex().data().toString(); }
        int currentSourceRow() const { return scroller->sourceRow(view.currentIndex()); }
    };

private Q_SLOTS:
    void holdsOnlyTheWindow()
    {
        Fixture f;
        QCOMPARE(f.window.rowCount(), WindowRows);
        QCOMPARE(f.view.verticalHeader()->count(), WindowRows);
        const int page = f.view.verticalScrollBar()->pageStep();
        QVERIFY(page >= 5);
        QCOMPARE(f.bar.maximum(), SourceRows - page);
        QCOMPARE(f.bar.pageStep(), page);
        QVERIFY(!f.view.verticalScrollBar()->isVisible());
        QVERIFY(f.bar.isVisible());
    }

    // Nothing to scroll: no bar, as with the view's own, but only once the rows are known to fit.
    // Until then it stays, so that a long list's first rows need no new layout of the page.
    void barHidesOnlyOnceTheRowsAreKnownToFit()
    {
        Fixture f;
        f.source.removeRows(5, SourceRows - 5);
        QCOMPARE(f.bar.maximum(), 0);
        QVERIFY(f.bar.isVisible());
        f.scroller->setCountKnown(true);
        QVERIFY(f.bar.isHidden());
        // A new question with a short answer: the bar does not come back meanwhile.
        f.scroller->setCountKnown(false);
        f.source.setStringList(numbered(3));
        QVERIFY(f.bar.isHidden());
        // Rows that outgrow the view bring it back at once, known or not.
        f.source.setStringList(numbered(SourceRows));
        QVERIFY(f.bar.isVisible());
        QCOMPARE(f.bar.maximum(), SourceRows - f.view.verticalScrollBar()->pageStep());
    }

    void smallSourcesAreShownWhole()
    {
        QStringListModel source(numbered(30));
        LogRowWindow window;
        QAbstractItemModelTester tester(&window, QAbstractItemModelTester::FailureReportingMode::QtTest);
        window.setWindowRows(WindowRows);
        window.setSourceModel(&source);
        QCOMPARE(window.rowCount(), 30);
        QCOMPARE(window.index(29, 0).data().toString(), QStringLiteral("row 29"));
        source.insertRows(10, 5);
        QCOMPARE(window.rowCount(), 35);
        QCOMPARE(window.index(34, 0).data().toString(), QStringLiteral("row 29"));
        source.removeRows(0, 35);
        QCOMPARE(window.rowCount(), 0);
    }

    void theBarReachesEveryRow()
    {
        Fixture f;
        f.bar.setValue(f.bar.maximum());
        QCOMPARE(f.topText(), QStringLiteral("row %1").arg(f.bar.maximum()));
        QCOMPARE(f.window.offset() + f.window.rowCount(), SourceRows);
        const QModelIndex last = f.view.indexAt(QPoint(1, f.view.viewport()->height() - 2));
        QCOMPARE(last.data().toString(), QStringLiteral("row %1").arg(SourceRows - 1));

        f.bar.setValue(500);
        QCOMPARE(f.topText(), QStringLiteral("row 500"));
        QVERIFY(f.window.offset() <= 500 && 500 < f.window.offset() + WindowRows);
        f.bar.setValue(0);
        QCOMPARE(f.topText(), QStringLiteral("row 0"));
        QCOMPARE(f.window.offset(), 0);

        f.scroller->scrollToSourceRow(777);
        QCOMPARE(f.topText(), QStringLiteral("row 777"));
        QCOMPARE(f.bar.value(), 777);
        f.scroller->scrollToBottom();
        QCOMPARE(f.bar.value(), f.bar.maximum());
    }

    void keysAndTheWheelMoveTheWindow()
    {
        Fixture f;
        f.view.setFocus();
        f.view.setCurrentIndex(f.window.index(0, 0));
        for (int i = 0; i < 300; ++i)
            QTest::keyClick(&f.view, Qt::Key_Down);
        QCOMPARE(f.currentText(), QStringLiteral("row 300"));
        QCOMPARE(f.currentSourceRow(), 300);
        QVERIFY(f.window.offset() > 0); // the window moved, and the current row with it
        QCOMPARE(f.view.selectionModel()->selectedRows().value(0).data().toString(),
                 QStringLiteral("row 300"));
        QVERIFY(f.bar.value() <= 300 && 300 < f.bar.value() + f.bar.pageStep());

        for (int i = 0; i < 40; ++i)
            QTest::keyClick(&f.view, Qt::Key_PageDown);
        QVERIFY2(f.currentSourceRow() > 300 + 30 * 5,
                 qPrintable(QString::number(f.currentSourceRow())));
        QCOMPARE(f.currentText(), QStringLiteral("row %1").arg(f.currentSourceRow()));

        QTest::keyClick(&f.view, Qt::Key_End, Qt::ControlModifier);
        QCOMPARE(f.currentText(), QStringLiteral("row %1").arg(SourceRows - 1));
        QCOMPARE(f.bar.value(), f.bar.maximum());
        QTest::keyClick(&f.view, Qt::Key_Home, Qt::ControlModifier);
        QCOMPARE(f.currentText(), QStringLiteral("row 0"));
        QCOMPARE(f.bar.value(), 0);

        // The wheel goes to the view's own bar, hidden but still driven.
        for (int i = 0; i < 100; ++i) {
            QWheelEvent wheel(QPointF(5, 5), f.view.viewport()->mapToGlobal(QPointF(5, 5)),
                              QPoint(), QPoint(0, -120), Qt::NoButton, Qt::NoModifier,
                              Qt::NoScrollPhase, false);
            QCoreApplication::sendEvent(f.view.viewport(), &wheel);
        }
        const int top = f.bar.value();
        QVERIFY2(top > WindowRows, qPrintable(QString::number(top)));
        QCOMPARE(f.topText(), QStringLiteral("row %1").arg(top));
    }

    void viewIndexBringsAFarRowIntoTheWindow()
    {
        Fixture f;
        const QModelIndex index = f.scroller->viewIndex(900);
        QVERIFY(index.isValid());
        QCOMPARE(index.data().toString(), QStringLiteral("row 900"));
        QCOMPARE(f.scroller->sourceRow(index), 900);
        QVERIFY(!f.scroller->viewIndex(SourceRows).isValid());
        f.view.setCurrentIndex(index);
        f.view.scrollTo(index);
        QVERIFY(f.bar.value() <= 900 && 900 < f.bar.value() + f.bar.pageStep());
    }

    void rowsAboveTheWindowKeepTheViewStill()
    {
        Fixture f;
        f.scroller->scrollToSourceRow(500);
        f.view.setCurrentIndex(f.scroller->viewIndex(503));
        const int offset = f.window.offset();
        f.source.insertRows(0, 7);
        QCOMPARE(f.topText(), QStringLiteral("row 500"));
        QCOMPARE(f.currentText(), QStringLiteral("row 503"));
        QCOMPARE(f.window.offset(), offset + 7);
        QCOMPARE(f.bar.value(), 507);
        QCOMPARE(f.bar.maximum(), SourceRows + 7 - f.bar.pageStep());

        f.source.removeRows(0, 10); // 7 new rows and rows 0-2
        QCOMPARE(f.topText(), QStringLiteral("row 500"));
        QCOMPARE(f.currentText(), QStringLiteral("row 503"));
        QCOMPARE(f.bar.value(), 497);
    }

    void rowsInsideTheWindowComeAndGo()
    {
        Fixture f;
        f.scroller->scrollToSourceRow(500);
        const int offset = f.window.offset();
        // Removed from the window: the rows below come up and the window is full again.
        f.source.removeRows(offset + 5, 20);
        QCOMPARE(f.window.rowCount(), WindowRows);
        QCOMPARE(f.window.index(5, 0).data().toString(),
                 QStringLiteral("row %1").arg(offset + 25));
        QCOMPARE(f.window.index(WindowRows - 1, 0).data().toString(),
                 QStringLiteral("row %1").arg(offset + WindowRows + 19));
        // Inserted into it: the rows pushed past its end leave it.
        f.source.insertRows(offset + 5, 3);
        f.source.setData(f.source.index(offset + 5), QStringLiteral("new"));
        QCOMPARE(f.window.rowCount(), WindowRows);
        QCOMPARE(f.window.index(5, 0).data().toString(), QStringLiteral("new"));
        QCOMPARE(f.window.index(8, 0).data().toString(),
                 QStringLiteral("row %1").arg(offset + 25));
        // Everything from the window on removed: it starts again over what is left.
        f.source.removeRows(offset, f.source.rowCount() - offset);
        QCOMPARE(f.window.offset() + f.window.rowCount(), offset);
        QCOMPARE(f.window.rowCount(), WindowRows);
        QCOMPARE(f.bar.maximum(), offset - f.bar.pageStep());
    }

    void aResetKeepsThePlace()
    {
        Fixture f;
        f.scroller->scrollToSourceRow(300);
        f.source.setStringList(numbered(400, QStringLiteral("other ")));
        QCOMPARE(f.window.rowCount(), WindowRows);
        QCOMPARE(f.topText(), QStringLiteral("other 300"));
        QCOMPARE(f.bar.value(), 300);
        QCOMPARE(f.bar.maximum(), 400 - f.bar.pageStep());
        // Fewer rows than the place: the end of the new list.
        f.scroller->scrollToSourceRow(390);
        f.source.setStringList(numbered(50, QStringLiteral("few ")));
        QCOMPARE(f.window.rowCount(), 50);
        QCOMPARE(f.bar.value(), 50 - f.bar.pageStep());
        QCOMPARE(f.topText(), QStringLiteral("few %1").arg(50 - f.bar.pageStep()));
    }
};

QTEST_MAIN(TestLogRowWindow)
#include "TestLogRowWindow.moc"
