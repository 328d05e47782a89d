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

// Whether the blocks hold what the question asks: only coded columns and times (no recipient,
// no free text), in time order or by a coded column (not the recipient or the SID).
bool answers(const LogQuery &query);
// stop() is asked between blocks; when it answers true the scan ends, false with error empty.
bool scan(sqlite3 *db, const LogQuery &query, const std::function<bool()> &stop, LogIdList *ids,
          QString *error);

} // namespace LogBlockScan
