// CoNLL-U reading and writing: round trip, multiword tokens and empty nodes,
// and errors that name the line.
#include "syntax/conllu.h"

#include <gtest/gtest.h>

#include <sstream>

namespace dyad::syntax {
namespace {

// Made-up sentences in the format (no treebank text).
constexpr const char* kDoc =
    "# newdoc id = d1\n"
    "# sent_id = s1\n"
    "# text = Envoys won't sign.\n"
    "1\tEnvoys\tenvoy\tNOUN\tNNS\t_\t4\tnsubj\t_\t_\n"
    "2-3\twon't\t_\t_\t_\t_\t_\t_\t_\t_\n"
    "2\two\twill\tAUX\tMD\t_\t4\taux\t_\t_\n"
    "3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_\n"
    "4\tsign\tsign\tVERB\tVB\t_\t0\troot\t_\tSpaceAfter=No\n"
    "4.1\tsign\tsign\tVERB\tVB\t_\t_\t_\t4:conj\t_\n"
    "5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n"
    "\n"
    "# sent_id = s2\n"
    "# text = Talks resumed\n"
    "1\tTalks\ttalk\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n"
    "2\tresumed\tresume\tVERB\tVBD\t_\t0\troot\t_\t_\n";

TEST(ConlluTest, ReadsWordsAndSkipsEmptyNodes) {
  auto doc = ParseConllu(kDoc, "t.conllu");
  ASSERT_TRUE(doc.ok()) << doc.status().message();
  ASSERT_EQ(doc->size(), 2u);
  const ConlluSentence& s = (*doc)[0];
  EXPECT_EQ(s.sent_id, "s1");
  EXPECT_EQ(s.text, "Envoys won't sign.");
  EXPECT_TRUE(s.new_paragraph);
  ASSERT_EQ(s.words.size(), 5u);
  EXPECT_EQ(s.words[1].form, "wo");
  EXPECT_EQ(s.words[1].multiword, 0);
  EXPECT_EQ(s.words[3].head, -1);
  EXPECT_EQ(s.words[3].deprel, "root");
  EXPECT_EQ(s.words[0].head, 3);
  EXPECT_EQ(s.words[4].form, ".");
  ASSERT_EQ(s.multiwords.size(), 1u);
  EXPECT_EQ(s.multiwords[0].form, "won't");
  EXPECT_EQ(s.multiwords[0].first, 1);
  EXPECT_EQ(s.multiwords[0].last, 2);
  EXPECT_FALSE((*doc)[1].new_paragraph);
  EXPECT_EQ((*doc)[1].words.size(), 2u);  // no blank line at the end: still read
}

TEST(ConlluTest, RoundTrip) {
  auto doc = ParseConllu(kDoc, "t.conllu");
  ASSERT_TRUE(doc.ok());
  std::ostringstream out;
  for (const auto& s : *doc) WriteConllu(s, out);
  auto again = ParseConllu(out.str(), "out.conllu");
  ASSERT_TRUE(again.ok()) << again.status().message();
  ASSERT_EQ(again->size(), doc->size());
  for (std::size_t i = 0; i < doc->size(); ++i) {
    const auto& a = (*doc)[i];
    const auto& b = (*again)[i];
    EXPECT_EQ(a.text, b.text);
    EXPECT_EQ(a.sent_id, b.sent_id);
    ASSERT_EQ(a.words.size(), b.words.size());
    ASSERT_EQ(a.multiwords.size(), b.multiwords.size());
    for (std::size_t j = 0; j < a.words.size(); ++j) {
      EXPECT_EQ(a.words[j].form, b.words[j].form);
      EXPECT_EQ(a.words[j].upos, b.words[j].upos);
      EXPECT_EQ(a.words[j].xpos, b.words[j].xpos);
      EXPECT_EQ(a.words[j].head, b.words[j].head);
      EXPECT_EQ(a.words[j].deprel, b.words[j].deprel);
      EXPECT_EQ(a.words[j].misc, b.words[j].misc);
    }
  }
  std::ostringstream out2;
  for (const auto& s : *again) WriteConllu(s, out2);
  EXPECT_EQ(out.str(), out2.str());
}

TEST(ConlluTest, MalformedInputNamesTheLine) {
  struct Case {
    const char* text;
    const char* message;
  };
  const Case cases[] = {
      {"1\tA\t_\tX\t_\t_\t0\troot\t_\n", "t.conllu:1: expected 10 tab-separated columns"},
      {"1\tA\t_\tX\t_\t_\tx\troot\t_\t_\n", "t.conllu:1: HEAD 'x' is not a number"},
      {"1\tA\t_\tX\t_\t_\t0\troot\t_\t_\n3\tB\t_\tX\t_\t_\t1\tdep\t_\t_\n",
       "t.conllu:2: word ID '3' out of sequence"},
      {"1\tA\t_\tX\t_\t_\t5\troot\t_\t_\n\n", "t.conllu:2: HEAD beyond the end"},
      {"2-1\tAB\t_\t_\t_\t_\t_\t_\t_\t_\n", "t.conllu:1: bad multiword token range"},
  };
  for (const Case& c : cases) {
    auto doc = ParseConllu(c.text, "t.conllu");
    ASSERT_FALSE(doc.ok()) << c.text;
    EXPECT_NE(doc.status().message().find(c.message), std::string::npos)
        << doc.status().message();
  }
}

TEST(ConlluTest, MissingFileIsAnError) {
  auto doc = ReadConlluFile("/nonexistent/dir/x.conllu");
  ASSERT_FALSE(doc.ok());
  EXPECT_NE(doc.status().message().find("cannot read"), std::string::npos);
}

}  // namespace
}  // namespace dyad::syntax
