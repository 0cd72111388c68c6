// The coder's behaviours, one short text each: the events it must give
// (source, target, code, modality) and nothing else.
#include <gtest/gtest.h>

#include "dyad/coder.h"
#include "testing/coded.h"

namespace dyad {
namespace {

struct Case {
  const char* name;
  const char* text;
  // "SOURCE>TARGET:CODE:modality" per event, ';'-separated; TARGET may be
  // empty. The coder must give exactly these.
  const char* expected;
};

class CoderCaseTest : public ::testing::TestWithParam<Case> {};

TEST_P(CoderCaseTest, GivesExactlyTheseEvents) {
  static const Coder coder(*Dictionary::Default(), CoderOptions{.monadic = true});
  Document doc;
  doc.id = GetParam().name;
  doc.date = "2024-07-11";
  doc.text = GetParam().text;
  EXPECT_EQ(testing::Described(coder.Code(doc), true),
            testing::SortedItems(GetParam().expected))
      << "text: " << GetParam().text << "\n"
      << coder.Explain(GetParam().text, "2024-07-11");
}

const Case kCases[] = {
    // Actors.
    {"capitals", "Beijing criticised Washington.", "CHNGOV>USAGOV:111:asserted"},
    {"seat_of_power", "The Kremlin condemned Kyiv.", "RUSGOV>UKRGOV:111:asserted"},
    {"igo", "The United Nations praised Kenya.", "IGOUNO>KEN:051:asserted"},
    {"dated_person", "Putin threatened Poland.", "RUSGOV>POL:130:asserted"},
    {"actor_agent", "Chinese police arrested Uyghur activists.",
     "CHNCOP>CHNOPP:173:asserted"},
    {"possessive_agent", "Russia's defence sector threatened Ukraine.",
     "RUSMIL>UKR:130:asserted"},
    {"shared_agent", "US and European leaders condemned Iran.",
     "USAGOV>IRN:111:asserted;EURGOV>IRN:111:asserted"},
    {"acronym_case", "They told us that Iran criticised the US.", "IRN>USA:111:reported"},
    // Clauses.
    {"two_clauses", "Iran condemned Israel; Egypt praised Jordan.",
     "IRN>ISR:111:asserted;EGY>JOR:051:asserted"},
    {"coordinated_verbs", "NATO criticised China and accused Russia of aggression.",
     "IGOWSTNAT>CHN:111:asserted;IGOWSTNAT>RUS:1123:asserted"},
    {"participle", "China criticised NATO, dismissing the allegations as lies.",
     "CHN>IGOWSTNAT:111:asserted;CHN>IGOWSTNAT:016:asserted"},
    {"relative", "Turkey, which criticised Sweden, praised Hungary.",
     "TUR>SWE:111:asserted;TUR>HUN:051:asserted"},
    {"apposition", "Antonio Guterres, the UN chief, criticised Russia.",
     "IGOUNO>RUS:111:asserted"},
    {"opening_subordinate", "After Russia attacked Ukraine, Poland condemned Russia.",
     "RUS>UKR:190:asserted;POL>RUS:111:asserted"},
    // Voice.
    {"passive", "Ukraine was attacked by Russia.", "RUS>UKR:190:asserted"},
    {"draws_criticism", "China's role draws sharp criticism from NATO leaders.",
     "IGOWSTNAT>CHN:111:asserted"},
    {"nominal_support", "China's support for Russia's defense industry grew.",
     "CHN>RUSMIL:070:asserted"},
    {"nominal_war", "Russia's war against Ukraine continued.", "RUS>UKR:190:asserted"},
    {"pushback", "Despite pushback from Beijing, NATO leaders met.",
     "CHNGOV>IGOWSTNAT:120:asserted"},
    // Compound actors.
    {"compound_source", "Iran and Syria accused Israel.",
     "IRN>ISR:112:asserted;SYR>ISR:112:asserted"},
    {"compound_target", "Iran accused Israel and the United States.",
     "IRN>ISR:112:asserted;IRN>USA:112:asserted"},
    {"both_countries",
     "China and Russia met in Moscow. Both countries blamed NATO for the crisis.",
     "CHN>RUS:040:asserted;RUS>CHN:040:asserted;CHN>IGOWSTNAT:112:asserted;"
     "RUS>IGOWSTNAT:112:asserted"},
    // Negation and denial.
    {"negated", "China did not attack Taiwan.", ""},
    {"denied_gerund", "China denied supplying weapons to Russia.", "CHN>:016:asserted"},
    {"plural_object_not_verb", "Beijing denied sending arms to Moscow.",
     "CHNGOV>:016:asserted"},
    {"third_person_verb", "Russia arms the rebels.", "RUS>RUSREB:072:asserted"},
    {"denial_answers_accuser",
     "The United States accused China of arming Russia. Beijing denied supplying "
     "weapons.",
     "USA>CHN:112:asserted;CHN>RUS:072:alleged;CHNGOV>USA:016:asserted"},
    {"denied_complement",
     "The US accused Russia of shelling Kharkiv. Russia denied that its troops attacked "
     "Kharkiv.",
     "USA>RUS:1123:asserted;RUS>:194:alleged;RUS>USA:016:asserted;RUSMIL>:190:denied"},
    {"alleged_adverb", "Iran allegedly supplied weapons to Russia.",
     "IRN>RUS:072:alleged"},
    // Attribution and nesting.
    {"reported", "Ukraine said Russia attacked Kharkiv.", "RUS>:190:reported"},
    {"alleged", "NATO alleged that China supplied weapons to Russia.",
     "IGOWSTNAT>CHN:112:asserted;CHN>RUS:072:alleged"},
    {"reported_tail", "Russian forces shelled Kharkiv, Ukrainian officials said.",
     "RUSMIL>:194:reported"},
    {"according_to", "Russia attacked Kharkiv, according to Ukrainian officials.",
     "RUS>:190:reported"},
    // Coreference.
    {"pronoun_and_description",
     "China criticised NATO on Monday. It also accused the alliance of provocation.",
     "CHN>IGOWSTNAT:111:asserted;CHN>IGOWSTNAT:1123:asserted"},
    {"western_alliance", "NATO met on Monday. Russia blamed the Western alliance.",
     "RUS>IGOWSTNAT:112:asserted"},
    {"their", "US leaders met. Their criticism of China grew.",
     "USAGOV>CHN:111:asserted"},
    // Precision.
    {"question", "Will China attack Taiwan?", "CHN>TWN:190:hypothetical"},
    {"conditional", "If Iran attacks Israel, the region will suffer.",
     "IRN>ISR:190:hypothetical"},
    {"modal", "Russia could attack Poland.", "RUS>POL:190:hypothetical"},
    {"headline", "Iran Condemns Israel\n\nTehran said on Monday that talks had failed.",
     "IRN>ISR:111:asserted"},
    {"noun_use_of_verb", "China sees itself as a potential peace broker.", ""},
};

INSTANTIATE_TEST_SUITE_P(Cases, CoderCaseTest, ::testing::ValuesIn(kCases),
                         [](const auto& info) { return std::string(info.param.name); });

}  // namespace
}  // namespace dyad
