// The committed model (embedded in the binary): accuracy floors on the
// Universal Dependencies dev and test files, trees of news-like sentences
// written for this test, and deterministic output.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "syntax/conllu.h"
#include "syntax/evaluate.h"
#include "syntax/model.h"
#include "text/tokenizer.h"

namespace dyad::syntax {
namespace {

const std::string kUd = std::string(DYAD_SHARED_DIR) + "/ud";

const SyntaxModel& Model() {
  auto m = SyntaxModel::Builtin();
  EXPECT_TRUE(m.ok()) << m.status().message();
  static const SyntaxModel empty;
  return m.ok() ? **m : empty;
}

struct Floors {
  const char* file;
  double upos, uas, las, raw_las;
};

// A little below the figures in doc/syntax.md: a drop below them means the
// model or the features changed for the worse.
TEST(ParserAccuracyTest, CommittedModelMeetsFloors) {
  const Floors floors[] = {
      {"en_ewt-ud-dev.conllu", 95.0, 85.0, 82.0, 74.5},
      {"en_ewt-ud-test.conllu", 95.0, 85.0, 82.3, 75.0},
      {"en_gum-wikimedia-ud-test.conllu", 95.8, 82.8, 80.0, 78.3},
  };
  for (const Floors& f : floors) {
    auto gold = ReadConlluFile(kUd + "/" + f.file);
    ASSERT_TRUE(gold.ok()) << gold.status().message();
    const GoldTokenScores g = EvaluateGoldTokens(Model(), *gold);
    EXPECT_GE(g.upos, f.upos) << f.file;
    EXPECT_GE(g.uas, f.uas) << f.file;
    EXPECT_GE(g.las, f.las) << f.file;
    const RawTextScores r = EvaluateRawText(Model(), *gold);
    EXPECT_GE(r.las.Percent(), f.raw_las) << f.file;
  }
}

struct Parsed {
  std::vector<std::string> words, upos, deprel;
  std::vector<int> head;

  int Index(const std::string& word) const {
    for (std::size_t i = 0; i < words.size(); ++i)
      if (words[i] == word) return static_cast<int>(i);
    return -1;
  }
};

Parsed Parse(const std::string& sentence) {
  const std::vector<text::Token> tokens = text::Tokenize(sentence);
  std::vector<SyntaxWord> out;
  Model().Analyze(sentence, tokens, &out);
  Parsed p;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    p.words.push_back(sentence.substr(tokens[i].begin, tokens[i].size()));
    p.upos.push_back(Model().tag_names()[out[i].upos]);
    p.deprel.push_back(Model().label_names()[out[i].deprel]);
    p.head.push_back(out[i].head);
  }
  return p;
}

struct Arc {
  const char* dependent;
  const char* head;                  // "ROOT" for the root
  std::vector<std::string> deprels;  // any of these
};

void ExpectArcs(const std::string& sentence, const std::vector<Arc>& arcs) {
  const Parsed p = Parse(sentence);
  for (const Arc& a : arcs) {
    const int d = p.Index(a.dependent);
    ASSERT_GE(d, 0) << a.dependent;
    const std::string head = p.head[d] < 0 ? "ROOT" : p.words[p.head[d]];
    EXPECT_EQ(head, a.head) << sentence << ": head of " << a.dependent;
    EXPECT_NE(std::find(a.deprels.begin(), a.deprels.end(), p.deprel[d]), a.deprels.end())
        << sentence << ": " << a.dependent << " is " << p.deprel[d];
  }
}

TEST(ParserGoldenTest, PassiveWithAgent) {
  ExpectArcs("The ambassador was expelled by the government on Monday.",
             {{"expelled", "ROOT", {"root"}},
              {"ambassador", "expelled", {"nsubj:pass"}},
              {"was", "expelled", {"aux:pass"}},
              {"government", "expelled", {"obl:agent", "obl"}},
              {"by", "government", {"case"}},
              {"Monday", "expelled", {"obl", "obl:tmod"}}});
}

// A reduced relative clause before the main verb: the greedy parser makes
// "accused" the main verb as soon as it sees "Officials accused" and cannot
// take it back (doc/syntax.md, "What is left"). Kept as the target.
TEST(ParserGoldenTest, DISABLED_ReducedRelativePassiveWithAgent) {
  ExpectArcs("Officials accused of corruption by the parliament resigned.",
             {{"resigned", "ROOT", {"root"}},
              {"Officials", "resigned", {"nsubj"}},
              {"accused", "Officials", {"acl"}},
              {"corruption", "accused", {"obl"}},
              {"parliament", "accused", {"obl:agent", "obl"}},
              {"by", "parliament", {"case"}}});
}

TEST(ParserGoldenTest, CoordinationWithSerialComma) {
  ExpectArcs("Japan, India, and Australia met in Tokyo.",
             {{"met", "ROOT", {"root"}},
              {"Japan", "met", {"nsubj"}},
              {"India", "Japan", {"conj"}},
              {"Australia", "Japan", {"conj"}},
              {"and", "Australia", {"cc"}},
              {"Tokyo", "met", {"obl"}}});
}

TEST(ParserGoldenTest, ObjectWithModifiers) {
  ExpectArcs("Turkish students held a noisy rally outside the Swedish embassy.",
             {{"held", "ROOT", {"root"}},
              {"students", "held", {"nsubj"}},
              {"Turkish", "students", {"amod"}},
              {"rally", "held", {"obj"}},
              {"noisy", "rally", {"amod"}}});
  // "outside the embassy" may modify the rally (nmod) or the holding (obl).
  const Parsed p =
      Parse("Turkish students held a noisy rally outside the Swedish embassy.");
  const int embassy = p.Index("embassy");
  EXPECT_TRUE((p.deprel[embassy] == "obl" && p.words[p.head[embassy]] == "held") ||
              (p.deprel[embassy] == "nmod" && p.words[p.head[embassy]] == "rally"));
  ExpectArcs("Russian jets bombed a rebel target near Idlib.",
             {{"bombed", "ROOT", {"root"}},
              {"jets", "bombed", {"nsubj"}},
              {"target", "bombed", {"obj"}},
              {"rebel", "target", {"compound", "amod"}}});
  EXPECT_EQ(Parse("Russian jets bombed a rebel target near Idlib.").upos[5], "NOUN");
}

TEST(ParserGoldenTest, ReportedSpeechAndRelativeClause) {
  ExpectArcs("The minister said rebels attacked the convoy.",
             {{"said", "ROOT", {"root"}},
              {"minister", "said", {"nsubj"}},
              {"attacked", "said", {"ccomp"}},
              {"rebels", "attacked", {"nsubj"}},
              {"convoy", "attacked", {"obj"}}});
  ExpectArcs("Police arrested the man who threw the bomb.",
             {{"arrested", "ROOT", {"root"}},
              {"man", "arrested", {"obj"}},
              {"threw", "man", {"acl:relcl"}},
              {"who", "threw", {"nsubj"}},
              {"bomb", "threw", {"obj"}}});
}

TEST(ParserTest, EveryTokenGetsOneHeadAndOneRoot) {
  const Parsed p = Parse(
      "Protesters, who had gathered since dawn, didn't leave the "
      "square until the U.S. envoy's car left at 5 p.m.");
  int roots = 0;
  for (std::size_t i = 0; i < p.head.size(); ++i) {
    roots += p.head[i] < 0;
    EXPECT_LT(p.head[i], static_cast<int>(p.head.size()));
    EXPECT_NE(p.head[i], static_cast<int>(i));
  }
  EXPECT_EQ(roots, 1);
}

TEST(ParserTest, SameInputSameOutput) {
  const std::string text =
      "Envoys from both sides met on Tuesday. The talks, held behind closed doors, "
      "ended without a deal, officials said.";
  const std::vector<text::Token> tokens = text::Tokenize(text);
  Workspace fresh, reused;
  std::vector<SyntaxWord> a, b, c;
  Model().Analyze(text, tokens, &fresh, &a);
  Model().Analyze("Other words first.", text::Tokenize("Other words first."), &reused,
                  &b);
  Model().Analyze(text, tokens, &reused, &b);
  Model().Analyze(text, tokens, &c);
  ASSERT_EQ(a.size(), tokens.size());
  for (const auto* other : {&b, &c}) {
    ASSERT_EQ(other->size(), a.size());
    for (std::size_t i = 0; i < a.size(); ++i) {
      EXPECT_EQ((*other)[i].head, a[i].head);
      EXPECT_EQ((*other)[i].deprel, a[i].deprel);
      EXPECT_EQ((*other)[i].upos, a[i].upos);
    }
  }
}

TEST(ParserTest, EmptySentence) {
  std::vector<SyntaxWord> out(3);
  Model().Analyze("", {}, &out);
  EXPECT_TRUE(out.empty());
}

}  // namespace
}  // namespace dyad::syntax
