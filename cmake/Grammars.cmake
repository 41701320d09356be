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

# Bugs in pinned releases we cannot wait for: "<grammar file>=<patch in grammars/patches/>".
# node_modules stays pristine; the file is copied into the build tree, patched there, and the
# copy is compiled instead.
set(FLAGDEBT_GRAMMAR_PATCHES
  tree-sitter-python/src/scanner.c=tree-sitter-python-indent-overflow.patch
  tree-sitter-swift/src/scanner.c=tree-sitter-swift-state-alloc.patch
  tree-sitter-swift/src/scanner.c=tree-sitter-swift-suppressor-shift.patch
  tree-sitter/vendor/tree-sitter/lib/src/query.c=tree-sitter-query-unanalyzed.patch)

find_program(PATCH_EXECUTABLE patch)

# Sets `out_var` to the file to compile for grammar file `rel`: the original, or its patched copy.
function(flagdebt_grammar_source rel out_var)
  set(original ${GRAMMARS_DIR}/${rel})
  set(patches)
  foreach(entry IN LISTS FLAGDEBT_GRAMMAR_PATCHES)
    string(REPLACE "=" ";" pair ${entry})
    list(GET pair 0 target)
    list(GET pair 1 patch)
    if(target STREQUAL rel)
      list(APPEND patches ${CMAKE_SOURCE_DIR}/grammars/patches/${patch})
    endif()
  endforeach()
  if(NOT patches)
    set(${out_var} ${original} PARENT_SCOPE)
    return()
  endif()
  if(NOT PATCH_EXECUTABLE)
    message(FATAL_ERROR "`patch` is needed to apply grammars/patches/ (apt-get install patch)")
  endif()
  set(patched ${CMAKE_BINARY_DIR}/grammars/${rel})
  set(staging ${patched}.staging)
  get_filename_component(staging_dir ${staging} DIRECTORY)
  file(MAKE_DIRECTORY ${staging_dir})
  file(COPY_FILE ${original} ${staging})
  set_property(DIRECTORY ${CMAKE_SOURCE_DIR} APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${original})
  foreach(patch IN LISTS patches)
    set_property(DIRECTORY ${CMAKE_SOURCE_DIR} APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${patch})
    execute_process(COMMAND ${PATCH_EXECUTABLE} --batch --forward --no-backup-if-mismatch -r - -i ${patch} ${staging}
                    RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
    if(NOT result EQUAL 0)
      message(FATAL_ERROR "${patch} does not apply to ${original} (was the grammar re-pinned? "
                          "update or drop the patch):\n${output}")
    endif()
  endforeach()
  # Only a changed result touches the copy, so reconfiguring does not recompile the grammar.
  file(COPY_FILE ${staging} ${patched} ONLY_IF_DIFFERENT)
  file(REMOVE ${staging})
  set(${out_var} ${patched} PARENT_SCOPE)
endfunction()

# The core is one unity file, lib.c, including "./query.c" and its siblings: a copy of lib.c next to
# the patched query.c picks that up first and finds the other files on the include path.
flagdebt_grammar_source(tree-sitter/vendor/tree-sitter/lib/src/query.c patched_query)
set(core_unity ${TS_CORE}/src/lib.c)
if(NOT patched_query STREQUAL "${TS_CORE}/src/query.c")
  get_filename_component(patched_dir ${patched_query} DIRECTORY)
  file(COPY_FILE ${TS_CORE}/src/lib.c ${patched_dir}/lib.c ONLY_IF_DIFFERENT)
  set(core_unity ${patched_dir}/lib.c)
endif()
set(grammar_sources ${core_unity})
foreach(dir IN LISTS FLAGDEBT_GRAMMAR_DIRS)
  foreach(file parser.c scanner.c)
    if(EXISTS ${GRAMMARS_DIR}/${dir}/${file})
      flagdebt_grammar_source(${dir}/${file} src)
      list(APPEND grammar_sources ${src})
      # Grammars include "tree_sitter/parser.h" from their own src/ folder.
      set_source_files_properties(${src} PROPERTIES INCLUDE_DIRECTORIES ${GRAMMARS_DIR}/${dir})
      # Sanitizer builds: parser.c is generated tables and a table-driven lexer (tree-sitter fuzzes
      # its generator upstream); instrumenting it costs most of the sanitizer build's time for little.
      # The hand-written scanner.c files and the tree-sitter runtime stay instrumented.
      if(file STREQUAL "parser.c" AND (FLAGDEBT_SANITIZE OR FLAGDEBT_FUZZ))
        set_source_files_properties(${src} PROPERTIES COMPILE_OPTIONS -fno-sanitize=all)
      endif()
    endif()
  endforeach()
endforeach()

add_library(flagdebt_grammars STATIC ${grammar_sources})
target_include_directories(flagdebt_grammars PUBLIC ${TS_CORE}/include PRIVATE ${TS_CORE}/src)
set_target_properties(flagdebt_grammars PROPERTIES C_STANDARD 11 POSITION_INDEPENDENT_CODE ON)
# Third-party C: its warnings are not ours to fix.
target_compile_options(flagdebt_grammars PRIVATE -w -O2)
