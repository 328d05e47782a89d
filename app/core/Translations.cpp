#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace Translations {

namespace {
bool load(QCoreApplication &app, const QString &name, const QString &directory,
          const QLocale &locale = QLocale())
{
    auto *translator = new QTranslator(&app);
    const bool loaded = locale == QLocale::c()
        ? translator->load(name, directory)
        : translator->load(locale, name, QStringLiteral("_"), directory);
    if (loaded) {
        QCoreApplication::installTranslator(translator);
        return true;
    }
    delete translator;
    return false;
}
} // namespace

void install(QCoreApplication &app)
{
    // The English catalogue only holds plural forms ("1 segment", "2 segments"); it is also the
    // fallback for languages the project has no catalogue for yet.
    if (!load(app, QStringLiteral("sms-hook-console"), QStringLiteral(":/i18n")))
        load(app, QStringLiteral("sms-hook-console_en"), QStringLiteral(":/i18n"), QLocale::c());
    if (QLocale().language() == QLocale::English || QLocale().language() == QLocale::C)
        return; // Qt's and QtKeychain's source strings are English already
    load(app, QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    load(app, QStringLiteral("qtkeychain"), QStringLiteral(QTKEYCHAIN_TRANSLATIONS_DIR));
}

} // namespace Translations
