#include "Auth0Dashboard.h"

#include <QStringList>

namespace {

const QString Manage = QStringLiteral("https://manage.auth0.com/");

// {tenant, region} of a domain on Auth0's own hosts; empty for a custom domain.
QStringList tenantAndRegion(const QString &domain)
{
    const QStringList parts = domain.toLower().split(QLatin1Char('.'));
    if (parts.size() < 3 || parts.at(parts.size() - 2) != QLatin1String("auth0")
        || parts.last() != QLatin1String("com"))
        return {};
    const QString region = parts.size() == 3 ? QStringLiteral("us") : parts.at(parts.size() - 3);
    return {parts.first(), region};
}

} // namespace

QUrl Auth0Dashboard::page(const QString &domain, const QString &path)
{
    const QStringList tr = tenantAndRegion(domain);
    if (tr.isEmpty())
        return QUrl(Manage);
    return QUrl(Manage + QStringLiteral("dashboard/%1/%2/%3").arg(tr.at(1), tr.at(0), path));
}

QUrl Auth0Dashboard::home(const QString &domain)
{
    return page(domain, QString());
}

QUrl Auth0Dashboard::action(const QString &domain, const QString &actionId)
{
    return page(domain, QStringLiteral("actions/library/details/") + actionId);
}

QUrl Auth0Dashboard::actionsLibrary(const QString &domain)
{
    return page(domain, QStringLiteral("actions/library"));
}

QUrl Auth0Dashboard::multiFactor(const QString &domain)
{
    return page(domain, QStringLiteral("security/mfa"));
}

QUrl Auth0Dashboard::applications(const QString &domain)
{
    return page(domain, QStringLiteral("applications"));
}

QUrl Auth0Dashboard::apis(const QString &domain)
{
    return page(domain, QStringLiteral("apis"));
}
