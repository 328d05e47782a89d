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

    setUpLastDay();
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
    if (isVisible())
        refreshLastDay();
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
            label->setText(m_toInfo.smsWarning());
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
