#include "TemplateMenu.h"

#include "auth0/Auth0Types.h"
#include "hook/HookTemplates.h"

#include <QCoreApplication>
#include <QMenu>

#include <optional>

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(TemplateMenu)
};

QString sectionTitle(const QString &trigger)
{
    if (trigger == Auth0Triggers::SendPhoneMessage)
        return Text::tr("Action: send-phone-message (legacy MFA phone set-up)");
    if (trigger == Auth0Triggers::CustomPhoneProvider)
        return Text::tr("Action: custom-phone-provider (Unified Phone Experience)");
    return Text::tr("Legacy hooks (Auth0 no longer runs them)");
}

} // namespace

void TemplateMenu::fill(QMenu *menu, const std::function<void(const QString &id)> &chosen)
{
    menu->setToolTipsVisible(true);
    // HookTemplates::all() lists them in the menu's order: Actions by trigger, then hooks.
    std::optional<QString> section; // the trigger of the last section added
    for (const HookTemplate &t : HookTemplates::all()) {
        if (section != t.trigger) {
            section = t.trigger;
            menu->addSection(sectionTitle(t.trigger));
        }
        QAction *action = menu->addAction(t.title);
        QString camel;
        for (const QString &part : t.id.split(QLatin1Char('-'), Qt::SkipEmptyParts))
            camel += part.left(1).toUpper() + part.mid(1);
        action->setObjectName(QStringLiteral("action%1Template").arg(camel));
        action->setData(t.id);
        action->setToolTip(t.description);
        QObject::connect(action, &QAction::triggered, menu, [chosen, id = t.id] { chosen(id); });
    }
}
