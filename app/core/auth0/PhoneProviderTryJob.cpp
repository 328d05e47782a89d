#include "PhoneProviderTryJob.h"

#include "Auth0Client.h"
#include "Auth0Parser.h"
#include "TenantSecret.h"
#include "secrets/SecretStore.h"

PhoneProviderTryJob::PhoneProviderTryJob(const Profile &profile, const QString &to,
                                         const QString &method, QNetworkAccessManager *network,
                                         QObject *parent)
    : QObject(parent), m_profile(profile), m_to(to), m_method(method), m_network(network)
{ }

PhoneProviderTryJob *PhoneProviderTryJob::start(const Profile &profile, const QString &to,
                                                const QString &deliveryMethod, SecretStore *secrets,
                                                QNetworkAccessManager *network, QObject *parent)
{
    auto *job = new PhoneProviderTryJob(profile, to, deliveryMethod, network, parent);
    // Queued, so that the caller can connect to finished() first.
    QMetaObject::invokeMethod(
        job, [job, s = QPointer<SecretStore>(secrets)] { job->begin(s); }, Qt::QueuedConnection);
    return job;
}

void PhoneProviderTryJob::begin(SecretStore *secrets)
{
    TenantSecret::read(m_profile, secrets, this, [this](const TenantSecret::Result &r) {
        if (!r.ok()) {
            fail(r.errorCode, r.error);
            return;
        }
        m_client = new Auth0Client(m_profile.auth0, r.secret, m_network, this);
        findProvider();
    });
}

void PhoneProviderTryJob::findProvider()
{
    Auth0Reply *r = m_client->send(Auth0Requests::listPhoneProviders(m_profile.auth0));
    connect(r, &Auth0Reply::finished, this, [this, r] {
        r->deleteLater();
        if (!r->isOk()) {
            fail(Auth0Error::kindName(r->error().kind), r->error().userText());
            return;
        }
        for (const PhoneProvider &p : Auth0Parser::phoneProviders(r->object())) {
            if (!p.disabled && m_provider.id.isEmpty())
                m_provider = p;
        }
        if (m_provider.id.isEmpty()) {
            fail(QStringLiteral("no-provider"),
                 tr("%1 has no enabled phone provider to send a test message through. In the "
                    "Auth0 Dashboard > Branding > Phone Provider choose Custom and save (or deploy "
                    "the Action from the Hook code page, which sets it up).")
                     .arg(m_profile.auth0.domain));
            return;
        }
        sendTry();
    });
}

void PhoneProviderTryJob::sendTry()
{
    Auth0Reply *r = m_client->send(
        Auth0Requests::tryPhoneProvider(m_profile.auth0, m_provider.id, m_to, m_method));
    connect(r, &Auth0Reply::finished, this, [this, r] {
        r->deleteLater();
        if (!r->isOk()) {
            fail(Auth0Error::kindName(r->error().kind), r->error().userText());
            return;
        }
        m_result = Auth0Parser::phoneProviderTry(r->object());
        finish();
    });
}

void PhoneProviderTryJob::fail(const QString &code, const QString &message)
{
    m_errorCode = code;
    m_error = message;
    finish();
}

void PhoneProviderTryJob::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    if (m_client)
        m_client->deleteLater();
    Q_EMIT finished();
    deleteLater();
}
