# The delivery log: store, filters, migrations, export (TestDeliveryLog); sync from Twilio's
# message list against the in-process sandbox (TestLogSync).
add_qt_test(TestDeliveryLog SOURCES TestDeliveryLog.cpp LIBRARIES smshook_core Qt6::Sql)
add_qt_test(TestLogSync SOURCES TestLogSync.cpp LIBRARIES smshook_core Qt6::Sql Qt6::Network)
# The Auth0 tenant log in the delivery log: sync against the simulated tenant, matching to Twilio
# messages, the chain, the migration of a real version 2 file (TestTenantLogSync).
add_qt_test(TestTenantLogSync SOURCES TestTenantLogSync.cpp LIBRARIES smshook_core Qt6::Sql Qt6::Network)
