#pragma once

#include <QJsonObject>
#include <QString>

// The syntax-tree scripts of resources/hooks (acorn, action-map.js, syntax-tree.js, lint.js and
// the conversion's convert-edits.js, convert-callbacks.js, convert.js) loaded
// into a QJSEngine that each calling thread keeps: loading acorn costs far more than a lint or a
// conversion. Nothing of the user's code runs in it; it is only parsed.
namespace HookScriptEngine {
// Calls the global function (hookLint, hookToAction) with source and options (as JSON) in this
// thread's engine, and reads its JSON answer. A script that fails (a broken build, a mistake in
// the scripts) answers {"internal_error": "..."} instead.
QJsonObject call(const char *function, const QString &source, const QJsonObject &options);
} // namespace HookScriptEngine
