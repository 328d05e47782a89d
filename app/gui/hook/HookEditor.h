#pragma once

#include "hook/HookLint.h"

#include "QsciIncludes.h"

class QsciLexerJavaScript;

// The hook's code editor: QScintilla with the JavaScript lexer, line numbers, folding, brace
// matching, auto-indent and the current line highlighted. Lint issues show as a marker in their
// own margin (a distinct symbol for errors and warnings), a squiggle under the column when it is
// known, and a tooltip with the message and the fix. Colours follow the palette, so that a dark
// theme stays readable.
class HookEditor : public QsciScintilla
{
    Q_OBJECT
public:
    explicit HookEditor(QWidget *parent = nullptr);
    ~HookEditor() override;

    // Replaces the whole text as a new document: not modified, nothing to undo.
    void setDocumentText(const QString &text);

    void setIssues(const QList<LintIssue> &issues);
    const QList<LintIssue> &issues() const { return m_issues; }
    // Lines (1-based) that carry a marker of the given severity, for tests and the list.
    QList<int> markedLines(LintIssue::Severity severity) const;
    // Puts the cursor on line (1-based) and column (1-based, 0: first non-blank) and shows it.
    void goToLine(int line, int column = 0);

    // The symbols the margin draws, shared with the issue list.
    static QIcon severityIcon(LintIssue::Severity severity);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;
    // Tab indents; Ctrl+Tab and Ctrl+Shift+Tab move the focus on and back, so that the
    // keyboard can always leave the editor.
    void keyPressEvent(QKeyEvent *event) override;

private:
    void applyColours();
    QString issuesText(int line) const; // 1-based

    QsciLexerJavaScript *m_lexer;
    QList<LintIssue> m_issues;
};
