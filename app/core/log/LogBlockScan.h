#pragma once

#include "LogIdList.h"
#include "LogQueryWorker.h"

#include <QString>

#include <functional>

struct sqlite3;

// Every id a viewer's question matches, in its order, read from the hourly blocks of schema step
// 11 (LogBlock) instead of an index: the blocks of the hours asked are read in time order, each
// row's coded columns tested in C++, and the matches appended in time order, or gathered by the
// sort column's value and joined in that column's order (the dictionary's text order, or the
// number's). Hours marked stale are read from their rows. Ten million ids in a tenth of the time
// an index walk takes. Runs in one read transaction, so blocks and stale marks agree.
namespace LogBlockScan {

// Whether the blocks hold what the question asks: coded columns and times, and a recipient or a
// free text the trigram indexes narrow (LogFilter::textSets: their sets read first, then tested
// a row), in time order or by a coded column (not the recipient or the SID).
bool answers(const LogQuery &query);
// stop() is asked between blocks; when it answers true the scan ends, false with error empty.
// In one read transaction: its own, or the caller's when one is open.
bool scan(sqlite3 *db, const LogQuery &query, const std::function<bool()> &stop, LogIdList *ids,
          QString *error);

// Whether firstPage() answers the question: coded columns and times only, in time order or by a
// column log_hour_values lists (the hourly summary's and Segments; not From).
bool answersFirstPage(const LogQuery &query);
// The first limit ids of the question's answer, in its order, reading only the hours the hourly
// summary (log_hours) says hold a match, newest (or oldest) first until the page is full; by a
// column, the column's values in their order, each value's hours in turn. A rare value costs
// its hours, not the log, and needs no (column, time) index.
bool firstPage(sqlite3 *db, const LogQuery &query, int limit, QList<qint64> *ids,
               QString *error);

} // namespace LogBlockScan
