// field-number: a canonical list member cited under a number that is not its own.
#include "checks/check.h"
#include "checks/field_support.h"

namespace kosei {
namespace {

// Which list a single citation such as 量子分野（④） refers to: the suffix (分野 / 領域 / 課題)
// decides, then the words on its line, then the only list holding the name, then the primary list.
long list_for_single_citation(const CheckContext& context, const FieldMention& mention,
                               ContextWordSearch& context_words) {
  const CanonData& canon = context.knowledge.canon;
  std::vector<size_t> lists;
  for (const MemberRef& ref : mention.refs) lists.push_back(ref.list);
  if (!mention.suffix.empty()) {
    for (size_t list : lists) {
      const std::string& noun = canon.lists[list].member_noun;
      if (noun.size() >= mention.suffix.size() &&
          noun.compare(noun.size() - mention.suffix.size(), mention.suffix.size(), mention.suffix) == 0) {
        return static_cast<long>(list);
      }
    }
  }
  size_t first = mention.line >= 3 ? mention.line - 3 : 0;
  for (size_t list : lists) {
    if (context_words.in_lines(canon.lists[list], first, mention.line)) {
      return static_cast<long>(list);
    }
  }
  if (lists.size() == 1) return static_cast<long>(lists.front());
  for (size_t list : lists) {
    if (canon.lists[list].primary) return static_cast<long>(list);
  }
  return -1;
}

void run(const CheckContext& context, Reporter& reporter) {
  const Document& document = context.document;
  const CanonData& canon = context.knowledge.canon;
  ContextWordSearch context_words(document.match, document.map);
  for (size_t i = 0; i < document.field_mentions.size(); ++i) {
    const FieldMention& mention = document.field_mentions[i];
    if (!mention.exact || !mention.number) continue;
    const int written = mention.number->number;
    long list = -1;
    long group = enumeration_of(document, i);
    if (group >= 0 && document.enumerations[group].members.size() > 1) {
      const Enumeration& enumeration = document.enumerations[group];
      if (!enumeration.confirmed) continue;
      list = static_cast<long>(enumeration.list);
    } else {
      // A lone citation: correct if the number is right in any list that holds the name.
      bool right_somewhere = false;
      for (const MemberRef& ref : mention.refs) {
        right_somewhere |= canon.lists[ref.list].members[ref.member].number == written;
      }
      if (right_somewhere) continue;
      bool deliberate = mention.number_after || !mention.suffix.empty();
      if (!deliberate && group >= 0 && document.enumerations[group].confirmed) deliberate = true;
      if (!deliberate) continue;
      list = list_for_single_citation(context, mention, context_words);
    }
    if (list < 0) continue;
    const CanonMember* member = member_in_list(mention, canon, static_cast<size_t>(list));
    if (!member || member->number == written) continue;
    const CanonList& canon_list = canon.lists[static_cast<size_t>(list)];
    Span span = circled_span(document, *mention.number);
    Diagnostic& diagnostic =
        reporter.report(span,
                        "「" + member->name + "」は" + canon_list.member_noun + "の" + circled(member->number) +
                            "です（本文: " + circled(written) + "）",
                        Fix{span, circled(member->number)});
    diagnostic.canon = circled(member->number);
    diagnostic.related.push_back(Related{"", mention.span, "ここで名前が挙がっています"});
  }
}

const Check kFieldNumber{
    "field-number",
    Severity::error,
    {
        "戦略分野などの正本リストの項目が、正本と異なる番号で書かれている",
        "丸数字つきで書かれた戦略分野（分野横断的課題、重点技術領域）の番号を、正本データの番号と照合します。"
        "列挙（① AI・半導体 … ⑰ 海洋）の中では、どのリストの列挙かを構成員と番号の一致数・前後の語（戦略分野／技術領域）"
        "から判定してから照合します。単独の引用（量子分野（④））は、名前を含むどのリストでも番号が合わないときだけ報告します。",
        "番号のずれた分野名は、別の分野を指していると読まれます。正本の17分野と第7期基本計画の17領域は名前が重なり番号が"
        "異なるため、取り違えが起きやすい箇所です。",
        "誤: ⑬ 港湾ロジスティクス\n正: ⑭ 港湾ロジスティクス\n\n誤: 量子分野（④）\n正: 量子分野（③）",
        "正本データは rules/canon/*.toml（--canon や kosei.toml の canon で追加・置換）。重大度は [rules] で変更できます。",
        "番号を正本の丸数字に置き換えます（安全: 名前は変えません）。",
    },
    &run,
};
KOSEI_REGISTER_CHECK(kFieldNumber);

}  // namespace
}  // namespace kosei
