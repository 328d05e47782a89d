#include "MainWindow.h"

#include "AppInfo.h"
#include "profile/ProfileStore.h"
#include "secrets/SecretStore.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    AppInfo::initialise(app);
    QApplication::setApplicationDisplayName(QApplication::translate("main", "SMS Hook Console"));

    // Qt's own strings (dialog buttons) in the user's language, when a catalogue is installed.
    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);

    // Declared before the window, so that they outlive it and any job it started.
    ProfileStore profiles;
    SecretStore secrets(&profiles);
    MainWindow window(&profiles, &secrets);
    window.show();
    return QApplication::exec();
}
