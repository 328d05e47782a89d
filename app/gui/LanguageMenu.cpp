#include "LanguageMenu.h"

#include "Translations.h"

#include <QAction>
#include <QActionGroup>
#include <QMenu>
#include <QMessageBox>

namespace {
// Each language in its own words, as language menus show them: never translated.
QString nativeName(const QString &language)
{
    if (language == QLatin1String("de"))
        return QStringLiteral("Deutsch");
    if (language == QLatin1String("es"))
        return QStringLiteral("Español");
    if (language == QLatin1String("fr"))
        return QStringLiteral("Français");
    return QStringLiteral("English");
}
} // namespace

LanguageMenu::LanguageMenu(QMenu *menu, QWidget *window)
    : QObject(menu), m_window(window), m_group(new QActionGroup(this))
{
    const QString saved = Translations::savedLanguage();
    const auto add = [this, menu, &saved](const QString &language, const QString &text) {
        QAction *action = menu->addAction(text);
        action->setObjectName(QStringLiteral("languageAction_%1")
                                  .arg(language.isEmpty() ? QStringLiteral("system") : language));
        action->setCheckable(true);
        action->setChecked(language == saved);
        action->setData(language);
        m_group->addAction(action);
        connect(action, &QAction::triggered, this, [this, language] { choose(language); });
    };
    add(QString(), tr("&System language"));
    menu->addSeparator();
    for (const QString &language : Translations::languages())
        add(language, nativeName(language));
}

void LanguageMenu::choose(const QString &language)
{
    if (language == Translations::savedLanguage())
        return;
    Translations::saveLanguage(language);
    // Opened, not exec()ed: no nested event loop while jobs may be finishing.
    auto *box = new QMessageBox(m_window);
    box->setObjectName(QStringLiteral("languageMessageBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setIcon(QMessageBox::Information);
    box->setWindowTitle(tr("Language"));
    box->setText(
        language.isEmpty()
            ? tr("SMS Hook Console will follow the system's language from its next start.")
            : tr("SMS Hook Console will speak %1 from its next start.").arg(nativeName(language)));
    box->setStandardButtons(QMessageBox::Ok);
    box->open();
}
