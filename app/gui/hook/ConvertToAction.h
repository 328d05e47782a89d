#pragma once

#include "hook/ActionConverter.h"

#include <QObject>
#include <QPointer>
#include <QThreadPool>

class ConvertToActionDialog;
class HookEditor;
class QAction;
class QMessageBox;
class QWidget;

// The Hook code page's "Convert to Action": asks for the trigger (the tenant's when known),
// converts the editor's hook off the UI thread (ActionConverter), and replaces the editor's text
// with the Action as one undoable edit; then says what could not be converted (marked
// TODO(convert) in the code, which lint lists too) and what was changed. A hook that does not
// parse, or code that is already an Action, is left as it is, with the reason. Dialogs are
// opened, never exec()ed.
class ConvertToAction : public QObject
{
    Q_OBJECT
public:
    ConvertToAction(HookEditor *editor, QWidget *window);
    ~ConvertToAction() override;

    QAction *action() const { return m_action; }
    // The trigger the profile's tenant runs (empty: not known) and whether the profile is
    // connected to a tenant at all.
    void setTenant(const QString &trigger, bool connected);
    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    // The editor now holds the Action for trigger.
    void converted(const QString &trigger);
    // A conversion ended: converted, refused, or dropped because the code changed meanwhile.
    void finished();

private:
    void ask();
    void convert(const QString &trigger);
    void apply(const ActionConversion &conversion, const QString &source);
    void showBox(QMessageBox *box);

    HookEditor *m_editor;
    QWidget *m_window;
    QAction *m_action;
    QString m_tenantTrigger;
    bool m_connected = false;
    bool m_busy = false;
    QThreadPool m_pool;
    QPointer<ConvertToActionDialog> m_dialog;
    QPointer<QMessageBox> m_box;
};
