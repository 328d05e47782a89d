#include "MfaTestJob.h"
#include "TenantSecret.h"

#include "Auth0Client.h"
#include "Auth0Parser.h"
#include "MfaParser.h"
#include "MfaRequests.h"
#include "TenantStatusJob.h"
#include "secrets/SecretRules.h"
#include "secrets/SecretStore.h"
#include "twilio/DeliveryTracker.h"
#include "twilio/ErrorDictionary.h"
#include "twilio/TwilioClient.h"
#include "twilio/TwilioReply.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace {

using State = MfaTimelineStep::State;

MfaProblem problem(const QString &code, const QString &summary, const QString &fix)
{
    MfaProblem p;
    p.code = code;
    p.summary = summary;
    p.fix = fix;
    return p;
}

// The findings of the status board that stop a text from going out through the Action.
const QStringList BlockingFindings {TenantFinding::Ids::smsFactor(), TenantFinding::Ids::provider(),
                                    TenantFinding::Ids::binding(), TenantFinding::Ids::deployed(),
                                    TenantFinding::Ids::build()};

} // namespace

MfaTestJob::MfaTestJob(const MfaTestRequest &request, QNetworkAccessManager *network,
                       QObject *parent)
    : QObject(parent), m_request(request), m_network(network)
{
    m_codeTimer.setSingleShot(true);
    m_logTimer.setSingleShot(false);
    connect(&m_codeTimer, &QTimer::timeout, this, [this] {
        if (!m_waitingForCode)
            return;
        m_waitingForCode = false;
        fail(QStringLiteral("code"),
             problem(QStringLiteral("no-code"),
                     tr("No code was typed within %n second(s) of the text being sent.", nullptr,
                        m_request.codeWaitMs / 1000),
                     tr("Check the Twilio message below and the tenant log for why it did not "
                        "arrive, then run the test again.")));
    });
    connect(&m_logTimer, &QTimer::timeout, this, &MfaTestJob::pollLogs);
    m_timeline.profile = request.profile.name;
    m_timeline.recipient = request.recipient;
    m_timeline.tenantMode = QStringLiteral("unknown");
    m_timeline.startedAt = QDateTime::currentDateTimeUtc();
}

MfaTestJob *MfaTestJob::start(const MfaTestRequest &request, SecretStore *secrets,
                              QNetworkAccessManager *network, QObject *parent)
{
    auto *job = new MfaTestJob(request, network, parent);
    const QStringList names {SecretRules::auth0ClientSecretName(),
                             MfaTestSettings::clientSecretName(), MfaTestSettings::passwordName(),
                             QStringLiteral("TWILIO_ACCOUNT_SID"),
                             QStringLiteral("TWILIO_AUTH_TOKEN")};
    SecretsJob *read = secrets->read(request.profile.name, names);
    connect(read, &SecretsJob::finished, job, [job, read] {
        if (job->m_finished)
            return;
        if (read->failed()) {
            job->beginStep(QStringLiteral("checks"), tr("Check the set-up"));
            job->fail(
                QStringLiteral("checks"),
                problem(QStringLiteral("keychain"), read->error().summary(), read->error().fix()));
            return;
        }
        MfaTestSecrets s;
        s.managementSecret = read->values().value(SecretRules::auth0ClientSecretName());
        s.testClientSecret = read->values().value(MfaTestSettings::clientSecretName());
        s.testUserPassword = read->values().value(MfaTestSettings::passwordName());
        s.twilio.accountSid = read->values().value(QStringLiteral("TWILIO_ACCOUNT_SID"));
        s.twilio.authToken = read->values().value(QStringLiteral("TWILIO_AUTH_TOKEN"));
        job->begin(s);
    });
    return job;
}

MfaTestJob *MfaTestJob::startWithSecrets(const MfaTestRequest &request, const MfaTestSecrets &s,
                                         QNetworkAccessManager *network, QObject *parent)
{
    auto *job = new MfaTestJob(request, network, parent);
    QMetaObject::invokeMethod(
        job, [job, s] { job->begin(s); }, Qt::QueuedConnection);
    return job;
}

MfaTimelineStep &MfaTestJob::beginStep(const QString &id, const QString &title)
{
    MfaTimelineStep s;
    s.id = id;
    s.title = title;
    s.startedAt = QDateTime::currentDateTimeUtc();
    m_timeline.steps.append(s);
    Q_EMIT stepChanged(s);
    return m_timeline.steps.last();
}

void MfaTestJob::endStep(const QString &id, State state, const QString &detail)
{
    for (auto it = m_timeline.steps.rbegin(); it != m_timeline.steps.rend(); ++it) {
        if (it->id != id || it->state != State::Running)
            continue;
        it->state = state;
        it->elapsedMs = it->startedAt.msecsTo(QDateTime::currentDateTimeUtc());
        it->detail = MfaRequests::redact(detail, m_account, {m_mfaToken, m_oobCode});
        Q_EMIT stepChanged(*it);
        return;
    }
}

void MfaTestJob::begin(const MfaTestSecrets &s)
{
    if (m_finished)
        return;
    beginStep(QStringLiteral("checks"), tr("Check the set-up"));
    static const QRegularExpression e164(QStringLiteral("^\\+[1-9][0-9]{6,14}$"));
    if (!e164.match(m_request.recipient).hasMatch()) {
        fail(QStringLiteral("checks"),
             MfaErrors::invalidInput(tr("Recipient: enter the test phone in E.164 form, such as "
                                        "+14155552671 (\"%1\" is not).")
                                         .arg(m_request.recipient)));
        return;
    }
    if (!m_request.profile.auth0.isConnected() || s.managementSecret.isEmpty()) {
        fail(QStringLiteral("checks"),
             MfaErrors::invalidInput(TenantSecret::notConnected(m_request.profile)));
        return;
    }
    m_account.clientId = m_request.settings.clientId;
    m_account.username = m_request.settings.username;
    m_account.realm = m_request.settings.connection;
    m_account.clientSecret = s.testClientSecret;
    m_account.password = s.testUserPassword;
    if (!m_account.isComplete()) {
        const QString why = MfaRequests::signIn(m_request.profile.auth0, m_account).error;
        fail(QStringLiteral("checks"),
             problem(QStringLiteral("not-set-up"),
                     why.isEmpty() ? tr("The MFA test has no test application and user.") : why,
                     tr("Name an existing test application and user, or let the console set up "
                        "its own (sms-hook-cli auth0 test-mfa --setup, or Set up on the Tenant "
                        "page).")));
        return;
    }
    m_client = new Auth0Client(m_request.profile.auth0, s.managementSecret, m_network, this);
    if (!s.twilio.accountSid.isEmpty() && !s.twilio.authToken.isEmpty())
        m_twilio = new TwilioClient(m_request.profile, s.twilio, m_network, this);
    auto *status
        = TenantStatusJob::startWithSecret(m_request.profile, s.managementSecret, m_network, this);
    connect(status, &TenantStatusJob::finished, this, [this, status] {
        if (m_finished)
            return;
        const TenantStatus &st = status->status();
        m_granted = st.snapshot.grantedScopes;
        const auto mode = st.snapshot.mode();
        m_timeline.tenantMode = mode == TenantSnapshot::Mode::Unified ? QStringLiteral("unified")
            : mode == TenantSnapshot::Mode::Legacy                    ? QStringLiteral("legacy")
                                                                      : QStringLiteral("unknown");
        for (const PhoneProvider &p : st.snapshot.phoneProviders.value) {
            if (p.name == QLatin1String("custom"))
                m_providerId = p.id;
        }
        if (st.snapshot.tokenError.isError()) {
            fail(QStringLiteral("checks"),
                 problem(QStringLiteral("management-api"), st.snapshot.tokenError.summary(),
                         st.snapshot.tokenError.fix()));
            return;
        }
        QStringList lines;
        QStringList fixes;
        for (const TenantFinding &f : st.findings) {
            if (f.severity == TenantFinding::Severity::Problem && BlockingFindings.contains(f.id)) {
                lines << f.title + QStringLiteral(": ") + f.finding;
                if (!f.fix.isEmpty())
                    fixes << f.fix;
            }
        }
        if (!lines.isEmpty()) {
            fail(QStringLiteral("checks"),
                 problem(st.finding(TenantFinding::Ids::deployed())
                                 && st.finding(TenantFinding::Ids::deployed())->severity
                                     == TenantFinding::Severity::Problem
                             ? QStringLiteral("action-not-deployed")
                             : QStringLiteral("tenant-not-ready"),
                         tr("The tenant would not send the text through the Action: %1")
                             .arg(lines.join(QStringLiteral("; "))),
                         fixes.join(QLatin1Char(' '))));
            return;
        }
        checkApplication();
    });
}

void MfaTestJob::checkApplication()
{
    if (!m_granted.contains(QLatin1String("read:clients"))) {
        checkConnection({});
        return;
    }
    Auth0Reply *r
        = m_client->send(MfaSetupRequests::getClient(m_request.profile.auth0, m_account.clientId));
    connect(r, &Auth0Reply::finished, this, [this, r] {
        r->deleteLater();
        if (m_finished)
            return;
        if (r->error().kind == Auth0Error::Kind::NotFound) {
            fail(QStringLiteral("checks"),
                 problem(QStringLiteral("application-not-found"),
                         tr("The tenant has no application with the client ID %1.")
                             .arg(m_account.clientId),
                         tr("Name the test application's client ID again, or let the console set "
                            "up its own.")));
            return;
        }
        if (r->isOk()) {
            QStringList have;
            for (const QJsonValue &v : r->object().value(QLatin1String("grant_types")).toArray())
                have << v.toString();
            QStringList missing;
            for (const QString &g : MfaGrantTypes::required()) {
                if (!have.contains(g))
                    missing << g;
            }
            if (!missing.isEmpty()) {
                fail(QStringLiteral("checks"),
                     problem(QStringLiteral("grant-type-missing"),
                             tr("The test application lacks the grant type %1.")
                                 .arg(missing.join(QStringLiteral(", "))),
                             tr("In Auth0 Dashboard > Applications > the test application > "
                                "Settings > Advanced Settings > Grant Types tick Password and MFA, "
                                "then Save.")));
                return;
            }
        }
        checkConnection({});
    });
}

void MfaTestJob::checkConnection(const QString &connectionId)
{
    if (!m_granted.contains(QLatin1String("read:connections"))) {
        endStep(QStringLiteral("checks"), State::Done,
                tr("The tenant sends MFA texts through the Action (its connection and grant types "
                   "not checked: the token lacks read:clients / read:connections)."));
        signIn();
        return;
    }
    if (connectionId.isEmpty()) {
        Auth0Reply *r = m_client->send(
            MfaSetupRequests::listDatabaseConnections(m_request.profile.auth0, m_account.realm));
        connect(r, &Auth0Reply::finished, this, [this, r] {
            r->deleteLater();
            if (m_finished)
                return;
            const QString id = r->array().first().toObject().value(QLatin1String("id")).toString();
            if (r->isOk() && id.isEmpty()) {
                fail(QStringLiteral("checks"),
                     problem(QStringLiteral("connection-not-found"),
                             tr("The tenant has no database connection named \"%1\".")
                                 .arg(m_account.realm),
                             tr("Name the test user's database connection again.")));
                return;
            }
            if (id.isEmpty()) {
                endStep(QStringLiteral("checks"), State::Done, tr("Connection not checked."));
                signIn();
                return;
            }
            checkConnection(id);
        });
        return;
    }
    Auth0Reply *r = m_client->send(
        MfaSetupRequests::connectionClients(m_request.profile.auth0, connectionId));
    connect(r, &Auth0Reply::finished, this, [this, r] {
        r->deleteLater();
        if (m_finished)
            return;
        bool enabled = !r->isOk();
        for (const QJsonValue &v : r->object().value(QLatin1String("clients")).toArray())
            enabled = enabled || v[QLatin1String("client_id")].toString() == m_account.clientId;
        if (!enabled) {
            fail(QStringLiteral("checks"),
                 problem(QStringLiteral("connection-not-enabled"),
                         tr("The connection \"%1\" is not enabled for the test application.")
                             .arg(m_account.realm),
                         tr("In Auth0 Dashboard > Authentication > Database > %1 > Applications "
                            "enable the test application.")
                             .arg(m_account.realm)));
            return;
        }
        endStep(QStringLiteral("checks"), State::Done,
                tr("The tenant sends MFA texts through the Action; the test application has its "
                   "grant types and its connection."));
        signIn();
    });
}

void MfaTestJob::signIn()
{
    beginStep(QStringLiteral("sign-in"), tr("Sign the test user in (password-realm)"));
    Auth0Reply *r = m_client->send(MfaRequests::signIn(m_request.profile.auth0, m_account));
    connect(r, &Auth0Reply::finished, this, [this, r] {
        r->deleteLater();
        if (m_finished)
            return;
        if (r->isOk()) {
            fail(QStringLiteral("sign-in"), MfaErrors::mfaNotRequired());
            return;
        }
        const auto required = MfaParser::mfaRequired(r->errorObject());
        if (!required) {
            fail(QStringLiteral("sign-in"),
                 MfaErrors::explain(MfaErrors::Step::SignIn, r->error()));
            return;
        }
        m_mfaToken = required->mfaToken;
        endStep(QStringLiteral("sign-in"), State::Done,
                tr("Auth0 asked for the second factor (mfa_required)."));
        listAuthenticators();
    });
}

void MfaTestJob::listAuthenticators()
{
    beginStep(QStringLiteral("authenticators"), tr("List the user's authenticators"));
    Auth0Reply *r
        = m_client->send(MfaRequests::listAuthenticators(m_request.profile.auth0, m_mfaToken));
    connect(r, &Auth0Reply::finished, this, [this, r] {
        r->deleteLater();
        if (m_finished)
            return;
        if (!r->isOk()) {
            fail(QStringLiteral("authenticators"),
                 MfaErrors::explain(MfaErrors::Step::Authenticators, r->error()));
            return;
        }
        const auto sms = MfaParser::activeSms(MfaParser::authenticators(r->array()));
        if (!sms) {
            endStep(QStringLiteral("authenticators"), State::Done,
                    tr("No phone enrolled: the test phone is enrolled first."));
            sendCode(true, {});
            return;
        }
        const QString digits = MfaParser::visibleDigits(sms->name);
        if (!digits.isEmpty() && !m_request.recipient.endsWith(digits)) {
            fail(QStringLiteral("authenticators"),
                 problem(QStringLiteral("enrolled-elsewhere"),
                         tr("The test user's phone is enrolled as %1: the code would go there, "
                            "not to %2.")
                             .arg(sms->name, m_request.recipient),
                         tr("Test with that number, or delete the user's MFA enrolment (Auth0 "
                            "Dashboard > User Management > Users > the user > Multi-factor "
                            "Authentication) so that the test enrols %1.")
                             .arg(m_request.recipient)));
            return;
        }
        endStep(QStringLiteral("authenticators"), State::Done,
                tr("Phone enrolled: %1.").arg(sms->name));
        sendCode(false, sms->id);
    });
}

void MfaTestJob::sendCode(bool enrol, const QString &authenticatorId)
{
    m_timeline.path = enrol ? QStringLiteral("enrol") : QStringLiteral("challenge");
    const QString id = enrol ? QStringLiteral("enrol") : QStringLiteral("challenge");
    beginStep(
        id, enrol ? tr("Enrol the test phone (associate, SMS)") : tr("Challenge the phone (SMS)"));
    const Auth0Request request = enrol
        ? MfaRequests::associateSms(m_request.profile.auth0, m_mfaToken, m_request.recipient)
        : MfaRequests::challengeOob(m_request.profile.auth0, m_account, m_mfaToken,
                                    authenticatorId);
    Auth0Reply *r = m_client->send(request);
    connect(r, &Auth0Reply::finished, this, [this, r, enrol] { onCodeSent(r, enrol); });
}

void MfaTestJob::onCodeSent(Auth0Reply *r, bool enrol)
{
    r->deleteLater();
    if (m_finished)
        return;
    const QString id = enrol ? QStringLiteral("enrol") : QStringLiteral("challenge");
    if (!r->isOk()) {
        fail(id,
             MfaErrors::explain(enrol ? MfaErrors::Step::Associate : MfaErrors::Step::Challenge,
                                r->error()));
        return;
    }
    m_oobCode = MfaParser::oobCode(r->object()).oobCode;
    endStep(id, State::Done, tr("Auth0 is texting a code to %1.").arg(m_request.recipient));
    beginStep(QStringLiteral("code"), tr("Wait for the code that arrived"));
    m_waitingForCode = true;
    m_codeTimer.start(m_request.codeWaitMs);
    if (m_granted.contains(QLatin1String("read:logs")))
        m_logTimer.start(m_request.logPollMs);
    Q_EMIT codeNeeded(m_request.recipient);
}

void MfaTestJob::pollLogs()
{
    TenantLogQuery q;
    q.q = QStringLiteral("user_name:\"%1\"").arg(m_account.username);
    q.sort = QStringLiteral("date:-1");
    q.perPage = 50;
    Auth0Reply *r = m_client->send(Auth0Requests::listLogs(m_request.profile.auth0, q));
    connect(r, &Auth0Reply::finished, this, [this, r] {
        r->deleteLater();
        if (m_finished || !m_waitingForCode || !r->isOk())
            return;
        const QDateTime since = m_timeline.startedAt.addSecs(-2);
        for (const TenantLogEvent &e : Auth0Parser::logEvents(r->array())) {
            if (e.type != QLatin1String("gd_send_sms_failure") || e.date < since)
                continue;
            m_waitingForCode = false;
            const QJsonObject failure
                = e.details.value(QLatin1String("failure_details")).toObject();
            const QString code = failure.value(QLatin1String("errorCode")).toVariant().toString();
            const QString message = failure.value(QLatin1String("message")).toString();
            m_timeline.sendFailure = e.description;
            QString fix = tr("Open the Action's execution in the timeline, fix the code and deploy "
                             "it again (Hook code page > Deploy).");
            bool numeric = false;
            const int twilioCode = code.toInt(&numeric);
            if (numeric) {
                const ErrorExplanation x = ErrorDictionary::lookup(twilioCode);
                if (!x.isEmpty())
                    fix = tr("Twilio %1: %2 %3").arg(code, x.message, x.solutions);
            }
            fail(QStringLiteral("code"),
                 problem(QStringLiteral("send-failed"),
                         tr("Auth0 could not send the text (%1): %2")
                             .arg(code.isEmpty() ? e.type : code,
                                  message.isEmpty() ? e.description : message),
                         fix));
            return;
        }
    });
}

void MfaTestJob::submitCode(const QString &code)
{
    if (!m_waitingForCode || m_finished)
        return;
    m_waitingForCode = false;
    m_codeTimer.stop();
    m_logTimer.stop();
    m_timeline.code = code.trimmed();
    endStep(QStringLiteral("code"), State::Done, tr("Typed %1.").arg(m_timeline.code));
    complete(m_timeline.code);
}

void MfaTestJob::complete(const QString &code)
{
    beginStep(QStringLiteral("login"), tr("Complete the login (mfa-oob)"));
    Auth0Reply *r = m_client->send(
        MfaRequests::completeOob(m_request.profile.auth0, m_account, m_mfaToken, m_oobCode, code));
    connect(r, &Auth0Reply::finished, this, [this, r] {
        r->deleteLater();
        if (m_finished)
            return;
        if (!r->isOk()) {
            fail(QStringLiteral("login"),
                 MfaErrors::explain(MfaErrors::Step::Complete, r->error()));
            return;
        }
        const MfaLoginResult result = MfaParser::loginResult(r->object());
        m_timeline.loginCompleted = result.hasAccessToken;
        endStep(QStringLiteral("login"), result.hasAccessToken ? State::Done : State::Failed,
                result.hasAccessToken ? tr("Auth0 completed the login with the code (tokens "
                                           "issued, not kept).")
                                      : tr("Auth0 answered without tokens."));
        if (!result.hasAccessToken)
            m_timeline.problem = problem(QStringLiteral("no-tokens"),
                                         tr("Auth0 answered the login without tokens."), {});
        wrapUp();
    });
}

void MfaTestJob::fail(const QString &stepId, const MfaProblem &p)
{
    if (m_finished)
        return;
    if (m_timeline.problem.isEmpty())
        m_timeline.problem = p;
    m_timeline.problem.summary
        = MfaRequests::redact(m_timeline.problem.summary, m_account, {m_mfaToken, m_oobCode});
    endStep(stepId, State::Failed, p.userText());
    wrapUp();
}

void MfaTestJob::wrapUp()
{
    if (m_wrappingUp || m_finished)
        return;
    m_wrappingUp = true;
    m_waitingForCode = false;
    m_codeTimer.stop();
    m_logTimer.stop();
    if (!m_client) {
        finish();
        return;
    }
    m_settleDeadlineMs = QDateTime::currentMSecsSinceEpoch() + m_request.logSettleMs;
    if (m_oobCode.isEmpty()) {
        readLogs(false);
        return;
    }
    followMessage();
}

void MfaTestJob::cancel()
{
    if (m_finished)
        return;
    if (m_timeline.problem.isEmpty())
        m_timeline.problem
            = problem(QStringLiteral("cancelled"), tr("The test was cancelled."), QString());
    for (MfaTimelineStep &s : m_timeline.steps) {
        if (s.state == State::Running)
            s.state = State::Skipped;
    }
    finish();
}

void MfaTestJob::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    m_waitingForCode = false;
    m_codeTimer.stop();
    m_logTimer.stop();
    m_account.clientSecret.fill(QLatin1Char(' '));
    m_account.password.fill(QLatin1Char(' '));
    m_account.clientSecret.clear();
    m_account.password.clear();
    m_mfaToken.clear();
    m_oobCode.clear();
    if (m_client)
        m_client->deleteLater();
    if (m_twilio)
        m_twilio->deleteLater();
    Q_EMIT finished();
    deleteLater();
}
