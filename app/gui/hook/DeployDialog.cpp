#include "DeployDialog.h"
#include "ui_DeployDialog.h"

#include "Icons.h"
#include "auth0/ActionCode.h"
#include "auth0/BoundActionJob.h"
#include "text/LineDiff.h"

#include <QFontDatabase>
#include <QListWidgetItem>
#include <QNetworkAccessManager>
#include <QPushButton>

namespace {

constexpr int IdRole = Qt::UserRole;
constexpr int StateRole = Qt::UserRole + 1; // ActionDeployStep::stateName, for tests

CheckItem::State stateFor(ActionDeployStep::State s)
{
    switch (s) {
    case ActionDeployStep::State::Done:
        return CheckItem::State::Pass;
    case ActionDeployStep::State::Failed:
        return CheckItem::State::Fail;
    case ActionDeployStep::State::Cancelled:
        return CheckItem::State::Warning;
    case ActionDeployStep::State::Running:
        return CheckItem::State::Running;
    case ActionDeployStep::State::Skipped:
        return CheckItem::State::Manual;
    case ActionDeployStep::State::Pending:
        break;
    }
    return CheckItem::State::NotChecked;
}

} // namespace

DeployDialog::DeployDialog(const Profile &profile, const QString &code, SecretStore *secrets,
                           QWidget *parent)
    : QDialog(parent),
      m_ui(new Ui::DeployDialog),
      m_profile(profile),
      m_code(code),
      m_secrets(secrets),
      m_network(new QNetworkAccessManager(this))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("deployDialog"));
    m_ui->deployDiffPlainTextEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_ui->deployRuntimeComboBox->addItem(tr("Node 22 (recommended)"), QStringLiteral("node22"));
    m_ui->deployRuntimeComboBox->addItem(tr("Node 18"), QStringLiteral("node18"));
    m_ui->deployStepsListWidget->setIconSize(QSize(16, 16));
    m_ui->deploySplitter->setStretchFactor(0, 3);
    m_ui->deploySplitter->setStretchFactor(1, 2);
    const QString trigger = ActionCode::trigger(ActionCode::kind(code));
    m_ui->deployIntroLabel->setText(
        trigger.isEmpty()
            ? tr("Deploy to %1. This code exports no Action handler: the check will say what "
                 "to change.")
                  .arg(profile.auth0.domain)
            : tr("Deploy this code to %1 as its %2 Action, with the secrets it reads from this "
                 "profile's keychain and twilio %3.")
                  .arg(profile.auth0.domain, trigger, ActionCode::twilioVersion()));
    for (const ActionDeployStep &step : ActionDeployJob::plannedSteps()) {
        auto *item = new QListWidgetItem(Icons::state(CheckItem::State::NotChecked), step.title,
                                         m_ui->deployStepsListWidget);
        item->setData(IdRole, ActionDeployStep::idName(step.id));
        item->setData(StateRole, ActionDeployStep::stateName(step.state));
    }
    connect(m_ui->deployPushButton, &QPushButton::clicked, this, &DeployDialog::startDeploy);
    connect(m_ui->deployCancelPushButton, &QPushButton::clicked, this, &DeployDialog::reject);
    readDeployed();
}

DeployDialog::~DeployDialog() = default;

void DeployDialog::readDeployed()
{
    m_ui->deployDiffLabel->setText(tr("Reading what %1 runs now…").arg(m_profile.auth0.domain));
    m_pull = BoundActionJob::pull(m_profile, m_secrets, m_network, this);
    connect(m_pull, &BoundActionJob::finished, this, [this, job = m_pull.data()] {
        m_pull = nullptr;
        if (job->failed()) {
            m_ui->deployDiffLabel->setText(
                job->errorCode() == QLatin1String("no-action")
                        || job->errorCode() == QLatin1String("not-deployed")
                    ? tr("Nothing is deployed for the tenant's trigger yet: a new Action will be "
                         "created.")
                    : tr("What the tenant runs could not be read: %1").arg(job->error()));
            m_ui->deployDiffPlainTextEdit->setPlainText(m_code);
            return;
        }
        m_ui->deployNameLineEdit->setPlaceholderText(job->action().name);
        const QString diff = LineDiff::unified(
            job->code(), m_code,
            tr("%1, version %2 (deployed)").arg(job->action().name).arg(job->deployedNumber()),
            tr("this code"));
        if (diff.isEmpty()) {
            m_ui->deployDiffLabel->setText(
                tr("\"%1\" version %2 already runs this code; deploying again updates its "
                   "secrets from the keychain.")
                    .arg(job->action().name)
                    .arg(job->deployedNumber()));
            m_ui->deployDiffPlainTextEdit->setPlainText(m_code);
        } else {
            m_ui->deployDiffLabel->setText(
                tr("Changes from what \"%1\" runs now:").arg(job->action().name));
            m_ui->deployDiffPlainTextEdit->setPlainText(diff);
        }
    });
}

void DeployDialog::startDeploy()
{
    if (m_job)
        return;
    ActionDeployRequest request;
    request.code = m_code;
    request.name = m_ui->deployNameLineEdit->text().trimmed();
    request.runtime = m_ui->deployRuntimeComboBox->currentData().toString();
    request.activate = m_ui->deployActivateCheckBox->isChecked();
    m_job = ActionDeployJob::start(m_profile, request, m_secrets, m_network, this);
    connect(m_job, &ActionDeployJob::stepChanged, this, &DeployDialog::showStep);
    connect(m_job, &ActionDeployJob::finished, this, [this, job = m_job.data()] {
        m_job = nullptr;
        const bool ok = !job->failed();
        QString result;
        if (ok)
            result = job->status() ? tr("Deployed version %1 of \"%2\". %3")
                                         .arg(job->action().deployedVersion
                                                  ? job->action().deployedVersion->number
                                                  : 0)
                                         .arg(job->action().name, job->status()->summary())
                                   : job->report();
        else
            result = job->error() + QLatin1Char('\n') + job->report();
        m_ui->deployResultLabel->setText(result);
        QPalette pal = m_ui->deployResultLabel->palette();
        pal.setColor(QPalette::WindowText,
                     Icons::stateColor(ok ? CheckItem::State::Pass : CheckItem::State::Fail));
        m_ui->deployResultLabel->setPalette(pal);
        m_ui->deployPushButton->setEnabled(true);
        m_ui->deployPushButton->setText(tr("&Deploy again"));
        m_ui->deployCancelPushButton->setText(tr("&Close"));
        Q_EMIT deployFinished(ok);
    });
    m_ui->deployPushButton->setEnabled(false);
    m_ui->deployCancelPushButton->setText(tr("&Cancel"));
    m_ui->deployResultLabel->clear();
    for (int i = 0; i < m_ui->deployStepsListWidget->count(); ++i) {
        QListWidgetItem *item = m_ui->deployStepsListWidget->item(i);
        item->setIcon(Icons::state(CheckItem::State::NotChecked));
        item->setData(StateRole, QStringLiteral("pending"));
    }
}

void DeployDialog::showStep(const ActionDeployStep &step)
{
    for (int i = 0; i < m_ui->deployStepsListWidget->count(); ++i) {
        QListWidgetItem *item = m_ui->deployStepsListWidget->item(i);
        if (item->data(IdRole).toString() != ActionDeployStep::idName(step.id))
            continue;
        item->setIcon(Icons::state(stateFor(step.state)));
        item->setText(step.detail.isEmpty() ? step.title
                                            : step.title + QStringLiteral(": ") + step.detail);
        item->setToolTip(item->text());
        item->setData(StateRole, ActionDeployStep::stateName(step.state));
    }
}

void DeployDialog::reject()
{
    // Cancel stops before the next write; the dialog stays until the job has said where it is.
    if (m_job) {
        m_job->cancel();
        return;
    }
    QDialog::reject();
}
