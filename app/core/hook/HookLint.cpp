#include "HookLint.h"

#include "HookResource.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJSEngine>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QThreadStorage>

#include <mutex>

namespace {

// Loading acorn into a fresh engine costs far more than a lint, so each thread keeps one
// engine with acorn and lint.js loaded. An engine belongs to the thread that made it.
struct LintEngine
{
    QJSEngine engine;
    QJSValue lintFunction;
    QString loadError;

    LintEngine()
    {
        for (const QString &file :
             {QStringLiteral(":/hooks/acorn.js"), QStringLiteral(":/hooks/lint.js")}) {
            QString code = HookResource::read(file);
            if (file.endsWith(QLatin1String("acorn.js"))) {
                // Qt 6.4's engine loses the assignment in `return prop.key = ...` when it elides
                // the tail call, which it does only in strict code: run acorn as sloppy code.
                static const QString strict = QStringLiteral("(function (exports) { 'use strict';");
                if (!code.contains(strict)) {
                    loadError = QStringLiteral("acorn.js: unexpected wrapper");
                    return;
                }
                code.replace(strict, QStringLiteral("(function (exports) {"));
            }
            const QJSValue r = engine.evaluate(code, file);
            if (r.isError()) {
                loadError = r.toString();
                return;
            }
        }
        lintFunction = engine.globalObject().property(QStringLiteral("hookLint"));
        if (!lintFunction.isCallable())
            loadError = QStringLiteral("hookLint is missing");
    }
};

QThreadStorage<LintEngine *> s_engines;

// The engine's compiler warns about acorn's (valid) use of variables before their declaration
// each time it loads; that is noise on the console's and the CLI's stderr.
QLoggingCategory::CategoryFilter s_previousFilter = nullptr;

void quietCompilerWarnings(QLoggingCategory *category)
{
    if (s_previousFilter)
        s_previousFilter(category);
    if (qstrcmp(category->categoryName(), "qt.qml.compiler") == 0)
        category->setEnabled(QtWarningMsg, false);
}

LintEngine *engineForThisThread()
{
    if (!s_engines.hasLocalData()) {
        static std::once_flag once;
        std::call_once(once, [] {
            s_previousFilter = QLoggingCategory::installFilter(quietCompilerWarnings);
        });
        s_engines.setLocalData(new LintEngine);
    }
    return s_engines.localData();
}

QJsonObject runLint(const QString &source, const QStringList &definedSecrets)
{
    LintEngine *e = engineForThisThread();
    if (!e->loadError.isEmpty())
        qFatal("hook lint resources failed to load: %s", qPrintable(e->loadError));
    QJSValue secrets = e->engine.newArray(uint(definedSecrets.size()));
    for (int i = 0; i < definedSecrets.size(); ++i)
        secrets.setProperty(quint32(i), definedSecrets.at(i));
    const QJSValue r = e->lintFunction.call({QJSValue(source), secrets});
    if (r.isError())
        qFatal("hook lint failed: %s", qPrintable(r.toString()));
    return QJsonDocument::fromJson(r.toString().toUtf8()).object();
}

// Messages are translated in the HookLint context.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(HookLint)
};

// The translated message and fix for one issue found by lint.js.
void describe(LintIssue *issue, const QString &kind, const QString &arg)
{
    const QString &rule = issue->rule;
    if (rule == QLatin1String("syntax")) {
        issue->message = Text::tr("Syntax error: %1.").arg(arg);
        issue->fix = Text::tr("Correct the code at this position; the hook does not run until it "
                              "parses.");
    } else if (rule == QLatin1String("missing-secret")) {
        issue->message
            = Text::tr("The code reads the secret %1, which the profile does not define.").arg(arg);
        issue->fix
            = Text::tr("Add %1 on the Secrets page (and as a secret of the hook or Action in "
                       "Auth0), or correct its name here.")
                  .arg(arg);
    } else if (rule == QLatin1String("unused-secret")) {
        issue->message
            = Text::tr("The profile defines the secret %1, but the code never reads it.").arg(arg);
        issue->fix
            = Text::tr("Read it as event.secrets.%1 (an Action) or context.webtask.secrets.%1 (a "
                       "hook), or remove it from the profile.")
                  .arg(arg);
    } else if (rule == QLatin1String("verify-account-sid")) {
        issue->message
            = Text::tr("The Account SID is passed where the Verify service SID belongs.");
        issue->fix
            = Text::tr("Use the Verify service's SID (VA...): "
                       "verify.v2.services(context.webtask.secrets.TWILIO_VERIFY_SERVICE_SID).");
    } else if (rule == QLatin1String("export")) {
        if (kind == QLatin1String("action-not-function")) {
            issue->message = Text::tr("The Action's handler is not a function.");
            issue->fix = Text::tr("Export it as exports.onExecuteSendPhoneMessage = async (event, "
                                  "api) => { ... } (or onExecuteCustomPhoneProvider).");
            return;
        }
        if (kind == QLatin1String("action-params")) {
            issue->message = Text::tr("The Action's handler takes %1 parameters; Auth0 calls it "
                                      "with (event, api).")
                                 .arg(arg);
            issue->fix = Text::tr("Declare it as async (event, api) => { ... }: an Action has no "
                                  "cb; it ends when its promise does.");
            return;
        }
        if (kind == QLatin1String("missing"))
            issue->message = Text::tr("Nothing is exported: Auth0 finds no handler.");
        else if (kind == QLatin1String("not-function"))
            issue->message = Text::tr("module.exports is not assigned a function.");
        else
            issue->message = Text::tr("The exported function takes %1 parameter(s); Auth0 calls it "
                                      "with 4.")
                                 .arg(arg);
        issue->fix = Text::tr("Export an Action, exports.onExecuteSendPhoneMessage = async (event, "
                              "api) => { ... }, or a legacy hook, module.exports = function "
                              "(recipient, text, context, cb) { ... }.");
    } else if (rule == QLatin1String("message-type")) {
        issue->message
            = Text::tr("message_type is not defined here; Auth0 passes it in the context.");
        issue->fix = Text::tr("Write context.message_type.");
    } else if (rule == QLatin1String("cb-path")) {
        if (kind == QLatin1String("return"))
            issue->message = Text::tr("This return ends the hook without calling %1.").arg(arg);
        else if (kind == QLatin1String("if"))
            issue->message = Text::tr("Only one branch of this if leads to %1: the other may end "
                                      "without it.")
                                 .arg(arg);
        else if (kind == QLatin1String("then"))
            issue->message = Text::tr("This promise chain calls %1 on success only: a failure is "
                                      "never reported.")
                                 .arg(arg);
        else if (kind == QLatin1String("catch"))
            issue->message = Text::tr("This promise chain calls %1 on failure only: a success is "
                                      "never reported.")
                                 .arg(arg);
        else
            issue->message = Text::tr("The hook may end here without calling %1.").arg(arg);
        issue->fix
            = Text::tr("Call %1(error) or %1(null, result) on every path, including errors "
                       "(add the missing else or .catch); otherwise Auth0 waits until its time "
                       "limit.")
                  .arg(arg);
    } else if (rule == QLatin1String("require")) {
        if (kind == QLatin1String("dynamic")) {
            issue->message = Text::tr("require() with a computed module name cannot be checked.");
            issue->fix = Text::tr("Write the module's name as a literal, e.g. require('twilio').");
        } else if (kind == QLatin1String("relative")) {
            issue->message = Text::tr("require('%1'): Auth0 runs the code as one file, so it "
                                      "cannot load files beside it.")
                                 .arg(arg);
            issue->fix = Text::tr("Put that code in this file, or publish it as a package.");
        } else {
            issue->message = Text::tr("require('%1'): a package besides Node's own modules and "
                                      "twilio.")
                                 .arg(arg);
            issue->fix = Text::tr("Add it to the Action's dependencies in Auth0; to run it here, "
                                  "run \"npm install %1\" in a folder and choose it as the "
                                  "profile's modules folder.")
                             .arg(arg);
        }
    }
}

} // namespace

QList<LintIssue> HookLint::lint(const QString &source, const QStringList &definedSecrets)
{
    const QJsonObject r = runLint(source, definedSecrets);
    QList<LintIssue> issues;
    const QJsonArray list = r.value(QLatin1String("issues")).toArray();
    for (const QJsonValue &v : list) {
        const QJsonObject o = v.toObject();
        LintIssue issue;
        issue.rule = o.value(QLatin1String("rule")).toString();
        issue.severity = o.value(QLatin1String("severity")).toString() == QLatin1String("error")
            ? LintIssue::Severity::Error
            : LintIssue::Severity::Warning;
        issue.line = o.value(QLatin1String("line")).toInt();
        issue.column = o.value(QLatin1String("column")).toInt();
        describe(&issue, o.value(QLatin1String("kind")).toString(),
                 o.value(QLatin1String("arg")).toString());
        issues.append(issue);
    }
    std::stable_sort(issues.begin(), issues.end(), [](const LintIssue &a, const LintIssue &b) {
        // Issues without a line (unused secrets) come last.
        const int la = a.line == 0 ? INT_MAX : a.line;
        const int lb = b.line == 0 ? INT_MAX : b.line;
        return la != lb ? la < lb : a.column < b.column;
    });
    return issues;
}

QStringList HookLint::usedSecrets(const QString &source)
{
    QStringList names;
    const QJsonArray list = runLint(source, {}).value(QLatin1String("usedSecrets")).toArray();
    for (const QJsonValue &v : list)
        names << v.toString();
    return names;
}

bool HookLint::hasErrors(const QList<LintIssue> &issues)
{
    return std::any_of(issues.cbegin(), issues.cend(),
                       [](const LintIssue &i) { return i.severity == LintIssue::Severity::Error; });
}
