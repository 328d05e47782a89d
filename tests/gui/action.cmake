# The Hook code page's templates menu and Convert to Action, on the real widgets (a temporary
# HOME through with-keyring.sh; nothing is run or sent).
add_qt_test(TestHookConvertGui GUI KEYCHAIN SOURCES TestHookConvertGui.cpp
    LIBRARIES smshook_gui smshook_core Qt6::Widgets)
# "Test the MFA flow" on the Tenant page, on the console's built-in sandbox (the simulated tenant
# runs its Action in the Node runner) and a real Secret Service.
add_qt_test(TestMfaTestPanelGui GUI KEYCHAIN SOURCES TestMfaTestPanelGui.cpp
    LIBRARIES smshook_gui smshook_core Qt6::Widgets)
# The whole window on its built-in sandbox: a legacy hook edited, converted, run locally,
# deployed from the Deploy dialog, and the Tenant page's board green for the deployed code.
add_qt_test(TestConsoleEndToEndGui GUI KEYCHAIN SOURCES TestConsoleEndToEndGui.cpp
    LIBRARIES smshook_gui smshook_core Qt6::Widgets)
