# The hook: lint over the shipped templates and small samples, and the runner against the
# in-process sandbox over real HTTP.
add_qt_test(TestHookLint SOURCES TestHookLint.cpp LIBRARIES smshook_core Qt6::Concurrent)
add_qt_test(TestHookRunner SOURCES TestHookRunner.cpp LIBRARIES smshook_core Qt6::Network Qt6::Sql)
add_qt_test(TestHookCodeStore SOURCES TestHookCodeStore.cpp LIBRARIES smshook_core)
