#define PCRE2_CODE_UNIT_WIDTH 8
#include "text/regex.h"

#include <pcre2.h>

namespace kosei {

struct Regex::Code {
  pcre2_code* code = nullptr;
  pcre2_match_context* context = nullptr;
  ~Code() {
    pcre2_match_context_free(context);
    pcre2_code_free(code);
  }
};

namespace {

struct MatchDataDeleter {
  void operator()(pcre2_match_data* data) const { pcre2_match_data_free(data); }
};

// Limits that keep a catastrophic user pattern from hanging a run (reported as an incomplete search).
constexpr uint32_t kMatchLimit = 10'000'000;
constexpr uint32_t kDepthLimit = 10'000;

}  // namespace

std::optional<Regex> Regex::compile(std::string_view pattern, std::string* error) {
  int error_code = 0;
  PCRE2_SIZE error_offset = 0;
  pcre2_code* code = pcre2_compile(reinterpret_cast<PCRE2_SPTR>(pattern.data()), pattern.size(),
                                   PCRE2_UTF | PCRE2_UCP, &error_code, &error_offset, nullptr);
  if (!code) {
    if (error) {
      PCRE2_UCHAR buffer[256];
      pcre2_get_error_message(error_code, buffer, sizeof(buffer));
      *error = std::string(reinterpret_cast<char*>(buffer)) + " (offset " + std::to_string(error_offset) + ")";
    }
    return std::nullopt;
  }
  pcre2_jit_compile(code, PCRE2_JIT_COMPLETE);  // falls back to the interpreter if JIT is unavailable
  auto shared = std::make_shared<Code>();
  shared->code = code;
  shared->context = pcre2_match_context_create(nullptr);
  pcre2_set_match_limit(shared->context, kMatchLimit);
  pcre2_set_depth_limit(shared->context, kDepthLimit);
  Regex regex;
  regex.code_ = std::move(shared);
  return regex;
}

bool Regex::for_each_match(std::string_view text, const std::function<bool(const RegexMatch&)>& on_match,
                           size_t start) const {
  std::unique_ptr<pcre2_match_data, MatchDataDeleter> data(
      pcre2_match_data_create_from_pattern(code_->code, nullptr));
  size_t offset = start;
  while (offset <= text.size()) {
    int rc = pcre2_match(code_->code, reinterpret_cast<PCRE2_SPTR>(text.data()), text.size(), offset,
                         PCRE2_NO_UTF_CHECK, data.get(), code_->context);
    if (rc == PCRE2_ERROR_NOMATCH) return true;
    if (rc < 0) return false;
    PCRE2_SIZE* ovector = pcre2_get_ovector_pointer(data.get());
    RegexMatch match{ovector[0], ovector[1]};
    if (!on_match(match)) return true;
    if (match.end == match.begin) {
      // Empty match: step one code point forward.
      offset = match.end + 1;
      while (offset < text.size() && (static_cast<unsigned char>(text[offset]) & 0xC0) == 0x80) ++offset;
    } else {
      offset = match.end;
    }
  }
  return true;
}

std::optional<RegexMatch> Regex::find(std::string_view text, size_t start) const {
  std::optional<RegexMatch> found;
  for_each_match(text, [&](const RegexMatch& match) {
    found = match;
    return false;
  }, start);
  return found;
}

std::optional<RegexMatch> Regex::match_at(std::string_view text, size_t offset) const {
  std::unique_ptr<pcre2_match_data, MatchDataDeleter> data(
      pcre2_match_data_create_from_pattern(code_->code, nullptr));
  int rc = pcre2_match(code_->code, reinterpret_cast<PCRE2_SPTR>(text.data()), text.size(), offset,
                       PCRE2_NO_UTF_CHECK | PCRE2_ANCHORED, data.get(), code_->context);
  if (rc < 0) return std::nullopt;
  PCRE2_SIZE* ovector = pcre2_get_ovector_pointer(data.get());
  return RegexMatch{ovector[0], ovector[1]};
}

std::string Regex::escape(std::string_view literal) {
  std::string out;
  for (char c : literal) {
    if (std::string_view("\\^$.|?*+()[]{}/-#").find(c) != std::string_view::npos) out += '\\';
    out += c;
  }
  return out;
}

}  // namespace kosei
