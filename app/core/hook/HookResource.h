#pragma once

#include <QFile>
#include <QString>

// The hook's JavaScript compiled into the binary (resources/hooks: templates, acorn,
// lint.js). Empty when the resource is missing, which only a broken build can cause.
namespace HookResource {
inline QString read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}
} // namespace HookResource
