// Must NOT compile: the evaluator links only the model, so the pipeline's header is out of its reach.
// tests/CMakeLists.txt builds this as a test that is expected to fail.
#include "scan/scan.h"
