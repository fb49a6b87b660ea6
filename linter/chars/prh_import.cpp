#include "chars/prh_import.h"
#include "source/read_file.h"

#include <fstream>
#include <map>
#include <memory>
#include <ostream>
#include <sstream>
#include <vector>

namespace kosei {
namespace {

struct Node {
  enum Kind { scalar, map, seq } kind = scalar;
  std::string value;
  std::vector<std::pair<std::string, std::shared_ptr<Node>>> entries;  // map
  std::vector<std::shared_ptr<Node>> items;                           // seq
  const Node* get(const std::string& key) const {
    for (const auto& [k, v] : entries) {
      if (k == key) return v.get();
    }
    return nullptr;
  }
};

struct Line {
  int indent;
  std::string text;  // without indentation and comment
  int number;
};

struct ParseError {
  int line;
  std::string message;
};

// Removes a comment (# after a space or at the start, outside quotes).
std::string strip_comment(const std::string& s) {
  char quote = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (quote) {
      if (c == quote) quote = 0;
      if (c == '\\' && quote == '"') ++i;
    } else if (c == '"' || c == '\'') {
      quote = c;
    } else if (c == '#' && (i == 0 || s[i - 1] == ' ' || s[i - 1] == '\t')) {
      return s.substr(0, i);
    }
  }
  return s;
}

std::string trim(const std::string& s) {
  size_t b = s.find_first_not_of(" \t\r");
  if (b == std::string::npos) return "";
  size_t e = s.find_last_not_of(" \t\r");
  return s.substr(b, e - b + 1);
}

std::string unquote(const std::string& raw, int line) {
  std::string s = trim(raw);
  if (s.size() >= 2 && s.front() == '\'' && s.back() == '\'') {
    std::string out;
    for (size_t i = 1; i + 1 < s.size(); ++i) {
      out += s[i];
      if (s[i] == '\'' && s[i + 1] == '\'') ++i;
    }
    return out;
  }
  if (s.size() >= 2 && s.front() == '"' && s.back() == '"') {
    std::string out;
    for (size_t i = 1; i + 1 < s.size(); ++i) {
      if (s[i] == '\\' && i + 2 < s.size()) {
        char n = s[++i];
        out += n == 'n' ? '\n' : n == 't' ? '\t' : n;
      } else {
        out += s[i];
      }
    }
    return out;
  }
  if (!s.empty() && (s.front() == '|' || s.front() == '>' || s.front() == '&' || s.front() == '*' || s.front() == '!')) {
    throw ParseError{line, "この YAML の書き方（ブロックスカラー・アンカー・タグ）には対応していません"};
  }
  return s;
}

// Splits "key: value" at the first ": " (or a trailing ':') outside quotes; false if not a mapping entry.
bool split_key(const std::string& s, std::string& key, std::string& value) {
  char quote = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (quote) {
      if (c == quote) quote = 0;
    } else if (c == '"' || c == '\'') {
      quote = c;
    } else if (c == ':' && (i + 1 == s.size() || s[i + 1] == ' ')) {
      key = trim(s.substr(0, i));
      value = trim(s.substr(i + 1));
      if (!key.empty() && (key.front() == '"' || key.front() == '\'')) key = unquote(key, 0);
      return !key.empty();
    }
  }
  return false;
}

std::shared_ptr<Node> flow_or_scalar(const std::string& value, int line) {
  auto node = std::make_shared<Node>();
  std::string v = trim(value);
  if (!v.empty() && v.front() == '[') {
    if (v.back() != ']') throw ParseError{line, "フロー形式の配列が閉じていません"};
    node->kind = Node::seq;
    std::string inner = v.substr(1, v.size() - 2);
    std::string item;
    char quote = 0;
    for (size_t i = 0; i <= inner.size(); ++i) {
      char c = i < inner.size() ? inner[i] : ',';
      if (quote) {
        if (c == quote) quote = 0;
        item += c;
      } else if (c == '"' || c == '\'') {
        quote = c;
        item += c;
      } else if (c == ',') {
        if (!trim(item).empty()) {
          auto child = std::make_shared<Node>();
          child->value = unquote(item, line);
          node->items.push_back(child);
        }
        item.clear();
      } else {
        item += c;
      }
    }
    return node;
  }
  if (!v.empty() && v.front() == '{') throw ParseError{line, "フロー形式のマッピング {…} には対応していません"};
  node->value = unquote(v, line);
  return node;
}

class Parser {
 public:
  explicit Parser(std::vector<Line> lines) : lines_(std::move(lines)) {}

  std::shared_ptr<Node> parse() {
    if (lines_.empty()) return std::make_shared<Node>();
    return block(lines_[0].indent);
  }

 private:
  // Iterative over the items of one level; recursion only per nesting level of the YAML.
  std::shared_ptr<Node> block(int indent) {
    auto node = std::make_shared<Node>();
    bool first = true;
    while (pos_ < lines_.size() && lines_[pos_].indent >= indent) {
      const Line& line = lines_[pos_];
      if (line.indent > indent) throw ParseError{line.number, "字下げが合いません"};
      const bool item = line.text == "-" || line.text.rfind("- ", 0) == 0;
      if (first) node->kind = item ? Node::seq : Node::map;
      first = false;
      if (item != (node->kind == Node::seq)) throw ParseError{line.number, "配列とマッピングが混在しています"};
      if (item) {
        std::string rest = trim(line.text.substr(1));
        if (rest.empty()) {
          ++pos_;
          node->items.push_back(pos_ < lines_.size() && lines_[pos_].indent > indent ? block(lines_[pos_].indent)
                                                                                    : std::make_shared<Node>());
          continue;
        }
        std::string key, value;
        if (split_key(rest, key, value)) {
          // "- key: value" starts a mapping whose other keys are indented to the key's column.
          const int inner = indent + static_cast<int>(line.text.size() - rest.size());
          lines_[pos_].indent = inner;
          lines_[pos_].text = rest;
          node->items.push_back(block(inner));
        } else {
          node->items.push_back(flow_or_scalar(rest, line.number));
          ++pos_;
        }
        continue;
      }
      std::string key, value;
      if (!split_key(line.text, key, value)) throw ParseError{line.number, "「キー: 値」の形ではありません"};
      ++pos_;
      if (!value.empty()) {
        node->entries.emplace_back(key, flow_or_scalar(value, line.number));
      } else if (pos_ < lines_.size() && (lines_[pos_].indent > indent ||
                                          (lines_[pos_].indent == indent && lines_[pos_].text.rfind("-", 0) == 0))) {
        node->entries.emplace_back(key, block(lines_[pos_].indent));
      } else {
        node->entries.emplace_back(key, std::make_shared<Node>());
      }
    }
    return node;
  }

  std::vector<Line> lines_;
  size_t pos_ = 0;
};

std::string toml_string(const std::string& s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\') out += '\\';
    if (c == '\n') {
      out += "\\n";
      continue;
    }
    out += c;
  }
  return out + "\"";
}

// A prh pattern "/…/flags" whose body is a plain literal (only escaped punctuation) -> that literal.
bool literal_of_regex(const std::string& pattern, std::string& literal) {
  size_t last = pattern.rfind('/');
  if (pattern.size() < 2 || pattern.front() != '/' || last == 0) return false;
  const std::string body = pattern.substr(1, last - 1);
  literal.clear();
  for (size_t i = 0; i < body.size(); ++i) {
    char c = body[i];
    if (c == '\\') {
      if (i + 1 >= body.size()) return false;
      char n = body[++i];
      if (std::isalnum(static_cast<unsigned char>(n))) return false;  // \d \w \b …
      literal += n;
    } else if (std::string_view("^$.|?*+()[]{}").find(c) != std::string_view::npos) {
      return false;
    } else {
      literal += c;
    }
  }
  return !literal.empty();
}

}  // namespace

int import_prh_text(const std::string& text, const std::string& path, std::ostream& out, std::ostream& err) {
  std::vector<Line> lines;
  std::istringstream in(text);
  std::string raw;
  int number = 0;
  while (std::getline(in, raw)) {
    ++number;
    if (number == 1 && raw.rfind("\xEF\xBB\xBF", 0) == 0) raw.erase(0, 3);
    std::string content = strip_comment(raw);
    if (trim(content).empty() || trim(content) == "---") continue;
    if (content.find('\t') < content.find_first_not_of(" \t")) {
      err << path << ":" << number << ": 字下げにタブは使えません\n";
      return 2;
    }
    int indent = static_cast<int>(content.find_first_not_of(' '));
    lines.push_back(Line{indent, trim(content), number});
  }
  std::shared_ptr<Node> root;
  try {
    root = Parser(std::move(lines)).parse();
  } catch (const ParseError& error) {
    err << path << ":" << error.line << ": " << error.message << "\n";
    return 2;
  }
  const Node* rules = root->kind == Node::map ? root->get("rules") : nullptr;
  if (!rules || rules->kind != Node::seq) {
    err << path << ": prh の辞書には rules: の配列が必要です\n";
    return 2;
  }
  if (const Node* imports = root->get("imports")) {
    for (const auto& item : imports->items) {
      err << path << ": imports の「" << item->value << "」は取り込みません（別に kosei dict import してください）\n";
    }
  }
  out << "# Term dictionary imported from " << path << " by `kosei dict import` (textlint prh format).\n"
      << "# Use it with kosei.toml:  [terms]\n#                           files = [\"<this file>\"]\n\nformat = 1\n\nterms = [\n";
  int written = 0, skipped = 0;
  for (const auto& rule : rules->items) {
    const Node* expected = rule->get("expected");
    if (rule->kind != Node::map || !expected || expected->kind != Node::scalar || expected->value.empty()) {
      ++skipped;
      err << path << ": expected のない規則を飛ばしました\n";
      continue;
    }
    std::vector<std::string> patterns;
    for (const char* key : {"pattern", "patterns"}) {
      const Node* node = rule->get(key);
      if (!node) continue;
      if (node->kind == Node::scalar) patterns.push_back(node->value);
      for (const auto& item : node->items) patterns.push_back(item->value);
    }
    std::string note;
    if (const Node* prh = rule->get("prh"); prh && prh->kind == Node::scalar) note = prh->value;
    if (patterns.empty()) {
      ++skipped;
      err << path << ": 「" << expected->value << "」: patterns がありません（大文字・小文字や全角・半角のゆれは width ルールで扱います）\n";
      continue;
    }
    for (const std::string& pattern : patterns) {
      std::string wrong = pattern;
      if (!pattern.empty() && pattern.front() == '/') {
        if (!literal_of_regex(pattern, wrong) || expected->value.find('$') != std::string::npos) {
          ++skipped;
          err << path << ": 「" << expected->value << "」の正規表現 " << pattern << " は取り込めません（terms の context で書き直してください）\n";
          continue;
        }
      }
      if (wrong == expected->value || wrong.empty()) continue;
      out << "  { wrong = " << toml_string(wrong) << ", right = " << toml_string(expected->value);
      if (!note.empty()) out << ", note = " << toml_string(note);
      out << " },\n";
      ++written;
    }
  }
  out << "]\n";
  err << path << ": " << written << " 項目を変換しました（飛ばした規則・パターン " << skipped << " 件）\n";
  return 0;
}

int import_prh_dictionary(const std::string& path, std::ostream& out, std::ostream& err) {
  auto text = read_whole_file(path);
  if (!text) {
    err << "kosei: " << path << " を読めません\n";
    return 2;
  }
  return import_prh_text(*text, path, out, err);
}

}  // namespace kosei
