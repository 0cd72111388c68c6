// The coder on random text made of words it knows and words it does not:
// it must never crash, loop or report spans outside the text (re2's
// tester idea: many random inputs, simple invariants).
#include <gtest/gtest.h>

#include <random>

#include "dyad/coder.h"

namespace dyad {
namespace {

const char* const kWords[] = {
    "China",
    "Russia's",
    "NATO",
    "the",
    "alliance",
    "it",
    "its",
    "they",
    "their",
    "both",
    "countries",
    "and",
    ",",
    ".",
    "?",
    ";",
    "that",
    "which",
    "who",
    "said",
    "denied",
    "accused",
    "of",
    "attacked",
    "was",
    "by",
    "not",
    "police",
    "leaders",
    "US",
    "European",
    "criticism",
    "from",
    "support",
    "for",
    "war",
    "against",
    "if",
    "\xE2\x80\x9C",
    "\xE2\x80\x9D",
    "\xE2\x80\x99s",
    "\xE2\x80\x93",
    "U.S.",
    "Mr.",
    "3.5",
    "dual-use",
    "supplying",
    "weapons",
    "dismissing",
    "allegations",
    "Beijing",
    "Moscow",
    "in",
    "to",
    "stop",
    "could",
    "both",
    "sides",
    "the",
    "two",
    "\n\n",
    "\n",
    "(AP)",
    "-",
    "x",
    "\xC3\xA9t\xC3\xA9",
    "!",
    ":",
    "who",
};

TEST(RobustnessTest, RandomTextNeverBreaksTheCoder) {
  std::mt19937 rng(7);
  std::uniform_int_distribution<std::size_t> pick(0, std::size(kWords) - 1);
  std::uniform_int_distribution<int> length(0, 80);
  CoderOptions all;
  all.all_mentions = true;
  const Coder coders[] = {Coder(*Dictionary::Default()),
                          Coder(*Dictionary::Default(), all)};
  for (int round = 0; round < 1500; ++round) {
    Document doc;
    doc.id = "random";
    doc.date = round % 3 ? "2024-07-11" : "";
    int n = length(rng);
    for (int i = 0; i < n; ++i) {
      doc.text += kWords[pick(rng)];
      doc.text += ' ';
    }
    for (const Coder& coder : coders) {
      for (const Event& e : coder.Code(doc)) {
        for (const Span* s :
             {&e.evidence.source, &e.evidence.target, &e.evidence.trigger}) {
          ASSERT_LE(s->begin, s->end) << doc.text;
          ASSERT_LE(s->end, doc.text.size()) << doc.text;
          ASSERT_EQ(doc.text.substr(s->begin, s->end - s->begin), s->text) << doc.text;
        }
        ASSERT_FALSE(e.source.empty()) << doc.text;
        ASSERT_FALSE(e.event_code.empty()) << doc.text;
      }
    }
    if (round % 50 == 0) {
      ASSERT_FALSE(coders[0].Explain(doc.text).empty());
    }
  }
}

}  // namespace
// A fuzzer found a read before the first token: "that" right after a comma
// that opens a sentence looked back past the sentence's start for a
// reporting verb (tests/fuzz/seeds/api/clause-that-after-opening-comma;
// the sanitizer build of scripts/fuzz replays it).
TEST(RobustnessTest, AClauseWordAfterAnOpeningComma) {
  const Coder coder(*Dictionary::Default(), CoderOptions{.monadic = true});
  for (const char* text :
       {", that Kenya attacked Somalia.", ",that", ", which", ", who"}) {
    Document doc;
    doc.id = "t";
    doc.text = text;
    for (const Event& e : coder.Code(doc)) EXPECT_FALSE(e.source.empty()) << text;
  }
}

}  // namespace dyad
