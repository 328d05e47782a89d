#pragma once

class QTreeView;

// Makes a tree view show each cell's text whole: wrapped onto more lines in its column's width,
// never cut off with "...", each row as tall as its longest cell and following the columns'
// widths as they change (the view alone measures text on one line).
void wrapRows(QTreeView *view);
