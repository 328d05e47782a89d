#include "ConvertToActionDialog.h"
#include "ui_ConvertToActionDialog.h"

#include "auth0/Auth0Types.h"

#include <QPushButton>

ConvertToActionDialog::ConvertToActionDialog(QWidget *parent)
    : QDialog(parent), m_ui(new Ui::ConvertToActionDialog)
{
    m_ui->setupUi(this);
    m_ui->convertButtonBox->button(QDialogButtonBox::Ok)->setText(tr("Convert"));
    m_ui->convertDefaultLabel->setForegroundRole(QPalette::PlaceholderText);
    connect(m_ui->convertButtonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->convertButtonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setDefault(QString(), false);
}

ConvertToActionDialog::~ConvertToActionDialog() = default;

void ConvertToActionDialog::setDefault(const QString &tenantTrigger, bool connected)
{
    const bool unified = tenantTrigger == Auth0Triggers::CustomPhoneProvider;
    m_ui->customPhoneProviderRadioButton->setChecked(unified);
    m_ui->sendPhoneMessageRadioButton->setChecked(!unified);
    if (!tenantTrigger.isEmpty())
        m_ui->convertDefaultLabel->setText(
            unified ? tr("The tenant runs the Unified Phone Experience (read on the Tenant page): "
                         "custom-phone-provider.")
                    : tr("The tenant runs the legacy MFA phone set-up (read on the Tenant page): "
                         "send-phone-message."));
    else
        // A tenant that had hooks predates the Unified Phone Experience, the default of new
        // tenants: unless it moved, it still runs the legacy set-up.
        m_ui->convertDefaultLabel->setText(
            connected ? tr("The tenant's mode has not been read yet: open the Tenant page to read "
                           "it. A tenant that ran hooks keeps the legacy set-up unless it moved to "
                           "the Unified Phone Experience.")
                      : tr("No tenant is connected to this profile, so its mode is not known. A "
                           "tenant that ran hooks keeps the legacy set-up unless it moved to the "
                           "Unified Phone Experience."));
}

QString ConvertToActionDialog::trigger() const
{
    return m_ui->customPhoneProviderRadioButton->isChecked() ? Auth0Triggers::CustomPhoneProvider
                                                             : Auth0Triggers::SendPhoneMessage;
}
