# Fails when a C++ source or header is not clang-format clean.
file(GLOB_RECURSE files
  ${ROOT}/include/*.h ${ROOT}/src/*.h ${ROOT}/src/*.cc ${ROOT}/tools/*.h ${ROOT}/tools/*.cc
  ${ROOT}/tests/*.h ${ROOT}/tests/*.cc ${ROOT}/bench/*.cc ${ROOT}/python/*.h ${ROOT}/python/*.cc)
execute_process(COMMAND ${CLANG_FORMAT} --dry-run --Werror ${files}
                RESULT_VARIABLE rc ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "clang-format would change these files (run clang-format -i):\n${err}")
endif()
