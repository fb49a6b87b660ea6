#include "report/json_item.h"

#include <nlohmann/json.hpp>

#include <charconv>
#include <cstdint>
#include <cstring>

#include "text/utf8.h"

namespace kosei {
namespace {

// Whether one of eight bytes is a control character, '"' or '\\' (the bytes JSON escapes): the
// zero-byte test of "Bit Twiddling Hacks", exact for "some byte", on the word and on its XOR with
// each quote byte.
bool may_need_escape(uint64_t word) {
  constexpr uint64_t kOnes = 0x0101010101010101u, kHighs = 0x8080808080808080u;
  auto has_zero_byte = [&](uint64_t v) { return (v - kOnes) & ~v & kHighs; };
  return ((word - 0x20 * kOnes) & ~word & kHighs) | has_zero_byte(word ^ ('"' * kOnes)) |
         has_zero_byte(word ^ ('\\' * kOnes));
}

// `text` as a JSON string, the way nlohmann::json::dump writes it with ensure_ascii off and
// invalid UTF-8 replaced by U+FFFD.
void append_json_string(std::string& out, std::string_view text) {
  if (find_invalid_utf8(text) != std::string_view::npos) {
    // Rare (a file name in another encoding): let nlohmann decide where the U+FFFD go.
    out += nlohmann::json(std::string(text)).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    return;
  }
  static constexpr char kHex[] = "0123456789abcdef";
  out += '"';
  size_t plain_from = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    // Eight bytes at a time while none needs escaping (messages are long and escape nothing).
    while (i + 8 <= text.size()) {
      uint64_t word;
      std::memcpy(&word, text.data() + i, 8);
      if (may_need_escape(word)) break;
      i += 8;
    }
    if (i >= text.size()) break;
    const auto c = static_cast<unsigned char>(text[i]);
    if (c >= 0x20 && c != '"' && c != '\\') continue;
    out.append(text.data() + plain_from, i - plain_from);
    plain_from = i + 1;
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        out += "\\u00";
        out += kHex[c >> 4];
        out += kHex[c & 15];
    }
  }
  out.append(text.data() + plain_from, text.size() - plain_from);
  out += '"';
}

// Writes the members of one object at one indentation, nlohmann's layout: "key": value, one per
// line when pretty; "key":value, side by side otherwise.
class ObjectWriter {
 public:
  ObjectWriter(std::string& out, bool pretty, int depth) : out_(out), pretty_(pretty), depth_(depth) { out_ += '{'; }

  // The separator, line break, indentation and quoted key in one append (a finding has ~12 keys).
  void key(std::string_view name) {
    const size_t indent = pretty_ ? static_cast<size_t>(depth_ + 1) * 2 : 0;
    char buffer[128];
    if (2 + indent + name.size() + 4 > sizeof(buffer)) {  // never for the printers' own keys
      if (!first_) out_ += ',';
      first_ = false;
      newline(depth_ + 1);
      out_ += '"';
      out_ += name;
      out_ += pretty_ ? "\": " : "\":";
      return;
    }
    size_t size = 0;
    if (!first_) buffer[size++] = ',';
    first_ = false;
    if (pretty_) {
      buffer[size++] = '\n';
      std::memset(buffer + size, ' ', indent);
      size += indent;
    }
    buffer[size++] = '"';
    std::memcpy(buffer + size, name.data(), name.size());
    size += name.size();
    buffer[size++] = '"';
    buffer[size++] = ':';
    if (pretty_) buffer[size++] = ' ';
    out_.append(buffer, size);
  }
  void string(std::string_view name, std::string_view value) {
    key(name);
    append_json_string(out_, value);
  }
  void number(std::string_view name, size_t value) {
    key(name);
    char digits[24];
    out_.append(digits, static_cast<size_t>(std::to_chars(digits, digits + sizeof(digits), value).ptr - digits));
  }
  void location(const Location& location) {
    number("line", location.line);
    number("column", location.column);
    number("end_line", location.end_line);
    number("end_column", location.end_column);
  }
  void close() {
    if (!first_) newline(depth_);
    out_ += '}';
  }
  void newline(int depth) {
    if (!pretty_) return;
    out_ += '\n';
    out_.append(static_cast<size_t>(depth) * 2, ' ');
  }
 private:
  std::string& out_;
  bool pretty_;
  int depth_;
  bool first_ = true;
};

}  // namespace

void append_finding_json(std::string& out, const FileReport& report, const ReportedDiagnostic& d, bool pretty) {
  ObjectWriter item(out, pretty, 1);
  item.string("file", report.path);
  item.location(d.location);
  item.string("rule", d.rule);
  item.string("severity", severity_name(d.severity));
  item.string("message", d.message);
  item.key("fix");
  if (d.fix_replacement) {
    ObjectWriter fix(out, pretty, 2);
    fix.string("replacement", *d.fix_replacement);
    fix.location(d.fix_location);
    fix.close();
  } else {
    out += "null";
  }
  if (!d.canon.empty()) item.string("canon", d.canon);
  if (!d.related.empty()) {
    item.key("related");
    out += '[';
    bool first = true;
    for (const ReportedRelated& r : d.related) {
      if (!first) out += ',';
      first = false;
      item.newline(3);
      ObjectWriter related(out, pretty, 3);
      related.string("file", r.file);
      related.location(r.location);
      related.string("message", r.message);
      related.close();
    }
    item.newline(2);
    out += ']';
  }
  item.close();
}

}  // namespace kosei
