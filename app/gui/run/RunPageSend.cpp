// RunPage: the send itself (a SendJob) and the result card it fills: stages, the status
// timeline, the outcome with Twilio's explanation, and the look-up of an unknown outcome.

#include "RunPage.h"
#include "ui_RunPage.h"

#include "Icons.h"
#include "Tones.h"
#include "log/DeliveryLog.h"
#include "profile/ProfileStore.h"
#include "run/Outcomes.h"
#include "secrets/SecretRules.h"
#include "secrets/SecretStore.h"
#include "twilio/ErrorDictionary.h"
#include "twilio/ExplanationMarkdown.h"

#include <QClipboard>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QNetworkAccessManager>
#include <QStyle>
#include <QTimer>

// ---- sending --------------------------------------------------------------------------------

void RunPage::send()
{
    if (isSending() || !blockingReason().isEmpty())
        return;
    if (!m_network)
        m_network = new QNetworkAccessManager(this);
    // The settings may have changed on the Secrets page since the profile was chosen.
    if (const auto stored = m_profiles->load(m_profile.name)) {
        const QString name = m_profile.name;
        m_profile = *stored;
        m_profile.name = name;
    }

    SendRequest request;
    request.api = api();
    request.source = SendRequest::Source::Form;
    request.to = m_ui->toLineEdit->text().trimmed();
    request.body = m_ui->bodyPlainTextEdit->toPlainText();
    request.code = m_ui->codeLineEdit->text();
    request.locale = m_ui->languageLineEdit->text().trimmed();
    request.smartEncoding = m_ui->smartEncodingCheckBox->isChecked();
    request.followDelivery = true;

    m_ui->timelineListWidget->clear();
    m_ui->copySidPushButton->setText(tr("C&opy SID"));
    m_sendStartedUtc = QDateTime::currentDateTimeUtc();

    auto *job = new SendJob(m_profile, m_secrets, m_network, this);
    job->setDeliveryLog(m_deliveryLog);
    m_job = job;
    connect(job, &SendJob::stageChanged, this, &RunPage::onStageChanged);
    connect(job, &SendJob::statusChanged, this, &RunPage::onStatusChanged);
    connect(job, &SendJob::finished, this, &RunPage::onFinished);
    // A retry or a failed poll: said under the send button while the job goes on.
    connect(job, &SendJob::notice, this, [this](const QString &line) {
        if (!m_job)
            return;
        m_ui->sendHintLabel->setText(line);
        fitLabelHeights();
    });
    m_ui->resultStackedWidget->setCurrentWidget(m_ui->resultFrame);
    updateSendState();
    onStageChanged(SendResult::Stage::NotStarted);
    job->start(request);
}

void RunPage::setDeliveryLog(DeliveryLog *log)
{
    m_deliveryLog = log;
    if (isVisible())
        refreshLastDay();
}

void RunPage::cancel()
{
    if (m_job)
        m_job->cancel();
}

void RunPage::onStageChanged(SendResult::Stage stage)
{
    if (!m_job)
        return;
    const bool verify = api() == SendRequest::Api::Verify;
    QString text;
    switch (stage) {
    case SendResult::Stage::NotStarted:
    case SendResult::Stage::ReadingSecrets:
        text = tr("Reading the secrets from the keychain…");
        break;
    case SendResult::Stage::Sending:
        text = verify ? tr("Starting the verification…") : tr("Sending to Twilio…");
        break;
    case SendResult::Stage::Tracking:
        text = tr("Accepted; following its delivery…");
        break;
    case SendResult::Stage::Done:
        return;
    }
    m_ui->sendHintLabel->setText(text);
    m_ui->sendHintLabel->setStyleSheet(QString());
    fitLabelHeights();
    showResult(m_job->result(), false);
}

void RunPage::onStatusChanged(const StatusTransition &transition)
{
    addTimelineRow(transition);
    if (m_job)
        showResult(m_job->result(), false);
}

void RunPage::onFinished()
{
    auto *job = qobject_cast<SendJob *>(sender());
    if (!job)
        return;
    const SendResult result = job->result();
    m_job = nullptr;
    if (m_lookupJob)
        m_lookupJob->deleteLater();
    if (job->canLookUp())
        m_lookupJob = job; // kept: its client and hint answer "was it sent?"
    else
        job->deleteLater();
    if (!result.timeline.isEmpty()) {
        // The job's own record is the reference; rows seen live are replaced by it.
        m_ui->timelineListWidget->clear();
        for (const StatusTransition &transition : result.timeline)
            addTimelineRow(transition);
    } else if (m_ui->timelineListWidget->count() == 0 && !result.verification.status.isEmpty()) {
        StatusTransition transition;
        transition.status = result.verification.status;
        transition.at
            = result.finishedAt.isValid() ? result.finishedAt : QDateTime::currentDateTimeUtc();
        addTimelineRow(transition);
    }
    showResult(result, true);
    updateSendState();
    refreshLastDay(); // once the send's last write is committed
    Q_EMIT sendFinished(result.outcome);
}

void RunPage::addTimelineRow(const StatusTransition &transition)
{
    const QDateTime at = transition.at.isValid() ? transition.at : QDateTime::currentDateTimeUtc();
    const QString time = at.toLocalTime().toString(QStringLiteral("HH:mm:ss"));
    const double seconds = m_sendStartedUtc.isValid() ? m_sendStartedUtc.msecsTo(at) / 1000.0 : 0;
    //: a row of the status timeline: %1 Twilio's status, %2 the time, %3 seconds since Send
    QString text
        = tr("%1 · %2 · +%3 s")
              .arg(transition.status, time, QLocale().toString(qMax(0.0, seconds), 'f', 1));
    if (transition.errorCode != 0)
        text += QStringLiteral(" · ") + tr("error %1").arg(transition.errorCode);
    auto *item = new QListWidgetItem(
        Icons::dot(Tones::color(Outcomes::statusTone(transition.status))), text);
    item->setData(Qt::UserRole, transition.status);
    if (!transition.errorMessage.isEmpty())
        item->setToolTip(transition.errorMessage);
    m_ui->timelineListWidget->addItem(item);
    m_ui->timelineListWidget->scrollToBottom();
}

// ---- the result card ------------------------------------------------------------------------

void RunPage::showResult(const SendResult &result, bool finished)
{
    const bool verify = api() == SendRequest::Api::Verify;
    if (finished) {
        m_ui->outcomeLabel->setText(Outcomes::headline(result));
        Tones::apply(m_ui->outcomeLabel, Outcomes::tone(result.outcome));
        m_ui->summaryLabel->setText(Outcomes::gist(result));
    } else {
        m_ui->outcomeLabel->setText(result.stage == SendResult::Stage::Tracking
                                        ? tr("Following delivery…")
                                        : tr("Sending…"));
        Tones::apply(m_ui->outcomeLabel, Tone::Busy);
        m_ui->summaryLabel->clear();
    }
    m_ui->summaryLabel->setVisible(!m_ui->summaryLabel->text().isEmpty());

    const QString sid = verify ? result.verification.sid : result.message.sid;
    m_ui->sidLabel->setText(sid);
    m_ui->sidLabel->setVisible(!sid.isEmpty());
    m_ui->copySidPushButton->setVisible(!sid.isEmpty());
    m_ui->copySidPushButton->setEnabled(!sid.isEmpty());
    const bool lookup = m_lookupJob && result.outcome == SendResult::Outcome::Unknown;
    m_ui->lookupPushButton->setVisible(lookup);
    m_ui->sidLabel->setToolTip(verify ? tr("The verification's SID") : tr("The message's SID"));

    QString to = result.toE164.isEmpty() ? m_toInfo.e164 : result.toE164;
    if (result.toInfo.valid)
        to = tr("%1 · %2").arg(result.toInfo.e164, result.toInfo.typeName());
    m_ui->recipientLabel->setText(to);

    if (verify) {
        m_ui->resultSegmentsLabel->setText(tr("set by Verify"));
        m_ui->priceLabel->setText(tr("per verification, in Twilio's console"));
    } else {
        const int segments = result.message.numSegments > 0 ? result.message.numSegments
                                                            : result.segments.segments;
        //: %1 the number of segments, %2 the encoding (GSM-7 or UCS-2)
        m_ui->resultSegmentsLabel->setText(
            result.message.sid.isEmpty() && finished
                ? tr("— (not sent)")
                : tr("%1 (%2)").arg(segments).arg(
                    SegmentCalculator::encodingName(result.segments.encoding)));
        if (!result.message.price.isEmpty()) {
            QString price = result.message.price;
            if (price.startsWith(QLatin1Char('-')))
                price.remove(0, 1); // Twilio writes charges as negative amounts
            m_ui->priceLabel->setText(QStringLiteral("%1 %2").arg(price, result.message.priceUnit));
        } else {
            m_ui->priceLabel->setText(!finished                          ? tr("not known yet")
                                          : result.message.sid.isEmpty() ? tr("— (not sent)")
                                                                         : tr("none reported"));
        }
    }

    const bool showTimeline = !finished || m_ui->timelineListWidget->count() > 0;
    m_ui->timelineCaptionLabel->setVisible(showTimeline);
    m_ui->timelineListWidget->setVisible(showTimeline);

    const QString markdown = finished ? explanationMarkdown(result) : QString();
    m_ui->explanationTextBrowser->setMarkdown(markdown);
    m_ui->explanationTextBrowser->setVisible(!markdown.isEmpty());
}

QString RunPage::explanationMarkdown(const SendResult &result) const
{
    QStringList parts;
    switch (result.outcome) {
    case SendResult::Outcome::InputError:
        parts << result.inputError;
        break;
    case SendResult::Outcome::KeychainFailed:
        parts << QStringLiteral("**%1**\n\n%2")
                     .arg(result.keychainError.summary(), result.keychainError.fix());
        break;
    case SendResult::Outcome::LogFailed:
        parts << result.summary();
        break;
    default:
        break;
    }

    const TwilioError &error = result.error;
    if (error.isError() && error.kind != TwilioError::Kind::Cancelled) {
        parts << ExplanationMarkdown::forError(error);
    } else if (result.outcome == SendResult::Outcome::NotDelivered) {
        // A delivery failure carries Twilio's code on the message, not an error answer.
        int code = result.message.errorCode;
        QString message = result.message.errorMessage;
        if (code == 0 && !result.timeline.isEmpty()) {
            code = result.timeline.constLast().errorCode;
            message = result.timeline.constLast().errorMessage;
        }
        if (code != 0)
            parts << ExplanationMarkdown::forCode(code, message);
    }
    for (const QString &warning : result.warnings)
        parts << tr("Warning: %1").arg(warning);
    return parts.join(QStringLiteral("\n\n"));
}

void RunPage::lookUp()
{
    if (!m_lookupJob)
        return;
    m_ui->lookupPushButton->setEnabled(false);
    m_ui->lookupPushButton->setText(tr("Looking…"));
    SendJob *job = m_lookupJob;
    connect(
        job, &SendJob::lookupFinished, this,
        [this](const QList<Message> &found, const TwilioError &error) {
            m_ui->lookupPushButton->setEnabled(true);
            m_ui->lookupPushButton->setText(tr("&Look it up"));
            QString text;
            if (error.isError())
                text = tr("The lookup failed: %1").arg(error.userText());
            else if (found.isEmpty())
                text = tr("No such message in Twilio's log: it was most likely not created. "
                          "Sending again is safe.");
            else
                text = tr("Found in Twilio's log: %1, status %2. It was sent: do not send "
                          "again.")
                           .arg(found.constFirst().sid, found.constFirst().status);
            m_ui->summaryLabel->setText(text);
            m_ui->summaryLabel->setVisible(true);
        },
        Qt::SingleShotConnection);
    job->lookUp();
}
