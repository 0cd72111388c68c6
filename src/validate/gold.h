// The real-news gold standard: whole articles of ../shared/news coded by hand
// (doc/annotation.md), kept as byte offsets into each article's text so that
// the repository holds no copy of the news.
//
// A gold folder holds two tab-separated files:
//   articles.tsv  article id, news file, sentence count, annotator: the
//                 articles that were read whole (a sentence of one of them
//                 with no event is a no-event sentence);
//   events.tsv    article, sentence, source begin/end/code, target
//                 begin/end/code (empty: no target), trigger begin/end,
//                 event code, modality.
// Lines starting with '#' are comments. Errors name the file and line.
#ifndef DYAD_VALIDATE_GOLD_H_
#define DYAD_VALIDATE_GOLD_H_

#include <map>
#include <string>
#include <vector>

#include "dyad/event.h"
#include "dyad/status.h"

namespace dyad::validate {

struct GoldArticle {
  std::string id;
  std::string file;  // "wikinews.jsonl"
  int sentences = 0;
  std::string annotator;
};

struct GoldEvent {
  std::string article;
  int sentence = 0;  // the sentence index the annotator saw
  Span source, target, trigger;
  std::string source_code, target_code;  // target_code "" when none
  std::string code;
  std::string modality;
  int line = 0;  // in events.tsv
};

struct Gold {
  std::string dir;
  std::vector<GoldArticle> articles;
  std::vector<GoldEvent> events;
};

// Reads DIR/articles.tsv and DIR/events.tsv. Every event must belong to an
// article listed in articles.tsv.
Result<Gold> ReadGold(const std::string& dir);

// Checks each event's offsets against its article's text (by id in `docs`)
// and fills in the words of its spans. An article missing from `docs` or an
// offset outside its text is an error naming the events.tsv line.
Status AttachTexts(const std::map<std::string, Document>& docs, Gold* gold);

}  // namespace dyad::validate

#endif  // DYAD_VALIDATE_GOLD_H_
