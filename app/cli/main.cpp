#include "AppInfo.h"
#include "CliApp.h"
#include "Translations.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    AppInfo::initialise(app);
    Translations::install(app);
    CliApp cli;
    const int immediate = cli.run(QCoreApplication::arguments().mid(1));
    if (immediate >= 0)
        return immediate;
    return QCoreApplication::exec();
}
