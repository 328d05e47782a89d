#include "BuiltInSandbox.h"

#include "sandbox/Auth0Sandbox.h"
#include "sandbox/SandboxActions.h"
#include "sandbox/SandboxProfile.h"
#include "sandbox/TwilioSandbox.h"

#include <QNetworkAccessManager>

BuiltInSandbox::BuiltInSandbox(ProfileStore *profiles, SecretStore *secrets, QObject *parent)
    : QObject(parent),
      m_profiles(profiles),
      m_secrets(secrets),
      m_profileName(SandboxProfile::name())
{ }

BuiltInSandbox::~BuiltInSandbox() = default;

void BuiltInSandbox::start()
{
    if (m_started)
        return;
    m_started = true;
    m_sandbox = new TwilioSandbox(this);
    // A fixed port keeps the profile's URLs stable from one run to the next.
    if (!m_sandbox->listen(PreferredPort) && !m_sandbox->listen(0)) {
        finish(false, tr("The built-in Twilio sandbox could not listen on 127.0.0.1."));
        return;
    }

    m_auth0 = new Auth0Sandbox(this);
    m_auth0->setTwilioBaseUrl(m_sandbox->baseUrl());
    m_auth0->setActionExecutor(SandboxActions::runnerExecutor());
    if (!m_auth0->listen(PreferredAuth0Port, PreferredAuth0LegacyPort) && !m_auth0->listen(0, 0)) {
        finish(false, tr("The built-in Auth0 simulator could not listen on 127.0.0.1."));
        return;
    }

    SandboxProfileJob *job = SandboxProfile::ensure(m_profiles, m_secrets, m_sandbox->baseUrl(),
                                                    m_auth0->baseUrl(Auth0Sandbox::Mode::Unified));
    connect(job, &SandboxProfileJob::finished, this, [this, job] {
        m_profileName = job->profile().name.isEmpty() ? m_profileName : job->profile().name;
        finish(!job->failed(), job->error());
    });
}

void BuiltInSandbox::finish(bool ok, const QString &message)
{
    m_ready = ok;
    m_errorText = message;
    if (ok)
        Q_EMIT ready(m_profileName);
    else
        Q_EMIT failed(message);
}
