# The hook: templates, lint (acorn in a QJSEngine), per-profile code, and the runner with its
# Twilio shim. resources/hooks holds the templates, lint.js, the runner's runtime.js and the
# vendored acorn (SOURCE.acorn, LICENSE.acorn).
target_sources(smshook_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/HookCodeStore.cpp ${CMAKE_CURRENT_LIST_DIR}/HookCodeStore.h
    ${CMAKE_CURRENT_LIST_DIR}/HookResource.h
    ${CMAKE_CURRENT_LIST_DIR}/HookLint.cpp ${CMAKE_CURRENT_LIST_DIR}/HookLint.h
    ${CMAKE_CURRENT_LIST_DIR}/HookRunner.cpp ${CMAKE_CURRENT_LIST_DIR}/HookRunner.h
    ${CMAKE_CURRENT_LIST_DIR}/HookTemplates.cpp ${CMAKE_CURRENT_LIST_DIR}/HookTemplates.h)
target_link_libraries(smshook_core PUBLIC Qt6::Qml)
set(_hook_resources "${PROJECT_SOURCE_DIR}/resources/hooks")
qt_add_resources(smshook_core "hook_resources"
    PREFIX "/hooks"
    BASE "${_hook_resources}"
    FILES "${_hook_resources}/programmable-sms.js" "${_hook_resources}/verify.js"
          "${_hook_resources}/acorn.js" "${_hook_resources}/lint.js"
          "${_hook_resources}/runtime.js")
