#pragma once

#include "ActionTarget.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// Lint for Auth0's Send Phone Message hook and its successors, the send-phone-message and
// custom-phone-provider Actions, as the user types. Pure functions over the source text: no I/O,
// fast enough to run on every keystroke (debounced). The source is parsed by acorn
// (resources/hooks) in a QJSEngine that each calling thread keeps: safe to call from any thread,
// and a worker thread keeps the UI thread free. The first call on a thread loads the parser.
struct LintIssue
{
    enum class Severity { Error, Warning };
    Severity severity = Severity::Error;
    int line = 0; // 1-based; 0 for an issue tied to no line (a secret defined but never read)
    int column = 0; // 1-based; 0 when the whole line is meant
    QString
        rule; // stable id for --json and tests: "syntax", "missing-secret", "unused-secret", ...
    QString message; // translated: what is wrong
    QString fix; // translated: what to do
};

namespace HookLint {
enum class CodeKind { Hook, Action, Unparsed };

// Every issue found in source, given the names of the secrets the profile defines and where
// the code is meant to run (its empty fields are not judged). Code that exports a handler by
// name (exports.onExecute...) is linted as an Action, module.exports = function as a hook; with
// a trigger given, a hook is told that the tenant runs an Action instead.
QList<LintIssue> lint(const QString &source, const QStringList &definedSecrets,
                      const ActionTarget &target = {});
// The secret names the code reads (context.webtask.secrets.X, event.secrets.X, ['X'], or
// destructured), in order, once each.
QStringList usedSecrets(const QString &source);
CodeKind kind(const QString &source);
// Whether any issue is an error (not only warnings).
bool hasErrors(const QList<LintIssue> &issues);
// The first syntax error in source as the lint list shows it (rule "syntax"), if the code does
// not parse. Script work: call it off the UI thread.
std::optional<LintIssue> syntaxError(const QString &source);
// A syntax error said in one line, in the lint list's words and position ("Line 1, column 71:
// Syntax error: Unexpected token. Correct the code..."): what a run that could not parse the
// code reports, so that the run and the lint speak of the same error the same way.
QString describeSyntaxError(const LintIssue &issue);
} // namespace HookLint
