# Compiles text files (queries, built-in rules) into the binary, so that the CLI is self-contained.
# Generates a .cpp defining flagdebt::support::embedded_files(): {relative path, contents} pairs.
function(flagdebt_embed output)
  set(inputs ${ARGN})
  string(REPLACE ";" "|" joined "${inputs}")  # a ';' would split the command line
  add_custom_command(
    OUTPUT ${output}
    COMMAND ${CMAKE_COMMAND} -DOUTPUT=${output} -DROOT=${CMAKE_SOURCE_DIR} "-DINPUTS=${joined}"
            -P ${CMAKE_SOURCE_DIR}/cmake/EmbedFilesScript.cmake
    DEPENDS ${inputs} ${CMAKE_SOURCE_DIR}/cmake/EmbedFilesScript.cmake
    COMMENT "Embedding queries and rules"
    VERBATIM)
endfunction()
