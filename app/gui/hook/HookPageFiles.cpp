// The Hook code page's files: saving the code for the profile or in a .js file, opening one, and
// asking before unsaved edits are dropped.
#include "HookPage.h"
#include "ui_HookPage.h"

#include "hook/HookCodeStore.h"
#include "hook/HookTemplates.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>

namespace {
constexpr qint64 MaxFileBytes = 1024 * 1024; // a hook is a few kB; Auth0 refuses large ones
} // namespace

void HookPage::askToSave(const QString &question, const std::function<void()> &proceed,
                         const std::function<void()> &cancelled)
{
    if (m_question) {
        // A newer request replaces the one on screen.
        m_question->disconnect(this);
        m_question->close();
        m_question->deleteLater();
    }
    if (!isModified()) {
        proceed();
        return;
    }
    // Opened, not exec()ed: no nested event loop while a run or keychain work goes on.
    auto *box = new QMessageBox(this);
    m_question = box;
    box->setObjectName(QStringLiteral("unsavedMessageBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setIcon(QMessageBox::Question);
    box->setWindowTitle(tr("Unsaved hook code"));
    box->setText(question);
    box->setInformativeText(
        m_profile.name.isEmpty()
            ? tr("Save writes the code to its file.")
            : (m_filePath.isEmpty()
                   ? tr("Save keeps the code for profile \"%1\".").arg(m_profile.name)
                   : tr("Save keeps the code for profile \"%1\" and writes it to %2.")
                         .arg(m_profile.name, QDir::toNativeSeparators(m_filePath))));
    box->setStandardButtons(QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    box->setDefaultButton(QMessageBox::Save);
    connect(box, &QMessageBox::finished, this, [this, box, proceed, cancelled](int) {
        const QMessageBox::StandardButton answer = box->standardButton(box->clickedButton());
        if (answer == QMessageBox::Save) {
            if (save())
                proceed();
            else if (cancelled)
                cancelled();
        } else if (answer == QMessageBox::Discard) {
            proceed();
        } else if (cancelled) {
            cancelled();
        }
    });
    box->open();
}

bool HookPage::maybeSave()
{
    if (!isModified())
        return true;
    QMessageBox box(
        QMessageBox::Question, tr("Unsaved hook code"),
        tr("The hook code of profile \"%1\" has unsaved changes. Save them?").arg(m_profile.name),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("unsavedMessageBox"));
    box.setDefaultButton(QMessageBox::Save);
    switch (box.exec()) {
    case QMessageBox::Save:
        return save();
    case QMessageBox::Discard:
        return true;
    default:
        return false;
    }
}

bool HookPage::requestLeave(const std::function<void()> &proceed)
{
    if (!isModified())
        return true;
    askToSave(
        tr("The hook code of profile \"%1\" has unsaved changes. Save them?").arg(m_profile.name),
        [this, proceed] {
            // Discarded: the editor no longer counts as modified, so proceed may close.
            m_ui->codeEditor->setModified(false);
            proceed();
        });
    return false;
}

bool HookPage::save()
{
    if (m_profile.name.isEmpty() && m_filePath.isEmpty()) {
        saveAs();
        return false;
    }
    const QString code = m_ui->codeEditor->text();
    QString error;
    if (!m_profile.name.isEmpty()) {
        if (!HookCodeStore::save(m_profile.name, code, &error)) {
            showProblem(tr("The code could not be saved for profile \"%1\": %2")
                            .arg(m_profile.name, error));
            return false;
        }
        m_savedForProfile = true;
        m_templateTitle.clear();
    }
    if (!m_filePath.isEmpty() && !writeFile(m_filePath, code, &error)) {
        showProblem(error);
        return false;
    }
    m_ui->codeEditor->setModified(false);
    updateTitle();
    return true;
}

void HookPage::saveAs()
{
    const QString suggested = !m_filePath.isEmpty()
        ? m_filePath
        : QDir(QDir::homePath())
              .filePath((m_profile.name.isEmpty() ? QStringLiteral("hook") : m_profile.name)
                        + QStringLiteral(".js"));
    auto *dialog = new QFileDialog(this, tr("Save the hook code"), suggested,
                                   tr("JavaScript (*.js);;All files (*)"));
    dialog->setObjectName(QStringLiteral("saveFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("js"));
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        const QString previous = m_filePath;
        m_filePath = path;
        if (!save())
            m_filePath = previous;
        updateTitle();
    });
    dialog->open();
}

void HookPage::open()
{
    askToSave(tr("Open a file instead of the current code? It has unsaved changes."), [this] {
        auto *dialog = new QFileDialog(this, tr("Open hook code"),
                                       m_filePath.isEmpty() ? QDir::homePath()
                                                            : QFileInfo(m_filePath).absolutePath(),
                                       tr("JavaScript (*.js);;All files (*)"));
        dialog->setObjectName(QStringLiteral("openFileDialog"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setFileMode(QFileDialog::ExistingFile);
        connect(dialog, &QFileDialog::fileSelected, this, &HookPage::openFile);
        dialog->open();
    });
}

void HookPage::openFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showProblem(tr("%1 could not be opened: %2")
                        .arg(QDir::toNativeSeparators(path), file.errorString()));
        return;
    }
    if (file.size() > MaxFileBytes) {
        showProblem(tr("%1 is too large for hook code (%2 kB; at most %3 kB). Open the hook's "
                       ".js file itself.")
                        .arg(QDir::toNativeSeparators(path))
                        .arg(file.size() / 1024)
                        .arg(MaxFileBytes / 1024));
        return;
    }
    const QString code = QString::fromUtf8(file.readAll());
    m_filePath = path;
    m_templateTitle.clear();
    // Kept as one undoable edit and counted as unsaved: the profile still has its own code.
    m_ui->codeEditor->setText(code);
    updateTitle();
    startLint();
}

void HookPage::loadTemplate(const QString &id)
{
    const HookTemplate t = HookTemplates::byId(id);
    if (t.source.isEmpty())
        return;
    m_filePath.clear();
    m_templateTitle = t.title;
    m_ui->codeEditor->setText(t.source); // undoable; unsaved until saved
    updateTitle();
    startLint();
}

bool HookPage::writeFile(const QString &path, const QString &code, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(code.toUtf8()) < 0 || !file.commit()) {
        if (error)
            *error = tr("%1 could not be written: %2")
                         .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

void HookPage::showProblem(const QString &text)
{
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Hook code"), text, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("problemMessageBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}
