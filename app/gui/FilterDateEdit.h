#pragma once

#include <QDateEdit>

// A date edit for a filter, whose lowest date shows a special text ("any"). Tab and Shift+Tab
// leave it also while that text shows: QDateTimeEdit keeps the focus there otherwise, moving
// between the sections the special text does not have.
class FilterDateEdit : public QDateEdit
{
    Q_OBJECT
public:
    explicit FilterDateEdit(QWidget *parent = nullptr);

protected:
    bool focusNextPrevChild(bool next) override;
};
