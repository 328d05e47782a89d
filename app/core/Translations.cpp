#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace Translations {

namespace {
void load(QCoreApplication &app, const QString &name, const QString &directory)
{
    auto *translator = new QTranslator(&app);
    if (translator->load(QLocale(), name, QStringLiteral("_"), directory))
        QCoreApplication::installTranslator(translator);
    else
        delete translator;
}
} // namespace

void install(QCoreApplication &app)
{
    if (QLocale().language() == QLocale::English || QLocale().language() == QLocale::C)
        return; // the source strings are English: nothing to load, nothing to spend
    load(app, QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    load(app, QStringLiteral("qtkeychain"), QStringLiteral(QTKEYCHAIN_TRANSLATIONS_DIR));
    load(app, QStringLiteral("sms-hook-console"), QStringLiteral(":/i18n"));
}

} // namespace Translations
