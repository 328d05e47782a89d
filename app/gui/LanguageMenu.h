#pragma once

#include <QObject>

class QActionGroup;
class QMenu;
class QWidget;

// Help > Language: the system's language or one the console has a catalogue for, each named in
// its own language. The choice is kept in the settings (Translations::saveLanguage) and applies
// from the next start: the pages are built in one language and are not rebuilt while they may
// hold unsaved work.
class LanguageMenu : public QObject
{
    Q_OBJECT
public:
    // Fills menu; notices open over window.
    LanguageMenu(QMenu *menu, QWidget *window);

private:
    void choose(const QString &language);

    QWidget *m_window;
    QActionGroup *m_group;
};
