#pragma once
// PCRE2 (UTF mode, JIT) wrapper. A Regex is compiled once and shared between threads; each search
// uses its own match data. Match and depth limits bound the work of any user pattern.
#include <cstddef>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace kosei {

struct RegexMatch {
  size_t begin = 0;
  size_t end = 0;
};

class Regex {
 public:
  // Returns nullopt and fills `error` when the pattern does not compile.
  static std::optional<Regex> compile(std::string_view pattern, std::string* error = nullptr);

  // Calls `on_match` for every non-overlapping match from `start`, left to right. Stops early when
  // on_match returns false. Returns false if the match limit was hit (the text was not fully searched).
  bool for_each_match(std::string_view text, const std::function<bool(const RegexMatch&)>& on_match,
                      size_t start = 0) const;
  std::optional<RegexMatch> find(std::string_view text, size_t start = 0) const;
  // Whether the pattern matches exactly at `offset` (anchored).
  std::optional<RegexMatch> match_at(std::string_view text, size_t offset) const;

  static std::string escape(std::string_view literal);

 private:
  struct Code;
  std::shared_ptr<const Code> code_;
};

}  // namespace kosei
