# The delivery insights' aggregates over a real SQLite log (TestLogInsights).
add_qt_test(TestLogInsights SOURCES TestLogInsights.cpp LIBRARIES smshook_core Qt6::Sql)
