#pragma once
// Typed, validating access to a TOML document: the first problem (syntax error, unknown key, wrong
// type, out-of-range value) is kept with its file, line and column, and later reads become no-ops.
#include <cstdint>
#include <initializer_list>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <toml++/toml.h>

#include "canon/canon.h"

namespace kosei {

class TomlReader {
 public:
  explicit TomlReader(std::string path) : path_(std::move(path)) {}

  std::shared_ptr<toml::table> parse(std::string_view text);

  const std::string& path() const { return path_; }
  bool failed() const { return error_.has_value(); }
  const std::optional<CanonError>& error() const { return error_; }
  void fail(const toml::node& node, std::string message);

  void check_keys(const toml::table& table, std::initializer_list<std::string_view> allowed);

  std::string required_string(const toml::table& table, std::string_view key);
  std::string optional_string(const toml::table& table, std::string_view key, std::string fallback = "");
  int required_int(const toml::table& table, std::string_view key, int64_t min, int64_t max);
  int64_t optional_int(const toml::table& table, std::string_view key, int64_t fallback, int64_t min, int64_t max);
  bool optional_bool(const toml::table& table, std::string_view key, bool fallback);
  std::vector<std::string> string_array(const toml::table& table, std::string_view key);
  // An array of tables ([[key]]); an absent key is an empty array.
  std::vector<const toml::table*> table_array(const toml::table& table, std::string_view key);
  const toml::table* optional_table(const toml::table& table, std::string_view key);

 private:
  std::string path_;
  std::optional<CanonError> error_;
};

}  // namespace kosei
