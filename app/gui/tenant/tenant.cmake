# The Tenant page: the Auth0 connection, the tenant's status board and the MFA flow's test
# (forms: ui/TenantPage.ui, ui/MfaTestPanel.ui).
target_sources(smshook_gui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/TenantPage.cpp ${CMAKE_CURRENT_LIST_DIR}/TenantPage.h
    ${CMAKE_CURRENT_LIST_DIR}/MfaTestPanel.cpp ${CMAKE_CURRENT_LIST_DIR}/MfaTestPanel.h
    ${CMAKE_CURRENT_LIST_DIR}/MfaTestPanelView.cpp)
