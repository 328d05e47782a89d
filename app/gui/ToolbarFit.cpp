#include "ToolbarFit.h"

#include <QBoxLayout>
#include <QToolButton>

void fitToolbar(QBoxLayout *row, const QList<QToolButton *> &dropTextFirst, int width)
{
    for (QToolButton *button : dropTextFirst) {
        row->invalidate();
        if (row->sizeHint().width() <= width)
            return;
        if (button->icon().isNull() || button->toolButtonStyle() == Qt::ToolButtonIconOnly)
            continue;
        if (button->toolTip().isEmpty() || button->toolTip() == button->text())
            button->setToolTip(QString(button->text()).remove(QLatin1Char('&')));
        button->setToolButtonStyle(Qt::ToolButtonIconOnly);
    }
}
