// A trained tagger and parser, their tag and label names, and the per-sentence
// API the rest of dyad calls.
//
// File format (little-endian): "DYADSYN\0", format version, tag names, label
// names, the tag dictionary, the tagger's and the parser's weight tables (perceptron.h),
// and an FNV-1a checksum of everything before it. Load() checks every size against the
// bytes left and the checksum, so a truncated or corrupt file gives a Status, never a
// crash. Builtin() is the model embedded in the binary.
//
// Analyze() is safe to call from many threads on one model; each thread
// passes its own Workspace (or uses the thread-local one), whose buffers are
// reused so that steady-state parsing allocates nothing per token.
#ifndef DYAD_SYNTAX_MODEL_H_
#define DYAD_SYNTAX_MODEL_H_

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/status.h"
#include "syntax/parser.h"
#include "syntax/perceptron.h"
#include "syntax/tag_dictionary.h"
#include "syntax/word_features.h"
#include "text/tokenizer.h"

namespace dyad::syntax {

// 2: the tagger reads WordNet's parts of speech (WordInfo::lexical).
inline constexpr std::uint32_t kModelVersion = 2;

// One analysed token.
struct SyntaxWord {
  std::uint8_t upos = 0;    // index into SyntaxModel::tag_names()
  std::uint8_t tag = 0;     // index into SyntaxModel::fine_tag_names()
  std::uint8_t deprel = 0;  // index into SyntaxModel::label_names()
  std::int32_t head = -1;   // index of the head token in the sentence, -1: root
};

struct Workspace {
  std::vector<WordInfo> words;
  std::vector<int> tags;
  ParseState state;
};

class SyntaxModel {
 public:
  SyntaxModel() = default;
  SyntaxModel(std::vector<std::string> tags, std::vector<std::string> labels,
              TagDictionary dictionary, WeightTable tagger, WeightTable parser);

  static Result<SyntaxModel> Load(std::string_view bytes);
  static Result<SyntaxModel> LoadFile(const std::string& path);
  // The model built into dyad; an error if this binary has none.
  static Result<const SyntaxModel*> Builtin();

  std::string Serialize() const;
  Status SaveFile(const std::string& path) const;

  // Tags and parses one sentence of `doc`; out[i] describes tokens[i].
  void Analyze(std::string_view doc, std::span<const text::Token> tokens, Workspace* ws,
               std::vector<SyntaxWord>* out) const;
  void Analyze(std::string_view doc, std::span<const text::Token> tokens,
               std::vector<SyntaxWord>* out) const;
  // The same from precomputed word features (training and evaluation).
  void AnalyzeWords(std::span<const WordInfo> words, Workspace* ws,
                    std::vector<SyntaxWord>* out) const;

  // UPOS names ("NOUN").
  const std::vector<std::string>& tag_names() const { return upos_names_; }
  // The tagger's classes: UPOS and Penn tag, "VERB|VBN" (the parser reads
  // these: VBN against VBD tells a participle from a past tense).
  const std::vector<std::string>& fine_tag_names() const { return tags_; }
  // "VBN" from "VERB|VBN", or "_".
  std::string_view XposOf(int fine_tag) const;
  const std::vector<std::string>& label_names() const { return labels_; }
  int root_label() const { return root_label_; }
  const TagDictionary& dictionary() const { return dictionary_; }
  const WeightTable& tagger() const { return tagger_; }
  const WeightTable& parser() const { return parser_; }

 private:
  std::vector<std::string> tags_;
  std::vector<std::string> upos_names_;
  std::vector<std::uint8_t> upos_of_tag_;
  std::vector<std::string> labels_;
  int root_label_ = 0;
  TagDictionary dictionary_;
  WeightTable tagger_;
  WeightTable parser_;
};

}  // namespace dyad::syntax

#endif  // DYAD_SYNTAX_MODEL_H_
