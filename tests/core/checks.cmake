# The troubleshooting checklist: pure judges, then the runner against the in-process sandbox with
# a real (throwaway) keychain and delivery log.
add_qt_test(TestChecks KEYCHAIN SOURCES TestChecks.cpp LIBRARIES smshook_core Qt6::Network)
