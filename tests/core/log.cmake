# The delivery log: store, filters, migrations, export (TestDeliveryLog); sync from Twilio's
# message list against the in-process sandbox (TestLogSync).
add_qt_test(TestDeliveryLog SOURCES TestDeliveryLog.cpp LIBRARIES smshook_core Qt6::Sql)
add_qt_test(TestLogSync SOURCES TestLogSync.cpp LIBRARIES smshook_core Qt6::Sql Qt6::Network)
# The viewer's compact list of matching ids (pure).
add_qt_test(TestLogIdList SOURCES TestLogIdList.cpp LIBRARIES smshook_core)
