#include "chardata/chardata.h"

#include <algorithm>
#include <mutex>
#include <stdexcept>
#include <toml++/toml.h>

#include "canon/embedded.h"
#include "compiled/word_codec.h"

namespace kosei::chardata {

// ---------------------------------------------------------------- CodeSet

void CodeSet::add_range(char32_t first, char32_t last) {
  if (last < first) std::swap(first, last);
  for (char32_t c = first; c <= last && c < 0x10000; ++c) {
    std::uint64_t bit = std::uint64_t{1} << (c & 63);
    if (!(bmp_[c >> 6] & bit)) ++count_;
    bmp_[c >> 6] |= bit;
  }
  if (last >= 0x10000) {
    char32_t lo = std::max<char32_t>(first, 0x10000);
    auto it = std::lower_bound(supplementary_.begin(), supplementary_.end(), std::pair{lo, lo});
    supplementary_.insert(it, {lo, last});
    count_ += last - lo + 1;  // the files list disjoint ranges
  }
}

bool CodeSet::contains_supplementary(char32_t c) const {
  auto it = std::upper_bound(supplementary_.begin(), supplementary_.end(), c,
                             [](char32_t v, const std::pair<char32_t, char32_t>& r) { return v < r.first; });
  if (it == supplementary_.begin()) return false;
  --it;
  return c >= it->first && c <= it->second;
}

// ---------------------------------------------------------------- helpers

namespace {

template <typename Map>
std::optional<char32_t> lookup_pair(const Map& map, char32_t c) {
  auto it = std::lower_bound(map.begin(), map.end(), c,
                             [](const std::pair<char32_t, char32_t>& p, char32_t v) { return p.first < v; });
  if (it != map.end() && it->first == c) return it->second;
  return std::nullopt;
}

// Decodes one UTF-8 sequence at s[i]; advances i. Returns false on malformed input.
bool next_code_point(std::string_view s, std::size_t& i, char32_t& out) {
  auto b0 = static_cast<unsigned char>(s[i]);
  int len = b0 < 0x80 ? 1 : (b0 >> 5) == 6 ? 2 : (b0 >> 4) == 14 ? 3 : (b0 >> 3) == 30 ? 4 : 0;
  if (len == 0 || i + len > s.size()) return false;
  char32_t c = len == 1 ? b0 : len == 2 ? (b0 & 0x1F) : len == 3 ? (b0 & 0x0F) : (b0 & 0x07);
  for (int k = 1; k < len; ++k) {
    auto b = static_cast<unsigned char>(s[i + k]);
    if ((b >> 6) != 2) return false;
    c = (c << 6) | (b & 0x3F);
  }
  i += len;
  out = c;
  return true;
}

std::string where(std::string_view path, int line, int column) {
  return std::string(path) + ":" + std::to_string(line) + ":" + std::to_string(column) + ": ";
}

// An error while reading one file.
struct Failure {
  std::string message;
};

// One item of a whitespace-separated string value, with its position in the file.
struct Item {
  std::string_view text;
  int line, column;
};

class Reader {
 public:
  Reader(std::string_view text, std::string_view path) : path_(path) {
    try {
      table_ = toml::parse(text, path);
    } catch (const toml::parse_error& e) {
      throw Failure{where(path, static_cast<int>(e.source().begin.line),
                          static_cast<int>(e.source().begin.column)) +
                    std::string(e.description())};
    }
    auto format = table_["format"].value<std::int64_t>();
    if (format && *format != 1)
      fail(table_["format"].node(), "unsupported format " + std::to_string(*format) + " (expected 1)");
  }

  const toml::table& table() const { return table_; }
  std::string_view path() const { return path_; }

  [[noreturn]] void fail(const toml::node* node, const std::string& message) const {
    int line = node ? static_cast<int>(node->source().begin.line) : 1;
    int column = node ? static_cast<int>(node->source().begin.column) : 1;
    throw Failure{where(path_, line, column) + message};
  }
  [[noreturn]] void fail_at(int line, int column, const std::string& message) const {
    throw Failure{where(path_, line, column) + message};
  }

  // The string value of key (required unless optional), split at ASCII whitespace.
  std::vector<Item> items(std::string_view key, bool optional = false) const {
    std::vector<Item> out;
    const toml::node* node = table_.get(key);
    if (!node) {
      if (optional) return out;
      fail(nullptr, "missing key '" + std::string(key) + "'");
    }
    const auto* str = node->as_string();
    if (!str) fail(node, "'" + std::string(key) + "' must be a string");
    std::string_view s = str->get();
    // A multi-line string starts on the line after its opening """ (the first newline is trimmed).
    bool multiline = s.find('\n') != std::string_view::npos;
    int line = static_cast<int>(node->source().begin.line) + (multiline ? 1 : 0);
    int column = multiline ? 1 : static_cast<int>(node->source().begin.column) + 1;
    std::size_t i = 0;
    while (i < s.size()) {
      char ch = s[i];
      if (ch == ' ' || ch == '\t' || ch == '\r' || ch == '\n') {
        if (ch == '\n') {
          ++line;
          column = 1;
        } else {
          ++column;
        }
        ++i;
        continue;
      }
      std::size_t start = i;
      int start_column = column;
      while (i < s.size() && s[i] != ' ' && s[i] != '\t' && s[i] != '\r' && s[i] != '\n') {
        if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) ++column;
        ++i;
      }
      out.push_back({s.substr(start, i - start), line, start_column});
    }
    return out;
  }

  std::u32string code_points(const Item& item) const {
    std::u32string out;
    std::size_t i = 0;
    char32_t c;
    while (i < item.text.size()) {
      if (!next_code_point(item.text, i, c)) fail_at(item.line, item.column, "malformed UTF-8");
      out.push_back(c);
    }
    return out;
  }

  // "A-B" / "A" hex items into set.
  void ranges(std::string_view key, CodeSet& set, bool optional = false) const {
    for (const Item& item : items(key, optional)) {
      std::size_t dash = item.text.find('-');
      char32_t first = hex(item, item.text.substr(0, dash));
      char32_t last = dash == std::string_view::npos ? first : hex(item, item.text.substr(dash + 1));
      if (last < first) fail_at(item.line, item.column, "empty range '" + std::string(item.text) + "'");
      set.add_range(first, last);
    }
  }

  // Entries of exactly two characters (variant, standard).
  void pairs(std::string_view key, std::vector<std::pair<char32_t, char32_t>>& out,
             bool optional = false) const {
    for (const Item& item : items(key, optional)) {
      std::u32string cps = code_points(item);
      if (cps.size() != 2)
        fail_at(item.line, item.column,
                "expected two characters (variant form, standard form), got '" + std::string(item.text) + "'");
      out.emplace_back(cps[0], cps[1]);
    }
  }

  // A string of characters into set.
  void characters(std::string_view key, CodeSet& set, bool optional = false) const {
    for (const Item& item : items(key, optional))
      for (char32_t c : code_points(item)) set.add_range(c, c);
  }

 private:
  char32_t hex(const Item& item, std::string_view digits) const {
    if (digits.empty() || digits.size() > 6) fail_at(item.line, item.column, "bad code point '" + std::string(item.text) + "'");
    char32_t v = 0;
    for (char d : digits) {
      int x = d >= '0' && d <= '9' ? d - '0' : d >= 'A' && d <= 'F' ? d - 'A' + 10 : d >= 'a' && d <= 'f' ? d - 'a' + 10 : -1;
      if (x < 0) fail_at(item.line, item.column, "bad code point '" + std::string(item.text) + "'");
      v = v * 16 + static_cast<char32_t>(x);
    }
    if (v > 0x10FFFF) fail_at(item.line, item.column, "code point out of range '" + std::string(item.text) + "'");
    return v;
  }

  std::string_view path_;
  toml::table table_;
};

template <typename Vec>
void sort_unique_by_first(Vec& v) {
  std::stable_sort(v.begin(), v.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  v.erase(std::unique(v.begin(), v.end(), [](const auto& a, const auto& b) { return a.first == b.first; }), v.end());
}

std::string string_field(const Reader& r, const toml::table& t, std::string_view key, bool required) {
  const toml::node* n = t.get(key);
  if (!n) {
    if (required) r.fail(&t, "missing field '" + std::string(key) + "'");
    return {};
  }
  const auto* s = n->as_string();
  if (!s) r.fail(n, "field '" + std::string(key) + "' must be a string");
  return s->get();
}

std::vector<std::string> string_array(const Reader& r, const toml::node* n, std::string_view key) {
  std::vector<std::string> out;
  if (!n) return out;
  const auto* arr = n->as_array();
  if (!arr) r.fail(n, "'" + std::string(key) + "' must be an array of strings");
  for (const toml::node& e : *arr) {
    const auto* s = e.as_string();
    if (!s) r.fail(&e, "'" + std::string(key) + "' must be an array of strings");
    out.push_back(s->get());
  }
  return out;
}

// The array of tables under key (each element an inline or standard table).
template <typename F>
void each_table(const Reader& r, std::string_view key, F&& f) {
  const toml::node* n = r.table().get(key);
  if (!n) r.fail(nullptr, "missing key '" + std::string(key) + "'");
  const auto* arr = n->as_array();
  if (!arr) r.fail(n, "'" + std::string(key) + "' must be an array of tables");
  for (const toml::node& e : *arr) {
    const auto* t = e.as_table();
    if (!t) r.fail(&e, "each element of '" + std::string(key) + "' must be a table");
    f(*t);
  }
}

}  // namespace

// ---------------------------------------------------------------- CharTables

std::optional<char32_t> CharTables::standard_form_in(const std::vector<std::pair<char32_t, char32_t>>& pairs, char32_t c) {
  return lookup_pair(pairs, c);
}

const ForeignEntry* CharTables::foreign_entry(char32_t c) const {
  auto it = std::lower_bound(foreign_.begin(), foreign_.end(), c,
                             [](const ForeignEntry& e, char32_t v) { return e.character < v; });
  return it != foreign_.end() && it->character == c ? &*it : nullptr;
}

std::optional<char32_t> CharTables::foreign_hanzi_fix(char32_t c) const {
  const ForeignEntry* e = foreign_hanzi(c);
  if (e && e->has_fix) return e->candidates[0];
  return std::nullopt;
}

CharTables::Sizes CharTables::sizes() const {
  std::size_t fix = std::count_if(foreign_.begin(), foreign_.end(), [](const ForeignEntry& e) { return e.has_fix; });
  return {old_.size(), variant_.size(), fix, foreign_.size() - fix, jisx0208_.size(), jisx0213_.size(),
          joyo_.size(), jinmeiyo_.size()};
}

struct CharTablesLoader {
  static void load(CharTables& t, const FileLookup& lookup) {
    auto open = [&](std::string_view path) {
      std::optional<std::string_view> text = lookup(path);
      if (!text) throw Failure{std::string(path) + ": file not found"};
      return Reader(*text, path);
    };
    {
      Reader r = open("rules/chars/old_kanji.toml");
      r.pairs("old_forms", t.old_);
      r.pairs("old_forms_jinmeiyo", t.old_, true);
      r.pairs("old_forms_zvariant", t.old_, true);
      r.pairs("other_variants", t.variant_, true);
      sort_unique_by_first(t.old_);
      sort_unique_by_first(t.variant_);
    }
    {
      Reader r = open("rules/chars/foreign_hanzi.toml");
      for (bool fix : {true, false}) {
        for (const Item& item : r.items(fix ? "fix" : "nofix", !fix)) {
          std::u32string cps = r.code_points(item);
          if (cps.size() < 2)
            r.fail_at(item.line, item.column, "expected a character followed by its Japanese form(s)");
          t.foreign_.push_back({cps[0], fix, cps.substr(1)});
        }
      }
      std::sort(t.foreign_.begin(), t.foreign_.end(),
                [](const ForeignEntry& a, const ForeignEntry& b) { return a.character < b.character; });
    }
    {
      Reader r = open("rules/chars/charset_jisx0208.toml");
      r.ranges("chars", t.jisx0208_);
      r.ranges("aliases", t.jisx0208_, true);
      r.ranges("x0201", t.jisx0201_, true);
    }
    {
      Reader r = open("rules/chars/charset_jisx0213.toml");
      r.ranges("chars", t.jisx0213_);
      r.ranges("aliases", t.jisx0213_, true);
    }
    {
      Reader r = open("rules/chars/joyo.toml");
      r.characters("joyo", t.joyo_);
      for (const Item& item : r.items("joyo_permitted", true)) {
        std::u32string cps = r.code_points(item);
        if (cps.size() != 2) r.fail_at(item.line, item.column, "expected two characters (permitted form, jōyō form)");
        t.joyo_.add_range(cps[0], cps[0]);
      }
      r.characters("jinmeiyo", t.jinmeiyo_, true);
    }
    t.index_keys();
  }
};

std::optional<std::string_view> embedded_file(std::string_view path) {
  const EmbeddedFile* f = find_embedded_rule_file(path);
  if (!f) return std::nullopt;
  return f->content;
}

LoadResult<CharTables> load_char_tables(const FileLookup& lookup) {
  LoadResult<CharTables> result;
  try {
    CharTables t;
    CharTablesLoader::load(t, lookup);
    result.value = std::move(t);
  } catch (const Failure& f) {
    result.error = f.message;
  }
  return result;
}

void CharTables::index_keys() {
  old_keys_ = variant_keys_ = foreign_keys_ = CodeSet{};
  for (const auto& [from, to] : old_) old_keys_.add_range(from, from);
  for (const auto& [from, to] : variant_) variant_keys_.add_range(from, from);
  for (const ForeignEntry& entry : foreign_) foreign_keys_.add_range(entry.character, entry.character);
}

// ---------------------------------------------------------------- compiled form

struct CharTablesCodec {
  static constexpr std::uint32_t kMagic = 0x4B435432;  // "KCT2"
  using Pairs = std::vector<std::pair<char32_t, char32_t>>;
  using WordReader = compiled::WordReader;
  using WordWriter = compiled::WordWriter;

  static void write(WordWriter& out, const Pairs& pairs) {
    out.put_list(pairs, [](WordWriter& w, const std::pair<char32_t, char32_t>& pair) {
      w.put(static_cast<std::uint32_t>(pair.first));
      w.put(static_cast<std::uint32_t>(pair.second));
    });
  }
  static Pairs read_pairs(WordReader& in) {
    return in.take_list<std::pair<char32_t, char32_t>>([](WordReader& r, std::pair<char32_t, char32_t>& pair) {
      pair.first = r.take();
      pair.second = r.take();
    });
  }
  static void write(WordWriter& out, const CodeSet& set) {
    out.put(static_cast<std::uint32_t>(set.count_));
    for (std::uint64_t word : set.bmp_) out.put_u64(word);
    write(out, set.supplementary_);
  }
  static void read(WordReader& in, CodeSet& set) {
    set.count_ = in.take();
    for (std::uint64_t& word : set.bmp_) word = in.take_u64();
    set.supplementary_ = read_pairs(in);
  }

  static std::vector<std::uint32_t> serialize(const CharTables& t) {
    WordWriter out;
    out.put(kMagic);
    write(out, t.old_);
    write(out, t.variant_);
    out.put_list(t.foreign_, [](WordWriter& w, const ForeignEntry& entry) {
      w.put(static_cast<std::uint32_t>(entry.character));
      w.put_bool(entry.has_fix);
      w.put(static_cast<std::uint32_t>(entry.candidates.size()));
      for (char32_t candidate : entry.candidates) w.put(static_cast<std::uint32_t>(candidate));
    });
    for (const CodeSet* set : {&t.jisx0208_, &t.jisx0201_, &t.jisx0213_, &t.joyo_, &t.jinmeiyo_}) write(out, *set);
    return out.words();
  }

  static bool deserialize(const std::uint32_t* words, std::size_t count, CharTables& t) {
    WordReader in(words, count);
    if (in.take() != kMagic) return false;
    t.old_ = read_pairs(in);
    t.variant_ = read_pairs(in);
    t.foreign_ = in.take_list<ForeignEntry>([](WordReader& r, ForeignEntry& entry) {
      entry.character = r.take();
      entry.has_fix = r.take_bool();
      entry.candidates.resize(r.take_count());
      for (char32_t& candidate : entry.candidates) candidate = r.take();
    });
    for (CodeSet* set : {&t.jisx0208_, &t.jisx0201_, &t.jisx0213_, &t.joyo_, &t.jinmeiyo_}) read(in, *set);
    if (!in.finished()) return false;
    t.index_keys();
    return true;
  }
};

std::vector<std::uint32_t> CharTables::serialize() const { return CharTablesCodec::serialize(*this); }

bool CharTables::deserialize(const std::uint32_t* words, std::size_t count, CharTables& out) {
  return CharTablesCodec::deserialize(words, count, out);
}

// ---------------------------------------------------------------- terms, variants, tags

namespace {

template <typename T, typename F>
LoadResult<T> guarded(F&& f) {
  LoadResult<T> result;
  try {
    result.value = f();
  } catch (const Failure& e) {
    result.error = e.message;
  }
  return result;
}

}  // namespace

LoadResult<std::vector<Term>> load_terms(std::string_view text, std::string_view path) {
  return guarded<std::vector<Term>>([&] {
    Reader r(text, path);
    std::vector<Term> out;
    each_table(r, "terms", [&](const toml::table& t) {
      Term term;
      term.wrong = string_field(r, t, "wrong", true);
      term.right = string_field(r, t, "right", true);
      term.note = string_field(r, t, "note", false);
      term.context = string_field(r, t, "context", false);
      term.exclude = string_field(r, t, "exclude", false);
      term.line = static_cast<int>(t.source().begin.line);
      if (term.wrong.empty()) r.fail(&t, "empty 'wrong'");
      if (term.wrong == term.right) r.fail(&t, "'wrong' equals 'right'");
      out.push_back(std::move(term));
    });
    return out;
  });
}


LoadResult<std::vector<VariantGroup>> load_term_variants(std::string_view text, std::string_view path) {
  return guarded<std::vector<VariantGroup>>([&] {
    Reader r(text, path);
    std::vector<VariantGroup> out;
    each_table(r, "groups", [&](const toml::table& t) {
      VariantGroup g;
      if (!t.get("forms")) r.fail(&t, "missing field 'forms'");
      g.forms = string_array(r, t.get("forms"), "forms");
      g.preferred = string_field(r, t, "preferred", false);
      g.note = string_field(r, t, "note", false);
      g.line = static_cast<int>(t.source().begin.line);
      if (g.forms.size() < 2) r.fail(&t, "a variant group needs two or more forms");
      if (!g.preferred.empty() && std::find(g.forms.begin(), g.forms.end(), g.preferred) == g.forms.end())
        r.fail(&t, "'preferred' must be one of 'forms'");
      out.push_back(std::move(g));
    });
    return out;
  });
}


const MinistryTag* MinistryTags::find(std::string_view abbr) const {
  for (const MinistryTag& t : tags)
    if (t.abbr == abbr) return &t;
  for (const MinistryTagAlias& a : aliases)
    if (a.abbr == abbr)
      for (const MinistryTag& t : tags)
        if (t.abbr == a.canonical) return &t;
  return nullptr;
}

LoadResult<MinistryTags> load_ministry_tags(std::string_view text, std::string_view path) {
  return guarded<MinistryTags>([&] {
    Reader r(text, path);
    MinistryTags out;
    out.separators = string_array(r, r.table().get("separators"), "separators");
    out.not_tags = string_array(r, r.table().get("not_tags"), "not_tags");
    if (auto v = r.table()["max_part_length"].value<std::int64_t>()) out.max_part_length = static_cast<int>(*v);
    if (auto v = r.table()["max_tag_length"].value<std::int64_t>()) out.max_tag_length = static_cast<int>(*v);
    each_table(r, "tags", [&](const toml::table& t) {
      MinistryTag tag;
      tag.abbr = string_field(r, t, "abbr", true);
      if (!t.get("names")) r.fail(&t, "missing field 'names'");
      tag.names = string_array(r, t.get("names"), "names");
      tag.abolished = t["abolished"].value_or(false);
      tag.note = string_field(r, t, "note", false);
      out.tags.push_back(std::move(tag));
    });
    if (r.table().get("aliases")) {
      each_table(r, "aliases", [&](const toml::table& t) {
        MinistryTagAlias a{string_field(r, t, "abbr", true), string_field(r, t, "canonical", true),
                           string_field(r, t, "note", false)};
        out.aliases.push_back(std::move(a));
      });
    }
    for (const MinistryTagAlias& a : out.aliases) {
      bool known = std::any_of(out.tags.begin(), out.tags.end(), [&](const MinistryTag& t) { return t.abbr == a.canonical; });
      if (!known) r.fail(nullptr, "alias '" + a.abbr + "' names unknown tag '" + a.canonical + "'");
    }
    if (out.separators.empty()) out.separators = {"、"};
    return out;
  });
}

// ---------------------------------------------------------------- compiled form of the term data

namespace {

using compiled::WordReader;
using compiled::WordWriter;

void write_term(WordWriter& out, const Term& term) {
  for (const std::string* text : {&term.wrong, &term.right, &term.note, &term.context, &term.exclude}) out.put(*text);
  out.put_int(term.line);
}
void read_term(WordReader& in, Term& term) {
  for (std::string* text : {&term.wrong, &term.right, &term.note, &term.context, &term.exclude}) *text = in.take_string();
  term.line = in.take_int();
}
void write_group(WordWriter& out, const VariantGroup& group) {
  out.put(group.forms);
  out.put(group.preferred);
  out.put(group.note);
  out.put_int(group.line);
}
void read_group(WordReader& in, VariantGroup& group) {
  group.forms = in.take_strings();
  group.preferred = in.take_string();
  group.note = in.take_string();
  group.line = in.take_int();
}

}  // namespace

std::vector<std::uint32_t> serialize(const std::vector<Term>& terms) {
  WordWriter out;
  out.put_list(terms, write_term);
  return out.words();
}

std::vector<std::uint32_t> serialize(const std::vector<VariantGroup>& groups) {
  WordWriter out;
  out.put_list(groups, write_group);
  return out.words();
}

std::vector<std::uint32_t> serialize(const MinistryTags& tags) {
  WordWriter out;
  out.put_list(tags.tags, [](WordWriter& w, const MinistryTag& tag) {
    w.put(tag.abbr);
    w.put(tag.names);
    w.put_bool(tag.abolished);
    w.put(tag.note);
  });
  out.put_list(tags.aliases, [](WordWriter& w, const MinistryTagAlias& alias) {
    w.put(alias.abbr);
    w.put(alias.canonical);
    w.put(alias.note);
  });
  out.put(tags.separators);
  out.put(tags.not_tags);
  out.put_int(tags.max_part_length);
  out.put_int(tags.max_tag_length);
  return out.words();
}

bool deserialize(const std::uint32_t* words, std::size_t count, std::vector<Term>& out) {
  WordReader in(words, count);
  out = in.take_list<Term>(read_term);
  return in.finished();
}

bool deserialize(const std::uint32_t* words, std::size_t count, std::vector<VariantGroup>& out) {
  WordReader in(words, count);
  out = in.take_list<VariantGroup>(read_group);
  return in.finished();
}

bool deserialize(const std::uint32_t* words, std::size_t count, MinistryTags& out) {
  WordReader in(words, count);
  out.tags = in.take_list<MinistryTag>([](WordReader& r, MinistryTag& tag) {
    tag.abbr = r.take_string();
    tag.names = r.take_strings();
    tag.abolished = r.take_bool();
    tag.note = r.take_string();
  });
  out.aliases = in.take_list<MinistryTagAlias>([](WordReader& r, MinistryTagAlias& alias) {
    alias.abbr = r.take_string();
    alias.canonical = r.take_string();
    alias.note = r.take_string();
  });
  out.separators = in.take_strings();
  out.not_tags = in.take_strings();
  out.max_part_length = in.take_int();
  out.max_tag_length = in.take_int();
  return in.finished();
}

}  // namespace kosei::chardata
