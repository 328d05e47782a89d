#pragma once

#include "checks/CheckItem.h"

#include <QColor>
#include <QIcon>

// The console's icons. Page and tool icons go by their freedesktop names: each set of them (the
// navigation list's pages, the code editor's tools) comes whole from the system icon theme when
// the theme has every icon of the set, and otherwise whole from the console's own SVG icons
// (resources/icons: one 24 px grid, one 2 px stroke, drawn in the palette's text colour), so
// that icons side by side always belong together. Status marks (eye, dots, checklist states)
// are drawn in code and follow the palette.
namespace Icons {

// The navigation list's pages, in their order.
enum class Page { Secrets, Tenant, HookCode, Run, Log, Checklist };
QIcon page(Page page);
// The freedesktop name a page's icon goes by (dialog-password for Secrets, ...).
QString pageIconName(Page page);

// A tool's icon by its freedesktop name: document-open, document-save, document-save-as,
// document-new, edit-find, edit-undo, edit-redo, go-up, go-down, window-close,
// media-playback-start, media-playback-stop, document-send (deploy), and convert (Convert to
// Action). QIcon::name() of the result is that name. Null for a name outside the set.
QIcon tool(const QString &name);

// True when the set a name belongs to comes from the system theme (it has all of the set).
bool fromSystemTheme(const QString &name);

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
