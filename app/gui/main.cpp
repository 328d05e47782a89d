#include "MainWindow.h"

#include "AppInfo.h"
#include "FocusStyle.h"
#include "Translations.h"
#include "log/DeliveryLog.h"
#include "profile/ProfileStore.h"
#include "secrets/SecretStore.h"

#include <QApplication>
#include <QTimer>

#include <QWindow>

#include <cstdio>

namespace {
class FirstExposeReporter : public QObject
{
public:
    using QObject::QObject;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Expose && static_cast<QWindow *>(watched)->isExposed()) {
            watched->removeEventFilter(this);
            QTimer::singleShot(0, qApp, [] {
                std::puts("shown");
                std::fflush(stdout);
                QApplication::quit();
            });
        }
        return false;
    }
};
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    AppInfo::initialise(app);
    QApplication::setStyle(new FocusStyle); // the platform's style, with a visible focus ring
    // The language chosen under Help > Language, else the system's.
    Translations::install(app, Translations::savedLanguage());
    Translations::installQtCatalogue(app, QStringLiteral("qscintilla")); // the editor's menu
    QApplication::setApplicationDisplayName(QApplication::translate("main", "SMS Hook Console"));
    // The installed desktop entry: its name and icon for the window (Wayland asks by this name).
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.smshookconsole.SmsHookConsole"));

    // Declared before the window, so that they outlive it and any job it started.
    ProfileStore profiles;
    SecretStore secrets(&profiles);
    DeliveryLog deliveryLog; // opened on its own thread; sends wait only for their own row
    deliveryLog.open();
    MainWindow window(&profiles, &secrets, &deliveryLog);
    window.show();
    // The built-in Twilio sandbox and its profile, once the first frame is on screen.
    window.startBuiltInSandbox();

    // For scripts/bench/startup.py: say when the window is exposed and its first frame painted
    // (widgets paint synchronously on expose), then leave.
    if (QApplication::arguments().contains(QStringLiteral("--quit-after-show")))
        window.windowHandle()->installEventFilter(new FirstExposeReporter(&app));
    return QApplication::exec();
}
