#pragma once

#include <QString>

#include <functional>

class QMenu;

// The Hook code page's template menu: the Action templates first, one section per trigger
// (send-phone-message, custom-phone-provider), then the legacy hooks for those still converting
// one. Each entry is an action named "action<Id in CamelCase>Template", its tooltip the
// template's description.
namespace TemplateMenu {
void fill(QMenu *menu, const std::function<void(const QString &id)> &chosen);
} // namespace TemplateMenu
