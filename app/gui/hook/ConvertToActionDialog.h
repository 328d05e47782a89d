#pragma once

#include <QDialog>
#include <QScopedPointer>

namespace Ui {
class ConvertToActionDialog;
}

// Asks which trigger a hook is converted for: send-phone-message (the legacy MFA phone set-up)
// or custom-phone-provider (the Unified Phone Experience), starting from the tenant's when it is
// known, and says where the choice came from.
class ConvertToActionDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ConvertToActionDialog(QWidget *parent = nullptr);
    ~ConvertToActionDialog() override;

    // tenantTrigger: the trigger the connected tenant runs, empty when unknown; connected: the
    // profile is connected to a tenant (whose mode is not read yet when tenantTrigger is empty).
    void setDefault(const QString &tenantTrigger, bool connected);
    QString trigger() const;

private:
    const QScopedPointer<Ui::ConvertToActionDialog> m_ui;
};
