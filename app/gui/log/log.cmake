# The delivery log viewer: its page, its model over SQL and the model's worker thread.
target_sources(smshook_gui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/DeliveryLogModel.cpp ${CMAKE_CURRENT_LIST_DIR}/DeliveryLogModel.h
    ${CMAKE_CURRENT_LIST_DIR}/LogPage.cpp ${CMAKE_CURRENT_LIST_DIR}/LogPage.h
    ${CMAKE_CURRENT_LIST_DIR}/LogQueryWorker.cpp ${CMAKE_CURRENT_LIST_DIR}/LogQueryWorker.h
)
# The viewer reads long id lists through SQLite itself (the library Qt's driver uses).
find_package(SQLite3 REQUIRED)
target_link_libraries(smshook_gui PUBLIC Qt6::Sql PRIVATE Qt6::Concurrent SQLite::SQLite3)
