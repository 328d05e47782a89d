#include "PageScrollArea.h"

#include <QEvent>
#include <QScrollBar>
#include <QStyle>

PageScrollArea::PageScrollArea(QWidget *page, QWidget *parent) : QScrollArea(parent)
{
    setFrameShape(QFrame::NoFrame);
    setFocusPolicy(Qt::NoFocus);
    setWidgetResizable(false); // sized by fitPage()
    setWidget(page);
    page->installEventFilter(this);
}

int PageScrollArea::minimumHeight(QWidget *page, int width) const
{
    // The layout's minimum counts a wrapped label at its minimum width's height, which is at
    // least what it needs at any wider one; its height for width would be the preferred one.
    Q_UNUSED(width)
    return page->minimumSizeHint().expandedTo(page->minimumSize()).height();
}

void PageScrollArea::fitPage()
{
    QWidget *page = widget();
    if (!page)
        return;
    const QSize room = maximumViewportSize(); // without scroll bars
    const int bar = style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, this);
    const int minimumWidth = page->minimumSizeHint().expandedTo(page->minimumSize()).width();
    int width = qMax(minimumWidth, room.width());
    int height = minimumHeight(page, width);
    if (height > room.height()) {
        // A vertical scroll bar takes its width from the page.
        width = qMax(minimumWidth, room.width() - bar);
        height = minimumHeight(page, width);
    }
    const int roomHeight = width > room.width() ? room.height() - bar : room.height();
    page->resize(width, qMax(height, roomHeight));
}

void PageScrollArea::resizeEvent(QResizeEvent *event)
{
    QScrollArea::resizeEvent(event);
    fitPage();
}

bool PageScrollArea::eventFilter(QObject *watched, QEvent *event)
{
    // The page's minimum changed (shown or hidden parts, new text): fit it again.
    if (watched == widget() && event->type() == QEvent::LayoutRequest)
        fitPage();
    return QScrollArea::eventFilter(watched, event);
}
