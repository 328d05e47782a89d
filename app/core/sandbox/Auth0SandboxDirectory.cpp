// Applications, connections and users of the simulated tenants: what the MFA test's set-up writes
// (POST /clients, PATCH /connections/{id}/clients, POST /users) and its removal deletes, plus the
// reads its checks make (GET /clients/{id}, GET /connections, GET /connections/{id}/clients).

#include "sandbox/Auth0SandboxPrivate.h"
#include "sandbox/SandboxFixtures.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace Auth0SandboxReply;
using namespace Auth0SandboxState;
using Reply = Auth0SandboxReply::Reply;

namespace {

const QStringList ClientFields {u"name"_s,
                                u"description"_s,
                                u"app_type"_s,
                                u"grant_types"_s,
                                u"token_endpoint_auth_method"_s,
                                u"is_first_party"_s,
                                u"oidc_conformant"_s,
                                u"callbacks"_s,
                                u"client_metadata"_s};

// The grant types POST /clients accepts (the OAS's list).
const QStringList KnownGrants {u"authorization_code"_s,
                               u"implicit"_s,
                               u"refresh_token"_s,
                               u"client_credentials"_s,
                               u"password"_s,
                               u"http://auth0.com/oauth/grant-type/password-realm"_s,
                               u"http://auth0.com/oauth/grant-type/mfa-oob"_s,
                               u"http://auth0.com/oauth/grant-type/mfa-otp"_s,
                               u"http://auth0.com/oauth/grant-type/mfa-recovery-code"_s,
                               u"urn:openid:params:grant-type:ciba"_s,
                               u"urn:ietf:params:oauth:grant-type:device_code"_s};

const QStringList UserFields {
    u"connection"_s,     u"email"_s,        u"username"_s,       u"password"_s,
    u"name"_s,           u"nickname"_s,     u"given_name"_s,     u"family_name"_s,
    u"email_verified"_s, u"verify_email"_s, u"user_metadata"_s,  u"app_metadata"_s,
    u"blocked"_s,        u"phone_number"_s, u"phone_verified"_s, u"user_id"_s};

QString randomSecret()
{
    const QByteArray bytes = QByteArray::number(QRandomGenerator::system()->generate64(), 16)
        + QByteArray::number(QRandomGenerator::system()->generate64(), 16)
        + QByteArray::number(QRandomGenerator::system()->generate64(), 16);
    return QString::fromLatin1(
               QCryptographicHash::hash(bytes, QCryptographicHash::Sha512)
                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals))
        .left(64);
}

QString randomHex(int length)
{
    QString out;
    for (int i = 0; i < length; ++i)
        out += QString::number(QRandomGenerator::global()->bounded(16), 16);
    return out;
}

// Auth0's "fair" policy of a new database connection: at least 8 characters with three of lower
// case, upper case, digits and other characters.
bool strongEnough(const QString &password)
{
    if (password.size() < 8)
        return false;
    int lower = 0, upper = 0, digit = 0, other = 0;
    for (const QChar c : password) {
        if (c.isLower())
            lower = 1;
        else if (c.isUpper())
            upper = 1;
        else if (c.isDigit())
            digit = 1;
        else
            other = 1;
    }
    return lower + upper + digit + other >= 3;
}

Reply clientNotFound()
{
    return notFound(u"The client does not exist"_s, u"inexistent_client"_s);
}

Reply connectionNotFound()
{
    return notFound(u"The connection does not exist"_s, u"inexistent_connection"_s);
}

} // namespace

QJsonObject Auth0SandboxPrivate::clientJson(const Client &c, bool withSecret) const
{
    QJsonObject o {{u"client_id"_s, c.clientId},
                   {u"name"_s, c.name},
                   {u"app_type"_s, c.appType},
                   {u"grant_types"_s, QJsonArray::fromStringList(c.grantTypes)},
                   {u"token_endpoint_auth_method"_s, c.tokenEndpointAuthMethod},
                   {u"is_first_party"_s, true},
                   {u"oidc_conformant"_s, true},
                   {u"client_metadata"_s, c.clientMetadata},
                   {u"callbacks"_s, QJsonArray()}};
    if (withSecret)
        o.insert(u"client_secret"_s, c.clientSecret);
    return o;
}

QJsonObject Auth0SandboxPrivate::connectionJson(const Connection &c) const
{
    return {{u"id"_s, c.id},
            {u"name"_s, c.name},
            {u"display_name"_s, c.name},
            {u"strategy"_s, c.strategy},
            {u"realms"_s, QJsonArray {c.name}},
            {u"is_domain_connection"_s, false}};
}

QJsonObject Auth0SandboxPrivate::userJson(const Tenant &t, const User &u) const
{
    const QString id = u.userId.section(u'|', 1);
    QJsonObject o {{u"user_id"_s, u.userId},
                   {u"email"_s, u.email},
                   {u"email_verified"_s, true},
                   {u"name"_s, u.name.isEmpty() ? u.email : u.name},
                   {u"nickname"_s, u.email.section(u'@', 0, 0)},
                   {u"created_at"_s, isoTime(u.createdAt)},
                   {u"updated_at"_s, isoTime(u.createdAt)},
                   {u"blocked"_s, u.blocked},
                   {u"identities"_s,
                    QJsonArray {QJsonObject {{u"connection"_s, u.connection},
                                             {u"user_id"_s, id},
                                             {u"provider"_s, u"auth0"_s},
                                             {u"isSocial"_s, false}}}}};
    if (!u.username.isEmpty())
        o.insert(u"username"_s, u.username);
    Q_UNUSED(t);
    return o;
}

void Auth0SandboxPrivate::addDirectoryRoutes()
{
    addRoute("GET", u"/clients/{}"_s, {u"read:clients"_s}, [this](Context &c) -> Reply {
        const Client *client = c.tenant.findClient(c.args.at(0));
        if (!client)
            return clientNotFound();
        return ok(clientJson(*client, false));
    });

    addRoute("POST", u"/clients"_s, {u"create:clients"_s}, [this](Context &c) -> Reply {
        Payload p;
        const QJsonObject body = c.json.toObject();
        if (!p.isObject(c.json) || !p.allowOnly(body, ClientFields)
            || !p.required(body, {u"name"_s}) || !p.isString(body[u"name"_s], u"name"_s, 1)
            || !p.isOneOf(body[u"app_type"_s],
                          {u"native"_s, u"spa"_s, u"regular_web"_s, u"non_interactive"_s},
                          u"app_type"_s)
            || !p.isArray(body[u"grant_types"_s], u"grant_types"_s)
            || !p.isOneOf(body[u"token_endpoint_auth_method"_s],
                          {u"none"_s, u"client_secret_post"_s, u"client_secret_basic"_s},
                          u"token_endpoint_auth_method"_s))
            return p.error();
        QStringList grants;
        const QJsonArray list = body.value(u"grant_types"_s).toArray();
        for (int i = 0; i < list.size(); ++i) {
            if (!p.isOneOf(list.at(i), KnownGrants, Payload::item(u"grant_types"_s, i)))
                return p.error();
            grants << list.at(i).toString();
        }
        Client client;
        client.clientId = randomId(32);
        client.clientSecret = randomSecret();
        client.name = body.value(u"name"_s).toString();
        client.appType = body.value(u"app_type"_s).toString(u"regular_web"_s);
        client.grantTypes = body.contains(u"grant_types"_s)
            ? grants
            : QStringList {u"authorization_code"_s, u"implicit"_s, u"refresh_token"_s,
                           u"client_credentials"_s};
        client.tokenEndpointAuthMethod
            = body.value(u"token_endpoint_auth_method"_s).toString(u"client_secret_post"_s);
        client.clientMetadata = body.value(u"client_metadata"_s).toObject();
        client.createdAt = now();
        c.tenant.clients.append(client);
        return ok(clientJson(client, true), 201);
    });

    addRoute("DELETE", u"/clients/{}"_s, {u"delete:clients"_s}, [](Context &c) -> Reply {
        const QString id = c.args.at(0);
        if (!c.tenant.findClient(id))
            return clientNotFound();
        c.tenant.clients.erase(std::remove_if(c.tenant.clients.begin(), c.tenant.clients.end(),
                                              [&](const Client &x) { return x.clientId == id; }),
                               c.tenant.clients.end());
        for (Connection &conn : c.tenant.connections)
            conn.enabledClients.removeAll(id);
        return noContent();
    });

    addRoute("GET", u"/connections"_s, {u"read:connections"_s}, [this](Context &c) -> Reply {
        const QString strategy = FormCodec::value(c.query, u"strategy"_s);
        const QString name = FormCodec::value(c.query, u"name"_s);
        QJsonArray list;
        for (const Connection &conn : std::as_const(c.tenant.connections)) {
            if (!strategy.isEmpty() && conn.strategy != strategy)
                continue;
            if (!name.isEmpty() && conn.name != name)
                continue;
            list.append(connectionJson(conn));
        }
        return ok(list);
    });

    addRoute("GET", u"/connections/{}/clients"_s, {u"read:connections"_s}, [](Context &c) -> Reply {
        const Connection *conn = c.tenant.findConnection(c.args.at(0));
        if (!conn || conn->id != c.args.at(0))
            return connectionNotFound();
        QJsonArray list;
        for (const QString &id : conn->enabledClients)
            list.append(QJsonObject {{u"client_id"_s, id}});
        return ok(QJsonObject {{u"clients"_s, list}});
    });

    addRoute(
        "PATCH", u"/connections/{}/clients"_s, {u"update:connections"_s}, [](Context &c) -> Reply {
            Connection *conn = c.tenant.findConnection(c.args.at(0));
            if (!conn || conn->id != c.args.at(0))
                return connectionNotFound();
            Payload p;
            if (!p.isArray(c.json, QString(), 1, 50))
                return p.error();
            const QJsonArray list = c.json.toArray();
            for (int i = 0; i < list.size(); ++i) {
                const QString at = Payload::item(QString(), i);
                const QJsonObject item = list.at(i).toObject();
                if (!p.isObject(list.at(i), at)
                    || !p.allowOnly(item, {u"client_id"_s, u"status"_s}, at)
                    || !p.required(item, {u"client_id"_s, u"status"_s}, at)
                    || !p.isString(item[u"client_id"_s], Payload::child(at, u"client_id"_s), 1)
                    || !p.isBool(item[u"status"_s], Payload::child(at, u"status"_s)))
                    return p.error();
            }
            for (const QJsonValue &v : list) {
                const QString id = v[u"client_id"_s].toString();
                if (!c.tenant.findClient(id) && !Auth0SandboxFixtures::findClient(id))
                    return apiError(400, u"Client %1 does not exist"_s.arg(id), u"invalid_body"_s);
            }
            for (const QJsonValue &v : list) {
                const QString id = v[u"client_id"_s].toString();
                conn->enabledClients.removeAll(id);
                if (v[u"status"_s].toBool())
                    conn->enabledClients.append(id);
            }
            return noContent();
        });

    addRoute("POST", u"/users"_s, {u"create:users"_s}, [this](Context &c) -> Reply {
        Payload p;
        const QJsonObject body = c.json.toObject();
        if (!p.isObject(c.json) || !p.allowOnly(body, UserFields)
            || !p.required(body, {u"connection"_s})
            || !p.isString(body[u"connection"_s], u"connection"_s, 1)
            || !p.isString(body[u"email"_s], u"email"_s, 1)
            || !p.isString(body[u"password"_s], u"password"_s, 1)
            || !p.isString(body[u"name"_s], u"name"_s, 1, 300)
            || !p.isBool(body[u"email_verified"_s], u"email_verified"_s)
            || !p.isBool(body[u"verify_email"_s], u"verify_email"_s))
            return p.error();
        const QString connection = body.value(u"connection"_s).toString();
        const Connection *conn = c.tenant.findConnection(connection);
        if (!conn || conn->name != connection)
            return apiError(400, u"The connection does not exist."_s, u"inexistent_connection"_s);
        const QString email = body.value(u"email"_s).toString();
        const QString password = body.value(u"password"_s).toString();
        if (conn->strategy == u"auth0"_s && (email.isEmpty() || password.isEmpty()))
            return invalidBody(u"Missing required property: %1"_s.arg(
                email.isEmpty() ? u"email"_s : u"password"_s));
        if (!email.contains(u'@'))
            return invalidBody(u"Object didn't pass validation for format email: "_s + email,
                               u"email"_s);
        if (!strongEnough(password))
            return apiError(400, u"PasswordStrengthError: Password is too weak"_s,
                            u"invalid_body"_s);
        if (c.tenant.findUserByLogin(email, connection))
            return apiError(409, u"The user already exists."_s, u"auth0_idp_error"_s);
        User u;
        u.userId = u"auth0|"_s + randomHex(24);
        u.email = email;
        u.username = body.value(u"username"_s).toString();
        u.password = password;
        u.connection = connection;
        u.name = body.value(u"name"_s).toString();
        u.createdAt = now();
        c.tenant.users.append(u);
        return ok(userJson(c.tenant, u), 201);
    });

    addRoute("DELETE", u"/users/{}"_s, {u"delete:users"_s}, [](Context &c) -> Reply {
        // Auth0 answers 204 whether or not the user existed.
        const QString id = QUrl::fromPercentEncoding(c.args.at(0).toUtf8());
        c.tenant.users.erase(std::remove_if(c.tenant.users.begin(), c.tenant.users.end(),
                                            [&](const User &u) { return u.userId == id; }),
                             c.tenant.users.end());
        for (auto it = c.tenant.mfaTransactions.begin(); it != c.tenant.mfaTransactions.end();) {
            if (it->userId == id)
                it = c.tenant.mfaTransactions.erase(it);
            else
                ++it;
        }
        return noContent();
    });
}
