#pragma once

#include <QList>

class QBoxLayout;
class QToolButton;

// The narrowest a page gets: the smallest window the console supports (1024 wide) less its
// navigation list.
constexpr int SmallestPageWidth = 1024 - 180;

// Makes a row of tool buttons fit `width`: the buttons of `dropTextFirst`, in that order, show
// only their icon (their text moves to the tool tip) until the row's natural width fits. In
// English the row fits as it is; languages with longer words (German, French, Spanish) drop
// the text of the buttons whose icons everyone knows (open, save) first.
void fitToolbar(QBoxLayout *row, const QList<QToolButton *> &dropTextFirst, int width);
