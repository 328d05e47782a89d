#include "hook/HookCodeStore.h"

#include <QFileInfo>
#include <QStandardPaths>
#include <QTest>

// Per-profile hook code on disk: round trip, and names unsafe in file names kept apart.
class TestHookCodeStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void roundTrip()
    {
        const QString profile = QStringLiteral("Production");
        QVERIFY(HookCodeStore::save(profile, QStringLiteral("// one\n")));
        QVERIFY(HookCodeStore::hasCode(profile));
        QCOMPARE(HookCodeStore::load(profile), QStringLiteral("// one\n"));
        QVERIFY(HookCodeStore::save(profile, QStringLiteral("// two é\n")));
        QCOMPARE(HookCodeStore::load(profile), QStringLiteral("// two é\n"));
        QVERIFY(HookCodeStore::load(QStringLiteral("never saved")).isEmpty());
        QVERIFY(!HookCodeStore::hasCode(QStringLiteral("never saved")));
        QVERIFY(QFile::remove(HookCodeStore::path(profile)));
    }

    void unsafeNames()
    {
        const QStringList names {QStringLiteral("../evil"), QStringLiteral("a/b"),
                                 QStringLiteral("a%2Fb"), QStringLiteral(".."),
                                 QStringLiteral("Staging EU")};
        const QString dir = QFileInfo(HookCodeStore::path(QStringLiteral("x"))).absolutePath();
        QStringList paths;
        for (const QString &name : names) {
            const QString path = HookCodeStore::path(name);
            QCOMPARE(QFileInfo(path).absolutePath(), dir); // never outside the hooks folder
            QVERIFY(!paths.contains(path)); // one file per name
            paths << path;
            QVERIFY(HookCodeStore::save(name, name));
        }
        for (const QString &name : names)
            QCOMPARE(HookCodeStore::load(name), name);
        for (const QString &path : paths)
            QFile::remove(path);
    }
};

QTEST_GUILESS_MAIN(TestHookCodeStore)
#include "TestHookCodeStore.moc"
