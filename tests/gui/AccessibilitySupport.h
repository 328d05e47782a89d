#pragma once

#include "AppInfo.h"
#include "MainWindow.h"
#include "log/DeliveryLog.h"
#include "profile/ProfileStore.h"
#include "secrets/SecretStore.h"

#include <QApplication>
#include <QListWidget>
#include <QSettings>
#include <QStackedWidget>
#include <QStyleFactory>
#include <QTest>
#include <QTextDocument>

#include <memory>

// What the accessibility tests share: the console's window on a profile of their own, and how
// they read a control's text and place.
namespace AccessibilitySupport {

// The whole window on the "Staging" profile (written by prepare()), with its own keychain
// client and delivery log, closed once the keychain work it started has ended.
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

// For initTestCase: inside scripts/with-keyring.sh only (false otherwise, to skip), Fusion (which
// paints with the palette it is given), and the "Staging" profile.
inline bool prepare()
{
    if (!qEnvironmentVariable("HOME").contains(QLatin1String("smshook-keyring")))
        return false;
    AppInfo::initialise(*QCoreApplication::instance());
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QSettings().clear();
    ProfileStore store;
    Profile profile;
    profile.name = QStringLiteral("Staging");
    store.save(profile);
    store.setLastProfile(profile.name);
    store.sync();
    return true;
}

inline QString withoutMnemonic(QString text)
{
    text.replace(QLatin1String("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    return text.trimmed();
}

inline QString plainText(const QString &text)
{
    if (!Qt::mightBeRichText(text))
        return text.trimmed();
    QTextDocument document;
    document.setHtml(text);
    return document.toPlainText().trimmed();
}

inline QString describe(const QWidget *w)
{
    return QStringLiteral("%1 \"%2\"")
        .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName());
}

inline QRect windowRect(const QWidget *w, const QWidget *window)
{
    return QRect(w->mapTo(window, QPoint(0, 0)), w->size());
}

} // namespace AccessibilitySupport
