// Intentions are coded as CAMEO's intent codes, never as the act.
#include "coder/intentions.h"

#include <gtest/gtest.h>

#include "dyad/coder.h"
#include "testing/coded.h"

namespace dyad::coder {
namespace {

TEST(IntentionsTest, IntentCodesByKindOfAct) {
  EXPECT_EQ(IntentCode("072", Intention::kPromise), "0332");
  EXPECT_EQ(IntentCode("070", Intention::kPromise), "033");
  EXPECT_EQ(IntentCode("040", Intention::kPromise), "036");
  EXPECT_EQ(IntentCode("057", Intention::kPromise), "036");
  EXPECT_EQ(IntentCode("051", Intention::kPromise), "032");
  EXPECT_EQ(IntentCode("062", Intention::kPromise), "0312");
  EXPECT_EQ(IntentCode("0841", Intention::kPromise), "0353");
  EXPECT_EQ(IntentCode("154", Intention::kPromise), "0334");
  EXPECT_EQ(IntentCode("154", Intention::kThreat), "138");
  EXPECT_EQ(IntentCode("190", Intention::kThreat), "138");
  EXPECT_EQ(IntentCode("190", Intention::kPromise), "138");  // "vowed to attack"
  EXPECT_EQ(IntentCode("163", Intention::kThreat), "1312");
  EXPECT_EQ(IntentCode("173", Intention::kThreat), "137");
  EXPECT_EQ(IntentCode("141", Intention::kThreat), "133");
  EXPECT_EQ(IntentCode("072", Intention::kThreat), "");   // no threat to help
  EXPECT_EQ(IntentCode("111", Intention::kPromise), "");  // no intent to criticise
}

std::vector<std::string> Coded(const std::string& text) {
  static const Coder coder(*Dictionary::Default(), CoderOptions{.monadic = true});
  return testing::Coded(coder, text);
}

TEST(IntentionsTest, SentencesCodeTheIntention) {
  using V = std::vector<std::string>;
  EXPECT_EQ(Coded("Britain pledged to deploy troops to Mali."),
            V{"GBR>MLI:0334:asserted"});
  EXPECT_EQ(Coded("Japan promised to hold joint exercises with India."),
            V{"JPN>IND:0312:asserted"});
  EXPECT_EQ(Coded("Egypt plans to host talks with Israel."), V{"EGY>ISR:036:asserted"});
  EXPECT_EQ(Coded("Norway offered to mediate between Sudan and Chad."),
            (V{"NOR>SDN:039:asserted", "NOR>TCD:039:asserted"}));
  EXPECT_EQ(Coded("Russia threatened to expel British diplomats.").size(), 1u);
  EXPECT_EQ(Coded("Russia threatened to expel British diplomats.")[0].substr(0, 14),
            "RUS>GBRGOV:131");
  // No intent code for the act: the act stays, as a possibility.
  EXPECT_EQ(Coded("France promised to criticise Iran."),
            (V{"FRA>:030:asserted", "FRA>IRN:111:hypothetical"}));
  // An intention to do what no pattern codes is no intent to cooperate.
  EXPECT_EQ(Coded("The Kenyan president intends to leave the African Union."), V{});
  EXPECT_EQ(Coded("The Kenyan president offered Uganda a truce."),
            V{"KENGOV>UGA:030:asserted"});
  // "urged ... to": an appeal, not the speaker's intention.
  for (const auto& e : Coded("The UN urged Israel to withdraw troops from Gaza."))
    EXPECT_EQ(e.find(":03"), std::string::npos) << e;
}

TEST(IntentionsTest, PredictionsAndAbilitiesAreHypothetical) {
  using V = std::vector<std::string>;
  // No verb of commitment: a prediction.
  EXPECT_EQ(Coded("A foreign government will protest the arrest of Chinese students."),
            V{"CHNGOV>:140:hypothetical"});
  EXPECT_EQ(Coded("Chinese students can demand that the Chinese government resign."),
            V{"CHNEDU>CHNGOV:100:hypothetical"});
  // A future meeting is still an announced one (036).
  EXPECT_EQ(Coded("Egypt will host talks with Israel."), V{"EGY>ISR:036:asserted"});
}

}  // namespace
}  // namespace dyad::coder
