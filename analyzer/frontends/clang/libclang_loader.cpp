#include "frontends/clang/libclang_loader.h"

#include <dlfcn.h>

namespace flagdebt::frontends::clangfe {
namespace {

// FLAGDEBT_LIBCLANG_SONAME: the SONAME of the libclang found at configure time (CMakeLists.txt),
// so a point release of the same major version still loads.
std::expected<LibClang, std::string> load() {
  // Never closed: the functions are used until the process ends.
  void* handle = dlopen(FLAGDEBT_LIBCLANG_SONAME, RTLD_NOW | RTLD_LOCAL);
  if (!handle) return std::unexpected(std::string("cannot load libclang: ") + dlerror());
  LibClang lib;
#define FLAGDEBT_LIBCLANG_RESOLVE(name)                                                           \
  lib.name = reinterpret_cast<decltype(lib.name)>(dlsym(handle, "clang_" #name));                 \
  if (!lib.name) return std::unexpected(std::string(FLAGDEBT_LIBCLANG_SONAME ": no clang_" #name));
  FLAGDEBT_LIBCLANG_FUNCTIONS(FLAGDEBT_LIBCLANG_RESOLVE)
#undef FLAGDEBT_LIBCLANG_RESOLVE
  return lib;
}

}  // namespace

const std::expected<LibClang, std::string>& libclang() {
  static const std::expected<LibClang, std::string> loaded = load();
  return loaded;
}

}  // namespace flagdebt::frontends::clangfe
