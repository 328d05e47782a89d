# sms-hook-cli check against `sms-hook-cli sandbox` as a child process and a real keychain.
add_qt_test(TestCliCheck KEYCHAIN SOURCES TestCliCheck.cpp LIBRARIES smshook_core)
add_dependencies(TestCliCheck sms-hook-cli)
# sms-hook-cli auth0 against the simulated tenants of `sms-hook-cli sandbox` and a real keychain.
add_qt_test(TestCliAuth0 KEYCHAIN SOURCES TestCliAuth0.cpp LIBRARIES smshook_core Qt6::Network)
add_dependencies(TestCliAuth0 sms-hook-cli)
# auth0 test-mfa: the Sandbox profile end to end, set-up and removal on `sms-hook-cli sandbox`.
add_qt_test(TestCliMfa KEYCHAIN SOURCES TestCliMfa.cpp LIBRARIES smshook_core Qt6::Network)
add_dependencies(TestCliMfa sms-hook-cli)
