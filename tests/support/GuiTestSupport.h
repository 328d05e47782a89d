#pragma once

#include <QDir>
#include <QString>
#include <QWidget>

// Helpers shared by the GUI tests (they link QtWidgets; the core tests do not).
namespace GuiTestSupport {

// With SMSHOOK_GUI_SCREENSHOTS=DIR, saves what widget shows as DIR/name.png, for reviewing the
// layout; does nothing otherwise.
inline void screenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("SMSHOOK_GUI_SCREENSHOTS");
    if (!dir.isEmpty())
        widget->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

} // namespace GuiTestSupport
