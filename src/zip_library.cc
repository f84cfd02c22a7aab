#include "zip_library.h"

#include <dlfcn.h>
#include <fmt/format.h>

namespace wijzij {

namespace {

// What loading gave: the functions, or why there are none.
struct Loaded {
  ZipLibrary functions{};
  std::string error;
};

// Sets `*function` to the symbol `name` of `handle`; false when it is missing.
template <typename F>
bool Bind(void* handle, const char* name, F* function, std::string* error) {
  void* symbol = ::dlsym(handle, name);
  if (!symbol) {
    *error = fmt::format("{} has no {}", WIJZIJ_LIBZIP_SONAME, name);
    return false;
  }
  *function = reinterpret_cast<F>(symbol);
  return true;
}

Loaded Load() {
  Loaded loaded;
  // Never closed: the functions are used until the process ends.
  void* handle = ::dlopen(WIJZIJ_LIBZIP_SONAME, RTLD_NOW | RTLD_LOCAL);
  if (!handle) {
    const char* why = ::dlerror();
    loaded.error = fmt::format("cannot load {} to read the document ({}); install the "
                               "libzip package",
                               WIJZIJ_LIBZIP_SONAME, why ? why : "unknown reason");
    return loaded;
  }
  ZipLibrary& z = loaded.functions;
  std::string* e = &loaded.error;
  const bool all = Bind(handle, "zip_error_init", &z.error_init, e) &&
                   Bind(handle, "zip_error_fini", &z.error_fini, e) &&
                   Bind(handle, "zip_source_buffer_create", &z.source_buffer_create, e) &&
                   Bind(handle, "zip_source_free", &z.source_free, e) &&
                   Bind(handle, "zip_open_from_source", &z.open_from_source, e) &&
                   Bind(handle, "zip_discard", &z.discard, e) &&
                   Bind(handle, "zip_name_locate", &z.name_locate, e) &&
                   Bind(handle, "zip_stat_index", &z.stat_index, e) &&
                   Bind(handle, "zip_fopen_index", &z.fopen_index, e) &&
                   Bind(handle, "zip_fread", &z.fread, e) &&
                   Bind(handle, "zip_fclose", &z.fclose, e) &&
                   Bind(handle, "zip_strerror", &z.strerror, e) &&
                   Bind(handle, "zip_file_strerror", &z.file_strerror, e);
  if (!all) loaded.functions = ZipLibrary{};
  return loaded;
}

}  // namespace

const ZipLibrary* LoadZipLibrary(std::string* error) {
  // A function-local static is initialised once, even with several threads.
  static const Loaded loaded = Load();
  if (!loaded.error.empty()) {
    *error = loaded.error;
    return nullptr;
  }
  return &loaded.functions;
}

}  // namespace wijzij
