# run-hook and lint, the real binary against `sms-hook-cli sandbox` and a throwaway keychain.
add_qt_test(TestCliHook KEYCHAIN SOURCES TestCliHook.cpp LIBRARIES smshook_core)
add_dependencies(TestCliHook sms-hook-cli)
