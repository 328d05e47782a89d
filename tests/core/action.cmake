# Actions: lint's Action rules and the templates for each trigger, and the hook -> Action
# conversion over the hooks of tests/data/hooks and the legacy templates.
add_qt_test(TestActionLint SOURCES TestActionLint.cpp LIBRARIES smshook_core)
add_qt_test(TestActionConverter SOURCES TestActionConverter.cpp LIBRARIES smshook_core)
# Each hook of ConversionCases and its converted Action run in the Node runner against the Twilio
# sandbox: the same Twilio requests (method, path, form fields) for the same input.
add_qt_test(TestConversionEquality SOURCES TestConversionEquality.cpp
    LIBRARIES smshook_core Qt6::Network Qt6::Sql)
