#include "syntax/evaluate.h"

#include <string_view>

#include "syntax/train.h"
#include "text/sentence_splitter.h"
#include "text/tokenizer.h"
#include "util/strings.h"

namespace dyad::syntax {
namespace {

std::string_view Universal(std::string_view label) {
  return label.substr(0, label.find(':'));
}

double Percent(long part, long whole) { return whole ? 100.0 * part / whole : 0; }

// A word in the whole document: its span in non-whitespace characters, its
// tag, head (document-wide word index, -1 for the root) and relation.
struct DocWord {
  long begin = 0, end = 0;
  std::string upos;
  long head = -1;
  std::string deprel;
  bool alignable = true;
  long aligned = -1;  // index of the matching word on the other side
};

long NonSpaceLength(std::string_view s) {
  long n = 0;
  for (char c : s) n += !IsAsciiSpace(c);
  return n;
}

// True when the words of multiword token `m` spell it out ("do" "n't").
bool SplitsInto(const ConlluMultiword& m, const std::vector<ConlluWord>& words) {
  std::string joined;
  for (int i = m.first; i <= m.last; ++i) joined += words[i].form;
  return AsciiLower(joined) == AsciiLower(m.form);
}

}  // namespace

GoldTokenScores EvaluateGoldTokens(const SyntaxModel& model,
                                   const std::vector<ConlluSentence>& gold) {
  GoldTokenScores s;
  long upos = 0, uas = 0, las = 0, las_full = 0;
  Workspace ws;
  std::vector<SyntaxWord> out;
  const auto& tags = model.tag_names();
  const auto& labels = model.label_names();
  for (const ConlluSentence& sentence : gold) {
    const std::vector<WordInfo> words = TreebankWords(sentence);
    model.AnalyzeWords(words, &ws, &out);
    for (std::size_t i = 0; i < words.size(); ++i) {
      const ConlluWord& g = sentence.words[i];
      ++s.words;
      upos += tags[out[i].upos] == g.upos;
      if (out[i].head != g.head) continue;
      ++uas;
      const std::string& label = labels[out[i].deprel];
      las += Universal(label) == Universal(g.deprel);
      las_full += label == g.deprel;
    }
  }
  s.upos = Percent(upos, s.words);
  s.uas = Percent(uas, s.words);
  s.las = Percent(las, s.words);
  s.las_full = Percent(las_full, s.words);
  return s;
}

RawTextScores EvaluateRawText(const SyntaxModel& model,
                              const std::vector<ConlluSentence>& gold) {
  RawTextScores r;
  // Gold words and sentences in non-whitespace coordinates.
  std::string doc;
  std::vector<DocWord> gw;
  std::vector<std::pair<long, long>> gold_sentences, gold_tokens;
  long pos = 0, text_chars = 0;
  for (const ConlluSentence& s : gold) {
    if (!doc.empty()) doc += s.new_paragraph ? "\n\n" : " ";
    // Each sentence starts where its text does, so that a sentence whose
    // forms do not spell its text exactly shifts no other sentence.
    pos = text_chars;
    text_chars += NonSpaceLength(s.text);
    doc += s.text;
    const long base = static_cast<long>(gw.size());
    const long sentence_begin = pos;
    for (std::size_t i = 0; i < s.words.size(); ++i) {
      const ConlluWord& w = s.words[i];
      DocWord d;
      d.upos = w.upos;
      d.deprel = w.deprel;
      d.head = w.head < 0 ? -1 : base + w.head;
      d.begin = pos;
      if (w.multiword < 0) {
        pos += NonSpaceLength(w.form);
        gold_tokens.emplace_back(d.begin, pos);
      } else {
        const ConlluMultiword& m = s.multiwords[w.multiword];
        if (static_cast<int>(i) == m.first)
          gold_tokens.emplace_back(pos, pos + NonSpaceLength(m.form));
        // "don't" = "do" + "n't": the words get their own spans. Otherwise
        // ("gonna" = "gon" + "na" aside) they cannot be aligned.
        if (SplitsInto(m, s.words)) {
          pos += NonSpaceLength(w.form);
        } else {
          d.alignable = false;
          if (static_cast<int>(i) == m.last) pos += NonSpaceLength(m.form);
        }
      }
      d.end = pos;
      gw.push_back(std::move(d));
    }
    gold_sentences.emplace_back(sentence_begin, pos);
  }
  // Byte offset -> non-whitespace characters before it.
  std::vector<long> before(doc.size() + 1, 0);
  for (std::size_t i = 0; i < doc.size(); ++i)
    before[i + 1] = before[i] + !IsAsciiSpace(doc[i]);

  std::vector<DocWord> sw;
  std::vector<std::pair<long, long>> system_sentences;
  Workspace ws;
  std::vector<SyntaxWord> out;
  for (const text::Segment& seg : text::SplitSentences(doc)) {
    std::vector<text::Token> tokens = text::Tokenize(doc, seg.begin, seg.end);
    text::SplitHyphens(doc, &tokens);
    if (tokens.empty()) continue;
    model.Analyze(doc, tokens, &ws, &out);
    const long base = static_cast<long>(sw.size());
    for (std::size_t i = 0; i < tokens.size(); ++i) {
      DocWord d;
      d.begin = before[tokens[i].begin];
      d.end = before[tokens[i].end];
      d.upos = model.tag_names()[out[i].upos];
      d.deprel = model.label_names()[out[i].deprel];
      d.head = out[i].head < 0 ? -1 : base + out[i].head;
      sw.push_back(std::move(d));
    }
    system_sentences.emplace_back(sw[base].begin, sw.back().end);
  }

  // Align words with identical spans (both lists are in text order).
  for (std::size_t i = 0, j = 0; i < gw.size() && j < sw.size();) {
    if (gw[i].begin == sw[j].begin && gw[i].end == sw[j].end && gw[i].alignable) {
      gw[i].aligned = static_cast<long>(j);
      sw[j].aligned = static_cast<long>(i);
      ++i, ++j;
    } else if (gw[i].begin < sw[j].begin ||
               (gw[i].begin == sw[j].begin && gw[i].end <= sw[j].end)) {
      ++i;
    } else {
      ++j;
    }
  }
  // Tokens: surface tokens (a gold multiword token is one) with equal spans.
  r.tokens.gold = static_cast<long>(gold_tokens.size());
  r.tokens.system = static_cast<long>(sw.size());
  for (std::size_t i = 0, j = 0; i < gold_tokens.size() && j < sw.size();) {
    const std::pair<long, long> t(sw[j].begin, sw[j].end);
    if (gold_tokens[i] == t) {
      ++r.tokens.correct, ++i, ++j;
    } else if (gold_tokens[i] < t) {
      ++i;
    } else {
      ++j;
    }
  }
  for (F1* f : {&r.words, &r.upos, &r.uas, &r.las}) {
    f->gold = static_cast<long>(gw.size());
    f->system = static_cast<long>(sw.size());
  }
  for (const DocWord& s : sw) {
    if (s.aligned < 0) continue;
    const DocWord& g = gw[s.aligned];
    ++r.words.correct;
    r.upos.correct += s.upos == g.upos;
    const bool head_ok =
        s.head < 0 ? g.head < 0 : (g.head >= 0 && sw[s.head].aligned == g.head);
    r.uas.correct += head_ok;
    r.las.correct += head_ok && Universal(s.deprel) == Universal(g.deprel);
  }
  r.sentences.gold = static_cast<long>(gold_sentences.size());
  r.sentences.system = static_cast<long>(system_sentences.size());
  for (std::size_t i = 0, j = 0;
       i < gold_sentences.size() && j < system_sentences.size();) {
    if (gold_sentences[i] == system_sentences[j]) {
      ++r.sentences.correct, ++i, ++j;
    } else if (gold_sentences[i].first < system_sentences[j].first) {
      ++i;
    } else {
      ++j;
    }
  }
  return r;
}

}  // namespace dyad::syntax
