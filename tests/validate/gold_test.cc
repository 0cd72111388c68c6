// The gold-standard reader (errors name file and line) and the comparison
// (levels, multisets, modality tables, kappa), on small cases written here.
#include "validate/gold.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "dyad/dictionary.h"
#include "validate/gold_scorer.h"

namespace dyad::validate {
namespace {

namespace fs = std::filesystem;

class GoldDir {
 public:
  GoldDir(const std::string& articles, const std::string& events) {
    dir_ = fs::temp_directory_path() /
           ("dyad_gold_test_" +
            std::to_string(::testing::UnitTest::GetInstance()->random_seed()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::create_directories(dir_);
    std::ofstream(dir_ / "articles.tsv") << articles;
    std::ofstream(dir_ / "events.tsv") << events;
  }
  ~GoldDir() { fs::remove_all(dir_); }
  std::string path() const { return dir_.string(); }

 private:
  fs::path dir_;
};

constexpr const char* kArticles =
    "# article\tfile\tsentences\tannotator\na1\tn.jsonl\t2\tx\n";
// "Arnor criticised Gondor. Gondor denied it." as offsets.
constexpr const char* kText = "Arnor criticised Gondor. Gondor denied it.";

TEST(GoldTest, ReadsArticlesAndEvents) {
  GoldDir d(kArticles,
            "# header\na1\t0\t0\t5\tARN\t17\t23\tGON\t6\t16\t111\tasserted\n"
            "a1\t1\t25\t31\tGON\t0\t0\t\t32\t38\t016\tasserted\n");
  auto gold = ReadGold(d.path());
  ASSERT_TRUE(gold.ok()) << gold.status().message();
  ASSERT_EQ(gold->events.size(), 2u);
  EXPECT_EQ(gold->events[0].target_code, "GON");
  EXPECT_TRUE(gold->events[1].target_code.empty());
  EXPECT_EQ(gold->events[1].line, 3);
  std::map<std::string, Document> docs;
  docs["a1"].text = kText;
  ASSERT_TRUE(AttachTexts(docs, &*gold).ok());
  EXPECT_EQ(gold->events[0].trigger.text, "criticised");
  EXPECT_EQ(gold->events[1].source.text, "Gondor");
}

TEST(GoldTest, ErrorsNameFileAndLine) {
  struct Case {
    const char* events;
    const char* message;
  } cases[] = {
      {"a1\t0\t0\t5\tARN\n", "events.tsv:1: 5 fields"},
      {"\na1\tx\t0\t5\tARN\t17\t23\tGON\t6\t16\t111\tasserted\n",
       "events.tsv:2: field 2"},
      {"a1\t0\t0\t5\tarn\t17\t23\tGON\t6\t16\t111\tasserted\n", "bad source code"},
      {"a1\t0\t0\t5\tARN\t17\t23\tGON\t6\t16\t211\tasserted\n", "bad event code"},
      {"a1\t0\t0\t5\tARN\t17\t23\tGON\t6\t16\t111\tmaybe\n", "bad modality"},
      {"a1\t0\t0\t5\tARN\t17\t23\t\t6\t16\t111\tasserted\n", "needs both"},
      {"zz\t0\t0\t5\tARN\t17\t23\tGON\t6\t16\t111\tasserted\n", "not in articles.tsv"},
  };
  for (const auto& c : cases) {
    GoldDir d(kArticles, c.events);
    auto gold = ReadGold(d.path());
    ASSERT_FALSE(gold.ok()) << c.events;
    EXPECT_NE(gold.status().message().find(c.message), std::string::npos)
        << gold.status().message();
  }
  GoldDir dup(std::string(kArticles) + "a1\tn.jsonl\t2\tx\n", "");
  EXPECT_FALSE(ReadGold(dup.path()).ok());
  GoldDir none("# nothing\n", "");
  EXPECT_FALSE(ReadGold(none.path()).ok());
  EXPECT_FALSE(ReadGold("/nonexistent/gold").ok());

  GoldDir past(kArticles, "a1\t0\t0\t5\tARN\t17\t99\tGON\t6\t16\t111\tasserted\n");
  auto gold = ReadGold(past.path());
  ASSERT_TRUE(gold.ok());
  std::map<std::string, Document> docs;
  EXPECT_FALSE(AttachTexts(docs, &*gold).ok());  // article missing
  docs["a1"].text = kText;
  Status s = AttachTexts(docs, &*gold);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find("events.tsv:1: offset 99"), std::string::npos)
      << s.message();
}

Item MakeItem(int sentence, const std::string& source, const std::string& target,
              const std::string& code, const std::string& modality = "asserted") {
  Item item;
  item.article = "a1";
  item.sentence = sentence;
  item.source = source;
  item.target = target;
  item.source_top = source.substr(0, 3);
  item.target_top = target.substr(0, 3);
  item.code = code;
  item.root = code.substr(0, 2);
  item.modality = modality;
  return item;
}

TEST(GoldScorerTest, ThreeLevels) {
  const std::vector<Item> gold = {
      MakeItem(0, "ARNGOV", "GON", "1121"), MakeItem(0, "GON", "ARN", "016"),
      MakeItem(1, "ARN", "GON", "190", "reported"), MakeItem(2, "ARN", "", "141")};
  const std::vector<Item> coded = {MakeItem(0, "ARNGOV", "GON", "1121"),  // exact
                                   MakeItem(0, "GON", "ARN", "112"),      // dyad only
                                   MakeItem(1, "ARNMIL", "GON", "193"),   // root+country
                                   MakeItem(3, "GON", "ARN", "111"),      // false
                                   MakeItem(2, "ARN", "", "141")};        // monadic
  const Comparison c = Compare(gold, coded, /*dyadic_only=*/true);
  const auto& exact = c.levels[static_cast<int>(Level::kExact)];
  const auto& root = c.levels[static_cast<int>(Level::kRootCountry)];
  const auto& dyad = c.levels[static_cast<int>(Level::kDyad)];
  EXPECT_EQ(exact.gold, 3);
  EXPECT_EQ(exact.coded, 4);
  EXPECT_EQ(exact.found, 1);
  EXPECT_EQ(root.found, 2);
  EXPECT_EQ(dyad.found, 3);
  EXPECT_DOUBLE_EQ(root.Precision(), 50.0);
  EXPECT_NEAR(root.Recall(), 66.67, 0.01);
  ASSERT_EQ(c.missed.size(), 1u);
  EXPECT_EQ(c.missed[0]->code, "016");
  ASSERT_EQ(c.spurious.size(), 2u);
  EXPECT_EQ(c.by_root.at("19").found, 1);
  EXPECT_EQ(c.by_modality.at("reported").gold, 1);
  EXPECT_EQ(c.by_modality.at("reported").found, 1);
  EXPECT_EQ(c.by_modality.at("asserted").coded, 4);
  EXPECT_EQ(c.same_modality, 1);  // the 190 was reported, coded as asserted

  const Comparison all = Compare(gold, coded, /*dyadic_only=*/false);
  EXPECT_EQ(all.levels[0].gold, 4);
  EXPECT_EQ(all.levels[0].found, 2);
}

TEST(GoldScorerTest, RepeatedEventsMatchAsMultisets) {
  const std::vector<Item> gold = {MakeItem(0, "ARN", "GON", "042"),
                                  MakeItem(0, "ARN", "GON", "042")};
  const std::vector<Item> coded = {MakeItem(0, "ARN", "GON", "042")};
  const Comparison c = Compare(gold, coded, true);
  EXPECT_EQ(c.levels[0].found, 1);
  EXPECT_EQ(c.levels[0].correct, 1);
  EXPECT_EQ(c.missed.size(), 1u);
}

TEST(GoldScorerTest, KappaOnTheRoot) {
  // Perfect agreement on two roots: kappa 1.
  std::vector<Item> a = {MakeItem(0, "ARN", "GON", "111"),
                         MakeItem(1, "GON", "ARN", "042")};
  EXPECT_DOUBLE_EQ(Compare(a, a, true).kappa, 1.0);
  // One event coded by one side only, one root disagreement.
  std::vector<Item> b = {MakeItem(0, "ARN", "GON", "112"),
                         MakeItem(1, "GON", "ARN", "042"),
                         MakeItem(2, "ARN", "GON", "190")};
  a.push_back(MakeItem(3, "ARN", "ROH", "057"));
  const Comparison c = Compare(a, b, true);
  // Pairs (11,11) (04,04) (-,19) (05,-): 111 and 112 share their root, so
  // observed 2/4; chance (11, 04 and "no event" once each side) 3/16.
  EXPECT_EQ(c.aligned, 4);
  EXPECT_NEAR(c.kappa, (0.5 - 3.0 / 16) / (1 - 3.0 / 16), 1e-9);
}

TEST(GoldScorerTest, TopActorAndSentence) {
  auto dict = Dictionary::Default();
  ASSERT_TRUE(dict.ok());
  EXPECT_EQ(TopActor(dict->compiled(), "USAGOV"), "USA");
  EXPECT_EQ(TopActor(dict->compiled(), "IGOUNOHRI"), "IGOUNO");
  EXPECT_EQ(TopActor(dict->compiled(), "REB"), "REB");
  const std::vector<text::Segment> segments = {{0, 10, text::SegmentKind::kSentence},
                                               {12, 30, text::SegmentKind::kSentence}};
  EXPECT_EQ(SentenceAt(segments, 0), 0);
  EXPECT_EQ(SentenceAt(segments, 11), 0);
  EXPECT_EQ(SentenceAt(segments, 12), 1);
  EXPECT_EQ(SentenceAt(segments, 500), 1);
}

}  // namespace
}  // namespace dyad::validate
