#include "RunPage.h"
#include "ui_RunPage.h"

#include "Icons.h"
#include "Tones.h"
#include "log/DeliveryLog.h"
#include "profile/ProfileStore.h"
#include "run/Auth0MessageTemplate.h"
#include "run/Outcomes.h"
#include "secrets/SecretRules.h"
#include "secrets/SecretStore.h"
#include "twilio/ErrorDictionary.h"
#include "twilio/ExplanationMarkdown.h"

#include <QClipboard>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QNetworkAccessManager>
#include <QPainter>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QResizeEvent>
#include <QStyle>
#include <QTextBlock>
#include <QTimer>

namespace { } // namespace

RunPage::RunPage(ProfileStore *profiles, SecretStore *secrets, QWidget *parent)
    : QWidget(parent), m_ui(new Ui::RunPage), m_profiles(profiles), m_secrets(secrets)
{
    m_ui->setupUi(this);
    m_ui->noticeFrame->setStyleSheet(
        Tones::frameStyle(QStringLiteral("noticeFrame"), Tone::Caution));

    m_ui->messageTypeComboBox->addItem(tr("SMS"), QStringLiteral("sms"));
    m_ui->messageTypeComboBox->addItem(tr("Voice"), QStringLiteral("voice"));
    m_ui->actionComboBox->addItem(tr("Enrollment"), QStringLiteral("enrollment"));
    m_ui->actionComboBox->addItem(tr("Authentication"), QStringLiteral("authentication"));
    m_ui->friendlyNameLineEdit->setText(tr("My App"));
    m_ui->codeLineEdit->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[0-9]{0,%1}").arg(SendJob::MaxCustomCodeDigits)), this));
    m_ui->languageLineEdit->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[A-Za-z]{0,3}(-[A-Za-z0-9]{0,8})?")), this));

    m_ui->noticeFrame->hide();
    m_ui->noticeIconLabel->setPixmap(
        style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(24));
    m_ui->sendProgressBar->hide();
    m_ui->cancelPushButton->hide();
    m_ui->resultStackedWidget->setCurrentWidget(m_ui->resultPlaceholderPage);
    m_ui->resultPlaceholderLabel->setForegroundRole(QPalette::PlaceholderText);
    m_ui->toInfoLabel->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_ui->timelineCaptionLabel->setForegroundRole(QPalette::PlaceholderText);
    QFont outcomeFont = m_ui->outcomeLabel->font();
    outcomeFont.setPointSizeF(outcomeFont.pointSizeF() * 1.4);
    outcomeFont.setBold(true);
    m_ui->outcomeLabel->setFont(outcomeFont);
    QFont profileFont = m_ui->profileNameLabel->font();
    profileFont.setBold(true);
    m_ui->profileNameLabel->setFont(profileFont);
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_ui->sidLabel->setFont(fixed);
    m_ui->explanationTextBrowser->document()->setDocumentMargin(6);
    m_ui->explanationTextBrowser->hide();

    connect(m_ui->messagesRadioButton, &QRadioButton::toggled, this, &RunPage::updateApi);
    connect(m_ui->toLineEdit, &QLineEdit::textChanged, this, &RunPage::updateRecipient);
    connect(m_ui->bodyPlainTextEdit, &QPlainTextEdit::textChanged, this, &RunPage::updateSegments);
    connect(m_ui->smartEncodingCheckBox, &QCheckBox::toggled, this, &RunPage::updateSegments);
    connect(m_ui->codeLineEdit, &QLineEdit::textChanged, this, [this] {
        // Keep the text in step with the code while the user has not rewritten it.
        if (m_ui->bodyPlainTextEdit->toPlainText() == m_composedBody)
            composeFromTemplate();
        updateSendState();
    });
    for (QComboBox *combo : {m_ui->messageTypeComboBox, m_ui->actionComboBox}) {
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            if (m_ui->bodyPlainTextEdit->toPlainText() == m_composedBody)
                composeFromTemplate();
        });
    }
    connect(m_ui->friendlyNameLineEdit, &QLineEdit::textChanged, this, [this] {
        if (m_ui->bodyPlainTextEdit->toPlainText() == m_composedBody)
            composeFromTemplate();
    });
    connect(m_ui->generateCodePushButton, &QPushButton::clicked, this, &RunPage::generateCode);
    connect(m_ui->templatePushButton, &QPushButton::clicked, this, &RunPage::composeFromTemplate);
    connect(m_ui->sendPushButton, &QPushButton::clicked, this, &RunPage::send);
    connect(m_ui->toLineEdit, &QLineEdit::returnPressed, this, &RunPage::send);
    connect(m_ui->cancelPushButton, &QPushButton::clicked, this, &RunPage::cancel);
    m_ui->lookupPushButton->setVisible(false);
    connect(m_ui->lookupPushButton, &QPushButton::clicked, this, &RunPage::lookUp);
    connect(m_ui->copySidPushButton, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_ui->sidLabel->text());
        m_ui->copySidPushButton->setText(tr("Copied"));
        QTimer::singleShot(2000, this,
                           [this] { m_ui->copySidPushButton->setText(tr("C&opy SID")); });
    });

    generateCode(); // also composes the body
    updateRecipient();
    updateApi();
}

RunPage::~RunPage()
{
    if (m_job) {
        // Nobody is left to show the result: stop quietly.
        disconnect(m_job, nullptr, this, nullptr);
        m_job->cancel();
    }
}

// ---- profile and secrets --------------------------------------------------------------------

void RunPage::setProfile(const QString &name)
{
    if (name != m_profile.name)
        clearResult();
    m_profile = name.isEmpty() ? Profile() : m_profiles->load(name).value_or(Profile());
    m_profile.name = name;
    m_ui->profileNameLabel->setText(name.isEmpty() ? tr("none") : name);
    m_secretsState = SecretsState::Unknown;
    m_phoneNumber.clear();
    m_verifyServiceSid.clear();
    m_hasAccountSid = m_hasAuthToken = false;
    m_keychainError = KeychainError();
    ++m_secretsGeneration;
    // The keychain is read when the page is on screen, never while the window starts.
    if (isVisible())
        readSecrets();
    updateRecipient(); // the default region may differ
    updateApi();
}

void RunPage::clearResult()
{
    // The card shows the last send of the profile left behind: it goes. A send under way goes
    // on without the card (its log row is kept up to date) and deletes itself when done.
    if (m_job) {
        SendJob *job = m_job;
        disconnect(job, nullptr, this, nullptr);
        connect(job, &SendJob::finished, job, &QObject::deleteLater);
        m_job = nullptr;
    }
    if (m_lookupJob)
        m_lookupJob->deleteLater();
    m_lookupJob = nullptr;
    m_ui->timelineListWidget->clear();
    m_ui->resultStackedWidget->setCurrentWidget(m_ui->resultPlaceholderPage);
    m_ui->sendHintLabel->clear();
    updateSendState();
}

void RunPage::setRecipient(const QString &to)
{
    if (!to.isEmpty())
        m_ui->toLineEdit->setText(to);
    m_ui->toLineEdit->setFocus();
}

void RunPage::reload()
{
    setProfile(m_profile.name);
}

void RunPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Secrets may have been changed on the Secrets page meanwhile.
    reload();
}

void RunPage::readSecrets()
{
    if (m_profile.name.isEmpty())
        return;
    m_secretsState = SecretsState::Loading;
    const int generation = ++m_secretsGeneration;
    SecretsJob *job = m_secrets->read(m_profile.name, SecretRules::knownNames());
    connect(job, &SecretsJob::finished, this, [this, job, generation] {
        if (generation != m_secretsGeneration)
            return;
        if (job->failed()) {
            m_secretsState = SecretsState::Failed;
            m_keychainError = job->error();
        } else {
            // Only whether the credentials are set is kept; SendJob reads them itself.
            const QMap<QString, QString> &values = job->values();
            m_secretsState = SecretsState::Loaded;
            m_hasAccountSid = !values.value(SecretNames::AccountSid).isEmpty();
            m_hasAuthToken = !values.value(SecretNames::AuthToken).isEmpty();
            m_phoneNumber = values.value(SecretNames::PhoneNumber).trimmed();
            m_verifyServiceSid = values.value(SecretNames::VerifyServiceSid).trimmed();
        }
        updateApi();
    });
    updateApi();
}

// ---- composing ------------------------------------------------------------------------------

SendRequest::Api RunPage::api() const
{
    return m_ui->verifyRadioButton->isChecked() ? SendRequest::Api::Verify
                                                : SendRequest::Api::Messages;
}

void RunPage::generateCode()
{
    const bool untouched = m_ui->bodyPlainTextEdit->toPlainText() == m_composedBody;
    {
        const QSignalBlocker blocker(m_ui->codeLineEdit);
        m_ui->codeLineEdit->setText(Auth0MessageTemplate::generateCode());
    }
    if (untouched)
        composeFromTemplate();
    updateSendState();
}

void RunPage::composeFromTemplate()
{
    Auth0HookContext context;
    context.messageType = m_ui->messageTypeComboBox->currentData() == QLatin1String("voice")
        ? Auth0HookContext::MessageType::Voice
        : Auth0HookContext::MessageType::Sms;
    context.action = m_ui->actionComboBox->currentData() == QLatin1String("authentication")
        ? Auth0HookContext::Action::Authentication
        : Auth0HookContext::Action::Enrollment;
    context.language = m_ui->languageLineEdit->text();
    context.code = m_ui->codeLineEdit->text();
    context.friendlyName = m_ui->friendlyNameLineEdit->text().trimmed();
    m_composedBody = Auth0MessageTemplate::defaultText(context);
    m_ui->bodyPlainTextEdit->setPlainText(m_composedBody);
}

// ---- checks as typed ------------------------------------------------------------------------

// Word-wrapped labels whose text changes as the user types: grow to show every line (the stacked
// pages do not pass height-for-width on), and never shrink below two lines, so that the form
// does not jump while typing.
void RunPage::fitLabelHeights()
{
    const int twoLines = 2 * fontMetrics().lineSpacing() + 2;
    for (QLabel *label : {m_ui->toInfoLabel, m_ui->segmentsLabel, m_ui->sendHintLabel}) {
        // Before the first layout the width is meaningless; resizeEvent() comes back here.
        const int forWidth = isVisible() ? label->heightForWidth(label->width()) : 0;
        label->setMinimumHeight(qMax(twoLines, forWidth));
    }
}

void RunPage::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitLabelHeights();
}

void RunPage::updateRecipient()
{
    const QString text = m_ui->toLineEdit->text();
    QLabel *label = m_ui->toInfoLabel;
    if (text.trimmed().isEmpty()) {
        m_toInfo = PhoneNumberInfo();
        label->setText(m_profile.defaultRegion.isEmpty()
                           ? tr("E.164: + then the country code and the number.")
                           : tr("E.164, or a number of the profile's default region (%1).")
                                 .arg(m_profile.defaultRegion));
        label->setStyleSheet(QString());
        label->setForegroundRole(QPalette::PlaceholderText);
        updateSendState();
        return;
    }
    m_toInfo = PhoneNumbers::parse(text, m_profile.defaultRegion);
    label->setForegroundRole(QPalette::WindowText);
    if (!m_toInfo.valid) {
        label->setText(tr("To: %1").arg(m_toInfo.error));
        Tones::apply(label, Tone::Bad);
    } else {
        //: %1 the number in E.164, %2 its type (mobile, fixed line, ...), %3 its region (US)
        const QString line
            = tr("%1 · %2 · %3").arg(m_toInfo.e164, m_toInfo.typeName(), m_toInfo.regionCode);
        if (m_toInfo.canReceiveSms()) {
            label->setText(line);
            Tones::apply(label, Tone::Good);
        } else {
            //: %1 the number's line, %2 its type
            label->setText(tr("%1 — SMS to a %2 number will not arrive: use a mobile number.")
                               .arg(line, m_toInfo.typeName()));
            Tones::apply(label, Tone::Caution);
        }
    }
    updateSendState();
}

void RunPage::updateSegments()
{
    const QString body = m_ui->bodyPlainTextEdit->toPlainText();
    m_segments = SegmentCalculator::calculate(body, m_ui->smartEncodingCheckBox->isChecked());

    QString text = SegmentCalculator::summary(m_segments);
    if (!m_segments.nonGsm.isEmpty()) {
        QStringList unique;
        for (const QString &c : std::as_const(m_segments.nonGsm)) {
            if (!unique.contains(c))
                unique << c;
        }
        //: %1 lists the characters that are not in the GSM-7 alphabet
        text += QLatin1Char('\n')
            + tr("UCS-2 because of: %1 (highlighted)").arg(unique.join(QLatin1Char(' ')));
    }
    m_ui->segmentsLabel->setText(text);
    Tones::apply(m_ui->segmentsLabel,
                 m_segments.segments > 1 || m_segments.encoding == SegmentInfo::Encoding::Ucs2
                     ? Tone::Caution
                     : Tone::Neutral);

    // Mark what forces UCS-2 in the text itself.
    QList<QTextEdit::ExtraSelection> selections;
    QTextCharFormat format;
    // The caution tone, light enough behind the text in a light or a dark palette.
    QColor mark = Tones::color(Tone::Caution);
    mark.setAlpha(90);
    format.setBackground(mark);
    format.setToolTip(tr("Not in the GSM-7 alphabet: the whole message is sent as UCS-2"));
    QTextDocument *document = m_ui->bodyPlainTextEdit->document();
    for (const SegmentInfo::Span &span : std::as_const(m_segments.nonGsmSpans)) {
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(document);
        selection.cursor.setPosition(span.start);
        selection.cursor.setPosition(span.start + span.length, QTextCursor::KeepAnchor);
        selection.format = format;
        selections << selection;
    }
    m_ui->bodyPlainTextEdit->setExtraSelections(selections);
    updateSendState();
    fitLabelHeights();
}

void RunPage::updateApi()
{
    const bool verify = api() == SendRequest::Api::Verify;
    m_ui->bodyPlainTextEdit->setEnabled(!verify);
    m_ui->bodyLabel->setEnabled(!verify);
    m_ui->templatePushButton->setEnabled(!verify);
    m_ui->smartEncodingCheckBox->setEnabled(!verify);
    m_ui->segmentsLabel->setVisible(!verify);
    m_ui->bodyPlainTextEdit->setToolTip(
        verify ? tr("Verify sends its own text with the code: the body is not used.")
               : tr("The text as the hook sends it; characters outside GSM-7 are highlighted"));
    m_ui->codeLineEdit->setToolTip(verify ? tr("Sent to Verify as CustomCode (4 to 10 digits)")
                                          : tr("context.code, the one-time code in the text"));
    m_ui->fromCaptionLabel->setText(verify ? tr("Service:") : tr("From:"));

    QString from;
    QString secret = verify ? SecretNames::VerifyServiceSid : SecretNames::PhoneNumber;
    switch (m_secretsState) {
    case SecretsState::Unknown:
    case SecretsState::Loading:
        from = tr("reading the keychain…");
        break;
    case SecretsState::Failed:
        from = tr("unknown: the keychain could not be read");
        break;
    case SecretsState::Loaded: {
        const QString value = verify ? m_verifyServiceSid : m_phoneNumber;
        if (value.isEmpty())
            from = tr("not set: set %1 on the Secrets page").arg(secret);
        else if (!verify && value.startsWith(QLatin1String("MG")))
            from = tr("%1 (Messaging Service)").arg(value);
        else
            from = value;
        break;
    }
    }
    if (m_profile.name.isEmpty())
        from = tr("no profile");
    m_ui->fromLabel->setText(from);
    m_ui->fromLabel->setToolTip(
        verify ? tr("TWILIO_VERIFY_SERVICE_SID of the profile; set it on the Secrets page")
               : tr("TWILIO_PHONE_NUMBER of the profile (a number or a Messaging Service SID); "
                    "set it on the Secrets page"));
    updateNotice();
    updateSendState();
}

// The secrets the chosen API needs that the profile does not have (once they have been read).
QStringList RunPage::missingSecrets() const
{
    QStringList missing;
    if (!m_hasAccountSid)
        missing << SecretNames::AccountSid;
    if (!m_hasAuthToken)
        missing << SecretNames::AuthToken;
    if (api() == SendRequest::Api::Messages && m_phoneNumber.isEmpty())
        missing << SecretNames::PhoneNumber;
    if (api() == SendRequest::Api::Verify && m_verifyServiceSid.isEmpty())
        missing << SecretNames::VerifyServiceSid;
    return missing;
}

void RunPage::updateNotice()
{
    QString text;
    if (m_profile.name.isEmpty()) {
        text = tr("<b>No profile.</b> Create one on the Secrets page, with the hook's Twilio "
                  "secrets: the Run page sends with them.");
    } else if (m_secretsState == SecretsState::Failed) {
        text = tr("<b>Nothing can be sent: the keychain could not be read.</b><br>%1<br><i>%2</i>"
                  "<br>The Run page needs the profile's Twilio secrets (%3) from the keychain.")
                   .arg(m_keychainError.summary().toHtmlEscaped(),
                        m_keychainError.fix().toHtmlEscaped(),
                        QStringList {SecretNames::AccountSid, SecretNames::AuthToken,
                                     SecretNames::PhoneNumber}
                            .join(QStringLiteral(", ")));
    } else if (m_secretsState == SecretsState::Loaded) {
        const QStringList missing = missingSecrets();
        if (!missing.isEmpty())
            text = tr("<b>Profile \"%1\" is missing %2.</b> Set it on the Secrets page, as in the "
                      "hook's secrets.")
                       .arg(m_profile.name.toHtmlEscaped(), missing.join(QStringLiteral(", ")));
    }
    m_ui->noticeLabel->setText(text);
    m_ui->noticeFrame->setVisible(!text.isEmpty());
}

QString RunPage::blockingReason() const
{
    if (m_profile.name.isEmpty())
        return tr("No profile: create one on the Secrets page.");
    if (m_secretsState == SecretsState::Failed)
        return tr("The profile's secrets cannot be read from the keychain.");
    if (m_secretsState == SecretsState::Loaded) {
        const QStringList missing = missingSecrets();
        if (!missing.isEmpty())
            return tr("Set %1 on the Secrets page.").arg(missing.join(QStringLiteral(", ")));
    }
    if (m_ui->toLineEdit->text().trimmed().isEmpty())
        return tr("To: enter the recipient's phone number.");
    if (!m_toInfo.valid)
        return tr("To: %1").arg(m_toInfo.error);
    if (api() == SendRequest::Api::Messages) {
        const QString body = m_ui->bodyPlainTextEdit->toPlainText();
        if (body.trimmed().isEmpty())
            return tr("Body: write the message, or press Auth0 text.");
        if (const QString e = SendJob::checkBody(body); !e.isEmpty())
            return e;
    } else if (const QString e = SendJob::checkCustomCode(m_ui->codeLineEdit->text());
               !e.isEmpty()) {
        return e + QLatin1Char(' ') + tr("Press Generate for a new one.");
    }
    if (m_secretsState != SecretsState::Loaded)
        return tr("Reading the profile's secrets from the keychain…");
    return QString();
}

void RunPage::updateSendState()
{
    const bool sending = isSending();
    const QString reason = blockingReason();
    m_ui->sendPushButton->setEnabled(!sending && reason.isEmpty());
    m_ui->cancelPushButton->setVisible(sending);
    m_ui->sendProgressBar->setVisible(sending);
    if (sending)
        return; // the hint shows the stage
    if (reason.isEmpty()) {
        m_ui->sendHintLabel->setText(api() == SendRequest::Api::Verify
                                         ? tr("Ready to verify %1.").arg(m_toInfo.e164)
                                         : tr("Ready to send to %1.").arg(m_toInfo.e164));
        m_ui->sendHintLabel->setStyleSheet(QString());
    } else {
        m_ui->sendHintLabel->setText(reason);
        Tones::apply(m_ui->sendHintLabel, Tone::Bad);
    }
    fitLabelHeights();
    m_ui->sendPushButton->setToolTip(reason);
}

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
