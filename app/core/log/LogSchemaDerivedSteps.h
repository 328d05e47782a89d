#pragma once

#include <QStringList>

// The migration steps LogSchema::migrationStep takes from LogSchemaDerivedSteps.cpp: their
// statements are made from a description of the tables they keep (internal to LogSchema*.cpp).
namespace LogSchemaDerived {

QStringList summaryStep(); // 6: the hourly, daily and latency summaries
QStringList numbersStep(); // 9: attempts by recipient
QStringList deferredCountStep(); // 10: the writer counts its own rows before it commits
QStringList blockStep(); // 11: the hourly blocks of coded columns
QStringList hourValuesStep(); // 12: the hours of each value; the coded columns' indexes go
QStringList segmentHoursStep(); // 13: the hours of each segment count (their index goes)

} // namespace LogSchemaDerived
