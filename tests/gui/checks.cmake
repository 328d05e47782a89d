# The checklist page against an in-process sandbox (real HTTP on loopback), a real Secret Service
# and a temporary delivery log: run all, read the states, apply the E.164 fix, export the report.
add_qt_test(TestChecklistPageGui GUI KEYCHAIN SOURCES TestChecklistPageGui.cpp
    LIBRARIES smshook_gui smshook_core Qt6::Widgets)
# The Tenant page against an in-process simulated tenant (real HTTP) and a real Secret Service.
add_qt_test(TestTenantPageGui GUI KEYCHAIN SOURCES TestTenantPageGui.cpp
    LIBRARIES smshook_gui smshook_core Qt6::Widgets Qt6::Network)
