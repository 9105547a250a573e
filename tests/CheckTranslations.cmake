# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when the .ts files are stale (the sources have strings they lack, or they keep removed ones)
# or when a Dutch translation is unfinished: Dutch is the default language, so every string needs one.
foreach(language nl en)
    set(original "${SOURCE_DIR}/translations/wegwijzer_${language}.ts")
    set(copy "${WORK_DIR}/wegwijzer_${language}.ts")
    file(MAKE_DIRECTORY "${WORK_DIR}")
    file(COPY_FILE "${original}" "${copy}")
    execute_process(COMMAND "${LUPDATE}" -silent -locations none -no-obsolete
                            "${SOURCE_DIR}/core" "${SOURCE_DIR}/ui" "${SOURCE_DIR}/app" -ts "${copy}"
                    RESULT_VARIABLE result OUTPUT_QUIET)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "lupdate failed on ${copy}")
    endif()
    execute_process(COMMAND "${CMAKE_COMMAND}" -E compare_files "${original}" "${copy}" RESULT_VARIABLE differs)
    if(differs)
        message(FATAL_ERROR "translations/wegwijzer_${language}.ts is stale: run "
                            "'cmake --build build --target update_translations' and translate the new strings")
    endif()
endforeach()
execute_process(COMMAND "${LRELEASE}" "${SOURCE_DIR}/translations/wegwijzer_nl.ts" -qm "${WORK_DIR}/nl.qm"
                OUTPUT_VARIABLE report ERROR_VARIABLE report)
if(NOT report MATCHES " 0 unfinished")
    message(FATAL_ERROR "wegwijzer_nl.ts has unfinished translations:\n${report}")
endif()
message(STATUS "translations up to date and complete: ${report}")
