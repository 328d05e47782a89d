#include "Checklist.h"

#include "CheckJudge.h"
#include "auth0/TenantStatusJob.h"
#include "hook/HookCodeStore.h"
#include "hook/HookLint.h"
#include "hook/HookTemplates.h"
#include "log/DeliveryLog.h"
#include "log/TenantLogStore.h"
#include "phone/PhoneNumber.h"
#include "profile/ProfileStore.h"
#include "secrets/SecretRules.h"
#include "secrets/SecretStore.h"
#include "twilio/TwilioClient.h"
#include "twilio/TwilioReply.h"

#include <QFutureWatcher>
#include <QtConcurrent>

namespace {

const QString ConfirmedKey = QStringLiteral("checks/customConfirmed");
const QString ConfirmedAtKey = QStringLiteral("checks/customConfirmedAt");
const QString RecipientKey = QStringLiteral("checks/testRecipient");

using Ids = CheckItem::Ids;

// How many attempts item 7 reads to skip imports of Twilio's own log (not a test send).
constexpr int LastAttemptWindow = 20;

} // namespace

Checklist::Checklist(ProfileStore *profiles, SecretStore *secrets, QNetworkAccessManager *network,
                     DeliveryLog *log, QObject *parent)
    : QObject(parent), m_profiles(profiles), m_secrets(secrets), m_network(network), m_log(log)
{
    for (const QString &id : CheckItem::allIds())
        m_items << CheckItem::initial(id);
}

Checklist::~Checklist()
{
    // Answers still on their way must not reach a half-destroyed object.
    ++m_generation;
}

void Checklist::setProfile(const Profile &profile)
{
    if (m_running)
        cancel();
    m_profile = profile;
    for (CheckItem &item : m_items)
        item = CheckItem::initial(item.id);
}

void Checklist::setRecipient(const QString &recipient)
{
    m_recipient = recipient.trimmed();
}

QString Checklist::rememberedRecipient() const
{
    if (!m_profiles || m_profile.name.isEmpty())
        return {};
    return m_profiles->profileValue(m_profile.name, RecipientKey).toString();
}

void Checklist::rememberRecipient(const QString &recipient)
{
    if (m_profiles && !m_profile.name.isEmpty())
        m_profiles->setProfileValue(m_profile.name, RecipientKey, recipient.trimmed());
}

bool Checklist::isManualConfirmed() const
{
    return m_profiles && !m_profile.name.isEmpty()
        && m_profiles->profileValue(m_profile.name, ConfirmedKey, false).toBool();
}

QDateTime Checklist::manualConfirmedAt() const
{
    if (!m_profiles || m_profile.name.isEmpty())
        return {};
    return m_profiles->profileValue(m_profile.name, ConfirmedAtKey).toDateTime();
}

CheckItem Checklist::item(const QString &id) const
{
    for (const CheckItem &item : m_items) {
        if (item.id == id)
            return item;
    }
    return {};
}

bool Checklist::runAll()
{
    return runItems(CheckItem::allIds());
}

bool Checklist::runItems(const QStringList &ids)
{
    if (m_running || m_profile.name.isEmpty())
        return false;
    m_wanted.clear();
    for (const QString &id : ids) {
        if (CheckItem::allIds().contains(id))
            m_wanted.insert(id);
    }
    if (m_wanted.isEmpty())
        return false;
    m_running = true;
    ++m_generation;
    m_done.clear();
    m_total = int(m_wanted.size());
    Q_EMIT started();
    m_credentials.reset();
    m_account = {};
    m_values.clear();
    m_secretsRead = false;
    m_usedByCode.reset();
    m_codeAnalysed = false;
    m_pending = {};
    m_numbers.clear();
    m_numberError = {};
    m_numberLooked = false;
    m_service = {};
    m_serviceError = {};
    m_serviceLooked = false;
    m_messagingService = {};
    m_messagingError = {};
    m_messagingLooked = false;
    m_callerIds.clear();
    m_callerIdError = {};
    m_tenantPending = false;
    m_tenantStatus.reset();

    for (CheckItem &item : m_items) {
        if (!m_wanted.contains(item.id))
            continue;
        item = CheckItem::initial(item.id);
        item.state = CheckItem::State::Running;
        Q_EMIT itemChanged(item);
    }
    Q_EMIT progress(0, m_total);
    // Queued, so that no answer (and never finished()) arrives inside runItems().
    const int generation = m_generation;
    QMetaObject::invokeMethod(
        this,
        [this, generation] {
            if (generation == m_generation)
                start();
        },
        Qt::QueuedConnection);
    return true;
}

void Checklist::start()
{
    const bool connected = m_profile.auth0.isConnected();
    if (wants(Ids::tenant()) && !connected)
        complete(CheckJudge::tenantManual(isManualConfirmed(), manualConfirmedAt()));
    if (connected && (wants(Ids::tenant()) || wants(Ids::secrets())))
        readTenant();
    if (wants(Ids::lastSend()))
        readLastAttempt();
    const QStringList needSecrets {Ids::secrets(), Ids::credentials(), Ids::sender(), Ids::e164(),
                                   Ids::trial()};
    for (const QString &id : needSecrets) {
        if (wants(id)) {
            readSecrets();
            break;
        }
    }
    if (wants(Ids::secrets()))
        analyseHookCode();
}

void Checklist::analyseHookCode()
{
    // Reading the file and parsing the code (a JavaScript parser in a QJSEngine) happen on a
    // worker thread: the UI thread never waits on disk or script work.
    // No code saved yet: the code the Hook code page opens for this profile (its template) is
    // the code judged, as a fresh start would run it.
    struct Analysis
    {
        QStringList used;
        QString templateTitle; // empty: the profile's saved code
    };
    auto *watcher = new QFutureWatcher<Analysis>(this);
    const int generation = m_generation;
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return;
        const Analysis a = watcher->result();
        m_usedByCode = a.used;
        m_codeTemplate = a.templateTitle;
        m_codeAnalysed = true;
        judgeSecrets();
    });
    const QString profile = m_profile.name;
    const HookTemplate start = HookTemplates::forProfile(m_profile.secretNames);
    watcher->setFuture(QtConcurrent::run([profile, start]() -> Analysis {
        const QString code = HookCodeStore::load(profile);
        if (code.trimmed().isEmpty())
            return {HookLint::usedSecrets(start.source), start.title};
        return {HookLint::usedSecrets(code), QString()};
    }));
}

void Checklist::readTenant()
{
    if (!m_secrets) {
        m_tenantPending = false;
        return;
    }
    m_tenantPending = true;
    TenantStatusJob *job = TenantStatusJob::start(m_profile, m_secrets, m_network, this);
    job->setTimeoutMs(m_timeoutMs);
    m_tenantJob = job;
    const int generation = m_generation;
    connect(job, &TenantStatusJob::finished, this, [this, job, generation] {
        if (generation != m_generation)
            return;
        m_tenantPending = false;
        m_tenantStatus = job->status();
        if (wants(Ids::tenant()) && !isDone(Ids::tenant()))
            complete(CheckJudge::tenant(*m_tenantStatus));
        judgeSecrets();
    });
}

void Checklist::judgeSecrets()
{
    if (!wants(Ids::secrets()) || isDone(Ids::secrets()) || !m_codeAnalysed || !m_secretsRead
        || m_tenantPending)
        return;
    const TenantFinding *actionSecrets
        = m_tenantStatus ? m_tenantStatus->finding(TenantFinding::Ids::secrets()) : nullptr;
    complete(CheckJudge::secrets(m_values, m_usedByCode, m_profile.defaultRegion, actionSecrets,
                                 m_codeTemplate));
}

void Checklist::readSecrets()
{
    // Every secret the profile has: the code's names that are not among them are not set.
    QStringList names = SecretRules::knownNames();
    for (const QString &name : std::as_const(m_profile.secretNames)) {
        if (!names.contains(name))
            names << name;
    }
    if (!m_secrets) {
        onKeychainFailed(tr("No keychain is available to read the secrets from."), QString());
        return;
    }
    SecretsJob *job = m_secrets->read(m_profile.name, names);
    const int generation = m_generation;
    connect(job, &SecretsJob::finished, this, [this, job, generation] {
        if (generation != m_generation)
            return;
        if (job->failed())
            onKeychainFailed(job->error().summary(), job->error().fix());
        else
            onSecrets(job->values());
    });
}

void Checklist::onKeychainFailed(const QString &summary, const QString &fix)
{
    if (wants(Ids::secrets())) {
        CheckItem item = CheckItem::initial(Ids::secrets());
        item.state = CheckItem::State::Fail;
        item.finding = tr("The keychain could not be read: %1").arg(summary);
        item.details = fix;
        complete(item);
    }
    const QString reason = tr("Needs the secrets from the keychain (item 2).");
    for (const QString &id : {Ids::credentials(), Ids::sender(), Ids::e164(), Ids::trial()}) {
        if (wants(id))
            complete(CheckJudge::notChecked(id, reason));
    }
}

void Checklist::onSecrets(const QMap<QString, QString> &values)
{
    m_values = values;
    m_secretsRead = true;
    const QString region = m_profile.defaultRegion;
    judgeSecrets();
    if (wants(Ids::e164()))
        complete(CheckJudge::e164(values.value(SecretNames::PhoneNumber), m_recipient, region));
    if (wants(Ids::credentials()) || wants(Ids::sender()) || wants(Ids::trial()))
        askTwilio(values);
}

void Checklist::readLastAttempt()
{
    if (!m_log) {
        complete(
            CheckJudge::notChecked(Ids::lastSend(), tr("The delivery log is not available here.")));
        return;
    }
    LogFilter filter;
    filter.profile = m_profile.name;
    const int generation = m_generation;
    m_log->query(
        filter, LastAttemptWindow, this,
        [this, generation](const QList<Attempt> &attempts, const QString &error) {
            if (generation != m_generation)
                return;
            if (!error.isEmpty()) {
                complete(CheckJudge::notChecked(
                    Ids::lastSend(), tr("The delivery log could not be read: %1").arg(error)));
                return;
            }
            std::optional<Attempt> last;
            for (const Attempt &a : attempts) {
                // Newest first; messages imported from Twilio's log are not test sends.
                if (a.source != Attempt::Source::Twilio) {
                    last = a;
                    break;
                }
            }
            readLastLogin(last);
        });
}

void Checklist::readLastLogin(const std::optional<Attempt> &lastTest)
{
    // The newest MFA login text of the synced tenant log, judged as a whole chain when it is
    // newer than the last test send.
    TenantLogStore::Filter filter;
    filter.profile = m_profile.name;
    filter.withMessagesWithoutEvent = false;
    const int generation = m_generation;
    TenantLogStore::chains(
        m_log, filter, 1, this,
        [this, generation, lastTest](const QList<TenantChain> &chains, const QString &error) {
            if (generation != m_generation)
                return;
            if (error.isEmpty() && !chains.isEmpty()
                && (!lastTest || chains.first().at() >= lastTest->createdAt))
                complete(CheckJudge::lastLogin(chains.first(), m_recipient));
            else
                complete(CheckJudge::lastSend(lastTest, m_recipient));
        });
}

void Checklist::setItem(const CheckItem &item)
{
    for (CheckItem &existing : m_items) {
        if (existing.id == item.id) {
            existing = item;
            Q_EMIT itemChanged(item);
            return;
        }
    }
}

void Checklist::complete(const CheckItem &item)
{
    if (!m_running || !wants(item.id) || isDone(item.id))
        return;
    m_done.insert(item.id);
    setItem(item);
    Q_EMIT progress(int(m_done.size()), m_total);
    if (m_done.size() == m_total)
        finishRun(false);
}

void Checklist::finishRun(bool abortRequests)
{
    m_running = false;
    ++m_generation; // late answers of this run are ignored from now on
    m_values.clear(); // no secret stays in memory longer than the run
    if (m_tenantJob && abortRequests)
        m_tenantJob->cancel(); // its client (secret and token) goes with it
    m_tenantJob = nullptr;
    // Lookups no item waits for any more (the account failed first) are GETs: left to end on
    // their own, unless the user cancelled. The client goes once the last one is done.
    QList<TwilioReply *> pending;
    for (const QPointer<TwilioReply> &reply : std::as_const(m_replies)) {
        if (reply && !reply->isFinished())
            pending << reply;
    }
    m_replies.clear();
    if (abortRequests) {
        for (TwilioReply *reply : std::as_const(pending))
            reply->cancel();
        pending.clear();
    }
    if (TwilioClient *client = std::exchange(m_client, nullptr)) {
        if (pending.isEmpty()) {
            client->deleteLater();
        } else {
            auto left = std::make_shared<int>(int(pending.size()));
            for (TwilioReply *reply : std::as_const(pending)) {
                connect(reply, &TwilioReply::finished, client, [client, left] {
                    if (--*left == 0)
                        client->deleteLater();
                });
            }
        }
    }
    Q_EMIT finished();
}

void Checklist::cancel()
{
    if (!m_running)
        return;
    for (CheckItem &item : m_items) {
        if (wants(item.id) && !isDone(item.id)) {
            item = CheckJudge::notChecked(item.id, tr("Cancelled."));
            Q_EMIT itemChanged(item);
        }
    }
    finishRun(true);
}

bool Checklist::applyFix(const CheckFix &fix)
{
    if (m_running || m_profile.name.isEmpty())
        return false;
    if (fix.kind == CheckFix::Kind::ConfirmManual) {
        const bool confirmed = fix.argument != QLatin1String("0");
        bool ok = m_profiles != nullptr;
        if (ok) {
            ok = m_profiles->setProfileValue(m_profile.name, ConfirmedKey, confirmed)
                && m_profiles->setProfileValue(m_profile.name, ConfirmedAtKey,
                                               confirmed ? QDateTime::currentDateTimeUtc()
                                                         : QDateTime());
        }
        setItem(CheckJudge::tenantManual(isManualConfirmed(), manualConfirmedAt()));
        Q_EMIT fixApplied(fix, ok, ok ? QString() : tr("The confirmation could not be saved."));
        return true;
    }
    if (fix.kind != CheckFix::Kind::RewriteE164)
        return false;

    // Only a number that is already E.164 may be stored: the fix never writes anything else.
    const PhoneNumberInfo info = PhoneNumbers::parse(fix.argument, m_profile.defaultRegion);
    if (!info.valid || !info.isE164Input || info.e164 != fix.argument || !m_secrets) {
        Q_EMIT fixApplied(fix, false,
                          tr("%1: \"%2\" is not a number in E.164 form.")
                              .arg(SecretNames::PhoneNumber, fix.argument));
        return true;
    }
    SecretsJob *job = m_secrets->apply(m_profile.name, {{SecretNames::PhoneNumber, info.e164}});
    connect(job, &SecretsJob::finished, this, [this, job, fix] {
        if (job->failed()) {
            Q_EMIT fixApplied(fix, false,
                              tr("The number could not be stored: %1 %2")
                                  .arg(job->error().summary(), job->error().fix()));
            return;
        }
        Q_EMIT fixApplied(
            fix, true, tr("%1 is now stored as %2.").arg(SecretNames::PhoneNumber, fix.argument));
        // The items that read the number, checked again with it.
        runItems({Ids::secrets(), Ids::sender(), Ids::e164()});
    });
    return true;
}
