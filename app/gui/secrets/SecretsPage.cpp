#include "SecretsPage.h"
#include "ui_SecretsPage.h"

#include "Icons.h"
#include "Tones.h"
#include "profile/ProfileStore.h"
#include "secrets/SecretRules.h"
#include "secrets/SecretStore.h"
#include "secrets/SecretsTableModel.h"

#include <QAction>
#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalBlocker>
#include <QStyle>
#include <QTimer>

namespace { } // namespace

SecretsPage::SecretsPage(ProfileStore *profiles, SecretStore *secrets, QWidget *parent)
    : QWidget(parent),
      m_ui(new Ui::SecretsPage),
      m_profiles(profiles),
      m_secrets(secrets),
      m_model(new SecretsTableModel(secrets, this))
{
    m_ui->setupUi(this);
    m_ui->profileComboBox->setMinimumWidth(160); // the page fits a small window (ToolbarFit.h)
    m_ui->errorFrame->setStyleSheet(Tones::frameStyle(QStringLiteral("errorFrame"), Tone::Bad));

    m_ui->secretsTableView->setModel(m_model);
    QHeaderView *header = m_ui->secretsTableView->horizontalHeader();
    header->setSectionResizeMode(SecretsTableModel::NameColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(SecretsTableModel::ValueColumn, QHeaderView::Interactive);
    header->resizeSection(SecretsTableModel::NameColumn, 250);
    header->resizeSection(SecretsTableModel::ValueColumn, 260);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_ui->secretsTableView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);

    m_showValueAction
        = m_ui->valueLineEdit->addAction(Icons::eye(false), QLineEdit::TrailingPosition);
    m_showValueAction->setObjectName(QStringLiteral("showValueAction"));
    m_showValueAction->setCheckable(true);
    m_showValueAction->setToolTip(tr("Show the value"));

    m_ui->errorFrame->hide();
    m_ui->busyProgressBar->hide();
    m_ui->errorIconLabel->setPixmap(
        style()->standardIcon(QStyle::SP_MessageBoxCritical).pixmap(24));
    m_ui->descriptionLabel->setForegroundRole(QPalette::PlaceholderText);
    m_ui->emptyHintLabel->setMaximumWidth(520);
    // Room for a two-line message, so that the form does not jump while typing.
    m_ui->validationLabel->setMinimumHeight(2 * fontMetrics().lineSpacing() + 2);
    m_ui->validationLabel->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    connect(m_ui->profileComboBox, &QComboBox::currentIndexChanged, this,
            [this] { onProfileChosen(m_ui->profileComboBox->currentText()); });
    connect(m_ui->addProfilePushButton, &QPushButton::clicked, this, &SecretsPage::addProfile);
    connect(m_ui->createFirstProfilePushButton, &QPushButton::clicked, this,
            &SecretsPage::addProfile);
    connect(m_ui->renameProfilePushButton, &QPushButton::clicked, this,
            &SecretsPage::renameProfile);
    connect(m_ui->duplicateProfilePushButton, &QPushButton::clicked, this,
            &SecretsPage::duplicateProfile);
    connect(m_ui->deleteProfilePushButton, &QPushButton::clicked, this,
            &SecretsPage::deleteProfile);

    for (QLineEdit *edit : {m_ui->regionLineEdit, m_ui->apiBaseLineEdit, m_ui->verifyBaseLineEdit})
        connect(edit, &QLineEdit::textEdited, this, &SecretsPage::updateState);

    connect(m_ui->secretsTableView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &SecretsPage::updateEditor);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &SecretsPage::updateEditor);
    connect(m_model, &QAbstractItemModel::modelReset, this, &SecretsPage::updateEditor);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &SecretsPage::updateEditor);
    connect(m_model, &SecretsTableModel::readFailed, this, [this](const KeychainError &error) {
        showError(error, tr("The value could not be read from the keychain."), nullptr);
    });

    // Enter or double-click on a row: type its value.
    connect(m_ui->secretsTableView, &QAbstractItemView::activated, this, [this] {
        m_ui->valueLineEdit->setFocus();
        m_ui->valueLineEdit->selectAll();
    });
    connect(m_ui->nameLineEdit, &QLineEdit::textEdited, this,
            [this](const QString &text) { m_model->setName(currentRow(), text); });
    connect(m_ui->valueLineEdit, &QLineEdit::textEdited, this,
            [this](const QString &text) { m_model->setValue(currentRow(), text); });
    // A value the rules can rewrite for certain (a number typed in the region's own way): the
    // rewrite in one click.
    m_useSuggestionButton = new QPushButton(m_ui->editorFrame);
    m_useSuggestionButton->setObjectName(QStringLiteral("useSuggestionPushButton"));
    m_useSuggestionButton->hide();
    m_ui->editorGridLayout->addWidget(m_useSuggestionButton, 4, 1, Qt::AlignLeft);
    connect(m_useSuggestionButton, &QPushButton::clicked, this, [this] {
        const int row = currentRow();
        const QString suggestion = m_useSuggestionButton->property("suggestion").toString();
        if (row < 0 || suggestion.isEmpty())
            return;
        m_model->setValue(row, suggestion);
        m_ui->valueLineEdit->setText(suggestion);
        m_ui->valueLineEdit->setFocus();
        updateState();
    });
    connect(m_showValueAction, &QAction::toggled, this,
            [this](bool on) { m_model->setRevealed(currentRow(), on); });

    connect(m_ui->addSecretPushButton, &QPushButton::clicked, this, &SecretsPage::addSecret);
    connect(m_ui->deleteSecretPushButton, &QPushButton::clicked, this, &SecretsPage::deleteSecret);
    connect(m_ui->savePushButton, &QPushButton::clicked, this, [this] { save(); });
    connect(m_ui->revertPushButton, &QPushButton::clicked, this, [this] {
        discardChanges();
        loadSecrets();
    });
    connect(m_ui->retryPushButton, &QPushButton::clicked, this, [this] {
        if (m_retry)
            m_retry();
    });

    // Cheap and local (QSettings); the keychain is read by an asynchronous job that only starts
    // once the event loop runs, after the window is shown.
    reloadProfiles(m_profiles->lastProfile());
}

SecretsPage::~SecretsPage() = default;

// ---- secrets --------------------------------------------------------------------------------

int SecretsPage::currentRow() const
{
    const QModelIndex index = m_ui->secretsTableView->selectionModel()->currentIndex();
    return index.isValid() ? index.row() : -1;
}

void SecretsPage::selectRow(int row)
{
    if (row < 0 || row >= m_model->rowCount()) {
        updateEditor();
        return;
    }
    m_ui->secretsTableView->selectionModel()->setCurrentIndex(
        m_model->index(row, SecretsTableModel::NameColumn),
        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    updateEditor();
}

void SecretsPage::focusSecret(const QString &name)
{
    int row = -1;
    for (int i = 0; i < m_model->rowCount(); ++i) {
        if (m_model->name(i) == name) {
            row = i;
            break;
        }
    }
    if (row < 0) {
        if (!m_model->canAddCustom())
            return;
        row = m_model->addCustom();
        m_model->setName(row, name);
    }
    selectRow(row);
    m_ui->secretsTableView->scrollTo(m_model->index(row, 0));
    m_ui->valueLineEdit->setFocus();
    m_ui->valueLineEdit->selectAll();
}

void SecretsPage::addSecret()
{
    if (!m_model->canAddCustom())
        return;
    const int row = m_model->addCustom();
    selectRow(row);
    m_ui->secretsTableView->scrollTo(m_model->index(row, 0));
    m_ui->nameLineEdit->setFocus();
    m_ui->nameLineEdit->selectAll();
}

void SecretsPage::deleteSecret()
{
    const int row = currentRow();
    if (row < 0)
        return;
    const bool known = m_model->isKnown(row);
    m_model->removeSecret(row);
    selectRow(known ? row : qMin(row, m_model->rowCount() - 1));
}

void SecretsPage::updateEditor()
{
    const int row = currentRow();
    const bool hasRow = row >= 0 && row < m_model->rowCount();
    m_ui->editorFrame->setEnabled(hasRow);
    if (!hasRow) {
        m_ui->nameLineEdit->clear();
        m_ui->valueLineEdit->clear();
        m_ui->descriptionLabel->clear();
        m_ui->validationLabel->clear();
        updateState();
        return;
    }
    const QString name = m_model->name(row);
    const QString value = m_model->value(row);
    const bool known = m_model->isKnown(row);
    // Only when different, so that typing keeps its cursor.
    if (m_ui->nameLineEdit->text() != name)
        m_ui->nameLineEdit->setText(name);
    if (m_ui->valueLineEdit->text() != value)
        m_ui->valueLineEdit->setText(value);
    m_ui->valueLineEdit->setPlaceholderText(
        m_model->isValueInKeychain(row) ? tr("Saved in the keychain: show it, or type a new value")
                                        : QString());
    m_ui->nameLineEdit->setReadOnly(known);
    m_ui->nameLineEdit->setToolTip(known ? tr("The name of a known secret cannot be changed.")
                                         : tr("Letters, digits and _; the hook reads "
                                              "context.webtask.secrets.NAME."));
    const bool revealed = m_model->isRevealed(row);
    {
        const QSignalBlocker blocker(m_showValueAction);
        m_showValueAction->setChecked(revealed);
    }
    m_showValueAction->setIcon(Icons::eye(revealed));
    m_showValueAction->setToolTip(revealed ? tr("Hide the value") : tr("Show the value"));
    m_ui->valueLineEdit->setEchoMode(revealed ? QLineEdit::Normal : QLineEdit::Password);
    m_ui->descriptionLabel->setText(SecretRules::description(name));
    m_ui->deleteSecretPushButton->setText(known ? tr("&Clear Value") : tr("&Delete Secret"));
    m_ui->deleteSecretPushButton->setToolTip(
        known ? tr("Clear this value; it is removed from the keychain on save.")
              : tr("Delete this custom secret; it is removed from the keychain on save."));
    updateState();
}

// ---- settings -------------------------------------------------------------------------------

void SecretsPage::fillSettings(const Profile &profile)
{
    m_ui->regionLineEdit->setText(profile.defaultRegion);
    m_ui->apiBaseLineEdit->setText(profile.apiBaseUrl == Profile::defaultApiBaseUrl()
                                       ? QString()
                                       : profile.apiBaseUrl.toString());
    m_ui->verifyBaseLineEdit->setText(profile.verifyBaseUrl == Profile::defaultVerifyBaseUrl()
                                          ? QString()
                                          : profile.verifyBaseUrl.toString());
}

QString SecretsPage::regionText() const
{
    return m_ui->regionLineEdit->text().trimmed().toUpper();
}

// An empty field means the default, which the placeholder shows.
QUrl SecretsPage::apiBaseUrl() const
{
    const QString text = m_ui->apiBaseLineEdit->text().trimmed();
    return text.isEmpty() ? Profile::defaultApiBaseUrl() : QUrl(text, QUrl::StrictMode);
}

QUrl SecretsPage::verifyBaseUrl() const
{
    const QString text = m_ui->verifyBaseLineEdit->text().trimmed();
    return text.isEmpty() ? Profile::defaultVerifyBaseUrl() : QUrl(text, QUrl::StrictMode);
}

QStringList SecretsPage::settingsErrors() const
{
    QStringList errors;
    for (const QString &error :
         {ProfileRules::checkRegion(regionText()),
          ProfileRules::checkBaseUrl(apiBaseUrl(), tr("API base URL")),
          ProfileRules::checkBaseUrl(verifyBaseUrl(), tr("Verify base URL"))}) {
        if (!error.isEmpty())
            errors << error;
    }
    return errors;
}

bool SecretsPage::settingsChanged() const
{
    if (m_profileName.isEmpty())
        return false;
    return regionText() != m_profile.defaultRegion || apiBaseUrl() != m_profile.apiBaseUrl
        || verifyBaseUrl() != m_profile.verifyBaseUrl;
}

bool SecretsPage::canSave() const
{
    return !m_profileName.isEmpty() && m_busy == Busy::No && hasUnsavedChanges()
        && !m_model->hasErrors() && settingsErrors().isEmpty();
}

// ---- saving ---------------------------------------------------------------------------------

void SecretsPage::save(const std::function<void()> &then)
{
    if (!canSave())
        return;
    if (settingsChanged()) {
        // Reload first: the secret names are kept by SecretStore and must stay intact.
        Profile profile = m_profiles->load(m_profileName).value_or(m_profile);
        profile.name = m_profileName;
        profile.defaultRegion = regionText();
        profile.apiBaseUrl = apiBaseUrl();
        profile.verifyBaseUrl = verifyBaseUrl();
        if (!m_profiles->save(profile)) {
            // Typed values stay in the form; nothing is claimed saved.
            m_ui->busyLabel->setText(m_profiles->errorString());
            return;
        }
        m_profile = profile;
        fillSettings(m_profile);
    }
    if (!m_model->hasChanges()) {
        clearError();
        m_ui->busyLabel->setText(tr("Settings saved."));
        updateState();
        if (then)
            then();
        return;
    }
    setBusy(Busy::Writing, tr("Saving secrets to the keychain…"));
    SecretsJob *job
        = m_secrets->apply(m_profileName, m_model->changedValues(), m_model->removals());
    connect(job, &SecretsJob::finished, this, [this, job, then] {
        // Whatever completed is stored, even when a later step failed; the rest stays Changed.
        m_model->markApplied(job->completed());
        if (const auto stored = m_profiles->load(m_profileName))
            m_profile.secretNames = stored->secretNames;
        setBusy(Busy::No);
        if (job->failed()) {
            m_pendingLeave = nullptr;
            showError(job->error(),
                      tr("Saving failed. Your changes are kept (marked Changed); save again once "
                         "the problem is fixed."),
                      [this] { save(); });
            return;
        }
        clearError();
        m_ui->busyLabel->setText(tr("Saved to the keychain."));
        if (then)
            then();
        runPendingLeave();
    });
}

// ---- state ----------------------------------------------------------------------------------

void SecretsPage::setBusy(Busy busy, const QString &text)
{
    m_busy = busy;
    m_ui->busyProgressBar->setVisible(busy != Busy::No);
    m_ui->busyLabel->setText(text);
    updateState();
}

void SecretsPage::showError(const KeychainError &error, const QString &context,
                            const std::function<void()> &retry)
{
    m_retry = retry;
    m_ui->errorLabel->setText(QStringLiteral("<b>%1</b><br>%2<br><i>%3</i>")
                                  .arg(context.toHtmlEscaped(), error.summary().toHtmlEscaped(),
                                       error.fix().toHtmlEscaped()));
    m_ui->retryPushButton->setVisible(bool(retry));
    m_ui->errorFrame->show();
}

void SecretsPage::clearError()
{
    m_retry = nullptr;
    m_ui->errorFrame->hide();
    m_ui->errorLabel->clear();
}

void SecretsPage::updateState()
{
    const bool idle = m_busy == Busy::No;
    const bool hasProfile = !m_profileName.isEmpty();
    m_ui->profileComboBox->setEnabled(idle && hasProfile);
    m_ui->addProfilePushButton->setEnabled(idle);
    m_ui->createFirstProfilePushButton->setEnabled(idle);
    m_ui->renameProfilePushButton->setEnabled(idle && hasProfile);
    m_ui->duplicateProfilePushButton->setEnabled(idle && hasProfile);
    m_ui->deleteProfilePushButton->setEnabled(idle && hasProfile);
    m_ui->editorPage->setEnabled(idle && hasProfile);
    m_ui->retryPushButton->setEnabled(idle);

    // The settings line: the first problem, or nothing.
    const QStringList settingsProblems = settingsErrors();
    m_ui->settingsValidationLabel->setVisible(!settingsProblems.isEmpty());
    m_ui->settingsValidationLabel->setText(settingsProblems.join(QLatin1Char('\n')));
    m_ui->settingsValidationLabel->setStyleSheet(Tones::style(Tone::Bad));
    m_model->setDefaultRegion(ProfileRules::checkRegion(regionText()).isEmpty() ? regionText()
                                                                                : QString());

    // The inline check of the secret being edited.
    const int row = currentRow();
    if (row >= 0) {
        const SecretCheck check = m_model->check(row);
        const auto state = m_model->state(row);
        m_useSuggestionButton->setProperty("suggestion", check.suggestion);
        //: the one-click fix of a secret's value, e.g. "Use +15005550006"
        m_useSuggestionButton->setText(tr("&Use %1").arg(check.suggestion));
        m_useSuggestionButton->setVisible(!check.suggestion.isEmpty());
        if (check.level == SecretCheck::Level::Error) {
            m_ui->validationLabel->setText(check.message);
            m_ui->validationLabel->setStyleSheet(Tones::style(Tone::Bad));
        } else if (check.level == SecretCheck::Level::Warning) {
            m_ui->validationLabel->setText(check.message);
            m_ui->validationLabel->setStyleSheet(Tones::style(Tone::Caution));
        } else if (state == SecretsTableModel::State::Changed) {
            m_ui->validationLabel->setText(tr("Looks right. Save to store it in the keychain."));
            m_ui->validationLabel->setStyleSheet(Tones::style(Tone::Good));
        } else if (state == SecretsTableModel::State::ToRemove) {
            m_ui->validationLabel->setText(
                tr("%1 will be removed from the keychain on save.").arg(m_model->name(row)));
            m_ui->validationLabel->setStyleSheet(Tones::style(Tone::Caution));
        } else {
            m_ui->validationLabel->clear();
        }
        m_ui->deleteSecretPushButton->setEnabled(!m_model->isKnown(row) || m_model->hasValue(row));
    } else {
        m_ui->deleteSecretPushButton->setEnabled(false);
        m_useSuggestionButton->hide();
    }

    const int count = m_model->secretCount();
    const SecretCheck countCheck = SecretRules::checkCount(count);
    m_ui->countLabel->setText(
        //: %1 how many secrets have a value, e.g. "2 secrets set"; %2 Auth0's limit
        countCheck.isOk() ? tr("%1 · at most %2 per hook")
                                .arg(tr("%n secret(s) set", nullptr, count))
                                .arg(SecretRules::MaxSecretsPerHook)
                          : countCheck.message);
    m_ui->countLabel->setStyleSheet(countCheck.isOk() ? QString() : Tones::style(Tone::Bad));
    m_ui->addSecretPushButton->setEnabled(m_model->canAddCustom());
    m_ui->addSecretPushButton->setToolTip(
        m_model->canAddCustom()
            ? tr("Add a custom secret, read by the hook as context.webtask.secrets.NAME")
            : tr("A hook holds at most %n secret(s).", nullptr, SecretRules::MaxSecretsPerHook));

    m_ui->savePushButton->setVisible(hasProfile);
    m_ui->revertPushButton->setVisible(hasProfile);
    m_ui->savePushButton->setEnabled(canSave());
    m_ui->revertPushButton->setEnabled(idle && hasUnsavedChanges());
}
