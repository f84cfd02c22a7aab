#pragma once
// The binary images wijzij builds at build time and reads at start-up (the
// lexicon snapshot, the matcher's index): values written one after another
// in this machine's byte order, behind a line that names the format.
//
//   ImageWriter out("wijzij thing 1\n");
//   out.Number(7);
//   ImageReader in(image);
//   if (!in.Magic("wijzij thing 1\n") || !in.Number(&n)) return false;
//
// Every read checks the bounds; a damaged image reads as false, never past
// its end.

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace wijzij {

/// Where an image that is read in place must start: the generated arrays
/// are declared so, and std::string's buffer is.
inline constexpr size_t kImageAlignment = 16;

class ImageWriter {
 public:
  explicit ImageWriter(std::string_view magic) : image_(magic) {}

  void Number(uint32_t value) { Raw(&value, sizeof value); }
  void Flag(bool value) { image_.push_back(value ? '\1' : '\0'); }
  void Weight(double value) { Raw(&value, sizeof value); }
  void Text(std::string_view text) {
    Number(static_cast<uint32_t>(text.size()));
    image_.append(text);
  }
  /// The count, then the elements' bytes, aligned for T (so that a reader
  /// can use them where they lie): for types without padding bytes.
  template <typename T>
  void Array(std::span<const T> values) {
    static_assert(std::has_unique_object_representations_v<T>, "no padding bytes");
    Number(static_cast<uint32_t>(values.size()));
    image_.append((alignof(T) - image_.size() % alignof(T)) % alignof(T), '\0');
    Raw(values.data(), values.size() * sizeof(T));
  }
  template <typename T>
  void Array(const std::vector<T>& values) {
    Array(std::span<const T>(values));
  }
  std::string Take() { return std::move(image_); }

 private:
  void Raw(const void* bytes, size_t size) {
    image_.append(static_cast<const char*>(bytes), size);
  }
  std::string image_;
};

class ImageReader {
 public:
  explicit ImageReader(std::string_view image) : start_(image.data()), rest_(image) {}

  bool Magic(std::string_view magic) { return Take(magic.size()) == magic; }
  bool Number(uint32_t* value) { return Raw(value, sizeof *value); }
  bool Weight(double* value) { return Raw(value, sizeof *value); }
  bool Flag(bool* value) {
    const std::string_view byte = Take(1);
    if (!ok_ || (byte[0] != '\0' && byte[0] != '\1')) return ok_ = false;
    *value = byte[0] == '\1';
    return true;
  }
  bool Text(std::string* text) {
    uint32_t size = 0;
    if (!Number(&size)) return false;
    text->assign(Take(size));
    return ok_;
  }
  /// What Array wrote, where it lies in the image (which must outlive the
  /// view): no copy, and only the pages a reader reaches are touched. False
  /// when the image is cut short or not aligned as it was written (images
  /// start at a multiple of kImageAlignment).
  template <typename T>
  bool View(std::span<const T>* values) {
    static_assert(std::is_trivially_copyable_v<T> && alignof(T) <= kImageAlignment);
    uint32_t count = 0;
    if (!Number(&count) || reinterpret_cast<uintptr_t>(start_) % kImageAlignment != 0)
      return ok_ = false;
    Take((alignof(T) - static_cast<size_t>(rest_.data() - start_) % alignof(T)) % alignof(T));
    if (!ok_ || count > rest_.size() / sizeof(T)) return ok_ = false;
    *values = {reinterpret_cast<const T*>(Take(count * sizeof(T)).data()), count};
    return ok_;
  }
  /// The same, copied.
  template <typename T>
  bool Array(std::vector<T>* values) {
    std::span<const T> view;
    if (!View(&view)) return false;
    values->assign(view.begin(), view.end());
    return true;
  }
  bool AtEnd() const { return ok_ && rest_.empty(); }

 private:
  std::string_view Take(size_t size) {
    if (!ok_ || size > rest_.size()) {
      ok_ = false;
      return {};
    }
    const std::string_view taken = rest_.substr(0, size);
    rest_.remove_prefix(size);
    return taken;
  }
  bool Raw(void* out, size_t size) {
    const std::string_view bytes = Take(size);
    if (ok_ && size > 0) std::memcpy(out, bytes.data(), size);
    return ok_;
  }

  const char* start_;
  std::string_view rest_;
  bool ok_ = true;
};

}  // namespace wijzij
