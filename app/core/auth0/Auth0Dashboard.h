#pragma once

#include <QString>
#include <QUrl>

// Links into the Auth0 Dashboard for a tenant domain, as auth0-cli builds them:
// https://manage.auth0.com/dashboard/{region}/{tenant}/{path}, where acme.eu.auth0.com is tenant
// "acme" in region "eu" and acme.auth0.com is in region "us". A custom domain (or the sandbox's)
// does not name its tenant: the links then go to the Dashboard's start page. Pure.
namespace Auth0Dashboard {
QUrl home(const QString &domain);
QUrl page(const QString &domain, const QString &path);
QUrl action(const QString &domain, const QString &actionId);
QUrl actionsLibrary(const QString &domain);
QUrl multiFactor(const QString &domain);
QUrl applications(const QString &domain);
QUrl apis(const QString &domain);
} // namespace Auth0Dashboard
