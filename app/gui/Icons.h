#pragma once

#include "checks/CheckItem.h"

#include <QColor>
#include <QIcon>

// Small icons drawn in code: the console must not depend on an icon theme or image plugins
// being installed, and these follow the palette.
namespace Icons {

// An eye, crossed out when hidden is true: for "show value" / "hide value".
QIcon eye(bool crossed);
// The application icon: a speech bubble with a padlock dot.
QIcon application();
// A small filled circle in color: an outcome or a status in lists and timelines. Cached.
QIcon dot(const QColor &color);
// A checklist state as a filled circle with its mark (tick, cross, !, ?), and its colour.
QIcon state(CheckItem::State state);
QColor stateColor(CheckItem::State state);

} // namespace Icons
