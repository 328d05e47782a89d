# The Hook code page: the editor (QScintilla), lint as you type, the templates menu, Convert to
# Action, and the Run panel.
target_sources(smshook_gui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/DeployDialog.cpp ${CMAKE_CURRENT_LIST_DIR}/DeployDialog.h
    ${CMAKE_CURRENT_LIST_DIR}/ConvertToAction.cpp ${CMAKE_CURRENT_LIST_DIR}/ConvertToAction.h
    ${CMAKE_CURRENT_LIST_DIR}/ConvertToActionDialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ConvertToActionDialog.h
    ${CMAKE_CURRENT_LIST_DIR}/HookEditor.cpp ${CMAKE_CURRENT_LIST_DIR}/HookEditor.h
    ${CMAKE_CURRENT_LIST_DIR}/HookPage.cpp ${CMAKE_CURRENT_LIST_DIR}/HookPage.h
    ${CMAKE_CURRENT_LIST_DIR}/HookPageFiles.cpp ${CMAKE_CURRENT_LIST_DIR}/HookPageFind.cpp
    ${CMAKE_CURRENT_LIST_DIR}/HookPageRun.cpp ${CMAKE_CURRENT_LIST_DIR}/HookPageStyle.h
    ${CMAKE_CURRENT_LIST_DIR}/QsciIncludes.h
    ${CMAKE_CURRENT_LIST_DIR}/TemplateMenu.cpp ${CMAKE_CURRENT_LIST_DIR}/TemplateMenu.h
    ${CMAKE_CURRENT_LIST_DIR}/TenantTestRun.cpp ${CMAKE_CURRENT_LIST_DIR}/TenantTestRun.h
)
target_link_libraries(smshook_gui PUBLIC QScintilla::QScintilla PRIVATE Qt6::Concurrent)
