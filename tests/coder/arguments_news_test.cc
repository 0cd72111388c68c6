// Who does an act when the sentence reports it (coder/arguments.h): cases
// found in dyad's output on the whole news folder, as sentences written for
// the tests, each with the act that must still be coded.
#include <gtest/gtest.h>

#include <string>

#include "dyad/coder.h"
#include "testing/coded.h"

namespace dyad {
namespace {

// "SOURCE>TARGET:CODE" per event, space separated.
std::string Events(const std::string& text) {
  return testing::EventList(testing::MonadicCoder(), text, "2012-05-10");
}

TEST(ArgumentsNewsTest, AnAdverbialClauseAfterTheObjectHoldsNoTarget) {
  EXPECT_EQ(Events("Kenyan students promised protests every week until Uganda joined the "
                   "treaty."),
            "KENEDU>:030");
  EXPECT_EQ(Events("Kenyan students promised the Ugandan president a protest."),
            "KENEDU>UGAGOV:030");
}

TEST(ArgumentsNewsTest, WhomAReportIsAttributedToIsNoParty) {
  EXPECT_EQ(Events("According to a report from the International Crisis Group, current "
                   "talks with the Taliban are unlikely to succeed."),
            "");
  EXPECT_EQ(Events("According to the United Nations, Kenyan police arrested Ugandan "
                   "activists."),
            "KENCOP>UGAOPP:173");
}

TEST(ArgumentsNewsTest, WhoSaysIsNotTheSubjectOfWhatIsSaid) {
  // The said clause's own subject ("the deal", "Facebook") is no actor.
  EXPECT_EQ(Events("Kenyan lawmakers say the deal was killed by the Ugandan army."),
            "UGAMIL>:190");
  EXPECT_EQ(Events("The Pakistani minister said Facebook complied, but Twitter refused."),
            "");
  // The said clause's subject is an actor: it does the act.
  EXPECT_EQ(Events("Kenyan lawmakers say Ugandan troops attacked Somali rebels."),
            "UGAMIL>SOMREB:190");
}

TEST(ArgumentsNewsTest, ASpeakerKeepsActsNotInsideWhatIsSaid) {
  // "said in a meeting with": a preposition, no said clause.
  EXPECT_EQ(Events("The Kenyan president said in a meeting with the Ugandan president "
                   "that trade would grow."),
            "KENGOV>UGAGOV:040 UGAGOV>KENGOV:040");
  // "said ... and urged": a verb coordinated with the verb of saying.
  EXPECT_EQ(Events("The Kenyan president said the vote was unfair and urged Ugandan "
                   "officials to resign."),
            "KENGOV>UGAGOV:0241");
}

TEST(ArgumentsNewsTest, TheirAfterItsClausesVerbIsThatClausesSubject) {
  // Not the plural actor of the sentence before, though "government" is
  // singular.
  EXPECT_EQ(
      Events("Zambian netizens protested on Monday. PF government agents in Zambia "
             "last Wednesday carried out their most ambitious attack on the Zambian "
             "Watchdog website."),
      "ZMBCVL>:140 ZMBGOV>ZMBMED:175");
  // A verb that acts on the object's owner keeps the plural antecedent.
  EXPECT_EQ(Events("Zambian students protested on Monday. The Zambian government "
                   "rejected their demands."),
            "ZMBEDU>:140 ZMBGOV>ZMBEDU:120");
}

TEST(ArgumentsNewsTest, ACriticOfSomeoneIsNotThatSomeone) {
  // The owner after "of" lends an opposition role word its country only.
  EXPECT_EQ(Events("A critic of Russian president Vladimir Putin accused the Kremlin of "
                   "corruption."),
            "RUSOPP>RUSGOV:1121");
}

TEST(ArgumentsNewsTest, ItIsNoOneHumanNamedByARoleWord) {
  // "it" is the trial, not the prime minister.
  EXPECT_EQ(Events("The Ukrainian prime minister was tried. Ukrainian opposition leaders "
                   "refused to attend it."),
            "UKROPP>:125");
}

TEST(ArgumentsNewsTest, ANounModifierMayStandBetweenCountryAndRole) {
  EXPECT_EQ(
      Events("The Taliban met on Monday with Zalmay Khalilzad, a US peace envoy, in "
             "Qatar."),
      "AFGREB>USAGOV:040 USAGOV>AFGREB:040");
  // A verb form is no modifier.
  EXPECT_EQ(Events("Russia says police arrested Navalny."), "RUSCOP>RUSOPP:173");
  EXPECT_EQ(Events("Egypt put opposition leaders on trial."), "EGY>EGYOPP:115");
}

TEST(ArgumentsNewsTest, APersonWithNoDatesIsRememberedBySurname) {
  // data/people-cabinets.dyad lists her with no dates: @people says she is
  // a person all the same.
  EXPECT_EQ(
      Events("Elizabeth Warren spoke on Monday. Yesterday Warren commended Joe Biden."),
      "USALEG>USAGOV:051");
}

TEST(ArgumentsNewsTest, ACapitalisedWordInsideASentenceIsNoVerb) {
  EXPECT_EQ(
      Events("Kenyan police and soldiers watched the rain of Tropical Storm Barry on "
             "the coast."),
      "");
  // After a colon it may open an imperative (no act either way).
  EXPECT_EQ(Events("@kenyan_user: Free the Kenyan students!"), "");
}

TEST(ArgumentsNewsTest, SympathyInAQuotationIsTheSpeakers) {
  EXPECT_EQ(
      Events("European Council President Donald Tusk wrote \"Let's all pray for Polish "
             "Mayor Adamowicz.\""),
      "IGOEUREEC>POLGOV:018");
  EXPECT_EQ(
      Events("\"I want to express my sympathy to the families of the victims,\" the "
             "Polish president tweeted."),
      "POLGOV>POLCVL:018");
  // No speaker named in the sentence: no one to express it.
  EXPECT_EQ(Events("\"Let's all pray for Polish Mayor Adamowicz.\""), "");
}

TEST(ArgumentsNewsTest, APersonAndAGroupOfTheSameRoleAreTwoParties) {
  EXPECT_EQ(Events("Kenyan officials pressured President Kibaki to resign."),
            "KENGOV>KENGOV:100");
}

TEST(ArgumentsNewsTest, AJudgementOfAPersonInAQuotationIsTheSpeakers) {
  EXPECT_EQ(Events("\"President Kibaki was a true hero of Kenya,\" the Kenyan opposition "
                   "leader said."),
            "KENOPP>KENGOV:051");
  EXPECT_EQ(Events("\"President Kibaki is a liar,\" the Kenyan opposition leader said."),
            "KENOPP>KENGOV:111");
  // A judgement of a situation names no one.
  EXPECT_EQ(Events("\"It was a great day,\" the Kenyan opposition leader said."), "");
}

TEST(ArgumentsNewsTest, TheSpeakerSpeaksAfterSayingToSomeone) {
  // "said to X:" still opens the speaker's quotation: "I" is the speaker.
  EXPECT_EQ(
      Events("The Kenyan president said to Ugandan officials: \"I am asking Ugandan "
             "rebels to lay down their arms.\""),
      "KENGOV>UGAREB:020");
}

TEST(ArgumentsNewsTest, APieceOfAHandleIsNoTrigger) {
  // "@attack_now" is a name, not an attack.
  EXPECT_EQ(Events("Kenyan students (@attack_now) criticized the Kenyan police."),
            "KENEDU>KENCOP:111");
}

TEST(ArgumentsNewsTest, ARoleWordOfAPairReferenceTakesItsCountries) {
  EXPECT_EQ(
      Events("Tension rose between the Philippines and China. The governments of the "
             "two nations accused each other."),
      "PHLGOV>CHNGOV:112 CHNGOV>PHLGOV:112");
}

TEST(ArgumentsNewsTest, AParticipleRightAfterAnActorIsThatActors) {
  EXPECT_EQ(Events("Kenyan police arrested Somali students criticising the Somali "
                   "government."),
            "KENCOP>SOMEDU:173 SOMEDU>SOMGOV:111");
  EXPECT_EQ(Events("Kenyan lawmakers criticised the Ugandan president accusing Kenya of "
                   "spying."),
            "KENLEG>UGAGOV:111 UGAGOV>KEN:1125");
  EXPECT_EQ(Events("Kenyan bloggers added their voice to the Ugandan president suing his "
                   "critics."),
            "UGAGOV>:115");
  EXPECT_EQ(
      Events("Kenyan lawmakers were angered by Ugandan police beating Kenyan students."),
      "UGACOP>KENEDU:182");
  // Not a place: the protests demand, not the country.
  EXPECT_EQ(Events("Protests were held across Kenya demanding reforms."), "");
}

TEST(ArgumentsNewsTest, OnlyMutualForceIsDoneToEachOther) {
  EXPECT_EQ(Events("Kenya and Uganda have managed to capture or kill about 2/3s of the "
                   "top rebel commanders."),
            "KEN>:190 UGA>:190");
  EXPECT_EQ(Events("Kenyan and Ugandan troops exchanged fire."),
            "KENMIL>UGAMIL:193 UGAMIL>KENMIL:193");
}

TEST(ArgumentsNewsTest, ANounsTargetIsNotPastAPhraseOfCompany) {
  EXPECT_EQ(Events("Kenyan clerics forbade Somalis to join the attack on Kismayo with "
                   "the Ugandans."),
            "SOM>:190");
  EXPECT_EQ(
      Events("Kenya's imprisonment of a number of Ugandan students angered Uganda."),
      "KEN>UGAEDU:173");
}

TEST(ArgumentsNewsTest, ACountryBeforeABorderInAPhraseOfPlaceIsAPlace) {
  EXPECT_EQ(Events("Somali clans along the Kenya border warned the rebels."),
            "SOM>SOMREB:130");
  EXPECT_EQ(Events("Ugandan troops shelled the Kenyan border town."), "UGAMIL>KEN:194");
}

TEST(ArgumentsNewsTest, ARelativeClauseAboutANonActorObjectNamesNoTarget) {
  EXPECT_EQ(Events("Kenyan bishops urged an audience that included the Ugandan president "
                   "to pray."),
            "KENREL>:020");
  EXPECT_EQ(Events("Kenyan bishops urged the Ugandan president to pray."),
            "KENREL>UGAGOV:020");
}

}  // namespace
TEST(ArgumentsNewsTest, AModifierNoPatternNamesMayStandInsideAPattern) {
  // "hold a meeting" and "sign a deal" with an adjective or a counted
  // measure between their words.
  EXPECT_EQ(Events("Kenyan and Ugandan officials held a three-day meeting."),
            "KENGOV>UGAGOV:040 UGAGOV>KENGOV:040");
  EXPECT_EQ(Events("Kenya signed a 25-year deal with Uganda."),
            "KEN>UGA:057 UGA>KEN:057");
  EXPECT_EQ(Events("Kenya and Uganda held unproductive talks."),
            "KEN>UGA:040 UGA>KEN:040");
  // An adjective the dictionary also uses ("special forces") may stand
  // there too, but a pattern that names its own adjective keeps it.
  EXPECT_EQ(Events("Kenya and Uganda held a special meeting."),
            "KEN>UGA:040 UGA>KEN:040");
  // A word the dictionary uses is no filler: "martial" in "lift martial law".
  EXPECT_EQ(Events("The Kenyan army lifted martial law."), "KENMIL>:0814");
}

TEST(ArgumentsNewsTest, AnOpeningPhraseHoldsNoVerbOfTheSentence) {
  // "According" is no verb before the subject: "pressured" after it is the
  // sentence's verb, whatever the tagger calls it.
  EXPECT_EQ(Events("According to the BBC, multiple officials pressured Museveni not to "
                   "resign."),
            "UGAGOV>UGAGOV:100");
}

}  // namespace dyad
