// `unused-suppression`: the rule under which --report-unused-suppressions reports suppression
// comments that suppress nothing, name unknown rules or are malformed. The check itself reports
// nothing: run_check compares the comments with the findings of the other rules. Registered so
// that it has documentation, a severity that kosei.toml can change, and SARIF metadata.
#include "checks/check.h"

namespace kosei {
namespace {

void run_nothing(const CheckContext&, Reporter&) {}

const Check kUnusedSuppression{
    "unused-suppression",
    Severity::warning,
    CheckDocs{
        "使われていない・誤った抑制コメント（--report-unused-suppressions のとき）",
        "`<!-- kosei-disable-next-line RULE -->` や `<!-- kosei-disable RULE -->` が抑制する指摘が一つもないとき、"
        "未知のルールIDを書いたとき、指示の綴りが誤っているときに報告します。--report-unused-suppressions を付けたときだけ動きます。",
        "文書を直した後に残った抑制コメントは、同じ箇所に新しく入った誤りまで黙らせてしまいます。綴りを誤った抑制コメントは何も抑制しません。",
        "<!-- kosei-disable-next-line field-name -->\n⑬ マテリアル（重要鉱物・部素材）   ← 指摘がないので抑制コメントは不要",
        "--report-unused-suppressions で有効になります。",
        ""},
    &run_nothing};

KOSEI_REGISTER_CHECK(kUnusedSuppression);

}  // namespace
}  // namespace kosei
