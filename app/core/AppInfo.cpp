#include "AppInfo.h"

#include <QCoreApplication>

namespace AppInfo {

void initialise(QCoreApplication &app)
{
    QCoreApplication::setOrganizationName(QStringLiteral("sms-hook-console"));
    QCoreApplication::setApplicationName(QStringLiteral("sms-hook-console"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SMSHOOK_VERSION));
    Q_UNUSED(app)
}

QString keychainService()
{
    return QStringLiteral("sms-hook-console");
}

} // namespace AppInfo
