#pragma once

#include "auth0/ActionDeployJob.h"
#include "profile/Profile.h"

#include <QDialog>
#include <QPointer>
#include <QScopedPointer>

namespace Ui {
class DeployDialog;
}

class BoundActionJob;
class QNetworkAccessManager;
class SecretStore;

// Deploys the editor's code as the profile's Action: shows how it differs from what the tenant
// runs (the bound Action's deployed version, read when the dialog opens), the options (name,
// runtime, activate), then each step of ActionDeployJob as it goes, with Cancel before the next
// write and what was done or not at the end. Non-modal work: the dialog is opened with open().
class DeployDialog : public QDialog
{
    Q_OBJECT
public:
    DeployDialog(const Profile &profile, const QString &code, SecretStore *secrets,
                 QWidget *parent = nullptr);
    ~DeployDialog() override;

    bool isDeploying() const { return m_job != nullptr; }

Q_SIGNALS:
    // A deploy ended; succeeded tells whether every step was done.
    void deployFinished(bool succeeded);

protected:
    void reject() override;

private:
    void readDeployed();
    void startDeploy();
    void showStep(const ActionDeployStep &step);

    const QScopedPointer<Ui::DeployDialog> m_ui;
    Profile m_profile;
    QString m_code;
    SecretStore *m_secrets;
    QNetworkAccessManager *m_network;
    QPointer<ActionDeployJob> m_job;
    QPointer<BoundActionJob> m_pull;
};
