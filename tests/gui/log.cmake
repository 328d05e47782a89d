# The delivery log viewer's model over a real SQLite log (QAbstractItemModelTester while it
# filters, sorts and follows writes), and the page against real sends to the in-process sandbox.
add_qt_test(TestDeliveryLogModel GUI SOURCES TestDeliveryLogModel.cpp
    LIBRARIES smshook_gui smshook_core Qt6::Widgets Qt6::Sql)
add_qt_test(TestLogPageGui GUI KEYCHAIN SOURCES TestLogPageGui.cpp
    LIBRARIES smshook_gui smshook_core Qt6::Widgets Qt6::Network)
# The Log page's insights (charts, tables, clicks that filter, export), its details of a hidden
# row and its "Clear filters", and the Run page's "last 24 h" strip, over a log of known rows.
add_qt_test(TestLogInsightsGui GUI KEYCHAIN SOURCES TestLogInsightsGui.cpp
    LIBRARIES smshook_gui smshook_core Qt6::Widgets Qt6::Charts)
# The log table's window of rows and its scroll bar over every row (LogRowWindow).
add_qt_test(TestLogRowWindow GUI SOURCES TestLogRowWindow.cpp
    LIBRARIES smshook_gui Qt6::Widgets Qt6::Test)
