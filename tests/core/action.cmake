# Actions: lint's Action rules and the templates for each trigger, and the hook -> Action
# conversion over the hooks of tests/data/hooks and the legacy templates.
add_qt_test(TestActionLint SOURCES TestActionLint.cpp LIBRARIES smshook_core)
add_qt_test(TestActionConverter SOURCES TestActionConverter.cpp LIBRARIES smshook_core)
