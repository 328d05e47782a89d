# The Hook code page against an in-process sandbox (real HTTP on loopback), a real Secret Service
# and a delivery log in a temporary folder: load a template, edit it, lint as typed, run it.
add_qt_test(TestHookPageGui GUI KEYCHAIN SOURCES TestHookPageGui.cpp
    LIBRARIES smshook_gui smshook_core Qt6::Widgets)
# The Deploy dialog against an in-process simulated tenant (real HTTP) and a real Secret Service.
add_qt_test(TestDeployDialogGui GUI KEYCHAIN SOURCES TestDeployDialogGui.cpp
    LIBRARIES smshook_gui smshook_core Qt6::Widgets)
