# The hook: lint over the shipped templates and small samples, the events and redaction (pure),
# and the runner (real Node processes) against the in-process sandbox over real HTTP.
add_qt_test(TestHookLint SOURCES TestHookLint.cpp LIBRARIES smshook_core Qt6::Concurrent)
add_qt_test(TestHookRunner SOURCES TestHookRunner.cpp LIBRARIES smshook_core Qt6::Network Qt6::Sql)
add_qt_test(TestActionRunner SOURCES TestActionRunner.cpp LIBRARIES smshook_core Qt6::Network Qt6::Sql)
add_qt_test(TestRunEvents SOURCES TestRunEvents.cpp LIBRARIES smshook_core)
add_qt_test(TestHookCodeStore SOURCES TestHookCodeStore.cpp LIBRARIES smshook_core)
