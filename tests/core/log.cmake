# The delivery log: store, filters, migrations, export (TestDeliveryLog); sync from Twilio's
# message list against the in-process sandbox (TestLogSync).
add_qt_test(TestDeliveryLog SOURCES TestDeliveryLog.cpp LIBRARIES smshook_core Qt6::Sql)
add_qt_test(TestLogSync SOURCES TestLogSync.cpp LIBRARIES smshook_core Qt6::Sql Qt6::Network)
# The Auth0 tenant log in the delivery log: sync against the simulated tenant, matching to Twilio
# messages, the chain, the migration of a real version 2 file (TestTenantLogSync).
add_qt_test(TestTenantLogSync SOURCES TestTenantLogSync.cpp LIBRARIES smshook_core Qt6::Sql Qt6::Network)
# The viewer's compact list of matching ids (pure).
add_qt_test(TestLogIdList SOURCES TestLogIdList.cpp LIBRARIES smshook_core)
# The compact storage of schema step 5: SIDs and bodies coded and back, the migration of a real
# version 4 file, filters and sorts against plain text comparisons, the CLI reading while the
# console writes.
add_qt_test(TestLogCompact SOURCES TestLogCompact.cpp LIBRARIES smshook_core Qt6::Sql)
# It runs sms-hook-cli while the log is written: building the test builds the CLI too, so that a
# build of the core tests only (scripts/dev.sh asan core) has it.
add_dependencies(TestLogCompact sms-hook-cli)
# The maintained summaries of schema step 6: the filters they answer, kept by every write, and the
# insights they give equal to the rows'.
add_qt_test(TestLogSummaries SOURCES TestLogSummaries.cpp LIBRARIES smshook_core Qt6::Sql)
# The hourly blocks of schema step 11: the codec, and the viewer's scan of them equal to the
# indexes' answers as rows come, change, move and go.
add_qt_test(TestLogBlocks SOURCES TestLogBlocks.cpp LIBRARIES smshook_core Qt6::Sql)
