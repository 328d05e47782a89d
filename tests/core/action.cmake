# Actions: lint's Action rules and the templates for each trigger.
add_qt_test(TestActionLint SOURCES TestActionLint.cpp LIBRARIES smshook_core)
