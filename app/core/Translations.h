#pragma once

class QCoreApplication;

// Installs the translators for the system locale: the application's own catalogue (compiled
// into the binary under :/i18n), Qt's own, and QtKeychain's, so that keychain prompts and
// standard dialogs speak the same language as the console.
namespace Translations {

void install(QCoreApplication &app);

} // namespace Translations
