# SendJob: one test message end to end against the built-in sandbox over real HTTP on loopback.
add_qt_test(TestSendJob SOURCES TestSendJob.cpp LIBRARIES smshook_core Qt6::Network Qt6::Sql)
# The words both log syncs report their page progress in, every count through %n.
add_qt_test(TestSyncProgress SOURCES TestSyncProgress.cpp LIBRARIES smshook_core)
