# Sanitizer builds (docs/reliability.md). tools/test runs the suite a second time in build-asan/.
if(FLAGDEBT_FUZZ)
  set(FLAGDEBT_SANITIZE ON)
endif()
if(FLAGDEBT_SANITIZE AND FLAGDEBT_TSAN)
  message(FATAL_ERROR "FLAGDEBT_SANITIZE (ASan) and FLAGDEBT_TSAN cannot be combined: use two build folders")
endif()
if(FLAGDEBT_SANITIZE)
  # A UBSan report is a failure, not a line in a log nobody reads: -fno-sanitize-recover makes it abort.
  # LeakSanitizer is part of ASan on Linux and runs at exit (ASAN_OPTIONS=detect_leaks=1 is the default).
  add_compile_options(-fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer)
  add_link_options(-fsanitize=address,undefined -fno-sanitize-recover=all)
endif()
if(FLAGDEBT_TSAN)
  add_compile_options(-fsanitize=thread -fno-omit-frame-pointer)
  add_link_options(-fsanitize=thread)
endif()
if(FLAGDEBT_FUZZ)
  # Edge coverage for libFuzzer from GCC (fuzz/coverage_shim.cpp says why), on analyzer/ modules only;
  # trace-cmp lets libFuzzer learn the strings and numbers our parsers compare against.
  set(FLAGDEBT_COVERAGE_FLAGS -fsanitize-coverage=trace-pc,trace-cmp)
  add_library(flagdebt_coverage STATIC ${CMAKE_SOURCE_DIR}/fuzz/coverage_shim.cpp)
endif()
