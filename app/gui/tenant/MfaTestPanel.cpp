#include "MfaTestPanel.h"
#include "ui_MfaTestPanel.h"

#include "Icons.h"
#include "auth0/MfaSetupJob.h"
#include "auth0/MfaTestJob.h"
#include "auth0/PhoneProviderTryJob.h"
#include "profile/ProfileStore.h"
#include "sandbox/SandboxActions.h"
#include "sandbox/TwilioSandbox.h"
#include "secrets/SecretStore.h"

#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>

namespace {

const QString RecipientKey = QStringLiteral("mfaTest/recipient");
const QString DefaultConnection = QStringLiteral("Username-Password-Authentication");

QString bulletList(const QStringList &lines)
{
    QString html = QStringLiteral("<ul>");
    for (const QString &line : lines)
        html += QStringLiteral("<li>%1</li>").arg(line.toHtmlEscaped());
    return html + QStringLiteral("</ul>");
}

} // namespace

MfaTestPanel::MfaTestPanel(ProfileStore *profiles, SecretStore *secrets,
                           QNetworkAccessManager *network, QWidget *parent)
    : QWidget(parent),
      m_ui(new Ui::MfaTestPanel),
      m_profiles(profiles),
      m_secrets(secrets),
      m_network(network)
{
    m_ui->setupUi(this);
    m_ui->mfaSplitter->setStretchFactor(0, 3);
    m_ui->mfaSplitter->setStretchFactor(1, 2);
    QTreeWidget *tree = m_ui->mfaTimelineTreeWidget;
    tree->setIconSize(QSize(16, 16));
    tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    tree->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    tree->header()->setStretchLastSection(true);

    connect(m_ui->mfaRecipientLineEdit, &QLineEdit::textChanged, this,
            &MfaTestPanel::updateRecipient);
    connect(m_ui->mfaRecipientLineEdit, &QLineEdit::returnPressed, this, &MfaTestPanel::run);
    for (QLineEdit *edit :
         {m_ui->mfaClientIdLineEdit, m_ui->mfaClientSecretLineEdit, m_ui->mfaUserLineEdit,
          m_ui->mfaPasswordLineEdit, m_ui->mfaConnectionLineEdit})
        connect(edit, &QLineEdit::textEdited, this, &MfaTestPanel::updateButtons);
    connect(m_ui->mfaRunPushButton, &QPushButton::clicked, this, &MfaTestPanel::run);
    connect(m_ui->mfaCancelPushButton, &QPushButton::clicked, this, &MfaTestPanel::cancel);
    connect(m_ui->mfaSubmitCodePushButton, &QPushButton::clicked, this, &MfaTestPanel::submitCode);
    connect(m_ui->mfaCodeLineEdit, &QLineEdit::returnPressed, this, &MfaTestPanel::submitCode);
    connect(m_ui->mfaCodeLineEdit, &QLineEdit::textChanged, this, &MfaTestPanel::updateButtons);
    connect(m_ui->mfaHandsetCheckBox, &QCheckBox::toggled, this, &MfaTestPanel::updateButtons);
    connect(m_ui->mfaSetUpPushButton, &QPushButton::clicked, this, &MfaTestPanel::askSetUp);
    connect(m_ui->mfaRemovePushButton, &QPushButton::clicked, this, &MfaTestPanel::askRemove);
    connect(m_ui->mfaProviderTestPushButton, &QPushButton::clicked, this,
            &MfaTestPanel::providerTest);
    fillSettings();
}

MfaTestPanel::~MfaTestPanel()
{
    // Nobody is left to show the result.
    if (m_job) {
        disconnect(m_job, nullptr, this, nullptr);
        m_job->cancel();
    }
}

bool MfaTestPanel::isBusy() const
{
    return m_job || m_setupJob || m_tryJob || m_savingSecrets;
}

void MfaTestPanel::setProfile(const Profile &profile)
{
    const bool other = profile.name != m_profile.name;
    m_profile = profile;
    if (other) {
        ++m_generation;
        if (m_job) {
            disconnect(m_job, nullptr, this, nullptr);
            m_job->cancel();
        }
        if (m_handset)
            m_handset->deleteLater();
        m_savingSecrets = false;
        m_mode = TenantSnapshot::Mode::Unknown;
        m_hasProvider = false;
        m_timeline = MfaTimeline();
        clearTimeline();
        setStatus(QString(), false);
        fillSettings();
        return;
    }
    // The same profile read again (its keychain entries may have changed): what is typed stays.
    fillPlaceholders();
    updateButtons();
}

void MfaTestPanel::setTenantStatus(const TenantStatus &status)
{
    m_mode = status.snapshot.mode();
    m_hasProvider = false;
    for (const PhoneProvider &p : status.snapshot.phoneProviders.value)
        m_hasProvider = m_hasProvider || !p.disabled;
    updateButtons();
}

void MfaTestPanel::setTwilioSandbox(TwilioSandbox *sandbox)
{
    m_twilioSandbox = sandbox;
    updateButtons();
}

void MfaTestPanel::fillSettings()
{
    const bool has = !m_profile.name.isEmpty();
    const MfaTestSettings s
        = has ? MfaTestSettings::load(*m_profiles, m_profile.name) : MfaTestSettings();
    m_ui->mfaClientIdLineEdit->setText(s.clientId);
    m_ui->mfaUserLineEdit->setText(s.username);
    m_ui->mfaConnectionLineEdit->setText(s.connection);
    m_ui->mfaClientSecretLineEdit->clear();
    m_ui->mfaPasswordLineEdit->clear();
    fillPlaceholders();
    QString recipient
        = has ? m_profiles->profileValue(m_profile.name, RecipientKey).toString() : QString();
    // The simulated tenants' own test user has this phone enrolled.
    if (recipient.isEmpty() && m_profile.builtInSandbox)
        recipient = QStringLiteral("+14155550100");
    if (m_ui->mfaRecipientLineEdit->text() != recipient || recipient.isEmpty())
        m_ui->mfaRecipientLineEdit->setText(recipient);
    updateRecipient();
}

void MfaTestPanel::fillPlaceholders()
{
    const auto placeholder = [this](const QString &entry) {
        return m_profile.consoleSecretNames.contains(entry)
            ? tr("in the keychain; type a new one to replace it")
            : tr("kept only in the system keychain");
    };
    m_ui->mfaClientSecretLineEdit->setPlaceholderText(
        placeholder(MfaTestSettings::clientSecretName()));
    m_ui->mfaPasswordLineEdit->setPlaceholderText(placeholder(MfaTestSettings::passwordName()));
}

void MfaTestPanel::updateRecipient()
{
    const QString typed = m_ui->mfaRecipientLineEdit->text().trimmed();
    m_recipient
        = typed.isEmpty() ? PhoneNumberInfo() : PhoneNumbers::parse(typed, m_profile.defaultRegion);
    QLabel *info = m_ui->mfaRecipientInfoLabel;
    QColor color = palette().color(QPalette::WindowText);
    if (typed.isEmpty()) {
        info->clear();
    } else if (!m_recipient.valid) {
        info->setText(tr("Test phone: %1").arg(m_recipient.error));
        color = Icons::stateColor(CheckItem::State::Fail);
    } else if (!m_recipient.canReceiveSms()) {
        info->setText(tr("%1 · %2: a text message does not reach a landline.")
                          .arg(m_recipient.e164, m_recipient.typeName()));
        color = Icons::stateColor(CheckItem::State::Warning);
    } else {
        info->setText(tr("%1 · %2").arg(m_recipient.e164, m_recipient.typeName()));
    }
    QPalette pal = info->palette();
    pal.setColor(QPalette::WindowText, color);
    info->setPalette(pal);
    updateButtons();
}

bool MfaTestPanel::handsetReadsCode() const
{
    return m_profile.builtInSandbox && m_twilioSandbox && m_ui->mfaHandsetCheckBox->isChecked();
}

QString MfaTestPanel::blockingReason() const
{
    if (m_profile.name.isEmpty())
        return tr("Create or pick a profile on the Secrets page.");
    if (!m_profile.auth0.isConnected())
        return tr("Connect the profile to its tenant first (above).");
    if (m_ui->mfaRecipientLineEdit->text().trimmed().isEmpty())
        return tr("Test phone: enter the phone that should receive the code.");
    if (!m_recipient.valid)
        return tr("Test phone: %1").arg(m_recipient.error);
    if (m_ui->mfaClientIdLineEdit->text().trimmed().isEmpty())
        return tr("Test application: enter its client ID, or press Set up to let the console "
                  "create one.");
    if (m_ui->mfaUserLineEdit->text().trimmed().isEmpty())
        return tr("Test user: enter the user's e-mail or user name, or press Set up.");
    if (m_ui->mfaClientSecretLineEdit->text().isEmpty()
        && !m_profile.consoleSecretNames.contains(MfaTestSettings::clientSecretName()))
        return tr("Client secret: enter the test application's client secret (Auth0 Dashboard > "
                  "Applications > the application > Settings).");
    if (m_ui->mfaPasswordLineEdit->text().isEmpty()
        && !m_profile.consoleSecretNames.contains(MfaTestSettings::passwordName()))
        return tr("Password: enter the test user's password.");
    return QString();
}

void MfaTestPanel::updateButtons()
{
    const bool busy = isBusy();
    const bool connected = !m_profile.name.isEmpty() && m_profile.auth0.isConnected();
    const QString reason = blockingReason();
    m_ui->mfaRunPushButton->setEnabled(!busy && reason.isEmpty());
    m_ui->mfaRunPushButton->setToolTip(reason);
    m_ui->mfaCancelPushButton->setEnabled(bool(m_job));
    m_ui->mfaSetUpPushButton->setEnabled(connected && !busy);
    m_ui->mfaRemovePushButton->setEnabled(
        connected && !busy
        && (MfaTestSettings::load(*m_profiles, m_profile.name).isConfigured()
            || MfaTestSettings::load(*m_profiles, m_profile.name).createdByConsole()));
    const bool unified = m_mode == TenantSnapshot::Mode::Unified;
    m_ui->mfaProviderTestPushButton->setVisible(unified);
    m_ui->mfaProviderTestPushButton->setEnabled(connected && unified && m_hasProvider && !busy
                                                && m_recipient.valid);
    m_ui->mfaProviderTestPushButton->setToolTip(
        m_hasProvider ? tr("Ask Auth0 to send the phone provider's test message to the test phone")
                      : tr("The tenant has no enabled phone provider"));
    m_ui->mfaHandsetCheckBox->setVisible(m_profile.builtInSandbox && m_twilioSandbox);
    m_ui->mfaHandsetCheckBox->setEnabled(!m_job);
    const bool waiting = m_job && m_job->isWaitingForCode() && !handsetReadsCode();
    m_ui->mfaCodeLineEdit->setEnabled(waiting);
    m_ui->mfaSubmitCodePushButton->setEnabled(
        waiting && !m_ui->mfaCodeLineEdit->text().trimmed().isEmpty());
    for (QLineEdit *edit :
         {m_ui->mfaRecipientLineEdit, m_ui->mfaClientIdLineEdit, m_ui->mfaClientSecretLineEdit,
          m_ui->mfaUserLineEdit, m_ui->mfaPasswordLineEdit, m_ui->mfaConnectionLineEdit})
        edit->setEnabled(!m_profile.name.isEmpty() && !busy);
}

void MfaTestPanel::setStatus(const QString &text, bool error)
{
    m_ui->mfaSettingsStatusLabel->setText(text);
    QPalette pal = m_ui->mfaSettingsStatusLabel->palette();
    pal.setColor(QPalette::WindowText,
                 error ? Icons::stateColor(CheckItem::State::Fail)
                       : palette().color(QPalette::WindowText));
    m_ui->mfaSettingsStatusLabel->setPalette(pal);
}

MfaTestSettings MfaTestPanel::typedSettings() const
{
    // What the console created stays recorded, so that Remove still deletes it.
    MfaTestSettings s = MfaTestSettings::load(*m_profiles, m_profile.name);
    s.clientId = m_ui->mfaClientIdLineEdit->text().trimmed();
    s.username = m_ui->mfaUserLineEdit->text().trimmed();
    s.connection = m_ui->mfaConnectionLineEdit->text().trimmed();
    if (s.connection.isEmpty())
        s.connection = DefaultConnection;
    return s;
}

// ---- run ------------------------------------------------------------------------------------

void MfaTestPanel::run()
{
    if (isBusy())
        return;
    if (const QString reason = blockingReason(); !reason.isEmpty()) {
        setStatus(reason, true);
        return;
    }
    const QString recipient = m_recipient.e164;
    MfaTestSettings::save(m_profiles, m_profile.name, typedSettings());
    m_profiles->setProfileValue(m_profile.name, RecipientKey, recipient);
    m_ui->mfaConnectionLineEdit->setText(typedSettings().connection);
    QMap<QString, QString> typed;
    if (!m_ui->mfaClientSecretLineEdit->text().isEmpty())
        typed.insert(MfaTestSettings::clientSecretName(), m_ui->mfaClientSecretLineEdit->text());
    if (!m_ui->mfaPasswordLineEdit->text().isEmpty())
        typed.insert(MfaTestSettings::passwordName(), m_ui->mfaPasswordLineEdit->text());
    if (typed.isEmpty()) {
        startJob(recipient);
        return;
    }
    // What was typed goes to the keychain first; the fields keep it until it is there.
    m_savingSecrets = true;
    setStatus(tr("Storing the test credentials in the keychain…"), false);
    updateButtons();
    const int generation = m_generation;
    SecretsJob *write = m_secrets->apply(m_profile.name, typed);
    connect(write, &SecretsJob::finished, this, [this, write, recipient, generation] {
        if (generation != m_generation)
            return;
        m_savingSecrets = false;
        if (write->failed()) {
            setStatus(tr("The keychain could not store the test credentials: %1 %2")
                          .arg(write->error().summary(), write->error().fix()),
                      true);
            updateButtons();
            return;
        }
        if (const auto p = m_profiles->load(m_profile.name))
            m_profile.consoleSecretNames = p->consoleSecretNames;
        m_ui->mfaClientSecretLineEdit->clear();
        m_ui->mfaPasswordLineEdit->clear();
        fillSettings();
        startJob(recipient);
    });
}

void MfaTestPanel::startJob(const QString &recipient)
{
    clearTimeline();
    m_timeline = MfaTimeline();
    m_ui->mfaCodeLineEdit->clear();
    MfaTestRequest request;
    request.profile = m_profile;
    request.recipient = recipient;
    request.settings = MfaTestSettings::load(*m_profiles, m_profile.name);
    if (m_profile.builtInSandbox) {
        // Everything happens on this computer: no need to wait as long as Auth0's logs do.
        request.logPollMs = 200;
        request.deliveryPollMs = 200;
        request.logSettleMs = 5000;
    }
    // The handset is made first, so that it knows which texts were there before.
    if (handsetReadsCode())
        m_handset = new SandboxHandset(m_twilioSandbox, this);
    setStatus(tr("Testing the MFA flow of %1 with %2…").arg(m_profile.auth0.domain, recipient),
              false);
    m_job = MfaTestJob::start(request, m_secrets, m_network, this);
    connect(m_job, &MfaTestJob::stepChanged, this, &MfaTestPanel::showStep);
    connect(m_job, &MfaTestJob::codeNeeded, this, &MfaTestPanel::onCodeNeeded);
    connect(m_job, &MfaTestJob::finished, this, [this, job = m_job.data()] { onJobFinished(job); });
    updateButtons();
}

void MfaTestPanel::onCodeNeeded(const QString &to)
{
    if (m_handset && handsetReadsCode()) {
        m_ui->mfaCodeHintLabel->setText(
            tr("The simulated handset of %1 reads the code once Twilio delivers it…").arg(to));
        QPointer<MfaTestJob> job(m_job);
        m_handset->waitForCode(to, [this, job](const QString &code, const QString &sid) {
            if (!job)
                return;
            m_ui->mfaCodeLineEdit->setText(code);
            m_ui->mfaCodeHintLabel->setText(
                tr("The simulated handset received %1 in message %2.").arg(code, sid));
            job->submitCode(code);
            updateButtons();
        });
        updateButtons();
        return;
    }
    m_ui->mfaCodeHintLabel->setText(tr("Auth0 is texting a code to %1: type it here.").arg(to));
    updateButtons();
    m_ui->mfaCodeLineEdit->setFocus();
}

void MfaTestPanel::submitCode()
{
    const QString code = m_ui->mfaCodeLineEdit->text().trimmed();
    if (!m_job || !m_job->isWaitingForCode() || code.isEmpty())
        return;
    m_ui->mfaCodeHintLabel->setText(tr("Completing the login with %1…").arg(code));
    m_job->submitCode(code);
    updateButtons();
}

void MfaTestPanel::cancel()
{
    if (m_job)
        m_job->cancel(); // finished() follows at once
}

void MfaTestPanel::onJobFinished(MfaTestJob *job)
{
    m_timeline = job->timeline();
    m_job = nullptr;
    if (m_handset) {
        m_handset->stop();
        m_handset->deleteLater();
    }
    showOutcome(m_timeline);
    setStatus(m_timeline.headline(), !m_timeline.ok());
    m_ui->mfaCodeHintLabel->clear();
    updateButtons();
    Q_EMIT testFinished(m_timeline.ok());
}

// ---- set-up and removal ---------------------------------------------------------------------

void MfaTestPanel::askSetUp()
{
    if (isBusy() || !m_profile.auth0.isConnected())
        return;
    setStatus(tr("Reading what the set-up needs from %1…").arg(m_profile.auth0.domain), false);
    m_setupJob = MfaSetupJob::plan(m_profile, m_profiles, m_secrets, m_network, this);
    const int generation = m_generation;
    connect(m_setupJob, &MfaSetupJob::finished, this, [this, job = m_setupJob.data(), generation] {
        m_setupJob = nullptr;
        updateButtons();
        if (generation != m_generation)
            return;
        if (job->failed()) {
            setStatus(job->error(), true);
            Q_EMIT setupFinished(false);
            return;
        }
        setStatus(QString(), false);
        const MfaSetupPlan plan = job->setupPlan();
        auto *box = new QMessageBox(
            QMessageBox::Question, tr("Set up the MFA test"),
            tr("Write this to %1?").arg(m_profile.auth0.domain) + bulletList(plan.writes())
                + tr("The application's client secret and the user's "
                     "password are kept in the keychain (%1).")
                      .arg(plan.keychainEntries().join(QStringLiteral(", "))),
            QMessageBox::Cancel, this);
        box->setObjectName(QStringLiteral("mfaSetupMessageBox"));
        box->setTextFormat(Qt::RichText);
        QPushButton *yes = box->addButton(tr("Write to the tenant"), QMessageBox::AcceptRole);
        box->setDefaultButton(QMessageBox::Cancel);
        box->setAttribute(Qt::WA_DeleteOnClose);
        connect(box, &QMessageBox::finished, this, [this, box, yes, plan, generation] {
            if (box->clickedButton() == yes && generation == m_generation)
                applySetUp(plan);
            else
                setStatus(tr("Nothing was written to the tenant."), false);
        });
        box->open();
    });
    updateButtons();
}

void MfaTestPanel::applySetUp(const MfaSetupPlan &plan)
{
    if (isBusy())
        return;
    m_setupJob = MfaSetupJob::apply(m_profile, plan, m_profiles, m_secrets, m_network, this);
    connect(m_setupJob, &MfaSetupJob::step, this,
            [this](const QString &line) { setStatus(line, false); });
    const int generation = m_generation;
    connect(m_setupJob, &MfaSetupJob::finished, this, [this, job = m_setupJob.data(), generation] {
        m_setupJob = nullptr;
        if (generation == m_generation) {
            if (const auto p = m_profiles->load(m_profile.name))
                m_profile.consoleSecretNames = p->consoleSecretNames;
            fillSettings();
            setStatus(job->failed() ? job->error()
                                    : tr("Set up: %1").arg(job->done().join(QLatin1Char(' '))),
                      job->failed());
        }
        updateButtons();
        Q_EMIT setupFinished(!job->failed());
    });
    updateButtons();
}

void MfaTestPanel::askRemove()
{
    if (isBusy() || !m_profile.auth0.isConnected())
        return;
    const MfaRemovalPlan plan = MfaSetupJob::removalPlan(m_profile, *m_profiles);
    const QString text = plan.writes().isEmpty()
        ? tr("The console created no test application or user for \"%1\": nothing is deleted "
             "in the tenant. Forget the test settings and the keychain entries?")
              .arg(m_profile.name)
        : tr("Delete from %1 what the console created for the MFA test?")
                .arg(m_profile.auth0.domain)
            + bulletList(plan.writes())
            + tr("The test settings and keychain entries are forgotten too.");
    auto *box = new QMessageBox(QMessageBox::Question, tr("Remove the MFA test"), text,
                                QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("mfaRemoveMessageBox"));
    box->setTextFormat(Qt::RichText);
    QPushButton *yes = box->addButton(plan.writes().isEmpty() ? tr("Forget") : tr("Delete"),
                                      QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    const int generation = m_generation;
    connect(box, &QMessageBox::finished, this, [this, box, yes, generation] {
        if (box->clickedButton() == yes && generation == m_generation)
            startRemove();
    });
    box->open();
}

void MfaTestPanel::startRemove()
{
    if (isBusy())
        return;
    setStatus(tr("Removing the MFA test's application and user…"), false);
    m_setupJob = MfaSetupJob::remove(m_profile, m_profiles, m_secrets, m_network, this);
    connect(m_setupJob, &MfaSetupJob::step, this,
            [this](const QString &line) { setStatus(line, false); });
    const int generation = m_generation;
    connect(m_setupJob, &MfaSetupJob::finished, this, [this, job = m_setupJob.data(), generation] {
        m_setupJob = nullptr;
        if (generation == m_generation) {
            if (const auto p = m_profiles->load(m_profile.name))
                m_profile.consoleSecretNames = p->consoleSecretNames;
            fillSettings();
            setStatus(job->failed()
                          ? job->error()
                          : tr("Removed: %1")
                                .arg(job->done().isEmpty() ? tr("the test settings.")
                                                           : job->done().join(QLatin1Char(' '))),
                      job->failed());
        }
        updateButtons();
        Q_EMIT setupFinished(!job->failed());
    });
    updateButtons();
}

// ---- "Send a test message" ------------------------------------------------------------------

void MfaTestPanel::providerTest()
{
    if (isBusy() || !m_recipient.valid)
        return;
    const QString to = m_recipient.e164;
    clearTimeline();
    MfaTimelineStep step;
    step.id = QStringLiteral("provider-try");
    step.title = tr("Send a test message through the phone provider");
    step.startedAt = QDateTime::currentDateTimeUtc();
    showStep(step);
    m_tryJob = PhoneProviderTryJob::start(m_profile, to, QStringLiteral("text"), m_secrets,
                                          m_network, this);
    const int generation = m_generation;
    connect(m_tryJob, &PhoneProviderTryJob::finished, this,
            [this, job = m_tryJob.data(), step, generation, to]() mutable {
                m_tryJob = nullptr;
                updateButtons();
                if (generation != m_generation)
                    return;
                step.elapsedMs = step.startedAt.msecsTo(QDateTime::currentDateTimeUtc());
                step.state
                    = job->failed() ? MfaTimelineStep::State::Failed : MfaTimelineStep::State::Done;
                step.detail = job->failed()
                    ? job->error()
                    : tr("Auth0 accepted the test message to %1 through its \"%2\" provider "
                         "(%3): %4")
                          .arg(to, job->provider().name)
                          .arg(job->result().code)
                          .arg(job->result().message);
                showStep(step);
                setStatus(step.detail, job->failed());
                Q_EMIT providerTestFinished(!job->failed());
            });
    updateButtons();
}
