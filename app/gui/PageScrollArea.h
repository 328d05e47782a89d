#pragma once

#include <QScrollArea>

// Holds one page of the window: the page fills the room there is, and scrolls where the window
// is smaller than the page's minimum size. Unlike a resizable QScrollArea, which gives a page
// whose layout has a height for its width (wrapped labels) its preferred height, this holds
// the page to its minimum only, so that a page that fits is never scrolled.
class PageScrollArea : public QScrollArea
{
public:
    explicit PageScrollArea(QWidget *page, QWidget *parent = nullptr);

protected:
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fitPage();
    int minimumHeight(QWidget *page, int width) const;
};
