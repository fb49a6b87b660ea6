#include "canon/toml_reader.h"

#include <algorithm>

namespace kosei {

std::shared_ptr<toml::table> TomlReader::parse(std::string_view text) {
  // Debian's toml++ is built with exceptions: parse errors arrive as toml::parse_error.
  try {
    return std::make_shared<toml::table>(toml::parse(text, std::string_view(path_)));
  } catch (const toml::parse_error& error) {
    error_ = CanonError{path_, static_cast<size_t>(error.source().begin.line),
                        static_cast<size_t>(error.source().begin.column),
                        "TOML の構文エラー: " + std::string(error.description())};
    return nullptr;
  }
}

void TomlReader::fail(const toml::node& node, std::string message) {
  if (error_) return;
  error_ = CanonError{path_, static_cast<size_t>(node.source().begin.line),
                      static_cast<size_t>(node.source().begin.column), std::move(message)};
}

void TomlReader::check_keys(const toml::table& table, std::initializer_list<std::string_view> allowed) {
  for (const auto& [key, node] : table) {
    if (std::find(allowed.begin(), allowed.end(), key.str()) == allowed.end()) {
      std::string list;
      for (std::string_view name : allowed) list += (list.empty() ? "" : ", ") + std::string(name);
      fail(node, "未知のキー「" + std::string(key.str()) + "」です（使えるキー: " + list + "）");
      return;
    }
  }
}

std::string TomlReader::required_string(const toml::table& table, std::string_view key) {
  const toml::node* node = table.get(key);
  if (!node) {
    fail(table, "キー「" + std::string(key) + "」がありません");
    return {};
  }
  if (!node->is_string()) {
    fail(*node, "キー「" + std::string(key) + "」は文字列でなければなりません");
    return {};
  }
  std::string value = node->as_string()->get();
  if (value.empty()) fail(*node, "キー「" + std::string(key) + "」が空です");
  return value;
}

std::string TomlReader::optional_string(const toml::table& table, std::string_view key, std::string fallback) {
  const toml::node* node = table.get(key);
  if (!node) return fallback;
  if (!node->is_string()) {
    fail(*node, "キー「" + std::string(key) + "」は文字列でなければなりません");
    return fallback;
  }
  return node->as_string()->get();
}

int TomlReader::required_int(const toml::table& table, std::string_view key, int64_t min, int64_t max) {
  if (!table.get(key)) {
    fail(table, "キー「" + std::string(key) + "」がありません");
    return 0;
  }
  return static_cast<int>(optional_int(table, key, 0, min, max));
}

int64_t TomlReader::optional_int(const toml::table& table, std::string_view key, int64_t fallback, int64_t min,
                                 int64_t max) {
  const toml::node* node = table.get(key);
  if (!node) return fallback;
  if (!node->is_integer()) {
    fail(*node, "キー「" + std::string(key) + "」は整数でなければなりません");
    return fallback;
  }
  int64_t value = node->as_integer()->get();
  if (value < min || value > max) {
    fail(*node, "キー「" + std::string(key) + "」の値 " + std::to_string(value) + " は " + std::to_string(min) +
                    "〜" + std::to_string(max) + " の範囲外です");
    return fallback;
  }
  return value;
}

bool TomlReader::optional_bool(const toml::table& table, std::string_view key, bool fallback) {
  const toml::node* node = table.get(key);
  if (!node) return fallback;
  if (!node->is_boolean()) {
    fail(*node, "キー「" + std::string(key) + "」は true か false でなければなりません");
    return fallback;
  }
  return node->as_boolean()->get();
}

std::vector<std::string> TomlReader::string_array(const toml::table& table, std::string_view key) {
  std::vector<std::string> out;
  const toml::node* node = table.get(key);
  if (!node) return out;
  const toml::array* array = node->as_array();
  if (!array) {
    fail(*node, "キー「" + std::string(key) + "」は文字列の配列でなければなりません");
    return out;
  }
  for (const toml::node& element : *array) {
    if (!element.is_string()) {
      fail(element, "キー「" + std::string(key) + "」の要素は文字列でなければなりません");
      return {};
    }
    out.push_back(element.as_string()->get());
  }
  return out;
}

std::vector<const toml::table*> TomlReader::table_array(const toml::table& table, std::string_view key) {
  std::vector<const toml::table*> out;
  const toml::node* node = table.get(key);
  if (!node) return out;
  const toml::array* array = node->as_array();
  if (!array) {
    fail(*node, "キー「" + std::string(key) + "」はテーブルの配列（[[" + std::string(key) + "]]）でなければなりません");
    return out;
  }
  for (const toml::node& element : *array) {
    if (!element.is_table()) {
      fail(element, "キー「" + std::string(key) + "」の要素はテーブルでなければなりません");
      return {};
    }
    out.push_back(element.as_table());
  }
  return out;
}

const toml::table* TomlReader::optional_table(const toml::table& table, std::string_view key) {
  const toml::node* node = table.get(key);
  if (!node) return nullptr;
  if (!node->is_table()) {
    fail(*node, "キー「" + std::string(key) + "」はテーブルでなければなりません");
    return nullptr;
  }
  return node->as_table();
}

}  // namespace kosei
