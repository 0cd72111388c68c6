// The coder: turns documents into CAMEO-coded dyadic events.
//
// A Coder holds a Dictionary and options; Code() is const and thread-safe, so
// one Coder serves many threads. Coding is rule-based and needs no parser:
// sentences are split and tokenized, actor and agent phrases are found with
// the dictionary tries, verb and noun patterns are matched, and the source
// and target of each are found from their positions in the clause (see
// doc/coder.md).
#ifndef DYAD_CODER_H_
#define DYAD_CODER_H_

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/dictionary.h"
#include "dyad/event.h"

namespace dyad {

struct CoderOptions {
  // Keep every mention; by default one event per (date, source, target,
  // code) per document.
  bool all_mentions = false;
  // Keep events with a source and no target ("police fired tear gas"). By
  // default only dyadic events are kept, as the field's datasets hold them.
  bool monadic = false;
  // Code a plain reporting verb ("said", "told") as the statement its
  // dictionary pattern names (010), as PETRARCH does. By default it only
  // attributes what follows and is no event by itself.
  bool reporting_events = false;
  // Code both sides of a meeting, negotiation or agreement ("X met Y" also
  // gives Y -> X 040) and of a visit ("X visited Y" gives Y -> X 043, a
  // host), as dyad's annotation guidelines do. PETRARCH codes only the side
  // the sentence names first; `dyad validate` turns this off.
  bool counterparts = true;
  // An actor is coded only with a country or an organisation: "police" in a
  // story that never says where is no codable actor (no source: no event; no
  // target: a one-actor event), as the field's datasets and dyad's gold
  // standard code them. PETRARCH codes the role alone ("---GOV").
  bool require_country = true;
  // Tag and parse the sentences that hold a trigger and two actors (and at
  // most 40 tokens: longer ones the parser reads worse than the rules), and
  // let the tree choose verb or noun triggers and fill in subjects and
  // objects the word-window rules miss (doc/coder.md). Off, the coder is
  // about 2.7 times as fast and a little less accurate on real news.
  bool syntax = true;
  // Code the act under a bare "to" that no intention verb governs ("efforts
  // to censor the media", "urged residents to assist the police") and the
  // act of a counterfactual ("would have killed me"): CAMEO codes intentions
  // ("pledged to", "threatened to") and appeals, not every aim or unreal act
  // a sentence mentions, and dyad's gold standards do not code them.
  // PETRARCH does.
  bool purposes = false;
  // Leave out acts a sentence dates a season or more before the document
  // ("in March 2019", "the 1905 massacre") and sentences that count
  // precedents: the field's datasets hold news of the document's date.
  // PETRARCH codes every sentence as of its record's date.
  bool background = true;
  // Code a meeting or visit announced for later ("will visit", "is to
  // meet") as the intention to meet (036), as the annotation guidelines
  // do; PETRARCH codes the meeting itself.
  bool announced_meetings = true;

  // PETRARCH's conventions, as its validation records expect them: one-actor
  // events kept, "said" a statement (010), one side of a meeting or visit,
  // every sentence news of its record's date; the rules alone, which read
  // the records' short constructed sentences better than the parser does.
  static CoderOptions Petrarch() {
    return {.monadic = true,
            .reporting_events = true,
            .counterparts = false,
            .require_country = false,
            .syntax = false,
            .purposes = true,
            .background = false,
            .announced_meetings = false};
  }
};

class Coder {
 public:
  explicit Coder(Dictionary dictionary, CoderOptions options = {});

  std::vector<Event> Code(const Document& doc) const;
  // The same, and the number of sentences the text was split into (for the
  // run summary of dyad code and ingest).
  std::vector<Event> Code(const Document& doc, std::size_t* sentences) const;

  // A readable account of how one sentence was analysed: tokens, actors,
  // triggers, the patterns tried and the events produced.
  std::string Explain(std::string_view sentence, std::string_view date = "") const;

  const Dictionary& dictionary() const { return dictionary_; }
  const CoderOptions& options() const { return options_; }

 private:
  Dictionary dictionary_;
  CoderOptions options_;
};

// Codes one document that arrives in pieces: a text too large to hold in
// memory at once. Each piece must end at a line break (best: a paragraph
// break). Coreference and de-duplication carry across pieces; sentence
// indexes and byte offsets count from the start of the whole document.
// Coder::Code() is this with a single piece.
class DocumentCoder {
 public:
  // `header` gives id, date and url; its text is not used.
  DocumentCoder(const Coder& coder, const Document& header);
  ~DocumentCoder();
  DocumentCoder(const DocumentCoder&) = delete;
  DocumentCoder& operator=(const DocumentCoder&) = delete;

  // Codes the next piece. Returns the events that are final already: with
  // all_mentions, every event of the piece; otherwise none, since later
  // mentions still count towards them, until more than 4,096 distinct
  // events are held (checked at each event, not at the piece's end): then
  // they are returned, and later mentions of them are dropped rather than
  // counted, so that memory stays bounded. What is kept of them is 8 bytes
  // each, for up to 2^20 of them; past that they are forgotten, and a
  // later mention starts a new event.
  std::vector<Event> Add(std::string_view piece);

  // The events not returned yet. A story-level discard anywhere in the
  // document empties the result (events already returned by Add stay out).
  std::vector<Event> Finish();
  // Sentences (and headlines, datelines) of the pieces added so far.
  std::size_t sentences() const;

 private:
  struct State;
  std::unique_ptr<State> state_;
};

}  // namespace dyad

#endif  // DYAD_CODER_H_
