// The seed article (../shared/corpus/seed-article.txt, read from there): the
// events the coder issue requires, and few wrong ones. The golden case
// tests/golden/seed-article pins the exact output; this test says what
// matters in it.
#include <gtest/gtest.h>

#include <fstream>
#include <set>
#include <sstream>

#include "dyad/coder.h"

namespace dyad {
namespace {

class SeedArticleTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::ifstream in(std::string(DYAD_SHARED_DIR) + "/corpus/seed-article.txt",
                     std::ios::binary);
    ASSERT_TRUE(in) << "cannot read ../shared/corpus/seed-article.txt";
    std::stringstream ss;
    ss << in.rdbuf();
    Document doc;
    doc.id = "seed";
    doc.date = "2024-07-11";
    doc.text = ss.str();
    static const Coder coder(*Dictionary::Default());
    events_ = coder.Code(doc);
  }

  // Whether an event source -> target with a code under `code_prefix` (and
  // the modality, when given) was coded.
  bool Has(const std::string& source, const std::string& target,
           const std::string& code_prefix, const std::string& modality = "") const {
    for (const Event& e : events_)
      if (e.source == source && e.target == target &&
          e.event_code.rfind(code_prefix, 0) == 0 &&
          (modality.empty() || e.modality == modality))
        return true;
    return false;
  }

  std::vector<Event> events_;
};

TEST_F(SeedArticleTest, NatoCriticisesAndAccusesChina) {
  EXPECT_TRUE(Has("IGOWSTNAT", "CHN", "111"));
  EXPECT_TRUE(Has("IGOWSTNAT", "CHN", "112"));
}

TEST_F(SeedArticleTest, UsAndEuropeanLeadersAccuseChina) {
  EXPECT_TRUE(Has("USAGOV", "CHN", "112"));
  EXPECT_TRUE(Has("EURGOV", "CHN", "112"));
}

TEST_F(SeedArticleTest, ChinasSupportForRussiasDefenceIndustryIsAlleged) {
  EXPECT_TRUE(Has("CHN", "RUSMIL", "07", "alleged"));
  for (const Event& e : events_) {
    if (e.source.rfind("CHN", 0) == 0 && e.root_code == "07") {
      EXPECT_NE(e.modality, "asserted")
          << "China's support is never coded as fact: " << e.text;
    }
  }
}

TEST_F(SeedArticleTest, ChinaCriticisesNatoAndDismissesTheAllegations) {
  EXPECT_TRUE(Has("CHN", "IGOWSTNAT", "111"));
  EXPECT_TRUE(Has("CHN", "IGOWSTNAT", "016"));
}

TEST_F(SeedArticleTest, ChinaAndRussiaBlameNato) {
  EXPECT_TRUE(Has("CHN", "IGOWSTNAT", "112"));
  EXPECT_TRUE(Has("RUS", "IGOWSTNAT", "112"));
}

TEST_F(SeedArticleTest, FewWrongEvents) {
  // Nothing supplies weapons; nobody is coded against itself.
  for (const Event& e : events_) {
    EXPECT_NE(e.event_code, "072") << e.text;
    EXPECT_NE(e.source, e.target) << e.text;
  }
  EXPECT_LE(events_.size(), 22u);
}

}  // namespace
}  // namespace dyad
