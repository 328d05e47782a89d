#include "ConvertToAction.h"
#include "Icons.h"

#include "ConvertToActionDialog.h"
#include "HookEditor.h"

#include <QAction>
#include <QFutureWatcher>
#include <QMessageBox>
#include <QStyle>
#include <QtConcurrent/QtConcurrentRun>

namespace {

QString itemLines(const QList<ActionConversion::Item> &items)
{
    QStringList lines;
    for (const ActionConversion::Item &i : items)
        lines << ConvertToAction::tr("Line %1: %2").arg(i.line).arg(i.message);
    return lines.join(QLatin1Char('\n'));
}

} // namespace

ConvertToAction::ConvertToAction(HookEditor *editor, QWidget *window)
    : QObject(window), m_editor(editor), m_window(window), m_action(new QAction(this))
{
    // The parser loads once on this pool's thread, and a conversion never waits for a lint.
    m_pool.setMaxThreadCount(1);
    m_action->setObjectName(QStringLiteral("actionConvertToAction"));
    m_action->setText(tr("Con&vert to Action…"));
    m_action->setToolTip(tr("Convert this Send Phone Message hook into an Action for the "
                            "tenant's trigger (as one edit: Undo brings the hook back)"));
    m_action->setIcon(Icons::tool(QStringLiteral("convert")));
    connect(m_action, &QAction::triggered, this, &ConvertToAction::ask);
}

ConvertToAction::~ConvertToAction()
{
    m_pool.clear();
    m_pool.waitForDone();
}

void ConvertToAction::setTenant(const QString &trigger, bool connected)
{
    m_tenantTrigger = trigger;
    m_connected = connected;
}

void ConvertToAction::ask()
{
    if (m_busy)
        return;
    if (!m_dialog) {
        m_dialog = new ConvertToActionDialog(m_window);
        m_dialog->setObjectName(QStringLiteral("convertToActionDialog"));
        connect(m_dialog, &QDialog::accepted, this, [this] { convert(m_dialog->trigger()); });
    }
    m_dialog->setDefault(m_tenantTrigger, m_connected);
    m_dialog->open();
}

void ConvertToAction::convert(const QString &trigger)
{
    m_busy = true;
    m_action->setEnabled(false);
    const QString source = m_editor->text();
    auto *watcher = new QFutureWatcher<ActionConversion>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, source] {
        watcher->deleteLater();
        m_busy = false;
        m_action->setEnabled(true);
        apply(watcher->result(), source);
        Q_EMIT finished();
    });
    // Only values cross to the worker.
    watcher->setFuture(QtConcurrent::run(
        &m_pool, [source, trigger] { return ActionConverter::convert(source, trigger); }));
}

void ConvertToAction::apply(const ActionConversion &c, const QString &source)
{
    if (m_editor->text() != source) {
        // Typed into meanwhile: the conversion is of code that is no longer there.
        auto *box = new QMessageBox(QMessageBox::Information, tr("Convert to Action"),
                                    tr("The code changed while it was being converted, so it was "
                                       "left as it is. Convert it again."),
                                    QMessageBox::Ok, m_window);
        box->setObjectName(QStringLiteral("convertProblemMessageBox"));
        showBox(box);
        return;
    }
    if (!c.ok) {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Convert to Action"), c.error,
                                    QMessageBox::Ok, m_window);
        box->setObjectName(QStringLiteral("convertProblemMessageBox"));
        box->setInformativeText(c.fix);
        showBox(box);
        if (c.errorLine > 0)
            m_editor->goToLine(c.errorLine, c.errorColumn);
        return;
    }
    // One undoable edit: Undo brings the hook back.
    m_editor->beginUndoAction();
    m_editor->selectAll();
    m_editor->replaceSelectedText(c.code);
    m_editor->endUndoAction();
    if (!c.unmapped.isEmpty())
        m_editor->goToLine(c.unmapped.first().line);
    else
        m_editor->goToLine(1);
    Q_EMIT converted(c.trigger);

    auto *box = new QMessageBox(
        c.unmapped.isEmpty() ? QMessageBox::Information : QMessageBox::Warning,
        tr("Convert to Action"),
        c.unmapped.isEmpty()
            ? tr("The hook is now a %1 Action; everything was converted.").arg(c.trigger)
            : tr("The hook is now a %1 Action, but %n part(s) could not "
                 "be converted: they are marked TODO(convert) in the code "
                 "and listed under Problems.",
                 nullptr, int(c.unmapped.size()))
                  .arg(c.trigger),
        QMessageBox::Ok, m_window);
    box->setObjectName(QStringLiteral("convertResultMessageBox"));
    QString details;
    if (!c.unmapped.isEmpty())
        details += tr("Not converted:") + QLatin1Char('\n') + itemLines(c.unmapped);
    if (!c.notes.isEmpty()) {
        if (!details.isEmpty())
            details += QStringLiteral("\n\n");
        details += tr("Changed (see the \"Converted:\" comments):") + QLatin1Char('\n')
            + itemLines(c.notes);
    }
    box->setInformativeText(tr("Add the twilio dependency and the secrets in the Action's "
                               "settings in Auth0. Undo brings the hook back."));
    if (!details.isEmpty())
        box->setDetailedText(details);
    showBox(box);
}

void ConvertToAction::showBox(QMessageBox *box)
{
    if (m_box)
        m_box->close();
    m_box = box;
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}
