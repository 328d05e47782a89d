#include "ToolbarFit.h"

#include <QBoxLayout>
#include <QEvent>
#include <QResizeEvent>
#include <QToolButton>
#include <QWidget>

ToolbarFit::ToolbarFit(QWidget *page, QBoxLayout *row, const QList<QToolButton *> &dropTextFirst)
    : QObject(page), m_page(page), m_row(row), m_buttons(dropTextFirst)
{
    for (QToolButton *button : std::as_const(m_buttons)) {
        m_styles << int(button->toolButtonStyle());
        if (button->toolTip().isEmpty() || button->toolTip() == button->text())
            button->setToolTip(QString(button->text()).remove(QLatin1Char('&')));
        const Qt::ToolButtonStyle own = button->toolButtonStyle();
        button->setToolButtonStyle(Qt::ToolButtonIconOnly);
        button->setMinimumWidth(button->sizeHint().width());
        button->setToolButtonStyle(own);
    }
    page->installEventFilter(this);
    fit(rowWidth(page->width()));
}

int ToolbarFit::rowWidth(int pageWidth) const
{
    const QMargins margins = m_page->layout() ? m_page->layout()->contentsMargins() : QMargins();
    return pageWidth - margins.left() - margins.right();
}

void ToolbarFit::fit(int width)
{
    for (int i = 0; i < m_buttons.size(); ++i) {
        if (!m_buttons.at(i)->icon().isNull())
            m_buttons.at(i)->setToolButtonStyle(Qt::ToolButtonStyle(m_styles.at(i)));
    }
    for (QToolButton *button : std::as_const(m_buttons)) {
        m_row->invalidate();
        if (m_row->sizeHint().width() <= width)
            return;
        if (!button->icon().isNull())
            button->setToolButtonStyle(Qt::ToolButtonIconOnly);
    }
}

bool ToolbarFit::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_page && event->type() == QEvent::Resize)
        fit(rowWidth(static_cast<QResizeEvent *>(event)->size().width()));
    return QObject::eventFilter(watched, event);
}
