#include "hook/HookCodeStore.h"

#include "TestSupport.h"

#include <QDir>

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

    void privateFiles()
    {
        // As an older version left them: a folder anyone may list, a file anyone may read.
        const QString profile = QStringLiteral("Private");
        const QString file = HookCodeStore::path(profile);
        const QString hooks = QFileInfo(file).absolutePath();
        const QString data = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        QVERIFY(QDir().mkpath(hooks));
        QVERIFY(QFile::setPermissions(data, QFile::Permissions(0x7755)));
        QVERIFY(QFile::setPermissions(hooks, QFile::Permissions(0x7755)));
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("// old\n");
        }
        QVERIFY(QFile::setPermissions(file, QFile::Permissions(0x6644)));
        QCOMPARE(TestSupport::unixMode(file), 0644);

        // Tightened when read...
        QCOMPARE(HookCodeStore::load(profile), QStringLiteral("// old\n"));
        QCOMPARE(TestSupport::unixMode(file), 0600);
        QCOMPARE(TestSupport::unixMode(hooks), 0700);
        QCOMPARE(TestSupport::unixMode(data), 0700);
        // ...and born private when written, folders included.
        QVERIFY(QFile::remove(file));
        QVERIFY(QDir(hooks).removeRecursively());
        QVERIFY(HookCodeStore::save(profile, QStringLiteral("// new\n")));
        QCOMPARE(TestSupport::unixMode(file), 0600);
        QCOMPARE(TestSupport::unixMode(hooks), 0700);
        QVERIFY(QFile::remove(file));
    }
};

QTEST_GUILESS_MAIN(TestHookCodeStore)
#include "TestHookCodeStore.moc"
