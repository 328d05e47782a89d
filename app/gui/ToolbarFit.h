#pragma once

#include <QList>
#include <QObject>
#include <QSize>

class QBoxLayout;
class QToolButton;
class QWidget;

// The smallest window the console supports, and the width of its navigation list: every page
// fits the rest in width, beside a vertical scroll bar (a page may scroll in height). The Run
// page's compose and result boxes side by side are the widest.
constexpr QSize SmallestWindowSize(820, 560);
constexpr int NavigationWidth = 160;
// The narrowest a page gets: the smallest window less the navigation list, its rule and a
// vertical scroll bar.
constexpr int SmallestPageWidth = SmallestWindowSize.width() - NavigationWidth - 4 - 16;

// Keeps a row of tool buttons within its page's width as the page is resized: the buttons of
// `dropTextFirst`, in that order, show only their icon (their text moves to the tool tip) while
// the row's natural width does not fit, and show their text again once it does. Their minimum
// width is their icon's, so that the page can be made as narrow as the row with icons only.
class ToolbarFit : public QObject
{
public:
    ToolbarFit(QWidget *page, QBoxLayout *row, const QList<QToolButton *> &dropTextFirst);
    // Fits the row to width (the row's own, without the page's margins).
    void fit(int width);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    int rowWidth(int pageWidth) const;

    QWidget *m_page;
    QBoxLayout *m_row;
    QList<QToolButton *> m_buttons;
    QList<int> m_styles; // each button's own Qt::ToolButtonStyle
};
