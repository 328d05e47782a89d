#include "FilterDateEdit.h"

FilterDateEdit::FilterDateEdit(QWidget *parent) : QDateEdit(parent) { }

bool FilterDateEdit::focusNextPrevChild(bool next)
{
    if (!specialValueText().isEmpty() && date() == minimumDate())
        return QWidget::focusNextPrevChild(next); // the window's focus chain, not the sections
    return QDateEdit::focusNextPrevChild(next);
}
