# The delivery log viewer: its page, its model over SQL (its worker thread is in the core) and
# its insights.
target_sources(smshook_gui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/DeliveryLogModel.cpp ${CMAKE_CURRENT_LIST_DIR}/DeliveryLogModel.h
    ${CMAKE_CURRENT_LIST_DIR}/DeliveryLogModelIds.cpp
    ${CMAKE_CURRENT_LIST_DIR}/InsightsCharts.cpp ${CMAKE_CURRENT_LIST_DIR}/InsightsCharts.h
    ${CMAKE_CURRENT_LIST_DIR}/InsightsView.cpp ${CMAKE_CURRENT_LIST_DIR}/InsightsView.h
    ${CMAKE_CURRENT_LIST_DIR}/LogPage.cpp ${CMAKE_CURRENT_LIST_DIR}/LogPage.h
    ${CMAKE_CURRENT_LIST_DIR}/LogPageDetails.cpp ${CMAKE_CURRENT_LIST_DIR}/LogPageExport.cpp
    ${CMAKE_CURRENT_LIST_DIR}/LogPageInsights.cpp
    ${CMAKE_CURRENT_LIST_DIR}/LogPageSync.cpp ${CMAKE_CURRENT_LIST_DIR}/LogPageTenant.cpp
    ${CMAKE_CURRENT_LIST_DIR}/LogRowWindow.cpp ${CMAKE_CURRENT_LIST_DIR}/LogRowWindow.h
    ${CMAKE_CURRENT_LIST_DIR}/TenantChainModel.cpp ${CMAKE_CURRENT_LIST_DIR}/TenantChainModel.h
    ${CMAKE_CURRENT_LIST_DIR}/TenantLogPanel.cpp ${CMAKE_CURRENT_LIST_DIR}/TenantLogPanel.h
)
# The delivery insights draw with Qt Charts and export SVG through Qt Svg.
target_link_libraries(smshook_gui PUBLIC Qt6::Sql Qt6::Charts PRIVATE Qt6::Concurrent Qt6::Svg)
