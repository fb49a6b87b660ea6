#pragma once
#include <ostream>
#include <string>

#include "checks/check.h"

namespace kosei {

// `kosei rules`: one line per rule.
void print_rule_table(std::ostream& out);
// `kosei explain RULE`: the rule's documentation, generated from its CheckDocs.
void print_rule_docs(const Check& check, std::ostream& out);
// The README's rule table (Markdown), generated from the same records.
void print_rule_table_markdown(std::ostream& out);

}  // namespace kosei
