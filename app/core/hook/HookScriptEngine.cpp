#include "HookScriptEngine.h"

#include "HookResource.h"

#include <QJSEngine>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QThreadStorage>

#include <mutex>

namespace {

struct ScriptEngine
{
    QJSEngine engine;
    QString loadError;

    ScriptEngine()
    {
        for (const QString &file :
             {QStringLiteral(":/hooks/acorn.js"), QStringLiteral(":/hooks/action-map.js"),
              QStringLiteral(":/hooks/syntax-tree.js"), QStringLiteral(":/hooks/lint.js"),
              QStringLiteral(":/hooks/convert-edits.js"),
              QStringLiteral(":/hooks/convert-callbacks.js"),
              QStringLiteral(":/hooks/convert.js")}) {
            QString code = HookResource::read(file);
            if (code.isEmpty()) {
                loadError = file + QStringLiteral(": missing");
                return;
            }
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
                loadError = file + QStringLiteral(": ") + r.toString();
                return;
            }
        }
    }
};

QThreadStorage<ScriptEngine *> s_engines;

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

ScriptEngine *engineForThisThread()
{
    if (!s_engines.hasLocalData()) {
        static std::once_flag once;
        std::call_once(once, [] {
            s_previousFilter = QLoggingCategory::installFilter(quietCompilerWarnings);
        });
        s_engines.setLocalData(new ScriptEngine);
    }
    return s_engines.localData();
}

} // namespace

QJsonObject HookScriptEngine::call(const char *function, const QString &source,
                                   const QJsonObject &options)
{
    ScriptEngine *e = engineForThisThread();
    auto failed = [](const QString &why) {
        return QJsonObject {{QStringLiteral("internal_error"), why}};
    };
    if (!e->loadError.isEmpty())
        return failed(QStringLiteral("the scripts did not load: ") + e->loadError);
    const QJSValue fn = e->engine.globalObject().property(QLatin1String(function));
    if (!fn.isCallable())
        return failed(QLatin1String(function) + QStringLiteral(" is missing"));
    const QJSValue r = fn.call(
        {QJSValue(source),
         QJSValue(QString::fromUtf8(QJsonDocument(options).toJson(QJsonDocument::Compact)))});
    // Whatever the scripts throw (an Error, a string, a stack overflow) is an answer of its own,
    // never the end of the console; the engine is left clean for the next call.
    if (e->engine.hasError()) {
        const QJSValue thrown = e->engine.catchError();
        return failed(QStringLiteral("%1 threw %2 (line %3)")
                          .arg(QLatin1String(function), thrown.toString())
                          .arg(thrown.property(QStringLiteral("lineNumber")).toInt()));
    }
    if (r.isError())
        return failed(QStringLiteral("%1 (%2 line %3)")
                          .arg(r.toString(), QLatin1String(function))
                          .arg(r.property(QStringLiteral("lineNumber")).toInt()));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(r.toString().toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return failed(QStringLiteral("%1 returned no result").arg(QLatin1String(function)));
    return doc.object();
}
