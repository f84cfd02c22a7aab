#pragma once
// libzip, loaded the first time a .docx or .odt is read instead of at every
// start: with the libraries it needs (libcrypto above all, some 21,000
// relocations) loading it cost about 140 page faults and a millisecond of
// every run, and most runs read no office document.
//
//   const ZipLibrary* zip = LoadZipLibrary(&error);
//   if (!zip) return Fail(error);
//   zip_t* archive = zip->open_from_source(source, ZIP_RDONLY, &zip_error);

#include <zip.h>

#include <string>

namespace wijzij {

/// The libzip functions office.cc uses, by the names libzip gives them
/// without the zip_ prefix.
struct ZipLibrary {
  decltype(&::zip_error_init) error_init;
  decltype(&::zip_error_fini) error_fini;
  decltype(&::zip_source_buffer_create) source_buffer_create;
  decltype(&::zip_source_free) source_free;
  decltype(&::zip_open_from_source) open_from_source;
  decltype(&::zip_discard) discard;
  decltype(&::zip_name_locate) name_locate;
  decltype(&::zip_stat_index) stat_index;
  decltype(&::zip_fopen_index) fopen_index;
  decltype(&::zip_fread) fread;
  decltype(&::zip_fclose) fclose;
  decltype(&::zip_strerror) strerror;
  decltype(&::zip_file_strerror) file_strerror;
};

/// libzip, loaded once for the whole process (safe from several threads);
/// nullptr with the reason in `error` when it cannot be loaded.
const ZipLibrary* LoadZipLibrary(std::string* error);

}  // namespace wijzij
