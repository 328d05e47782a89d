#pragma once

// What the Auth0 simulator's tests share: a client that speaks real HTTP to it.

#include "sandbox/Auth0Sandbox.h"
#include "sandbox/Auth0SandboxFixtures.h"
#include "sandbox/SandboxFixtures.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace Auth0SandboxTest {

using Mode = Auth0Sandbox::Mode;

struct Http
{
    int status = 0;
    QJsonValue json;
    QByteArray raw;
    QList<QNetworkReply::RawHeaderPair> headers;

    QJsonObject obj() const { return json.toObject(); }
    QJsonArray arr() const { return json.toArray(); }
    QString message() const { return obj().value(u"message"_s).toString(); }
    QString errorCode() const { return obj().value(u"errorCode"_s).toString(); }
    QByteArray header(const QByteArray &name) const
    {
        for (const auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        }
        return {};
    }
};

inline QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

inline QString audienceOf(Mode mode)
{
    return u"https://"_s + Auth0Sandbox::tenant(mode).domain + u"/api/v2/"_s;
}

const QString PostLoginCode = u"exports.onExecutePostLogin = async (event, api) => {};"_s;

// The helpers of both test classes; each test starts on Wired tenants, tokens asked afresh.
class Base : public QObject
{
protected:
    Http send(Mode mode, const QByteArray &verb, const QString &pathAndQuery,
              const QByteArray &body = {}, const QString &bearer = QString(),
              const QByteArray &contentType = "application/json");
    Http api(Mode mode, const QByteArray &verb, const QString &path, const QJsonObject &body = {},
             const Auth0SandboxFixtures::Client &client = Auth0SandboxFixtures::fullClient())
    {
        return send(mode, verb, u"/api/v2"_s + path, body.isEmpty() ? QByteArray() : json(body),
                    token(mode, client));
    }
    Http get(Mode mode, const QString &path)
    {
        return send(mode, "GET", u"/api/v2"_s + path, {}, token(mode));
    }
    QString token(Mode mode,
                  const Auth0SandboxFixtures::Client &client = Auth0SandboxFixtures::fullClient());
    Http tokenRequest(Mode mode, const QList<QPair<QString, QString>> &fields);
    QString createAction(Mode mode, const QString &name, const QString &trigger,
                         const QString &version, const QString &code);
    // The draft's build status as GET /actions/actions/{id} answers it.
    QString statusOf(Mode mode, const QString &id)
    {
        return get(mode, u"/actions/actions/"_s + id).obj().value(u"status"_s).toString();
    }
    QString wiredActionId(Mode mode) { return m_sandbox.actions(mode).value(0).id; }

    Auth0Sandbox m_sandbox;
    QNetworkAccessManager m_network;
    QHash<QString, QString> m_tokens;
    void resetAll()
    {
        m_sandbox.reset(Mode::Unified);
        m_sandbox.reset(Mode::Legacy);
        m_sandbox.setRateLimit(0);
        m_sandbox.setTokenLifetimeSecs(86400);
        m_sandbox.setTimeScale(0.05);
        m_tokens.clear();
    }
};

inline Http Base::send(Mode mode, const QByteArray &verb, const QString &pathAndQuery,
                       const QByteArray &body, const QString &bearer, const QByteArray &contentType)
{
    QUrl url = m_sandbox.baseUrl(mode);
    const qsizetype q = pathAndQuery.indexOf(u'?');
    url.setPath(pathAndQuery.left(q));
    if (q >= 0)
        url.setQuery(pathAndQuery.mid(q + 1));
    QNetworkRequest request(url);
    if (!bearer.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + bearer.toLatin1());
    if (!body.isEmpty())
        request.setRawHeader("Content-Type", contentType);
    QNetworkReply *reply = m_network.sendCustomRequest(request, verb, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(10000);
    Http http;
    http.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    http.raw = reply->readAll();
    http.headers = reply->rawHeaderPairs();
    const QJsonDocument doc = QJsonDocument::fromJson(http.raw);
    http.json = doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
    reply->deleteLater();
    return http;
}

inline Http Base::tokenRequest(Mode mode, const QList<QPair<QString, QString>> &fields)
{
    QUrlQuery form;
    for (const auto &f : fields)
        form.addQueryItem(f.first, QString(f.second).replace(u'+', u"%2B"_s));
    return send(mode, "POST", u"/oauth/token"_s, form.toString(QUrl::FullyEncoded).toUtf8(), {},
                "application/x-www-form-urlencoded");
}

inline QString Base::token(Mode mode, const Auth0SandboxFixtures::Client &client)
{
    const QString key = QString::number(int(mode)) + client.clientId;
    if (!m_tokens.contains(key)) {
        const Http r = tokenRequest(mode,
                                    {{u"grant_type"_s, u"client_credentials"_s},
                                     {u"client_id"_s, client.clientId},
                                     {u"client_secret"_s, client.clientSecret},
                                     {u"audience"_s, audienceOf(mode)}});
        m_tokens.insert(key, r.obj().value(u"access_token"_s).toString());
    }
    return m_tokens.value(key);
}

inline QString Base::createAction(Mode mode, const QString &name, const QString &trigger,
                                  const QString &version, const QString &code)
{
    const Http r = api(mode, "POST", u"/actions/actions"_s,
                       {{u"name"_s, name},
                        {u"supported_triggers"_s,
                         QJsonArray {QJsonObject {{u"id"_s, trigger}, {u"version"_s, version}}}},
                        {u"code"_s, code}});
    if (r.status != 201)
        qWarning() << r.raw;
    return r.obj().value(u"id"_s).toString();
}

} // namespace Auth0SandboxTest
