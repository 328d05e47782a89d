# The troubleshooting checklist page (form: ui/ChecklistPage.ui).
target_sources(smshook_gui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/ChecklistPage.cpp ${CMAKE_CURRENT_LIST_DIR}/ChecklistPage.h)
