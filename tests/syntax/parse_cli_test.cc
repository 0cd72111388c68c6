// dyad parse as a user runs it: CoNLL-U out, exit codes, errors.
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "syntax/conllu.h"
#include "testing/cli_fixture.h"

namespace {

namespace fs = std::filesystem;
using dyad::testing::Slurp;

class ParseCliTest : public dyad::testing::CliFixture {
 protected:
  // Runs `dyad parse ARGS`; keeps its output and error for the test.
  int Dyad(const std::string& args, const std::string& input = "") {
    const auto r = CliFixture::Dyad("parse " + args, input);
    out_ = r.out;
    err_ = r.err;
    return r.exit;
  }

  std::string out_, err_;
};

TEST_F(ParseCliTest, WritesCoNLLUWithTokenRanges) {
  const std::string text = "Rebels seized the town.\n\nTroops didn't respond.\n";
  ASSERT_EQ(Dyad("-", text), 0) << err_;
  auto doc = dyad::syntax::ParseConllu(out_, "out");
  ASSERT_TRUE(doc.ok()) << doc.status().message() << "\n" << out_;
  ASSERT_EQ(doc->size(), 2u);
  EXPECT_EQ((*doc)[0].text, "Rebels seized the town.");
  EXPECT_EQ((*doc)[0].sent_id, "1");
  EXPECT_EQ((*doc)[1].sent_id, "2");
  for (const auto& s : *doc) {
    for (const auto& w : s.words) {
      // TokenRange=B:E points at the word in the input.
      ASSERT_EQ(w.misc.rfind("TokenRange=", 0), 0u) << w.misc;
      const std::string range = w.misc.substr(11);
      const std::size_t colon = range.find(':');
      const std::size_t b = std::stoul(range.substr(0, colon));
      const std::size_t e = std::stoul(range.substr(colon + 1));
      EXPECT_EQ(text.substr(b, e - b), w.form);
      EXPECT_NE(w.upos, "_");
      EXPECT_NE(w.xpos, "_");
      EXPECT_NE(w.deprel, "_");
    }
  }
  // "didn't": "did" + "n't", as dyad's tokenizer splits it.
  EXPECT_EQ((*doc)[1].words[2].form, "n't");
  EXPECT_EQ((*doc)[1].words[2].upos, "PART");
}

TEST_F(ParseCliTest, OutputFileAndJsonLines) {
  const fs::path in = Write("a.jsonl", R"({"id":"x1","text":"Envoys met in Geneva."})"
                                       "\n");
  const fs::path out = dir_ / "o.conllu";
  ASSERT_EQ(Dyad(in.string() + " -o " + out.string()), 0) << err_;
  const std::string written = Slurp(out);
  EXPECT_NE(written.find("# newdoc id = x1"), std::string::npos) << written;
  EXPECT_NE(written.find("# text = Envoys met in Geneva."), std::string::npos);
}

TEST_F(ParseCliTest, ErrorsAndExitCodes) {
  EXPECT_EQ(Dyad("--help"), 0);
  EXPECT_NE(out_.find("Usage: dyad parse"), std::string::npos);
  EXPECT_EQ(Dyad("--no-such-flag"), 2);
  EXPECT_EQ(Dyad("--eval"), 2);
  EXPECT_EQ(Dyad((dir_ / "missing.txt").string()), 1);
  EXPECT_NE(err_.find("missing.txt"), std::string::npos) << err_;
  const fs::path bad = Write("bad.txt", "Caf\xe9 talks.\n");
  EXPECT_EQ(Dyad(bad.string()), 1);
  EXPECT_NE(err_.find("UTF-8"), std::string::npos) << err_;
  EXPECT_EQ(Dyad("--lenient " + bad.string()), 0) << err_;
  const fs::path junk = Write("junk.model", "DYADSYN");
  EXPECT_EQ(Dyad("--model " + junk.string() + " -", "Talks ended."), 1);
  EXPECT_NE(err_.find("syntax model"), std::string::npos) << err_;
}

TEST_F(ParseCliTest, EvalPrintsScores) {
  const fs::path gold = Write("g.conllu",
                              "# text = Talks resumed.\n"
                              "1\tTalks\t_\tNOUN\t_\t_\t2\tnsubj\t_\t_\n"
                              "2\tresumed\t_\tVERB\t_\t_\t0\troot\t_\tSpaceAfter=No\n"
                              "3\t.\t_\tPUNCT\t_\t_\t2\tpunct\t_\t_\n\n");
  ASSERT_EQ(Dyad("--eval " + gold.string()), 0) << err_;
  EXPECT_NE(out_.find("gold tokens"), std::string::npos) << out_;
  EXPECT_NE(out_.find("raw text"), std::string::npos) << out_;
  EXPECT_NE(out_.find("g.conllu"), std::string::npos) << out_;
  EXPECT_EQ(Dyad("--eval " + (dir_ / "none.conllu").string()), 1);
}

}  // namespace
