#pragma once
// One document read once through the pipeline: decode → source map → structure → matching form →
// mentions. Checks only read this; they never re-parse text.
#include <memory>
#include <string>
#include <vector>

#include "canon/canon.h"
#include "items/items.h"
#include "mentions/amounts.h"
#include "mentions/enumeration.h"
#include "mentions/field_mentions.h"
#include "source/decode.h"
#include "source/source_map.h"
#include "structure/lists.h"
#include "structure/structure.h"
#include "text/normalize.h"

namespace kosei {

// Per-run knowledge compiled once from the canonical data and shared by all documents.
struct Knowledge {
  explicit Knowledge(CanonData data) : canon(std::move(data)), fields(canon) {}
  // From parts already read (the compiled built-in data, compiled/knowledge_codec.h).
  Knowledge(CanonData data, FigureCanon figure_canon, ItemCatalog item_catalog)
      : canon(std::move(data)), fields(canon), figures(std::move(figure_canon)), items(std::move(item_catalog)) {}
  Knowledge(const Knowledge&) = delete;  // `fields` refers to `canon`
  Knowledge& operator=(const Knowledge&) = delete;
  CanonData canon;
  FieldMatcher fields;
  FigureCanon figures{canon};  // canonical figures (rules/canon/figures.toml)
  ItemCatalog items = ItemCatalog::from(canon);  // canonical list 4 (rules/canon/items.toml)
};

struct Document {
  Document(std::string display_path, DecodedText decoded, const Knowledge& knowledge);
  Document(const Document&) = delete;
  Document& operator=(const Document&) = delete;

  std::string path;  // as given on the command line (or --stdin-filename)
  DecodedText decoded;
  const std::string& text() const { return decoded.text; }
  SourceMap map;
  Structure structure;
  MatchText match;
  std::vector<FieldMention> field_mentions;
  std::vector<Enumeration> enumerations;
  // Per field mention: the index of the first enumeration that lists it, or -1.
  std::vector<long> enumeration_of_mention;
  DocumentAmounts amounts;  // figures and dates with their subjects (mentions/amounts.h)
  Lists lists;  // numbered lists (structure/lists.h)
  // Per-document results computed on first use by the character rules (chars/prose_chars.h);
  // checks of one document run on one thread.
  mutable std::shared_ptr<const void> prose_chars_cache;
  mutable std::shared_ptr<const void> prose_dictionaries_cache;  // chars/prose_dictionaries.h
};

}  // namespace kosei
