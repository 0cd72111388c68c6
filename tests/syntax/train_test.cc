// Training on a small slice of the treebank: the model it makes parses held
// out sentences well above chance, training is deterministic, and the model
// file survives a round trip but not truncation or corruption.
#include "syntax/train.h"

#include <gtest/gtest.h>

#include <string>

#include "syntax/evaluate.h"
#include "syntax/model.h"

namespace dyad::syntax {
namespace {

const std::string kUd = std::string(DYAD_SHARED_DIR) + "/ud";

std::vector<ConlluSentence> Slice(const std::string& file, std::size_t n) {
  auto all = ReadConlluFile(kUd + "/" + file);
  EXPECT_TRUE(all.ok()) << all.status().message();
  if (!all.ok()) return {};
  std::vector<ConlluSentence> out(all->begin(), all->begin() + std::min(n, all->size()));
  return out;
}

TrainOptions SmallOptions() {
  TrainOptions o;
  o.tagger_epochs = 2;
  o.parser_epochs = 2;
  o.folds = 2;
  return o;
}

// One small model for all the tests here (training takes a second or two).
const SyntaxModel& SmallModel() {
  static const SyntaxModel model = [] {
    auto m = Train(Slice("en_ewt-ud-train.conllu", 300), SmallOptions());
    EXPECT_TRUE(m.ok());
    return m.ok() ? std::move(m).value() : SyntaxModel();
  }();
  return model;
}

TEST(TrainTest, SmallModelParsesHeldOutSentences) {
  const auto held_out = Slice("en_ewt-ud-dev.conllu", 200);
  ASSERT_FALSE(held_out.empty());
  const GoldTokenScores s = EvaluateGoldTokens(SmallModel(), held_out);
  EXPECT_GT(s.words, 2000);
  EXPECT_GT(s.upos, 70.0);
  EXPECT_GT(s.uas, 45.0);
  EXPECT_GT(s.las, 35.0);
}

TEST(TrainTest, TagsArePairsAndUposIsReadOffThem) {
  const SyntaxModel& m = SmallModel();
  ASSERT_FALSE(m.fine_tag_names().empty());
  for (const std::string& t : m.fine_tag_names())
    EXPECT_NE(t.find('|'), std::string::npos);
  for (const std::string& t : m.tag_names()) EXPECT_EQ(t.find('|'), std::string::npos);
  EXPECT_LT(m.tag_names().size(), m.fine_tag_names().size());
}

TEST(TrainTest, TrainingIsDeterministic) {
  auto again = Train(Slice("en_ewt-ud-train.conllu", 300), SmallOptions());
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(again->Serialize(), SmallModel().Serialize());
}

TEST(TrainTest, NoSentencesIsAnError) { EXPECT_FALSE(Train({}, SmallOptions()).ok()); }

TEST(ModelFileTest, RoundTrip) {
  const std::string bytes = SmallModel().Serialize();
  auto loaded = SyntaxModel::Load(bytes);
  ASSERT_TRUE(loaded.ok()) << loaded.status().message();
  EXPECT_EQ(loaded->Serialize(), bytes);
  EXPECT_EQ(loaded->tag_names(), SmallModel().tag_names());
  EXPECT_EQ(loaded->label_names(), SmallModel().label_names());
}

TEST(ModelFileTest, TruncatedFileIsAnErrorNotACrash) {
  const std::string bytes = SmallModel().Serialize();
  // Every short prefix, then prefixes spread over the whole file.
  std::vector<std::size_t> cuts;
  for (std::size_t n = 0; n < 200 && n < bytes.size(); ++n) cuts.push_back(n);
  for (std::size_t n = 200; n < bytes.size(); n += bytes.size() / 97 + 1)
    cuts.push_back(n);
  cuts.push_back(bytes.size() - 1);
  for (std::size_t n : cuts) {
    auto m = SyntaxModel::Load(std::string_view(bytes).substr(0, n));
    EXPECT_FALSE(m.ok()) << "prefix of " << n << " bytes loaded";
  }
}

TEST(ModelFileTest, CorruptFileIsAnError) {
  const std::string bytes = SmallModel().Serialize();
  for (std::size_t pos : {std::size_t{0}, std::size_t{9}, std::size_t{40},
                          bytes.size() / 2, bytes.size() - 3}) {
    std::string bad = bytes;
    bad[pos] = static_cast<char>(bad[pos] ^ 0x5A);
    auto m = SyntaxModel::Load(bad);
    EXPECT_FALSE(m.ok()) << "byte " << pos;
  }
  auto m = SyntaxModel::Load("not a model at all");
  ASSERT_FALSE(m.ok());
  EXPECT_NE(m.status().message().find("not a dyad syntax model"), std::string::npos);
}

TEST(ModelFileTest, MissingFileIsAnError) {
  auto m = SyntaxModel::LoadFile("/nonexistent/en-ud.model");
  ASSERT_FALSE(m.ok());
  EXPECT_NE(m.status().message().find("cannot read"), std::string::npos);
}

}  // namespace
}  // namespace dyad::syntax
