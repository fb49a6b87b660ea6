#include "compiled/knowledge_codec.h"

#include "compiled/word_codec.h"

namespace kosei {

// The words compiled at build time (generated/compiled_knowledge.cpp). Weak: the build tool that
// writes them is linked without them and reads the TOML instead.
extern const std::uint32_t kCompiledKnowledge[] __attribute__((weak));
extern const std::size_t kCompiledKnowledgeSize __attribute__((weak));

namespace {

using compiled::WordReader;
using compiled::WordWriter;

constexpr std::uint32_t kMagic = 0x4B4B4E31;  // "KKN1"

void write_member(WordWriter& out, const CanonMember& member) {
  out.put_int(member.number);
  out.put(member.name);
  out.put(member.aliases);
  out.put(member.lead_ministries);
  out.put(member.working_group);
  out.put_int(member.start_month);
  out.put_int(member.experts);
  out.put(member.ministers);
}

void read_member(WordReader& in, CanonMember& member) {
  member.number = in.take_int();
  member.name = in.take_string();
  member.aliases = in.take_strings();
  member.lead_ministries = in.take_strings();
  member.working_group = in.take_string();
  member.start_month = in.take_int();
  member.experts = in.take_int();
  member.ministers = in.take_strings();
}

void write_list(WordWriter& out, const CanonList& list) {
  out.put(list.id);
  out.put(list.title);
  out.put(list.member_noun);
  out.put(list.context_words);
  out.put(list.normalized_context_words);
  out.put_bool(list.primary);
  out.put_list(list.groups, [](WordWriter& w, const CanonGroup& group) {
    w.put(group.name);
    w.put_int(group.first);
    w.put_int(group.last);
  });
  out.put_list(list.members, write_member);
  out.put(list.source);
  out.put(list.file);
}

void read_list(WordReader& in, CanonList& list) {
  list.id = in.take_string();
  list.title = in.take_string();
  list.member_noun = in.take_string();
  list.context_words = in.take_strings();
  list.normalized_context_words = in.take_strings();
  list.primary = in.take_bool();
  list.groups = in.take_list<CanonGroup>([](WordReader& r, CanonGroup& group) {
    group.name = r.take_string();
    group.first = r.take_int();
    group.last = r.take_int();
  });
  list.members = in.take_list<CanonMember>(read_member);
  list.source = in.take_string();
  list.file = in.take_string();
}

void write_decimal(WordWriter& out, const Decimal& decimal) {
  out.put_u64(static_cast<std::uint64_t>(decimal.units));
  out.put_int(decimal.scale);
}

Decimal read_decimal(WordReader& in) {
  Decimal decimal;
  decimal.units = static_cast<std::int64_t>(in.take_u64());
  decimal.scale = in.take_int();
  return decimal;
}

void write_quantity(WordWriter& out, const Quantity& quantity) {
  write_decimal(out, quantity.value);
  out.put_bool(quantity.upper.has_value());
  if (quantity.upper) write_decimal(out, *quantity.upper);
  out.put(quantity.unit);
  out.put_int(quantity.power_of_ten);
  out.put(static_cast<std::uint32_t>(quantity.qualifier));
  out.put_u64(quantity.begin);
  out.put_u64(quantity.end);
}

constexpr std::uint32_t kLastQualifier = static_cast<std::uint32_t>(Qualifier::at_most);
constexpr std::uint32_t kLastFigureKind = static_cast<std::uint32_t>(FigureKind::supplementary);

void read_quantity(WordReader& in, Quantity& quantity) {
  quantity.value = read_decimal(in);
  if (in.take_bool()) quantity.upper = read_decimal(in);
  quantity.unit = in.take_string();
  quantity.power_of_ten = in.take_int();
  const std::uint32_t qualifier = in.take();
  quantity.qualifier = static_cast<Qualifier>(qualifier <= kLastQualifier ? qualifier : 0);
  quantity.begin = in.take_u64();
  quantity.end = in.take_u64();
}

void write_figure(WordWriter& out, const CanonFigure& figure) {
  out.put(figure.id);
  out.put(figure.label);
  out.put(figure.match);
  out.put_list(figure.values, [](WordWriter& w, const CanonFigureValue& value) {
    w.put_int(value.fiscal_year);
    w.put(static_cast<std::uint32_t>(value.kind));
    write_quantity(w, value.amount);
    w.put(value.written);
  });
  out.put(figure.source);
  out.put(figure.file);
}

void read_figure(WordReader& in, CanonFigure& figure) {
  figure.id = in.take_string();
  figure.label = in.take_string();
  figure.match = in.take_strings();
  figure.values = in.take_list<CanonFigureValue>([](WordReader& r, CanonFigureValue& value) {
    value.fiscal_year = r.take_int();
    const std::uint32_t kind = r.take();
    value.kind = static_cast<FigureKind>(kind <= kLastFigureKind ? kind : 0);
    read_quantity(r, value.amount);
    value.written = r.take_string();
  });
  figure.source = in.take_string();
  figure.file = in.take_string();
}

void write_item(WordWriter& out, const CanonItem& item) {
  out.put_int(item.number);
  out.put(item.name);
  out.put(item.aliases);
  out.put_bool(item.this_round);
  out.put(item.same_as_field);
  out.put_int(item.same_as_number);
  out.put(item.keys);
}

void read_item(WordReader& in, CanonItem& item) {
  item.number = in.take_int();
  item.name = in.take_string();
  item.aliases = in.take_strings();
  item.this_round = in.take_bool();
  item.same_as_field = in.take_string();
  item.same_as_number = in.take_int();
  item.keys = in.take_strings();
}

}  // namespace

std::vector<std::uint32_t> serialize_knowledge(const Knowledge& knowledge) {
  WordWriter out;
  out.put(kMagic);
  out.put_list(knowledge.canon.lists, write_list);
  out.put_list(knowledge.figures.figures, write_figure);
  const ItemCatalog& items = knowledge.items;
  out.put(items.title);
  out.put(items.this_round_label);
  out.put_int(items.this_round_count);
  out.put(items.this_round_phrases);
  out.put_list(items.fields, [](WordWriter& w, const ItemField& field) {
    w.put(field.field);
    w.put(field.field_key);
    w.put_list(field.items, write_item);
  });
  return out.words();
}

std::unique_ptr<Knowledge> deserialize_knowledge(const std::uint32_t* words, std::size_t count) {
  WordReader in(words, count);
  if (in.take() != kMagic) return nullptr;
  CanonData canon;
  canon.lists = in.take_list<CanonList>(read_list);
  FigureCanon figures;
  figures.figures = in.take_list<CanonFigure>(read_figure);
  ItemCatalog items;
  items.title = in.take_string();
  items.this_round_label = in.take_string();
  items.this_round_count = in.take_int();
  items.this_round_phrases = in.take_strings();
  items.fields = in.take_list<ItemField>([](WordReader& r, ItemField& field) {
    field.field = r.take_string();
    field.field_key = r.take_string();
    field.items = r.take_list<CanonItem>(read_item);
    field.index_keys();
  });
  if (!in.finished()) return nullptr;
  return std::make_unique<Knowledge>(std::move(canon), std::move(figures), std::move(items));
}

bool has_compiled_knowledge() { return &kCompiledKnowledgeSize != nullptr; }

std::unique_ptr<Knowledge> load_builtin_knowledge(std::string& error) {
  if (has_compiled_knowledge()) {
    std::unique_ptr<Knowledge> knowledge = deserialize_knowledge(kCompiledKnowledge, kCompiledKnowledgeSize);
    if (!knowledge) error = "the compiled built-in canonical data is malformed";
    return knowledge;
  }
  CanonData data;
  if (auto failure = load_builtin_canon(data)) {
    error = failure->to_string();
    return nullptr;
  }
  return std::make_unique<Knowledge>(std::move(data));
}

}  // namespace kosei
