#pragma once
// Rule data compiled at build time is stored as arrays of 32-bit words (tools/compile_rule_data.cpp
// writes them as C++ source): start-up reads them instead of parsing TOML. This is the encoding of
// the values in those arrays; a reader checks every length against what is left, so a truncated or
// foreign array is rejected (ok() is false) instead of read past its end.
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace kosei::compiled {

class WordWriter {
 public:
  void put(std::uint32_t value) { words_.push_back(value); }
  void put_bool(bool value) { put(value ? 1u : 0u); }
  void put_int(int value) { put(static_cast<std::uint32_t>(value)); }
  void put_u64(std::uint64_t value) {
    put(static_cast<std::uint32_t>(value));
    put(static_cast<std::uint32_t>(value >> 32));
  }
  // Length in bytes, then the bytes packed four to a word (the last one zero-padded).
  void put(std::string_view text) {
    put(static_cast<std::uint32_t>(text.size()));
    const std::size_t first = words_.size();
    words_.resize(first + (text.size() + 3) / 4, 0);
    if (!text.empty()) std::memcpy(words_.data() + first, text.data(), text.size());
  }
  void put(const std::vector<std::string>& texts) {
    put(static_cast<std::uint32_t>(texts.size()));
    for (const std::string& text : texts) put(std::string_view(text));
  }
  // A list of values, each written by write(*this, value).
  template <typename T, typename Write>
  void put_list(const std::vector<T>& values, Write write) {
    put(static_cast<std::uint32_t>(values.size()));
    for (const T& value : values) write(*this, value);
  }
  const std::vector<std::uint32_t>& words() const { return words_; }

 private:
  std::vector<std::uint32_t> words_;
};

class WordReader {
 public:
  WordReader(const std::uint32_t* words, std::size_t count) : words_(words), count_(count) {}

  std::uint32_t take() {
    if (at_ >= count_) {
      ok_ = false;
      return 0;
    }
    return words_[at_++];
  }
  bool take_bool() { return take() != 0; }
  int take_int() { return static_cast<int>(take()); }
  std::uint64_t take_u64() {
    const std::uint64_t low = take();
    return low | std::uint64_t{take()} << 32;
  }
  std::string take_string() {
    const std::uint32_t size = take();
    const std::size_t used = (std::size_t{size} + 3) / 4;
    if (!ok_ || used > count_ - at_) {
      ok_ = false;
      return {};
    }
    std::string text(reinterpret_cast<const char*>(words_ + at_), size);
    at_ += used;
    return text;
  }
  std::vector<std::string> take_strings() {
    std::vector<std::string> texts(take_count());
    for (std::string& text : texts) text = take_string();
    return texts;
  }
  // A list length, refused when the words left could not hold that many entries.
  std::size_t take_count() {
    const std::uint32_t count = take();
    if (!ok_ || count > count_ - at_) {
      ok_ = false;
      return 0;
    }
    return count;
  }
  template <typename T, typename Read>
  std::vector<T> take_list(Read read) {
    std::vector<T> values(take_count());
    for (T& value : values) read(*this, value);
    return values;
  }
  // True when every read was within the array and all of it was read.
  bool finished() const { return ok_ && at_ == count_; }
  bool ok() const { return ok_; }

 private:
  const std::uint32_t* words_;
  std::size_t count_;
  std::size_t at_ = 0;
  bool ok_ = true;
};

}  // namespace kosei::compiled
