# SPDX-License-Identifier: GPL-3.0-or-later
# Settings every target of the project shares, carried by one INTERFACE target.
add_library(ww_common INTERFACE)
target_compile_features(ww_common INTERFACE cxx_std_20)
target_compile_definitions(ww_common INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CONTEXTLESS_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_NO_URL_CAST_FROM_STRING
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
    WW_VERSION="${PROJECT_VERSION}")
target_compile_options(ww_common INTERFACE -Wall -Wextra -Wpedantic -Wshadow -Wconversion-null
    -Wnon-virtual-dtor -Woverloaded-virtual)
if(WW_WERROR)
    target_compile_options(ww_common INTERFACE -Werror)
endif()
# What dpkg-buildflags gives Debian's own packages (with hardening=+all); lintian checks the package for it.
if(WW_HARDENING)
    target_compile_options(ww_common INTERFACE -fstack-protector-strong -fstack-clash-protection -fcf-protection
        -Wformat -Werror=format-security)
    # The fortified functions need the optimiser; without it glibc warns, and -Werror fails the build.
    target_compile_definitions(ww_common INTERFACE $<$<CONFIG:Release,RelWithDebInfo,MinSizeRel>:_FORTIFY_SOURCE=2>)
    target_link_options(ww_common INTERFACE LINKER:-z,relro LINKER:-z,now)
endif()
# The second test configuration: memory errors, undefined behaviour, and the checks of the standard library and
# of Qt's own assertions, which a release build leaves out. Fortify and ASan do not go together: turn
# WW_HARDENING off with it (bootstrap.sh test-sanitized does).
if(WW_SANITIZE)
    if(WW_HARDENING)
        message(FATAL_ERROR "WW_SANITIZE=ON needs WW_HARDENING=OFF (_FORTIFY_SOURCE hides errors from AddressSanitizer)")
    endif()
    # -O1 -g1 whatever the build type: line tables are all a report needs for its file:line, and the build
    # takes 18 min on 2 cores instead of 30 with -O2 -g (measured 2026-12-03), the tests as long either way.
    target_compile_options(ww_common INTERFACE -fsanitize=address,undefined -fno-sanitize-recover=undefined
        -fno-omit-frame-pointer -O1 -g1)
    target_link_options(ww_common INTERFACE -fsanitize=address,undefined)
    target_compile_definitions(ww_common INTERFACE _GLIBCXX_ASSERTIONS QT_FORCE_ASSERTS)
endif()

# How many times slower a sanitized build runs (tests/support/Slowdown.h tells the suites the same): the time
# limits of the end-to-end tests stretch by it. ww_test_timeout(TEST SECONDS) sets one.
if(WW_SANITIZE)
    set(WW_TEST_SLOWDOWN 3)
else()
    set(WW_TEST_SLOWDOWN 1)
endif()
function(ww_test_timeout test seconds)
    math(EXPR stretched "${seconds} * ${WW_TEST_SLOWDOWN}")
    set_tests_properties(${test} PROPERTIES TIMEOUT ${stretched})
endfunction()

# ww_add_module(NAME SOURCES...): a static library ww_NAME with the alias Wegwijzer::NAME.
function(ww_add_module name)
    add_library(ww_${name} STATIC ${ARGN})
    add_library(Wegwijzer::${name} ALIAS ww_${name})
    target_link_libraries(ww_${name} PUBLIC ww_common)
    target_include_directories(ww_${name} PUBLIC ${CMAKE_CURRENT_SOURCE_DIR})
endfunction()

# Precompiled headers: the Qt (and, for the suites, GoogleTest) headers that most files include, parsed once
# per library instead of once per file. Core code never sees a QtWidgets header this way.
set(WW_PCH_CORE <QObject> <QString> <QStringList> <QList> <QHash> <QVariant> <QDateTime> <QUuid> <QJsonObject>
    <QJsonArray> <QJsonDocument> <QJsonValue> <QSqlQuery> <algorithm> <functional> <memory> <optional> <vector>)
set(WW_PCH_UI ${WW_PCH_CORE} <QWidget> <QLabel> <QPushButton> <QLineEdit> <QVBoxLayout> <QHBoxLayout> <QAction>
    <QKeyEvent> <QApplication>)

# ww_precompile(TARGET HEADERS...)
function(ww_precompile target)
    if(WW_PRECOMPILED_HEADERS)
        target_precompile_headers(${target} PRIVATE ${ARGN})
    endif()
endfunction()

# ww_precompile_like(TARGET HOST): TARGET uses HOST's precompiled headers (same flags, same headers).
function(ww_precompile_like target host)
    if(WW_PRECOMPILED_HEADERS)
        target_precompile_headers(${target} REUSE_FROM ${host})
    endif()
endfunction()
