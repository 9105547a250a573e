# SPDX-License-Identifier: GPL-3.0-or-later
# clang-format over every C++ file of the project (.clang-format at the top): `cmake --build build --target
# format` rewrites them, the test format.clean (tests/CMakeLists.txt) fails on any file that is not formatted.
# Debian 12's clang-format 14 is the reference: another version may format differently.
find_program(WW_CLANG_FORMAT NAMES clang-format-14 clang-format)
file(GLOB_RECURSE WW_FORMATTED_FILES LIST_DIRECTORIES false CONFIGURE_DEPENDS
    ${PROJECT_SOURCE_DIR}/app/*.cpp ${PROJECT_SOURCE_DIR}/app/*.h
    ${PROJECT_SOURCE_DIR}/core/*.cpp ${PROJECT_SOURCE_DIR}/core/*.h
    ${PROJECT_SOURCE_DIR}/ui/*.cpp ${PROJECT_SOURCE_DIR}/ui/*.h
    ${PROJECT_SOURCE_DIR}/tests/*.cpp ${PROJECT_SOURCE_DIR}/tests/*.h
    ${PROJECT_SOURCE_DIR}/bench/*.cpp ${PROJECT_SOURCE_DIR}/bench/*.h)
if(WW_CLANG_FORMAT)
    add_custom_target(format
        COMMAND ${WW_CLANG_FORMAT} -i ${WW_FORMATTED_FILES}
        WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}
        COMMENT "clang-format: formatting every C++ file"
        VERBATIM)
else()
    add_custom_target(format
        COMMAND ${CMAKE_COMMAND} -E echo "clang-format is not installed (Debian package clang-format)"
        COMMAND ${CMAKE_COMMAND} -E false)
endif()
