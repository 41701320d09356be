# tree-sitter core and grammars, installed from the npm registry into grammars/node_modules
# by `npm ci --ignore-scripts` (tools/build). Nothing third-party is committed.
find_package(Threads REQUIRED)
set(GRAMMARS_DIR ${CMAKE_SOURCE_DIR}/grammars/node_modules)
set(TS_CORE ${GRAMMARS_DIR}/tree-sitter/vendor/tree-sitter/lib)
if(NOT EXISTS ${TS_CORE}/src/lib.c)
  message(FATAL_ERROR "tree-sitter sources missing under ${GRAMMARS_DIR}: run tools/build (npm ci --ignore-scripts in grammars/)")
endif()

# FLAGDEBT_GRAMMAR_DIRS (from cmake/Languages.cmake): each grammar's folder under node_modules,
# holding parser.c and an optional scanner.c.
set(grammar_sources ${TS_CORE}/src/lib.c)
foreach(dir IN LISTS FLAGDEBT_GRAMMAR_DIRS)
  foreach(file parser.c scanner.c)
    if(EXISTS ${GRAMMARS_DIR}/${dir}/${file})
      set(src ${GRAMMARS_DIR}/${dir}/${file})
      list(APPEND grammar_sources ${src})
      # Grammars include "tree_sitter/parser.h" from their own src/ folder.
      set_source_files_properties(${src} PROPERTIES INCLUDE_DIRECTORIES ${GRAMMARS_DIR}/${dir})
    endif()
  endforeach()
endforeach()

add_library(flagdebt_grammars STATIC ${grammar_sources})
target_include_directories(flagdebt_grammars PUBLIC ${TS_CORE}/include PRIVATE ${TS_CORE}/src)
set_target_properties(flagdebt_grammars PROPERTIES C_STANDARD 11 POSITION_INDEPENDENT_CODE ON)
# Third-party C: its warnings are not ours to fix.
target_compile_options(flagdebt_grammars PRIVATE -w -O2)
