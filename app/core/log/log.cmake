# The delivery log: SQLite store, sync from Twilio's message list, export.
target_sources(smshook_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/Attempt.cpp ${CMAKE_CURRENT_LIST_DIR}/Attempt.h
    ${CMAKE_CURRENT_LIST_DIR}/CodeMask.cpp ${CMAKE_CURRENT_LIST_DIR}/CodeMask.h
    ${CMAKE_CURRENT_LIST_DIR}/DeliveryLog.cpp ${CMAKE_CURRENT_LIST_DIR}/DeliveryLog.h
    ${CMAKE_CURRENT_LIST_DIR}/LogExport.cpp ${CMAKE_CURRENT_LIST_DIR}/LogExport.h
    ${CMAKE_CURRENT_LIST_DIR}/LogBlock.cpp ${CMAKE_CURRENT_LIST_DIR}/LogBlock.h
    ${CMAKE_CURRENT_LIST_DIR}/LogBlockStore.cpp ${CMAKE_CURRENT_LIST_DIR}/LogBlockStore.h
    ${CMAKE_CURRENT_LIST_DIR}/LogBlockScan.cpp ${CMAKE_CURRENT_LIST_DIR}/LogBlockScan.h
    ${CMAKE_CURRENT_LIST_DIR}/LogBlockScanner.cpp ${CMAKE_CURRENT_LIST_DIR}/LogBlockScanner.h
    ${CMAKE_CURRENT_LIST_DIR}/LogFilter.cpp ${CMAKE_CURRENT_LIST_DIR}/LogFilter.h
    ${CMAKE_CURRENT_LIST_DIR}/LogCodec.cpp ${CMAKE_CURRENT_LIST_DIR}/LogCodec.h
    ${CMAKE_CURRENT_LIST_DIR}/LogDeferredCounter.cpp ${CMAKE_CURRENT_LIST_DIR}/LogDeferredCounter.h
    ${CMAKE_CURRENT_LIST_DIR}/LogIdList.cpp ${CMAKE_CURRENT_LIST_DIR}/LogIdList.h
    ${CMAKE_CURRENT_LIST_DIR}/LogInsights.cpp ${CMAKE_CURRENT_LIST_DIR}/LogInsights.h
    ${CMAKE_CURRENT_LIST_DIR}/LogQueryWorker.cpp ${CMAKE_CURRENT_LIST_DIR}/LogQueryWorker.h
    ${CMAKE_CURRENT_LIST_DIR}/LogQueryPages.cpp
    ${CMAKE_CURRENT_LIST_DIR}/LogRow.h
    ${CMAKE_CURRENT_LIST_DIR}/LogSchema.cpp ${CMAKE_CURRENT_LIST_DIR}/LogSchema.h
    ${CMAKE_CURRENT_LIST_DIR}/LogSchemaSteps.cpp
    ${CMAKE_CURRENT_LIST_DIR}/LogSchemaDerivedSteps.cpp ${CMAKE_CURRENT_LIST_DIR}/LogSchemaDerivedSteps.h
    ${CMAKE_CURRENT_LIST_DIR}/LogSummaries.cpp ${CMAKE_CURRENT_LIST_DIR}/LogSummaries.h
    ${CMAKE_CURRENT_LIST_DIR}/LogSync.cpp ${CMAKE_CURRENT_LIST_DIR}/LogSync.h
    ${CMAKE_CURRENT_LIST_DIR}/TenantChain.cpp ${CMAKE_CURRENT_LIST_DIR}/TenantChain.h
    ${CMAKE_CURRENT_LIST_DIR}/TenantLogChains.cpp
    ${CMAKE_CURRENT_LIST_DIR}/TenantLogRecord.cpp ${CMAKE_CURRENT_LIST_DIR}/TenantLogRecord.h
    ${CMAKE_CURRENT_LIST_DIR}/TenantLogStore.cpp ${CMAKE_CURRENT_LIST_DIR}/TenantLogStore.h
    ${CMAKE_CURRENT_LIST_DIR}/TenantLogSync.cpp ${CMAKE_CURRENT_LIST_DIR}/TenantLogSync.h
    ${CMAKE_CURRENT_LIST_DIR}/LogWriter.cpp ${CMAKE_CURRENT_LIST_DIR}/LogWriter.h
    ${CMAKE_CURRENT_LIST_DIR}/SqliteStatement.cpp ${CMAKE_CURRENT_LIST_DIR}/SqliteStatement.h
)
# The query worker reads long id lists through SQLite itself (the library Qt's driver uses).
find_package(SQLite3 REQUIRED)
target_link_libraries(smshook_core PUBLIC Qt6::Sql PRIVATE SQLite::SQLite3)
