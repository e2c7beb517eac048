cmake_policy(SET CMP0057 NEW) # IN_LIST
# Fails when the export library's link interface names Qt Quick or QML, directly or through the libraries
# it links (their own interfaces are checked by name: each Sahel library says what it links).
set(all ${LIBRARIES} ${INTERFACE})
foreach(library IN LISTS all)
    if(library MATCHES "Quick|Qml|Sahel::Ui|sahel_ui")
        message(FATAL_ERROR "sahel_export links ${library}: the headless export path must not load Qt Quick")
    endif()
endforeach()
foreach(expected Sahel::Render Sahel::Geo Sahel::Core)
    if(NOT expected IN_LIST all)
        message(FATAL_ERROR "sahel_export no longer links ${expected}: this check reads the wrong target")
    endif()
endforeach()
message(STATUS "sahel_export links: ${all}")
