#include "TenantTestRun.h"
#include "HookPageStyle.h"

#include <QJsonDocument>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QTextBrowser>

using namespace HookPageStyle;

TenantTestRun::TenantTestRun(SecretStore *secrets, QWidget *dialogParent, QTextBrowser *output)
    : QObject(dialogParent),
      m_secrets(secrets),
      m_dialogParent(dialogParent),
      m_output(output),
      m_network(new QNetworkAccessManager(this))
{ }

void TenantTestRun::say(const QString &html)
{
    m_output->append(html);
}

void TenantTestRun::start(const Profile &profile, const ActionTestRequest &request)
{
    if (m_running)
        return;
    m_running = true;
    Q_EMIT runningChanged(true);
    m_profile = profile;
    m_request = request;
    m_output->show();
    m_output->clear();
    say(coloured(tr("Reading the draft of the Action bound in %1…")
                     .arg(profile.auth0.domain)
                     .toHtmlEscaped(),
                 m_output->palette().color(QPalette::PlaceholderText)));
    ActionTestJob *job = ActionTestJob::inspect(profile, request, m_secrets, m_network, this);
    connect(job, &ActionTestJob::finished, this, [this, job] { onInspected(job); });
}

void TenantTestRun::onInspected(ActionTestJob *job)
{
    if (job->failed()) {
        say(coloured(job->error().toHtmlEscaped(), readable(Red, m_output->palette())));
        end(false);
        return;
    }
    if (!job->draftDiffers()) {
        say(tr("The tenant's draft of \"%1\" is the editor's code.")
                .arg(job->action().name)
                .toHtmlEscaped());
        runTest(false);
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Question, tr("Run in the tenant"),
                                tr("Auth0 tests the draft of \"%1\" that %2 holds, and it differs "
                                   "from the code in the editor.")
                                    .arg(job->action().name, m_profile.auth0.domain),
                                QMessageBox::Cancel, m_dialogParent);
    box->setObjectName(QStringLiteral("tenantTestDraftMessageBox"));
    box->setInformativeText(tr("Write the editor's code into the draft first (it is not deployed: "
                               "logins keep the deployed version), or test the draft as it is? "
                               "Show Details has the differences."));
    box->setDetailedText(job->diff());
    QPushButton *update
        = box->addButton(tr("Update the draft, then test"), QMessageBox::AcceptRole);
    QPushButton *asIs = box->addButton(tr("Test the tenant's draft"), QMessageBox::ActionRole);
    box->setDefaultButton(update);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, update, asIs] {
        if (box->clickedButton() == update) {
            runTest(true);
        } else if (box->clickedButton() == asIs) {
            runTest(false);
        } else {
            say(tr("Not tested.").toHtmlEscaped());
            end(false);
        }
    });
    box->open();
}

void TenantTestRun::runTest(bool updateDraft)
{
    ActionTestRequest request = m_request;
    request.updateDraft = updateDraft;
    ActionTestJob *job = ActionTestJob::run(m_profile, request, m_secrets, m_network, this);
    connect(job, &ActionTestJob::step, this, [this](const QString &line) {
        say(coloured(line.toHtmlEscaped(), m_output->palette().color(QPalette::PlaceholderText)));
    });
    connect(job, &ActionTestJob::finished, this, [this, job] { show(job, job->draftDiffers()); });
}

void TenantTestRun::show(ActionTestJob *job, bool differed)
{
    const QPalette &pal = m_output->palette();
    if (job->failed()) {
        say(coloured(job->error().toHtmlEscaped(), readable(Red, pal)));
        end(false);
        return;
    }
    const ActionTestResult &r = job->result();
    const bool ok = r.succeeded();
    QString which = job->draftUpdated()
        ? tr("Tested in %1: the draft of \"%2\" (%3), just updated with the editor's code (not "
             "deployed).")
        : differed ? tr("Tested in %1: the tenant's draft of \"%2\" (%3), not the editor's code.")
                   : tr("Tested in %1: the draft of \"%2\" (%3), the editor's code.");
    which = which.arg(m_profile.auth0.domain, job->action().name, job->trigger());
    // The anchor lets the view show the result's first line, not the end of a long answer.
    QString html
        = QStringLiteral("<a name=\"tenant-result\"></a><b>%1</b>")
              .arg(coloured(
                  (ok ? tr("In the tenant: success")
                      : tr("In the tenant: %1").arg(r.status.isEmpty() ? tr("failed") : r.status))
                      .toHtmlEscaped(),
                  readable(ok ? Green : Red, pal)));
    html += QStringLiteral("<br>") + which.toHtmlEscaped();
    if (!r.errorMessage.isEmpty())
        html += QStringLiteral("<br>")
            + coloured(tr("Error %1%2: %3")
                           .arg(r.errorName, r.errorCode.isEmpty() ? QString() : u' ' + r.errorCode,
                                r.errorMessage)
                           .toHtmlEscaped(),
                       readable(Red, pal));
    if (!r.reason.isEmpty())
        html += QStringLiteral("<br>") + tr("Reason: %1").arg(r.reason).toHtmlEscaped();
    for (const QString &line : r.logs)
        html += QStringLiteral("<br>") + tr("console.%1").arg(line).toHtmlEscaped();
    for (const QString &sid : r.messageSids)
        html += QStringLiteral("<br>") + tr("Twilio message %1").arg(sid).toHtmlEscaped();
    if (r.durationMs >= 0)
        html
            += QStringLiteral("<br>") + tr("%1 ms in the tenant").arg(r.durationMs).toHtmlEscaped();
    // An answer of a shape the console does not know is shown as it came.
    if (r.status.isEmpty())
        html += QStringLiteral("<br>")
            + coloured(tr("Auth0's answer: %1")
                           .arg(QString::fromUtf8(
                               QJsonDocument(r.payload).toJson(QJsonDocument::Compact)))
                           .toHtmlEscaped(),
                       pal.color(QPalette::PlaceholderText));
    say(html);
    m_output->scrollToAnchor(QStringLiteral("tenant-result"));
    end(ok);
}

void TenantTestRun::end(bool ok)
{
    m_running = false;
    Q_EMIT runningChanged(false);
    Q_EMIT finished(ok);
}
