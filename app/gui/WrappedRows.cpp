#include "WrappedRows.h"

#include <QHeaderView>
#include <QStyledItemDelegate>
#include <QTreeView>

namespace {

class WrappingDelegate : public QStyledItemDelegate
{
public:
    explicit WrappingDelegate(QTreeView *view) : QStyledItemDelegate(view), m_view(view) { }
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem sized(option);
        sized.rect = QRect(0, 0, m_view->columnWidth(index.column()), 1 << 16);
        sized.features |= QStyleOptionViewItem::WrapText;
        return QStyledItemDelegate::sizeHint(sized, index);
    }

private:
    QTreeView *m_view;
};

} // namespace

void wrapRows(QTreeView *view)
{
    view->setWordWrap(true);
    view->setTextElideMode(Qt::ElideNone);
    view->setUniformRowHeights(false);
    view->setItemDelegate(new WrappingDelegate(view));
    QObject::connect(view->header(), &QHeaderView::sectionResized, view,
                     [view] { view->doItemsLayout(); });
}
