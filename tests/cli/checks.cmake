# sms-hook-cli check against `sms-hook-cli sandbox` as a child process and a real keychain.
add_qt_test(TestCliCheck KEYCHAIN SOURCES TestCliCheck.cpp LIBRARIES smshook_core)
add_dependencies(TestCliCheck sms-hook-cli)
