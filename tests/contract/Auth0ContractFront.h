#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QString>
#include <QTcpServer>
#include <QUrl>

#include <functional>

class QTcpSocket;

// A loopback front for Prism serving Auth0's Management API spec. The spec's paths are relative
// to its server https://{tenant}/api/v2, and Prism serves them without that prefix, while the
// console sends /api/v2/... to the tenant's host, and gets its token from /oauth/token (which the
// spec does not describe). So the front, on one port:
//   - forwards /api/v2/<rest> to Prism as /<rest>: the request bytes are passed on unchanged
//     except for that prefix in the request line, and Prism's answer comes back byte for byte
//     (sl-violations header included);
//   - answers POST /oauth/token itself, checking the client-credentials form that Auth0 documents
//     (FACTS 7: form-encoded grant_type, client_id, client_secret, audience);
//   - answers anything else 404 with "x-contract-front: unrouted", so that a request outside
//     /api/v2 is told apart from a path Prism does not know.
// One upstream connection per client connection, HTTP/1.1 without pipelining (Qt does not
// pipeline unless asked), Content-Length bodies only (what QNetworkAccessManager sends).
class Auth0ContractFront : public QObject
{
    Q_OBJECT
public:
    // What the front saw of one /oauth/token request.
    struct TokenRequest
    {
        QByteArray contentType;
        QByteArray body;
        int status = 0; // what the front answered
        QString refusal; // why it refused, empty when it answered 200
    };

    struct TokenRules
    {
        QString clientId;
        QString clientSecret;
        QString audience;
        QStringList scopes; // granted, sent back in "scope"
    };

    explicit Auth0ContractFront(quint16 upstreamPort, const TokenRules &rules,
                                QObject *parent = nullptr);
    ~Auth0ContractFront() override;

    bool listen(); // on 127.0.0.1, any free port
    QUrl baseUrl() const; // http://127.0.0.1:<port>
    QString errorString() const { return m_server.errorString(); }

    const QList<TokenRequest> &tokenRequests() const { return m_tokenRequests; }
    // Request targets (path and query as sent, before the prefix is stripped) of what went to
    // Prism, in order.
    const QList<QByteArray> &forwarded() const { return m_forwarded; }
    int unrouted() const { return m_unrouted; }
    void clearRecords();

    // The access token the front hands out.
    static QByteArray accessToken();

private:
    struct Connection;
    void onNewConnection();
    void onClientData(Connection *c);
    void drop(Connection *c);
    // Takes one complete request off the buffer; false when more bytes are needed.
    bool takeRequest(Connection *c);
    void forward(Connection *c, const QByteArray &head, const QByteArray &body);
    void answerToken(Connection *c, const QByteArray &head, const QByteArray &body);
    static void answer(QTcpSocket *socket, int status, const QByteArray &reason,
                       const QByteArray &contentType, const QByteArray &body,
                       const QList<QPair<QByteArray, QByteArray>> &headers = {});

    QTcpServer m_server;
    quint16 m_upstreamPort;
    TokenRules m_rules;
    QList<TokenRequest> m_tokenRequests;
    QList<QByteArray> m_forwarded;
    int m_unrouted = 0;
    QList<Connection *> m_connections;
};
