# action convert and lint on Actions: the real binary, no keychain.
add_qt_test(TestCliAction SOURCES TestCliAction.cpp LIBRARIES smshook_core)
add_dependencies(TestCliAction sms-hook-cli)
