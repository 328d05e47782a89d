# The Tenant page: the Auth0 connection and the tenant's status board (form: ui/TenantPage.ui).
target_sources(smshook_gui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/TenantPage.cpp ${CMAKE_CURRENT_LIST_DIR}/TenantPage.h)
