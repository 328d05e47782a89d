#include "log/LogSync.h"
#include "log/TenantLogSync.h"
#include "sync/SyncProgress.h"

#include <QTest>
#include <QTranslator>

// The words both syncs report their progress in. A translator that picks English's singular or
// plural by the count Qt hands it stands in for the catalogues: a count written into the text
// with arg() instead of tr()'s %n keeps its "(s)", and the test fails.
class CountingTranslator : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *, const char *sourceText, const char *, int n) const override
    {
        QString text = QString::fromUtf8(sourceText);
        if (n >= 0)
            text.replace(QStringLiteral("(s)"), n == 1 ? QString() : QStringLiteral("s"));
        return text;
    }
};

class TestSyncProgress : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c());
        QVERIFY(QCoreApplication::installTranslator(&m_translator));
    }
    void cleanupTestCase() { QCoreApplication::removeTranslator(&m_translator); }

    void tenantEventsPage_data()
    {
        QTest::addColumn<int>("stored");
        QTest::addColumn<int>("matched");
        QTest::addColumn<QString>("expected");
        QTest::newRow("one event")
            << 1 << 1 << "Page 2 · 1 new event · 1 matched to a Twilio message";
        QTest::newRow("two events")
            << 2 << 0 << "Page 2 · 2 new events · 0 matched to a Twilio message";
    }
    void tenantEventsPage()
    {
        QFETCH(int, stored);
        QFETCH(int, matched);
        QFETCH(QString, expected);
        TenantLogSync::Progress p;
        p.pages = 2;
        p.fetched = 40; // every type Auth0 answered with: not what the line counts
        p.stored = stored;
        p.matched = matched;
        QCOMPARE(SyncProgressText::page(p.common()), expected);
    }

    void tenantEventsSummary()
    {
        TenantLogSync::Progress p;
        p.pages = 1;
        p.stored = 1;
        p.matched = 1;
        QCOMPARE(SyncProgressText::summary(p.common()),
                 QStringLiteral("1 new event, 1 matched to a Twilio message (1 page)"));
        p.pages = 3;
        p.stored = 2;
        QCOMPARE(SyncProgressText::summary(p.common()),
                 QStringLiteral("2 new events, 1 matched to a Twilio message (3 pages)"));
    }

    void twilioMessages()
    {
        LogSync::Progress p;
        p.pages = 1;
        p.imported = 1;
        p.merged = 2;
        QCOMPARE(SyncProgressText::page(p.common()),
                 QStringLiteral("Page 1 · 1 message imported · 2 merged with local sends"));
        p.imported = 2;
        p.pages = 2;
        QCOMPARE(SyncProgressText::summary(p.common()),
                 QStringLiteral("2 messages imported, 2 merged with local sends (2 pages)"));
    }

    void resumedSaysSo()
    {
        LogSync::Progress p;
        p.pages = 4;
        p.resumed = true;
        QVERIFY2(SyncProgressText::page(p.common())
                     .endsWith(QStringLiteral(" (continued where the last run stopped)")),
                 qPrintable(SyncProgressText::page(p.common())));
        p.resumed = false;
        QVERIFY(!SyncProgressText::page(p.common()).contains(QStringLiteral("continued")));
    }

    void stopped()
    {
        TenantLogSync::Progress p;
        p.pages = 1;
        QCOMPARE(SyncProgressText::stopped(p.common()),
                 QStringLiteral("Stopped after 1 page; run again to continue where it stopped."));
        p.pages = 2;
        QCOMPARE(SyncProgressText::stopped(p.common()),
                 QStringLiteral("Stopped after 2 pages; run again to continue where it stopped."));
    }

private:
    CountingTranslator m_translator;
};

QTEST_GUILESS_MAIN(TestSyncProgress)
#include "TestSyncProgress.moc"
