// The Hook code page's find and replace bar.
#include "HookPage.h"
#include "Tones.h"
#include "ui_HookPage.h"

void HookPage::showFind(bool replace)
{
    m_ui->findFrame->show();
    m_ui->replaceLabel->setVisible(replace);
    m_ui->replaceLineEdit->setVisible(replace);
    m_ui->replaceToolButton->setVisible(replace);
    m_ui->replaceAllToolButton->setVisible(replace);
    m_ui->actionCloseFind->setEnabled(true);
    // The selected word (one line) is what the user most likely looks for.
    const QString selected = m_ui->codeEditor->selectedText();
    if (!selected.isEmpty() && !selected.contains(QLatin1Char('\n')))
        m_ui->findLineEdit->setText(selected);
    QLineEdit *edit = replace && !m_ui->findLineEdit->text().isEmpty() ? m_ui->replaceLineEdit
                                                                       : m_ui->findLineEdit;
    edit->setFocus(Qt::ShortcutFocusReason);
    edit->selectAll();
}

void HookPage::closeFind()
{
    m_ui->findFrame->hide();
    m_ui->findStatusLabel->clear();
    m_ui->actionCloseFind->setEnabled(false);
    m_ui->codeEditor->setFocus(Qt::OtherFocusReason);
}

bool HookPage::find(bool forward)
{
    const QString text = m_ui->findLineEdit->text();
    if (text.isEmpty()) {
        if (m_ui->findFrame->isHidden())
            showFind(false);
        m_ui->findStatusLabel->clear();
        return false;
    }
    HookEditor *editor = m_ui->codeEditor;
    int line = 0;
    int index = 0;
    if (!forward && editor->hasSelectedText()) {
        // Backwards from the start of the current match, not from the caret after it.
        int lineTo = 0;
        int indexTo = 0;
        editor->getSelection(&line, &index, &lineTo, &indexTo);
    } else {
        editor->getCursorPosition(&line, &index);
    }
    const bool found = editor->findFirst(text, false, m_ui->matchCaseCheckBox->isChecked(),
                                         m_ui->wholeWordsCheckBox->isChecked(), true, forward, line,
                                         index, true);
    m_ui->findStatusLabel->setText(found ? QString() : tr("Not found"));
    m_ui->findStatusLabel->setStyleSheet(found ? QString() : Tones::style(Tone::Bad));
    return found;
}

void HookPage::replaceOne()
{
    HookEditor *editor = m_ui->codeEditor;
    const Qt::CaseSensitivity cs
        = m_ui->matchCaseCheckBox->isChecked() ? Qt::CaseSensitive : Qt::CaseInsensitive;
    // Replace the match that is selected (found before), then move on to the next one.
    if (editor->hasSelectedText()
        && editor->selectedText().compare(m_ui->findLineEdit->text(), cs) == 0) {
        editor->replaceSelectedText(m_ui->replaceLineEdit->text());
    }
    find(true);
}

void HookPage::replaceAll()
{
    const QString text = m_ui->findLineEdit->text();
    if (text.isEmpty())
        return;
    HookEditor *editor = m_ui->codeEditor;
    int count = 0;
    editor->beginUndoAction(); // one undo step for the lot
    if (editor->findFirst(text, false, m_ui->matchCaseCheckBox->isChecked(),
                          m_ui->wholeWordsCheckBox->isChecked(), false, true, 0, 0, false)) {
        do {
            editor->replace(m_ui->replaceLineEdit->text());
            ++count;
        } while (editor->findNext());
    }
    editor->endUndoAction();
    m_ui->findStatusLabel->setText(tr("%n replaced", nullptr, count));
    m_ui->findStatusLabel->setStyleSheet(QString());
}
