#include "HookPage.h"
#include "HookPageStyle.h"
#include "TenantTestRun.h"
#include "ui_HookPage.h"

#include "Tones.h"
#include "hook/HookCodeStore.h"
#include "profile/ProfileStore.h"
#include "run/Auth0MessageTemplate.h"
#include "run/Outcomes.h"
#include "secrets/SecretRules.h"
#include "secrets/SecretStore.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QJsonDocument>
#include <QScrollBar>

// The Hook code page's Run panel: the inputs Auth0 would give the code, the run through
// HookRunner (Node, in its own process), and its output.

using namespace HookPageStyle;

void HookPage::setUpRunPanel()
{
    connect(m_ui->hookRecipientLineEdit, &QLineEdit::textChanged, this, &HookPage::updateRecipient);
    connect(m_ui->hookRecipientLineEdit, &QLineEdit::returnPressed, this, &HookPage::run);
    connect(m_ui->textLineEdit, &QLineEdit::textChanged, this, &HookPage::updateRunState);
    connect(m_ui->resetTextToolButton, &QToolButton::clicked, this, &HookPage::composeText);
    connect(m_ui->contextPlainTextEdit, &QPlainTextEdit::textChanged, this,
            &HookPage::updateContext);
    connect(m_ui->resetContextToolButton, &QToolButton::clicked, this, [this] {
        m_ui->contextPlainTextEdit->setPlainText(QString::fromUtf8(
            QJsonDocument(HookRunner::sampleContext()).toJson(QJsonDocument::Indented)));
    });
    connect(m_ui->clearOutputToolButton, &QToolButton::clicked, m_ui->outputTextBrowser,
            &QTextBrowser::clear);
    connect(m_ui->outputTextBrowser, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        // "line:N" links in the output go to the line in the editor.
        if (url.scheme() == QLatin1String("line"))
            m_ui->codeEditor->goToLine(url.path().toInt());
    });
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_ui->eventPlainTextEdit->setFont(fixed);
    m_ui->eventPlainTextEdit->setTabStopDistance(
        2 * QFontMetricsF(fixed).horizontalAdvance(QLatin1Char(' ')));
    connect(m_ui->eventPlainTextEdit, &QPlainTextEdit::textChanged, this, &HookPage::updateEvent);
    connect(m_ui->resetEventToolButton, &QToolButton::clicked, this, [this] { seedEvent(true); });
    // The event follows the recipient and the text until it is edited.
    connect(m_ui->hookRecipientLineEdit, &QLineEdit::textChanged, this,
            [this] { seedEvent(false); });
    connect(m_ui->textLineEdit, &QLineEdit::textChanged, this, [this] { seedEvent(false); });
    connect(m_ui->modulesToolButton, &QToolButton::clicked, this, &HookPage::chooseModulesDir);
    connect(m_ui->modulesLineEdit, &QLineEdit::editingFinished, this, [this] {
        if (!m_profile.name.isEmpty())
            m_profiles->setProfileValue(m_profile.name, HookRunner::modulesDirKey(),
                                        m_ui->modulesLineEdit->text().trimmed());
        updateModulesDir();
    });
    connect(m_ui->modulesLineEdit, &QLineEdit::textChanged, this, &HookPage::updateModulesDir);
    m_tenantTest = new TenantTestRun(m_secrets, this, m_ui->tenantOutputTextBrowser);
    m_ui->tenantOutputTextBrowser->hide(); // beside the output once the tenant has run the code
    connect(m_ui->runInTenantPushButton, &QPushButton::clicked, this, &HookPage::runInTenant);
    connect(m_tenantTest, &TenantTestRun::runningChanged, this, &HookPage::updateRunState);
    connect(m_tenantTest, &TenantTestRun::finished, this, &HookPage::tenantRunFinished);
    m_ui->resetContextToolButton->click(); // Auth0's sample context, which composes the text
    updateKind();
    updateModulesDir();
}

void HookPage::updateKind()
{
    const CodeKind kind = RunEvents::detectKind(m_ui->codeEditor->text());
    const bool action = RunEvents::isAction(kind);
    if (kind != m_kind) {
        // Another trigger's event is of no use to this one, edited or not.
        const bool otherTrigger = RunEvents::isAction(m_kind) && action;
        m_kind = kind;
        seedEvent(otherTrigger);
    }
    for (QWidget *w : std::initializer_list<QWidget *> {
             m_ui->hookContextLabel, m_ui->contextStatusLabel, m_ui->resetContextToolButton,
             m_ui->contextPlainTextEdit})
        w->setVisible(!action);
    for (QWidget *w :
         std::initializer_list<QWidget *> {m_ui->hookEventLabel, m_ui->eventStatusLabel,
                                           m_ui->resetEventToolButton, m_ui->eventPlainTextEdit})
        w->setVisible(action);
    //: %1 the trigger, e.g. send-phone-message
    m_ui->runCaptionLabel->setText(
        action ? tr("Run panel · Action (%1)").arg(RunEvents::kindName(kind))
               : tr("Run panel · hook"));
    updateRunState();
}

void HookPage::seedEvent(bool force)
{
    if (!RunEvents::isAction(m_kind))
        return;
    if (!force && m_ui->eventPlainTextEdit->toPlainText() != m_seededEvent
        && !m_seededEvent.isEmpty())
        return; // edited: the user's event stays
    const PhoneMessage message = RunEvents::fromContext(
        m_context,
        m_recipient.valid ? m_recipient.e164 : m_ui->hookRecipientLineEdit->text().trimmed(),
        m_ui->textLineEdit->text());
    m_seededEvent = QString::fromUtf8(
        QJsonDocument(RunEvents::inputFor(m_kind, message)).toJson(QJsonDocument::Indented));
    m_ui->eventPlainTextEdit->setPlainText(m_seededEvent);
}

void HookPage::updateEvent()
{
    const QByteArray json = m_ui->eventPlainTextEdit->toPlainText().toUtf8();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    m_eventError.clear();
    m_event = QJsonObject();
    if (error.error != QJsonParseError::NoError) {
        const auto [line, column] = lineAndColumn(json, error.offset);
        m_eventError = tr("line %1, column %2: %3").arg(line).arg(column).arg(error.errorString());
    } else if (!doc.isObject()) {
        m_eventError = tr("write a JSON object, { … }, as Auth0 passes it.");
    } else {
        m_event = doc.object();
    }
    QString status = tr("valid");
    Tone color = Green;
    if (!m_eventError.isEmpty()) {
        status = m_eventError;
        color = Red;
    } else if (!m_event.value(QLatin1String("secrets")).toObject().isEmpty()) {
        status = tr("secrets are replaced by the profile's");
        color = Amber;
    } else if (m_ui->eventPlainTextEdit->toPlainText() != m_seededEvent) {
        status = tr("edited: merged over the event Auth0 builds");
    }
    m_ui->eventStatusLabel->setText(status);
    m_ui->eventStatusLabel->setToolTip(
        tr("event.secrets is filled from the profile's secrets when the code runs"));
    m_ui->eventStatusLabel->setStyleSheet(
        QStringLiteral("color: %1;").arg(readable(color, palette()).name()));
    updateRunState();
}

void HookPage::loadModulesDir()
{
    m_ui->modulesLineEdit->setText(
        m_profile.name.isEmpty()
            ? QString()
            : m_profiles->profileValue(m_profile.name, HookRunner::modulesDirKey()).toString());
    updateModulesDir();
}

void HookPage::chooseModulesDir()
{
    const QString current = m_ui->modulesLineEdit->text().trimmed();
    auto *dialog = new QFileDialog(this, tr("Folder with the code's npm packages"),
                                   current.isEmpty() ? QDir::homePath() : current);
    dialog->setObjectName(QStringLiteral("modulesFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        m_ui->modulesLineEdit->setText(QDir::toNativeSeparators(path));
        if (!m_profile.name.isEmpty())
            m_profiles->setProfileValue(m_profile.name, HookRunner::modulesDirKey(), path);
        updateModulesDir();
    });
    dialog->open();
}

void HookPage::updateModulesDir()
{
    const QString dir = m_ui->modulesLineEdit->text().trimmed();
    QLabel *info = m_ui->modulesInfoLabel;
    if (!dir.isEmpty() && !QFileInfo(dir).isDir()) {
        info->setText(
            tr("%1 is not a folder: choose the folder where you ran npm install.").arg(dir));
        info->setStyleSheet(QStringLiteral("color: %1;").arg(readable(Red, palette()).name()));
    } else {
        info->clear();
    }
    info->setVisible(!info->text().isEmpty());
    updateRunState();
}

// ---- run panel ------------------------------------------------------------------------------

void HookPage::updateRecipient()
{
    const QString typed = m_ui->hookRecipientLineEdit->text().trimmed();
    m_recipient
        = typed.isEmpty() ? PhoneNumberInfo() : PhoneNumbers::parse(typed, m_profile.defaultRegion);
    QLabel *info = m_ui->recipientInfoLabel;
    if (typed.isEmpty()) {
        info->clear();
    } else if (!m_recipient.valid) {
        info->setText(tr("Recipient: %1").arg(m_recipient.error));
        info->setStyleSheet(QStringLiteral("color: %1;").arg(readable(Red, palette()).name()));
    } else if (!m_recipient.canReceiveSms()) {
        info->setText(tr("%1 · %2: SMS does not reach a landline; Auth0 would call it only for "
                         "voice.")
                          .arg(m_recipient.e164, m_recipient.typeName()));
        info->setStyleSheet(QStringLiteral("color: %1;").arg(readable(Amber, palette()).name()));
    } else {
        info->setText(tr("%1 · %2").arg(m_recipient.e164, m_recipient.typeName()));
        info->setStyleSheet(QString());
    }
    info->setVisible(!info->text().isEmpty());
    updateRunState();
}

void HookPage::updateContext()
{
    const QByteArray json = m_ui->contextPlainTextEdit->toPlainText().toUtf8();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    m_contextError.clear();
    m_context = QJsonObject();
    if (error.error != QJsonParseError::NoError) {
        const auto [line, column] = lineAndColumn(json, error.offset);
        //: %1 line, %2 column, %3 Qt's description of the JSON error
        m_contextError
            = tr("line %1, column %2: %3").arg(line).arg(column).arg(error.errorString());
    } else if (!doc.isObject()) {
        m_contextError = tr("write a JSON object, { … }, as Auth0 passes it.");
    } else {
        m_context = doc.object();
    }
    QString status;
    Tone color = Green;
    if (!m_contextError.isEmpty()) {
        status = m_contextError;
        color = Red;
    } else if (m_context.value(QStringLiteral("webtask"))
                   .toObject()
                   .contains(QStringLiteral("secrets"))) {
        status = tr("webtask.secrets is replaced by the profile's");
        color = Amber;
    } else {
        status = tr("valid");
    }
    m_ui->contextStatusLabel->setText(status);
    m_ui->contextStatusLabel->setToolTip(
        tr("context.webtask.secrets is filled from the profile's secrets when the code runs"));
    m_ui->contextStatusLabel->setStyleSheet(
        QStringLiteral("color: %1;").arg(readable(color, palette()).name()));
    // The text follows context.code (and the rest) until the user writes their own.
    if (m_contextError.isEmpty() && m_ui->textLineEdit->text() == m_composedText)
        composeText();
    updateRunState();
}

void HookPage::composeText()
{
    Auth0HookContext context;
    context.messageType
        = m_context.value(QStringLiteral("message_type")).toString() == QLatin1String("voice")
        ? Auth0HookContext::MessageType::Voice
        : Auth0HookContext::MessageType::Sms;
    const QString action = m_context.value(QStringLiteral("action")).toString();
    context.action = !action.isEmpty() && action != QLatin1String("enrollment")
        ? Auth0HookContext::Action::Authentication
        : Auth0HookContext::Action::Enrollment;
    context.language = m_context.value(QStringLiteral("language")).toString();
    context.code = m_context.value(QStringLiteral("code")).toVariant().toString();
    context.friendlyName = m_context.value(QStringLiteral("name")).toString();
    m_composedText = Auth0MessageTemplate::defaultText(context);
    m_ui->textLineEdit->setText(m_composedText);
}

QString HookPage::blockingReason() const
{
    if (m_profile.name.isEmpty())
        return tr("No profile: create one on the Secrets page; the run uses its secrets.");
    if (m_ui->hookRecipientLineEdit->text().trimmed().isEmpty())
        return tr("Recipient: enter the phone number the hook sends to.");
    if (!m_recipient.valid)
        return tr("Recipient: %1").arg(m_recipient.error);
    if (RunEvents::isAction(m_kind)) {
        if (!m_eventError.isEmpty())
            return tr("Event: %1").arg(m_eventError);
    } else if (!m_contextError.isEmpty()) {
        return tr("Context: %1").arg(m_contextError);
    }
    const QString modules = m_ui->modulesLineEdit->text().trimmed();
    if (!modules.isEmpty() && !QFileInfo(modules).isDir())
        return tr("Modules: %1 is not a folder.").arg(modules);
    return QString();
}

void HookPage::updateRunState()
{
    const bool busy = isRunning();
    const QString reason = blockingReason();
    const bool canRun = !busy && reason.isEmpty();
    m_ui->actionRun->setEnabled(canRun);
    m_ui->runPushButton->setEnabled(canRun);
    m_ui->actionStop->setEnabled(busy);
    m_ui->stopPushButton->setEnabled(busy);
    m_ui->runPushButton->setToolTip(reason);
    // The tenant runs Actions only, with the same event; connected profiles only.
    const bool tenantBusy = m_tenantTest && m_tenantTest->isRunning();
    m_ui->runInTenantPushButton->setVisible(m_profile.auth0.isConnected());
    m_ui->runInTenantPushButton->setEnabled(reason.isEmpty() && !tenantBusy
                                            && RunEvents::isAction(m_kind));
    m_ui->runInTenantPushButton->setToolTip(
        !RunEvents::isAction(m_kind)
            ? tr("Auth0 runs Actions only: convert the hook to an Action first")
            : !reason.isEmpty() ? reason
                                : tr("Ask the connected tenant to run its Action's draft with the "
                                     "same event, and show its result beside the local run's"));
    QLabel *hint = m_ui->runHintLabel;
    if (busy) {
        hint->setText(m_runState == RunState::ReadingSecrets
                          ? tr("Reading the profile's secrets from the keychain…")
                          : tr("Running in Node… (stopped after %n s)", nullptr,
                               m_ui->timeLimitSpinBox->value()));
        hint->setStyleSheet(QString());
    } else if (!reason.isEmpty()) {
        hint->setText(reason);
        hint->setStyleSheet(QStringLiteral("color: %1;").arg(readable(Red, palette()).name()));
    } else if (hint->property("finished").toBool()) {
        return; // keeps the last run's outcome until something changes it
    } else {
        hint->setText(tr("Ready to run for %1 with the secrets of profile \"%2\".")
                          .arg(m_recipient.e164, m_profile.name));
        hint->setStyleSheet(QString());
    }
}

void HookPage::run()
{
    if (isRunning() || !blockingReason().isEmpty())
        return;
    // The settings may have changed on the Secrets page since the profile was chosen.
    if (const auto stored = m_profiles->load(m_profile.name)) {
        const QString name = m_profile.name;
        m_profile = *stored;
        m_profile.name = name;
    }
    m_ui->outputTextBrowser->clear();
    m_ui->runHintLabel->setProperty("finished", false);
    m_liveConsoleLines = 0;
    m_liveRequests = 0;
    appendOutput(coloured(tr("Running %1 for %2 with the secrets of profile \"%3\"…")
                              .arg(m_filePath.isEmpty() ? m_profile.name + QStringLiteral(".js")
                                                        : QFileInfo(m_filePath).fileName(),
                                   m_recipient.e164, m_profile.name)
                              .toHtmlEscaped(),
                          palette().color(QPalette::PlaceholderText)));

    m_runState = RunState::ReadingSecrets;
    updateRunState();
    const int generation = ++m_runGeneration;
    // Every secret the profile defines: the code may read custom ones too.
    QStringList names = SecretRules::knownNames();
    for (const QString &name : std::as_const(m_profile.secretNames)) {
        if (!names.contains(name))
            names << name;
    }
    SecretsJob *job = m_secrets->read(m_profile.name, names);
    connect(job, &SecretsJob::finished, this, [this, job, generation] {
        if (generation != m_runGeneration)
            return; // stopped meanwhile
        if (job->failed()) {
            m_runState = RunState::Idle;
            appendOutput(coloured(tr("Not run: the secrets could not be read from the keychain. "
                                     "%1 %2")
                                      .arg(job->error().summary(), job->error().fix())
                                      .toHtmlEscaped(),
                                  readable(Red, palette())));
            m_ui->runHintLabel->setText(tr("Not run: keychain unavailable."));
            m_ui->runHintLabel->setProperty("finished", true);
            updateRunState();
            Q_EMIT runFinished(false);
            return;
        }
        startRunner(job->values());
    });
}

void HookPage::startRunner(const QMap<QString, QString> &secrets)
{
    if (!m_runner) {
        m_runner = new HookRunner(m_log, this);
        connect(m_runner, &HookRunner::consoleLine, this, &HookPage::onConsoleLine);
        connect(m_runner, &HookRunner::requestMade, this, &HookPage::onRequestMade);
        connect(m_runner, &HookRunner::finished, this, &HookPage::onFinished);
        // A message the code created is followed on to its final status, after the run too.
        connect(m_runner, &HookRunner::deliveryStatus, this,
                [this](const QString &sid, const QString &status) {
                    //: a followed message's status in the run output: %1 its SID, %2 the status
                    appendOutput(coloured(tr("Delivery of %1: %2").arg(sid, status).toHtmlEscaped(),
                                          Tones::color(Outcomes::statusTone(status))));
                });
    }
    HookRunRequest request;
    request.source = m_ui->codeEditor->text();
    request.fileName = m_filePath.isEmpty() ? m_profile.name + QStringLiteral(".js")
                                            : QFileInfo(m_filePath).fileName();
    request.recipient = m_recipient.e164;
    request.text = m_ui->textLineEdit->text();
    request.context = m_context;
    // The event editor shows the whole event for the trigger: merged over the built one, it is
    // what the code gets.
    if (RunEvents::isAction(m_kind))
        request.event = m_event;
    request.secrets = secrets;
    request.profile = m_profile;
    request.modulesDir = m_ui->modulesLineEdit->text().trimmed();
    request.timeLimitMs = m_ui->timeLimitSpinBox->value() * 1000;
    m_runState = RunState::Running;
    updateRunState();
    m_runner->run(request);
}

void HookPage::runInTenant()
{
    if (!blockingReason().isEmpty() || !RunEvents::isAction(m_kind) || m_tenantTest->isRunning())
        return;
    if (const auto stored = m_profiles->load(m_profile.name)) {
        const QString name = m_profile.name;
        m_profile = *stored;
        m_profile.name = name;
    }
    ActionTestRequest request;
    request.message
        = RunEvents::fromContext(m_context, m_recipient.e164, m_ui->textLineEdit->text());
    request.editedEvent = m_event;
    request.editorCode = m_ui->codeEditor->text();
    m_tenantTest->start(m_profile, request);
}

void HookPage::stop()
{
    if (m_runState == RunState::ReadingSecrets) {
        ++m_runGeneration; // the read's answer is dropped
        m_runState = RunState::Idle;
        appendOutput(coloured(tr("Stopped before the code started."), readable(Amber, palette())));
        m_ui->runHintLabel->setText(tr("Stopped."));
        m_ui->runHintLabel->setProperty("finished", true);
        updateRunState();
        Q_EMIT runFinished(false);
    } else if (m_runState == RunState::Running && m_runner) {
        m_ui->runHintLabel->setText(tr("Stopping…"));
        m_runner->cancel(); // finished() follows (maybe at once) with Cancelled
    }
}

void HookPage::onConsoleLine(const HookConsoleLine &line)
{
    ++m_liveConsoleLines;
    QColor color = palette().color(QPalette::Text);
    if (line.level == QLatin1String("error"))
        color = readable(Red, palette());
    else if (line.level == QLatin1String("warn"))
        color = readable(Amber, palette());
    else if (line.level == QLatin1String("info"))
        color = readable(Blue, palette());
    else if (line.level == QLatin1String("debug"))
        color = palette().color(QPalette::PlaceholderText);
    else if (line.level == QLatin1String("stderr"))
        color = readable(Amber, palette());
    const bool raw = line.level == QLatin1String("stdout") || line.level == QLatin1String("stderr");
    //: a console line in the run output: %1 milliseconds since the start, %2 level, %3 the text
    const QString text = raw
        ? tr("[%1 ms] %2: %3").arg(line.atMs).arg(line.level, line.text)
        : tr("[%1 ms] console.%2: %3").arg(line.atMs).arg(line.level, line.text);
    appendOutput(coloured(text.toHtmlEscaped(), color));
}

void HookPage::onRequestMade(const HookRequestRecord &request)
{
    ++m_liveRequests;
    QString status;
    QColor color = readable(Green, palette());
    if (request.httpStatus == 0) {
        status = tr("no answer");
        color = readable(Red, palette());
    } else {
        status = QString::number(request.httpStatus);
        if (request.httpStatus >= 400)
            color = readable(Red, palette());
    }
    QString outcome = request.sid;
    if (!request.error.isEmpty())
        outcome = request.error;
    //: a Twilio request in the run output: %1 method, %2 URL, %3 HTTP status, %4 SID or error,
    //: %5 milliseconds
    QString line = tr("Twilio: %1 %2 → %3 %4 (%5 ms)")
                       .arg(request.method, request.url, status, outcome)
                       .arg(request.elapsedMs);
    QString html = coloured(line.toHtmlEscaped(), color);
    if (!request.summary.isEmpty())
        html += QStringLiteral("<br>&nbsp;&nbsp;")
            + coloured(request.summary.toHtmlEscaped(), palette().color(QPalette::PlaceholderText));
    appendOutput(html);
}

void HookPage::onFinished(const HookRunResult &result)
{
    m_runState = RunState::Idle;
    // Lines and requests that did not arrive live (a run that ended at once) are shown now.
    for (qsizetype i = m_liveConsoleLines; i < result.console.size(); ++i)
        onConsoleLine(result.console.at(i));
    for (qsizetype i = m_liveRequests; i < result.requests.size(); ++i)
        onRequestMade(result.requests.at(i));

    QString headline;
    QColor color = readable(Red, palette());
    const bool action = RunEvents::isAction(result.kind);
    switch (result.outcome) {
    case HookRunResult::Outcome::Success:
        headline = action
            ? tr("Success: the Action finished (it returned %1)").arg(jsonText(result.result))
            : tr("Success: cb(null, %1)").arg(jsonText(result.result));
        color = readable(Green, palette());
        break;
    case HookRunResult::Outcome::HookError:
        headline = tr("The hook called back with an error");
        break;
    case HookRunResult::Outcome::Threw:
        headline = action ? tr("The Action threw an exception") : tr("The hook threw an exception");
        break;
    case HookRunResult::Outcome::SyntaxError:
        headline = tr("Syntax error");
        break;
    case HookRunResult::Outcome::TimedOut:
        headline = tr("Stopped at the time limit");
        break;
    case HookRunResult::Outcome::NoCallback:
        headline = tr("The hook never called cb");
        break;
    case HookRunResult::Outcome::BadExport:
        headline = tr("Nothing Auth0 can call is exported");
        break;
    case HookRunResult::Outcome::RequireFailed:
        headline = tr("require() of a module the runner cannot find");
        break;
    case HookRunResult::Outcome::Cancelled:
        headline = tr("Stopped");
        color = readable(Amber, palette());
        break;
    case HookRunResult::Outcome::Dropped:
        headline = tr("The Action dropped the message");
        break;
    case HookRunResult::Outcome::RetryRequested:
        headline = tr("The Action asked for a retry");
        color = readable(Amber, palette());
        break;
    case HookRunResult::Outcome::NotSettled:
        headline = tr("The Action never finished");
        break;
    case HookRunResult::Outcome::MemoryLimit:
        headline = tr("Stopped at the memory limit");
        break;
    case HookRunResult::Outcome::OutputLimit:
        headline = tr("Stopped at the output limit");
        break;
    case HookRunResult::Outcome::RunnerFailed:
        headline = tr("The runner could not run the code");
        break;
    }
    QString html = QStringLiteral("<b>%1</b>").arg(coloured(headline.toHtmlEscaped(), color));
    if (!result.error.isEmpty())
        html += QStringLiteral("<br>") + coloured(result.error.toHtmlEscaped(), color);
    if (result.line > 0)
        html += QStringLiteral("<br><a href=\"line:%1\">%2</a>")
                    .arg(result.line)
                    .arg(tr("Go to line %1").arg(result.line));
    // The headline says the outcome in words; its stable name is for the CLI's --json.
    //: %1 milliseconds, %2 Node's version, %n Twilio requests
    html += QStringLiteral("<br>")
        + coloured(
                tr("%1 ms · Node %2 · %n Twilio request(s)", nullptr, int(result.requests.size()))
                    .arg(result.elapsedMs)
                    .arg(result.nodeVersion.isEmpty() ? tr("(none)") : result.nodeVersion)
                    .toHtmlEscaped(),
                palette().color(QPalette::PlaceholderText));
    appendOutput(QString());
    appendOutput(html);

    m_ui->runHintLabel->setText(result.succeeded()
                                    ? tr("Succeeded in %1 ms.").arg(result.elapsedMs)
                                    : tr("%1 after %2 ms.").arg(headline).arg(result.elapsedMs));
    m_ui->runHintLabel->setStyleSheet(QStringLiteral("color: %1;").arg(color.name()));
    m_ui->runHintLabel->setProperty("finished", true);
    updateRunState();
    Q_EMIT runFinished(result.succeeded());
}

void HookPage::appendOutput(const QString &html)
{
    QTextBrowser *view = m_ui->outputTextBrowser;
    QScrollBar *bar = view->verticalScrollBar();
    const bool atEnd = bar->value() >= bar->maximum() - 4;
    view->append(html);
    if (atEnd)
        bar->setValue(bar->maximum()); // follow the output unless the user scrolled up
}
