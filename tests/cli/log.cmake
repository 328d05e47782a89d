# logs list / export / sync and the recording of sends, against `sms-hook-cli sandbox`; and a send
# killed with SIGKILL mid-request leaves a sound database with the attempt "outcome unknown".
add_qt_test(TestCliLogs KEYCHAIN SOURCES TestCliLogs.cpp LIBRARIES smshook_core Qt6::Sql Qt6::Network)
add_dependencies(TestCliLogs sms-hook-cli)
