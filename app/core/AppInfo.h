#pragma once

#include <QString>

class QCoreApplication;

// Names shared by the console and the command-line twin, so that both see the same settings
// (QSettings) and the same keychain entries.
namespace AppInfo {

// Sets organisation and application names on the running application.
void initialise(QCoreApplication &app);

// The keychain service under which every secret is stored.
QString keychainService();

} // namespace AppInfo
