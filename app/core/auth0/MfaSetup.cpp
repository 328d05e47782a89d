#include "MfaSetup.h"

#include "MfaTypes.h"
#include "profile/ProfileStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace {

const QString Prefix = QStringLiteral("mfaTest/");

Auth0Request failed(const QString &error)
{
    Auth0Request r;
    r.error = error;
    return r;
}

Auth0Request api(const Auth0Connection &c, Auth0Request::Method method, const QString &path,
                 const QStringList &scopes, const QList<QPair<QString, QString>> &query = {})
{
    if (const QString e = Auth0Requests::checkConnection(c); !e.isEmpty())
        return failed(e);
    Auth0Request r;
    r.method = method;
    r.url = Auth0Requests::buildUrl(c, QStringLiteral("/api/v2") + path, query);
    r.scopes = scopes;
    return r;
}

Auth0Request withJson(Auth0Request r, const QJsonDocument &body)
{
    if (!r.isValid())
        return r;
    r.body = body.toJson(QJsonDocument::Compact);
    r.contentType = QByteArrayLiteral("application/json");
    return r;
}

bool isSafeId(const QString &id)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9_\\-|.]{1,128}$"));
    return re.match(id).hasMatch() && id != QLatin1String(".") && id != QLatin1String("..");
}

} // namespace

MfaTestSettings MfaTestSettings::load(const ProfileStore &profiles, const QString &profile)
{
    MfaTestSettings s;
    s.clientId = profiles.profileValue(profile, Prefix + QStringLiteral("clientId")).toString();
    s.username = profiles.profileValue(profile, Prefix + QStringLiteral("username")).toString();
    s.connection = profiles.profileValue(profile, Prefix + QStringLiteral("connection")).toString();
    s.createdClientId
        = profiles.profileValue(profile, Prefix + QStringLiteral("createdClientId")).toString();
    s.createdUserId
        = profiles.profileValue(profile, Prefix + QStringLiteral("createdUserId")).toString();
    return s;
}

bool MfaTestSettings::save(ProfileStore *profiles, const QString &profile, const MfaTestSettings &s)
{
    bool ok = profiles->setProfileValue(profile, Prefix + QStringLiteral("clientId"), s.clientId);
    ok = ok && profiles->setProfileValue(profile, Prefix + QStringLiteral("username"), s.username);
    ok = ok
        && profiles->setProfileValue(profile, Prefix + QStringLiteral("connection"), s.connection);
    ok = ok
        && profiles->setProfileValue(profile, Prefix + QStringLiteral("createdClientId"),
                                     s.createdClientId);
    ok = ok
        && profiles->setProfileValue(profile, Prefix + QStringLiteral("createdUserId"),
                                     s.createdUserId);
    profiles->sync();
    return ok;
}

void MfaTestSettings::clear(ProfileStore *profiles, const QString &profile)
{
    save(profiles, profile, MfaTestSettings());
}

QString MfaSetupPlan::applicationNameFor(const QString &profile)
{
    return QStringLiteral("SMS Hook Console MFA test (%1)").arg(profile);
}

QString MfaSetupPlan::userEmailFor(const QString &profile)
{
    QString slug;
    for (const QChar c : profile.toLower()) {
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z'))
            || (c >= QLatin1Char('0') && c <= QLatin1Char('9')))
            slug += c;
        else if (!slug.endsWith(QLatin1Char('-')))
            slug += QLatin1Char('-');
    }
    while (slug.endsWith(QLatin1Char('-')))
        slug.chop(1);
    if (slug.isEmpty())
        slug = QStringLiteral("profile");
    return QStringLiteral("mfa-test+%1@example.com").arg(slug.left(40));
}

QString MfaSetupPlan::randomPassword()
{
    static const QString kinds[]
        = {QStringLiteral("abcdefghijkmnopqrstuvwxyz"), QStringLiteral("ABCDEFGHJKLMNPQRSTUVWXYZ"),
           QStringLiteral("23456789"), QStringLiteral("!#%+-.:=?@_~")};
    QRandomGenerator *rng = QRandomGenerator::system();
    QString out;
    for (int i = 0; i < 24; ++i) {
        const QString &set = kinds[i < 4 ? i : rng->bounded(4)];
        out += set.at(rng->bounded(int(set.size())));
    }
    // The four kinds first, then shuffled so that they are not always in front.
    for (qsizetype i = out.size() - 1; i > 0; --i)
        std::swap(out[i], out[rng->bounded(int(i + 1))]);
    return out;
}

QStringList MfaSetupPlan::writes() const
{
    return {tr("Create the application \"%1\" (POST /api/v2/clients): a regular web application "
               "with the grant types %2, authenticating with its client secret.")
                .arg(applicationName, grantTypes.join(QStringLiteral(", "))),
            tr("Enable the connection \"%1\" (%2) for that application (PATCH "
               "/api/v2/connections/%2/clients).")
                .arg(connectionName, connectionId),
            tr("Create the user %1 in \"%2\" (POST /api/v2/users), e-mail marked verified, with "
               "a random password.")
                .arg(userEmail, connectionName)};
}

QStringList MfaSetupPlan::keychainEntries() const
{
    return {MfaTestSettings::clientSecretName(), MfaTestSettings::passwordName()};
}

QJsonObject MfaSetupPlan::toJson() const
{
    return {{QStringLiteral("application_name"), applicationName},
            {QStringLiteral("grant_types"), QJsonArray::fromStringList(grantTypes)},
            {QStringLiteral("connection_id"), connectionId},
            {QStringLiteral("connection"), connectionName},
            {QStringLiteral("user_email"), userEmail},
            {QStringLiteral("writes"), QJsonArray::fromStringList(writes())},
            {QStringLiteral("keychain"), QJsonArray::fromStringList(keychainEntries())}};
}

QStringList MfaRemovalPlan::writes() const
{
    QStringList out;
    if (!userId.isEmpty())
        out << tr("Delete the user %1 (DELETE /api/v2/users/%1).").arg(userId);
    if (!clientId.isEmpty())
        out << tr("Delete the application %1 (DELETE /api/v2/clients/%1).").arg(clientId);
    return out;
}

QJsonObject MfaRemovalPlan::toJson() const
{
    return {{QStringLiteral("user_id"), userId},
            {QStringLiteral("client_id"), clientId},
            {QStringLiteral("writes"), QJsonArray::fromStringList(writes())}};
}

Auth0Request MfaSetupRequests::getClient(const Auth0Connection &c, const QString &clientId)
{
    if (!isSafeId(clientId))
        return failed(tr("Test application: \"%1\" is not a client ID.").arg(clientId));
    return api(c, Auth0Request::Method::Get, QStringLiteral("/clients/") + clientId,
               {QStringLiteral("read:clients")});
}

Auth0Request MfaSetupRequests::createClient(const Auth0Connection &c, const MfaSetupPlan &plan)
{
    if (plan.applicationName.isEmpty())
        return failed(tr("Test application: it needs a name."));
    const QJsonObject body {
        {QStringLiteral("name"), plan.applicationName},
        {QStringLiteral("description"),
         tr("Made by SMS Hook Console to test MFA text messages; remove it from the console.")},
        {QStringLiteral("app_type"), QStringLiteral("regular_web")},
        {QStringLiteral("grant_types"), QJsonArray::fromStringList(plan.grantTypes)},
        {QStringLiteral("token_endpoint_auth_method"), QStringLiteral("client_secret_post")}};
    return withJson(api(c, Auth0Request::Method::Post, QStringLiteral("/clients"),
                        {QStringLiteral("create:clients")}),
                    QJsonDocument(body));
}

Auth0Request MfaSetupRequests::deleteClient(const Auth0Connection &c, const QString &clientId)
{
    if (!isSafeId(clientId))
        return failed(tr("Test application: \"%1\" is not a client ID.").arg(clientId));
    return api(c, Auth0Request::Method::Delete, QStringLiteral("/clients/") + clientId,
               {QStringLiteral("delete:clients")});
}

Auth0Request MfaSetupRequests::listDatabaseConnections(const Auth0Connection &c,
                                                       const QString &name)
{
    QList<QPair<QString, QString>> query {{QStringLiteral("strategy"), QStringLiteral("auth0")}};
    if (!name.isEmpty())
        query.append({QStringLiteral("name"), name});
    return api(c, Auth0Request::Method::Get, QStringLiteral("/connections"),
               {QStringLiteral("read:connections")}, query);
}

Auth0Request MfaSetupRequests::connectionClients(const Auth0Connection &c,
                                                 const QString &connectionId)
{
    if (!isSafeId(connectionId))
        return failed(tr("Connection: \"%1\" is not a connection id.").arg(connectionId));
    return api(c, Auth0Request::Method::Get,
               QStringLiteral("/connections/") + connectionId + QStringLiteral("/clients"),
               {QStringLiteral("read:connections")});
}

Auth0Request MfaSetupRequests::enableClient(const Auth0Connection &c, const QString &connectionId,
                                            const QString &clientId)
{
    if (!isSafeId(connectionId))
        return failed(tr("Connection: \"%1\" is not a connection id.").arg(connectionId));
    const QJsonArray body {
        QJsonObject {{QStringLiteral("client_id"), clientId}, {QStringLiteral("status"), true}}};
    return withJson(api(c, Auth0Request::Method::Patch,
                        QStringLiteral("/connections/") + connectionId + QStringLiteral("/clients"),
                        {QStringLiteral("update:connections")}),
                    QJsonDocument(body));
}

Auth0Request MfaSetupRequests::createUser(const Auth0Connection &c, const MfaSetupPlan &plan,
                                          const QString &password)
{
    if (password.isEmpty())
        return failed(tr("Test user: no password to set."));
    const QJsonObject body {{QStringLiteral("connection"), plan.connectionName},
                            {QStringLiteral("email"), plan.userEmail},
                            {QStringLiteral("password"), password},
                            {QStringLiteral("email_verified"), true},
                            {QStringLiteral("verify_email"), false},
                            {QStringLiteral("name"), plan.applicationName}};
    return withJson(api(c, Auth0Request::Method::Post, QStringLiteral("/users"),
                        {QStringLiteral("create:users")}),
                    QJsonDocument(body));
}

Auth0Request MfaSetupRequests::deleteUser(const Auth0Connection &c, const QString &userId)
{
    if (!isSafeId(userId))
        return failed(tr("Test user: \"%1\" is not a user id.").arg(userId));
    return api(c, Auth0Request::Method::Delete, QStringLiteral("/users/") + userId,
               {QStringLiteral("delete:users")});
}
