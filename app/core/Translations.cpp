#include "Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace Translations {

namespace {
const QString Catalogue = QStringLiteral("sms-hook-console");
const QString LanguageKey = QStringLiteral("ui/language");

bool load(QCoreApplication &app, const QString &name, const QString &folder, const QLocale &locale)
{
    if (folder.isEmpty())
        return false;
    auto *translator = new QTranslator(&app);
    if (translator->load(locale, name, QStringLiteral("_"), folder)) {
        QCoreApplication::installTranslator(translator);
        return true;
    }
    delete translator;
    return false;
}

bool speaksQtsOwnLanguage(const QLocale &locale)
{
    return locale.language() == QLocale::English || locale.language() == QLocale::C;
}
} // namespace

QStringList languages()
{
    return {QStringLiteral("de"), QStringLiteral("en"), QStringLiteral("es"), QStringLiteral("fr")};
}

QString directory()
{
    // Installed: <prefix>/share/sms-hook-console/translations beside <prefix>/bin; else the
    // build tree's.
    const QString installed
        = QDir::cleanPath(QCoreApplication::applicationDirPath()
                          + QStringLiteral("/../share/sms-hook-console/translations"));
    const QString probe = QStringLiteral("/%1_en.qm").arg(Catalogue);
    if (QFileInfo::exists(installed + probe))
        return installed;
    const QString built = QStringLiteral(SMSHOOK_TRANSLATIONS_BUILD_DIR);
    if (QFileInfo::exists(built + probe))
        return built;
    return {};
}

void install(QCoreApplication &app, const QString &language)
{
    if (languages().contains(language))
        QLocale::setDefault(QLocale(language));
    const QLocale locale;
    const QString folder = directory();
    // English plural forms first: translators installed later are asked first, so this one
    // answers only what the language's catalogue does not have.
    load(app, Catalogue, folder, QLocale(QLocale::English));
    if (speaksQtsOwnLanguage(locale))
        return; // the sources, Qt's and QtKeychain's, are English already
    if (!load(app, Catalogue, folder, locale))
        return; // no catalogue for it: all English rather than Qt's dialogs alone translated
    load(app, QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath), locale);
    load(app, QStringLiteral("qtkeychain"), QStringLiteral(QTKEYCHAIN_TRANSLATIONS_DIR), locale);
}

void installQtCatalogue(QCoreApplication &app, const QString &name)
{
    const QLocale locale;
    if (!speaksQtsOwnLanguage(locale))
        load(app, name, QLibraryInfo::path(QLibraryInfo::TranslationsPath), locale);
}

QString savedLanguage()
{
    const QString language = QSettings().value(LanguageKey).toString();
    return languages().contains(language) ? language : QString();
}

void saveLanguage(const QString &language)
{
    QSettings settings;
    if (language.isEmpty())
        settings.remove(LanguageKey);
    else
        settings.setValue(LanguageKey, language);
}

} // namespace Translations
