#pragma once

#include <QStringList>

class QCoreApplication;

// Installs the translators for one language: the application's own catalogue, Qt's own and
// QtKeychain's, so that keychain prompts and standard dialogs speak the same language as the
// console. The catalogues are files (lrelease's .qm), installed in
// <prefix>/share/sms-hook-console/translations or, for a build tree, in its translations folder;
// Qt's are in Qt's translations folder (Debian: qt6-translations-l10n), QtKeychain's in its own.
namespace Translations {

// The languages the project has a catalogue for, as codes ("de", "en", "es", "fr").
QStringList languages();

// Installs the catalogues for `language` (a code of languages()), or for the system's locale
// (LANGUAGE, LC_ALL, LC_MESSAGES, LANG) when it is empty or unknown. A language given here also
// becomes QLocale's default, so numbers and dates follow it. English plural forms stay installed
// underneath as the fallback for messages a catalogue lacks.
void install(QCoreApplication &app, const QString &language = QString());

// Installs one more of Qt's catalogues (such as "qscintilla") for the language install() chose.
void installQtCatalogue(QCoreApplication &app, const QString &name);

// The console's language setting (QSettings, "ui/language"): a code of languages(), or empty for
// the system's. Read at start; a change applies from the next start.
QString savedLanguage();
void saveLanguage(const QString &language);

// Where the application's .qm files were found (empty when nowhere).
QString directory();

} // namespace Translations
