// Classes of mistakes found on the development gold (tests/gold-dev), with
// sentences written for the tests: names no dictionary knows
// (coder/unknown_names.h), coordinated verbs that share their voice or their
// object, two actors of one code, targets inside a pattern's words.
#include <gtest/gtest.h>

#include <string>

#include "coder/actor_codes.h"
#include "dyad/coder.h"
#include "testing/coded.h"

namespace dyad {
namespace {

const Coder& Default() {
  static const Coder coder(*Dictionary::Default(), CoderOptions{.monadic = true});
  return coder;
}

// "SOURCE>TARGET:CODE" per event, space separated.
std::string Events(const std::string& text) {
  return testing::EventList(Default(), text, "2020-02-15");
}

// The actor codes of `text`'s mentions (from Explain), space separated.
std::string Actors(const std::string& text) {
  return testing::ActorCodes(Default(), text, "2020-02-15");
}

TEST(UnknownNamesTest, AnUnknownNameIsAPersonOfTheContextsCountry) {
  EXPECT_EQ(Events("Police in Kenya arrested Amina Odhiambo on Monday."),
            "KENCOP>KENCVL:173");
  // Later by surname.
  EXPECT_EQ(Events("Police in Kenya arrested Amina Odhiambo. Odhiambo accused the "
                   "Kenyan police of torture."),
            "KENCOP>KENCVL:173 KENCVL>KENCOP:1122");
}

TEST(UnknownNamesTest, AnAppositionOrATitleBeforeACommaGivesTheRole) {
  EXPECT_EQ(Events("Nabil Hasan, a Yemeni journalist, criticised the Saudi government."),
            "YEMMED>SAUGOV:111");
  EXPECT_EQ(Actors("The Minister for Information and Technology, Raja Ashraf said "
                   "Pakistani police arrested Ahmed Khan."),
            "GOV PAKGOV PAKCOP PAKCVL");
}

TEST(UnknownNamesTest, AnAppositionNameIsRememberedWithItsHeadsCode) {
  // "Mr." makes one name word a person; an initial stays inside the name.
  EXPECT_EQ(Events("President Trump's counterterrorism adviser, John O. Brennan, met "
                   "Yemen's president. Yemeni activists criticised Mr. Brennan."),
            "USAGOV>YEMGOV:040 YEMGOV>USAGOV:040 YEMOPP>USAGOV:111");
}

TEST(UnknownNamesTest, ATweetsAuthorIsItsFirstPerson) {
  // From the story's country, not the country the tweet names.
  EXPECT_EQ(Events("Yemenis protested in Yemen. Yemen is poor. @A4Mai: We condemn the "
                   "US embassy."),
            "YEM>:140 YEMCVL>USAGOV:111");
}

TEST(UnknownNamesTest, ATweetThatCondemnsCriticises) {
  const std::string story = "Indonesians protested in Jakarta. Jakarta police watched. ";
  // (The monadic protest of the first sentence is there each time.)
  EXPECT_EQ(Events(story + "@Ray_owl: the Indonesian police are embarrassing."),
            "IDN>:140 IDNCVL>IDNCOP:111");
  // Not a denial of the judgement, nor a question.
  EXPECT_EQ(Events(story + "@Ray_owl: the Indonesian police are not embarrassing."),
            "IDN>:140");
  EXPECT_EQ(Events(story + "@Ray_owl: are the Indonesian police thugs?"), "IDN>:140");
  // Not outside a tweet.
  EXPECT_EQ(Events(story + "The Indonesian police are thugs."), "IDN>:140");
}

TEST(UnknownNamesTest, ATweetsWordsStartAfterItsAuthor) {
  // A right-to-left mark before the handle; "Dear" opens the tweet's words.
  EXPECT_EQ(Actors("\xE2\x80\x8F@A4Mai: Dear Mr. Brennan, leave Yemen."),
            "YEMCVL YEMCVL YEM");
}

TEST(UnknownNamesTest, ANameNoContextPlacesIsNoActor) {
  EXPECT_EQ(Actors("Amina Odhiambo met Jonathan Marcus."), "");
}

TEST(UnknownNamesTest, PlacesDatesAndOrganisationsAreNoPeople) {
  EXPECT_EQ(Actors("Protesters marched down Fifth Avenue in Nairobi."), "KENOPP KENGOV");
  EXPECT_EQ(Actors("Sudan's army besieged El Fasher."), "SDNMIL");
  EXPECT_EQ(Actors("Kenyan police spoke to Dunya TV about World Press Freedom Day."),
            "KENCOP");
  EXPECT_EQ(Actors("Kenyan police arrived in Kisumu Town."), "KENCOP");
  // The first word of a sentence is no name when it is an adverb.
  EXPECT_EQ(Actors("Yesterday Odhiambo criticised the Kenyan government."), "KENGOV");
  // A Title Case headline names no one.
  EXPECT_EQ(Actors("Kenyan Police Arrest Amina Odhiambo After Protest"), "KENCOP");
}

TEST(CoordinationTest, AParticipleCoordinatedWithAPassiveOneIsPassive) {
  EXPECT_EQ(
      Events("Cuban journalists were harassed, detained and imprisoned by the police."),
      "CUBCOP>CUBMED:173");
  // Not when it has an object of its own.
  EXPECT_EQ(Events("NATO would not be intimidated and pledged support for Kyiv."),
            "IGOWSTNAT>UKRGOV:032");
}

TEST(CoordinationTest, ABareVerbSharesTheObjectOfTheNextOne) {
  EXPECT_EQ(Events("Kenyan police arrested and later released three Ugandan activists."),
            "KENCOP>UGAOPP:173 KENCOP>UGAOPP:0841");
  // A verb whose pattern holds its own object does not.
  EXPECT_EQ(Events("China rejected the accusations and criticised Japan."),
            "CHN>:016 CHN>JPN:111");
}

TEST(SameCodeTest, TwoActorsOfOneCodeAreNotOneActor) {
  // Two people with different names, or a person and a group of a kind.
  EXPECT_EQ(Events("President Trump lashed out at Mayor Muriel Bowser."),
            "USAGOV>USAGOV:111");
  EXPECT_EQ(Events("Usman Khan stabbed several people in London."), "GBRCVL>GBRCVL:182");
  // A party and a person of that party are two.
  EXPECT_EQ(Events("The Democratic Party criticised Joe Biden."), "USAPTY>USAPTY:111");
  // But a country and its own pronoun are one.
  EXPECT_EQ(Events("Kenya condemned its own decision."), "KEN>:111");
}

TEST(CounterpartTest, AClashIsFoughtByBothSides) {
  EXPECT_EQ(Events("Sudanese troops clashed with rebels."),
            "SDNMIL>SDNREB:190 SDNREB>SDNMIL:190");
  // Not an attack.
  EXPECT_EQ(Events("Sudanese troops attacked rebels."), "SDNMIL>SDNREB:190");
}

TEST(AgenciesTest, AStatesNamedServicesAreItsRoles) {
  EXPECT_EQ(Actors("Mossad agents and the CIA watched the FSB and Scotland Yard."),
            "ISRSPY USASPY RUSSPY GBRCOP");
  EXPECT_EQ(Events("Jordanian MPs criticised the government."), "JORLEG>JORGOV:111");
  EXPECT_EQ(Events("Kenyan cops arrested students."), "KENCOP>KENEDU:173");
}

TEST(PassiveTest, AnOpeningPassiveParticipleActsOnTheMainSubject) {
  // "by" before adjectives too.
  EXPECT_EQ(Events("After being pressured by conservative Indonesian politicians, the "
                   "Indonesian police cancelled the concert."),
            "IDNELI>IDNCOP:100");
  // And a target after the trigger's own preposition, behind an adjective.
  EXPECT_EQ(Events("Hezbollah fired rockets at northern Israel."), "LBNREB>ISR:194");
}

TEST(PatternTargetTest, APatternThatNamesItsObjectHoldsTheTarget) {
  EXPECT_EQ(Events("Kenyan protesters tried to storm the parliament."),
            "KENOPP>KENLEG:145");
  // Not the troops it sends.
  EXPECT_EQ(Events("Lebanon's army deployed troops in the south."), "LBNMIL>:154");
}

TEST(StoryCountryTest, TheTitleAndThePlacesNamedSayWhatTheStoryIsAbout) {
  Document doc;
  doc.id = "t";
  doc.date = "2012-05-20";
  // The text names Japan twice, the title India (which counts twice).
  doc.title = "India: crackdown on anti-nuclear protests";
  doc.text =
      "The plant may be as vulnerable as Fukushima in Japan. A Japanese expert agreed. "
      "An Indian expert did not. Police arrested protesters.";
  std::string out;
  for (const Event& e : Default().Code(doc)) out += e.source + ">" + e.target + " ";
  EXPECT_EQ(out, "INDCOP>INDOPP ");
  doc.title = "";
  doc.text =
      "Ships crossed the Suez Canal. The Sinai is quiet. Israel watched. Police arrested "
      "protesters.";
  out.clear();
  for (const Event& e : Default().Code(doc)) out += e.source + ">" + e.target + " ";
  EXPECT_EQ(out, "EGYCOP>EGYOPP ");
  // A country lent by the context does not count: only what the text names.
  doc.text =
      "A Japanese expert said police, soldiers and students watched the activists. "
      "Kenya's army and Kenyan police met. Police arrested activists.";
  out.clear();
  for (const Event& e : Default().Code(doc)) out += e.source + ">" + e.target + " ";
  EXPECT_NE(out.find("KENCOP>KENOPP"), std::string::npos) << out;
  EXPECT_EQ(out.find("JPNCOP>JPNOPP"), std::string::npos) << out;
}

TEST(UnknownNamesTest, AnArabicArticleIsPartOfAName) {
  EXPECT_EQ(Events("Yemeni journalist Nabil Hasan al-Quaety was shot in Yemen. Yemeni "
                   "gunmen attacked al-Quaety near his home."),
            "YEMUAF>YEMMED:180");
}

TEST(UnknownNamesTest, ANameBeforeACommaAndACountryIsAPlace) {
  EXPECT_EQ(Events("Police arrested protesters in Tamil Nadu, India, today."),
            "INDCOP>INDOPP:173");
}

TEST(RequireCountryTest, ARoleWithNoCountryIsNoCodableActor) {
  // No country anywhere: no source, no event; no target: a one-actor event.
  EXPECT_EQ(Events("The court acquitted the opposition leader."), "");
  EXPECT_EQ(Events("Kenya criticised the court."), "KEN>KENJUD:111");
  // A place lends its country ("in the Sinai").
  EXPECT_EQ(Events("The militia massacred villagers in the Sinai."), "EGYMIL>EGYCVL:202");
  // Organisations are codable without a country.
  EXPECT_EQ(Events("NATO criticised the court."), "IGOWSTNAT>:111");
  // PETRARCH codes the role alone.
  const Coder petrarch(*Dictionary::Default(), CoderOptions::Petrarch());
  Document doc;
  doc.id = "t";
  doc.date = "2020-02-15";
  doc.text = "The court acquitted the opposition leader.";
  ASSERT_EQ(petrarch.Code(doc).size(), 1u);
  EXPECT_EQ(petrarch.Code(doc)[0].source, "JUD");
}

TEST(AllMentionsTest, OneEventPerSentenceEvenWithEveryMention) {
  // Two mentions of one side in one sentence state one event.
  const Coder every(*Dictionary::Default(), CoderOptions{.all_mentions = true});
  Document doc;
  doc.id = "t";
  doc.date = "2012-05-20";
  doc.text =
      "Meetings between the president of Pakistan, Asif Ali Zardari, and Indian Prime "
      "Minister Manmohan Singh went well. Zardari met Singh again.";
  std::string out;
  for (const Event& e : every.Code(doc))
    out += std::to_string(e.sentence) + ":" + e.source + ">" + e.target + " ";
  EXPECT_EQ(out, "0:PAKGOV>INDGOV 0:INDGOV>PAKGOV 1:PAKGOV>INDGOV 1:INDGOV>PAKGOV ");
}

}  // namespace
TEST(NounPatternTest, ACompoundNounIsPluralAtItsHead) {
  // "drone strike in" also matches "drone strikes in"; the pattern's own
  // "in" marks its target, not a place.
  EXPECT_EQ(Events("The United States expanded its campaign of drone strikes in Yemen."),
            "USA>YEM:195");
  EXPECT_EQ(Events("Russia carried out an airstrike in Syria."), "RUS>SYR:195");
  // Outside a pattern "in" still marks a place.
  EXPECT_EQ(Events("Russian troops arrested protesters in Syria."), "RUSMIL>SYROPP:173");
}

TEST(ObjectTest, AnObjectsAgentAfterByIsTheTarget) {
  EXPECT_EQ(Events("The Kenyan opposition condemned the violence by police."),
            "KENOPP>KENCOP:111");
  // A participle's agent is not: "forecasts published by foreign media".
  EXPECT_EQ(Events("Kenyan students discussed the forecasts published by Ugandan media."),
            "");
}

TEST(ModalityTest, AnyLyAdverbKeepsThePassiveAndTheNegation) {
  EXPECT_EQ(Events("Kenyan activists were not explicitly charged by the police."), "");
  EXPECT_EQ(Events("Kenyan activists were reportedly arrested by Ugandan police."),
            "UGACOP>KENOPP:173");
}

TEST(CoreferenceTest, ItBeforeIsStandsForNoActor) {
  // "It is shameful" judges a situation, not the country named before.
  EXPECT_EQ(Events("@amal: US officials are playing games with Yemen. It is shameful."),
            "");
  EXPECT_EQ(Events("Russia denied it. It was attacked by Ukraine."),
            "RUS>:016 UKR>RUS:190");
}

TEST(ActorsTest, FaithCommunitiesAndGroupsOfThem) {
  EXPECT_EQ(Events("A group of Muslims clashed with Ethiopian police."),
            "ETHREL>ETHCOP:145 ETHCOP>ETHREL:175");
  // A clause after "but" holds no object of the verb before it.
  EXPECT_EQ(Events("Pakistani courts banned the images but Sunni Muslims protested."),
            "PAKJUD>:172 PAKREL>:140");
  EXPECT_EQ(Events("Syrian rebels clashed with Syrian troops."),
            "SYRREB>SYRMIL:190 SYRMIL>SYRREB:190");
}

TEST(CoreferenceTest, APlaceIsNoAntecedentOfAPronoun) {
  EXPECT_EQ(
      Events("A fire broke out in a slum in Chittagong, Bangladesh. Officials said it "
             "killed nine people."),
      "");
  EXPECT_EQ(Events("Russian troops entered Ukraine. It said they had attacked Kiev."),
            "RUSMIL>UKR:192 RUSMIL>UKRGOV:190");
}

TEST(CoreferenceTest, AnObjectPronounIsNotTheSubjectOfItsOwnClause) {
  // The clause's first actor is its subject, also after an opening clause.
  EXPECT_EQ(Events("Serbian protesters marched to parliament. As they tried to storm "
                   "parliament, Serbian police fired tear gas at them."),
            "SRBOPP>SRBLEG:140 SRBOPP>SRBLEG:145 SRBCOP>SRBOPP:175");
  EXPECT_EQ(Events("Kenyan police arrested the Ugandan activists and beat them."),
            "KENCOP>UGAOPP:173 KENCOP>UGAOPP:182");
}

TEST(CoreferenceTest, APronounReachesTwoSentencesBack) {
  const std::string opening =
      "The Kenyan government hosted a summit in Nairobi. Rain fell on the city. ";
  EXPECT_EQ(Events(opening + "It also criticised Tanzania."), "KENGOV>TZA:111");
  // Further back, the story has moved on: no antecedent.
  EXPECT_EQ(Events(opening + "Traders were busy. It also criticised Tanzania."), "");
}

TEST(TriggerTest, AParticipleAfterAVerbIsAnAdjective) {
  // "accused" modifies the object of "extradite"; bare "engage" is no attack.
  EXPECT_EQ(Events("Uganda will extradite accused Kenyan activists."), "UGA>KENOPP:063");
  EXPECT_EQ(Events("The Kenyan president engaged Ugandan business leaders."), "");
}

TEST(CoreferenceTest, AnObjectPronounIsNotItsClausesSubject) {
  // "him" is someone else than the activist; "X said Y attacked him" may be X.
  EXPECT_EQ(Events("Kenyan activist Amina Odhiambo criticised him."), "KENOPP>:111");
  EXPECT_EQ(Events("Kenyan activist John Odhiambo said Ugandan police had arrested him."),
            "UGACOP>KENOPP:173");
}

TEST(TriggerTest, AGerundWithAnObjectIsAVerb) {
  EXPECT_EQ(
      Events("Armenian police beat protesters, injuring a few and arresting others."),
      "ARMCOP>ARMOPP:175 ARMCOP>:173");
}

TEST(CodesTest, ForceByNonStateActorsIsUnconventionalViolence) {
  // CAMEO's 19 is for armed forces; gunmen or protesters attacking is 18.
  EXPECT_EQ(
      Events("Egyptian protesters gathered in Cairo. Gunmen attacked the protesters."),
      "EGYUAF>EGYOPP:180");
  EXPECT_EQ(Events("Egyptian troops attacked Libyan rebels."), "EGYMIL>LBYREB:190");
  // A state's civilian arm using force on its own civilians represses them
  // (175); soldiers stay at 19, and so does force against foreign rebels.
  EXPECT_EQ(Events("Kenyan police attacked Kenyan protesters."), "KENCOP>KENOPP:175");
  EXPECT_EQ(Events("Syrian troops attacked Syrian civilians."), "SYRMIL>SYRCVL:190");
  EXPECT_EQ(Events("Kenyan police attacked Somali rebels."), "KENCOP>SOMREB:190");
  // Rebels attacking civilians or a party's members assault them (18);
  // against soldiers it is combat (19).
  EXPECT_EQ(Events("Iraqi guerrillas attacked Iraqi villagers."), "IRQREB>IRQCVL:180");
  EXPECT_EQ(Events("Iraqi guerrillas attacked Iraqi soldiers."), "IRQREB>IRQMIL:190");
}

TEST(OutputRulesTest, AnAimUnderToIsNoAct) {
  // Appeals and intentions are coded; what they aim at is not.
  EXPECT_EQ(Events("The Kenyan minister urged local residents to assist the police."),
            "KENGOV>KENCVL:020");
  EXPECT_EQ(Events("Kenyan police tried to arrest the opposition leader."), "");
  EXPECT_EQ(Events("Kenya pledged to send troops to Somalia."), "KEN>SOM:0332");
  // A vote does what it votes for; a rally says what it rallies to demand.
  EXPECT_EQ(Events("The Kenyan parliament voted to impeach the Kenyan president."),
            "KENLEG>KENGOV:115");
  EXPECT_EQ(Events("Kenyan students rallied to demand the resignation of the Kenyan "
                   "president."),
            "KENEDU>KENGOV:1411");
}

TEST(JudgementsTest, CallingAnActOfAPartyNamesCriticisesTheParty) {
  EXPECT_EQ(Events("The Kenyan opposition called the president's decree illegal."),
            "KENOPP>KENGOV:111");
  EXPECT_EQ(Events("Trump called the Democrats' inquiry a witch hunt."),
            "USAGOV>USAPTY:111");
}

TEST(JudgementsTest, AQuotedLabelForAnActorIsScornUnlessItPraises) {
  EXPECT_EQ(Events("The Kenyan opposition leader called the Kenyan president a \"tin-pot "
                   "tyrant\"."),
            "KENOPP>KENGOV:111");
  EXPECT_EQ(Events("The Kenyan president described the Ugandan president as a \"great "
                   "statesman\"."),
            "KENGOV>UGAGOV:051");
  // A label for "it" may be for one's own act; a label with no closing
  // quotation mark is no label.
  EXPECT_EQ(Events("The Kenyan president called it a \"painful decision\"."), "");
  EXPECT_EQ(Events("The Kenyan president called the Ugandan president \"a partner"), "");
}

TEST(JudgementsTest, SayingAnActorDidAWrongAccusesIt) {
  EXPECT_EQ(Events("Kenyan rights groups said the Kenyan police had used excessive "
                   "force."),
            "KENHRI>KENCOP:112");
  EXPECT_EQ(Events("The Ugandan opposition said the Ugandan government had repeatedly "
                   "lied."),
            "UGAOPP>UGAGOV:112");
  // Denied or asked, it accuses no one.
  EXPECT_EQ(Events("The Ugandan opposition said the Ugandan government had not lied."),
            "");
  EXPECT_EQ(Events("Did the Ugandan opposition say the Ugandan government had lied?"),
            "");
  // An act the dictionary codes is reported as itself.
  EXPECT_EQ(Events("The Ugandan opposition said Ugandan soldiers had tortured "
                   "detainees."),
            "UGAMIL>:1822");
}

TEST(JudgementsTest, WhomAClaimSaysSufferedAnActIsNotAccused) {
  EXPECT_EQ(Events("Kenya claimed 90 Somali soldiers had been killed."), "");
  EXPECT_EQ(Events("Kenya claimed Somali soldiers had shelled the town."),
            "KEN>SOMMIL:112 SOMMIL>:194");
}

TEST(JudgementsTest, SayingWhatAnActorShouldDoAppealsToIt) {
  EXPECT_EQ(Events("Kenyan activists say that the Kenyan president should resign."),
            "KENOPP>KENGOV:020");
  EXPECT_EQ(
      Events("Kenyan bloggers stressed that Ugandan officials should not interfere."),
      "KENMED>UGAGOV:020");
  // What should be done to the actor, the speaker's own duty, or a question:
  // no appeal to the actor.
  EXPECT_EQ(Events("The Kenyan president said Ugandan soldiers must be punished."), "");
  EXPECT_EQ(Events("The Kenyan president said we must act against Uganda."), "");
  EXPECT_EQ(Events("Did Kenyan activists say the Kenyan president should resign?"), "");
}

TEST(JudgementsTest, ReferringToAnActorAsAQuotedLabelScornsIt) {
  EXPECT_EQ(Events("The Kenyan president referred to Ugandan officials as \"chumps\"."),
            "KENGOV>UGAGOV:111");
  // A name in quotation marks is no label.
  EXPECT_EQ(Events("The Kenyan president referred to the Ugandan president simply as "
                   "\"Museveni\"."),
            "");
  EXPECT_EQ(Events("The Kenyan president referred to Ugandan officials in his speech."),
            "");
}

TEST(JudgementsTest, SayingAnActorIsBehindAHarmAccusesIt) {
  EXPECT_EQ(Events("The Kenyan army said al-Shabaab was behind the attack."),
            "KENMIL>SOMREB:112");
  EXPECT_EQ(Events("The Kenyan army said al-Shabaab fighters are the suspected "
                   "perpetrators."),
            "KENMIL>SOMREB:112");
  EXPECT_EQ(Events("The Kenyan army said on Twitter that al-Shabaab was responsible for "
                   "the killings."),
            "KENMIL>SOMREB:112");
  // Responsible for something that is no harm: no accusation.
  EXPECT_EQ(Events("The Kenyan army said the Ugandan police were responsible for "
                   "security."),
            "");
}

// "Western" that opens a longer name is part of it ("the Western Mindanao
// Command"); a particle may stand inside a person's name ("Arnel dela Vega").
TEST(ActorsInNamesTest, WesternInANameAndNameParticles) {
  EXPECT_EQ(Events("Western leaders criticised the Kenyan government."),
            "WSTGOV>KENGOV:111");
  EXPECT_EQ(Events("Juan dela Cruz of the Western Visayas Command criticised the Kenyan "
                   "government."),
            "KENCVL>KENGOV:111");
}

TEST(JudgementsTest, ACourtThatFindsAnActUnlawfulFindsAgainstItsAuthor) {
  EXPECT_EQ(Events("Kenya's High Court found the president's decree unconstitutional."),
            "KENJUD>KENGOV:116");
  // A legislature's contempt is a legal step (115), like an impeachment;
  // "the House" is a legislature.
  EXPECT_EQ(Events("The Kenyan parliament voted to hold the finance minister in "
                   "contempt."),
            "KENLEG>KENGOV:115");
  EXPECT_EQ(Events("The House impeached President Trump on Wednesday."),
            "USALEG>USAGOV:115");
}

TEST(JudgementsTest, OfficersArePoliceUnlessTheTextSaysMilitary) {
  EXPECT_EQ(Actors("British officers arrested two men."), "GBRCOP GBRCVL");
  EXPECT_EQ(Actors("British military officers arrested two men."), "GBRMIL GBRCVL");
}

TEST(AdverbialsTest, APhraseOfPlaceOrTimeBetweenAPatternsWordsIsReadPast) {
  EXPECT_EQ(Events("Kenya's president met on Tuesday with Somali leaders."),
            "KENGOV>SOMGOV:040 SOMGOV>KENGOV:040");
  EXPECT_EQ(Events("Kenya held talks in Geneva with Somalia."),
            "KEN>SOM:040 SOM>KEN:040");
  // The place inside is no target of "clash with police".
  EXPECT_EQ(Events("Kenyan protesters clashed outside parliament with police."),
            "KENOPP>KENCOP:145 KENCOP>KENOPP:175");
  // "on" before a name is no adverbial: Somalia is the target.
  EXPECT_EQ(Events("Kenya imposed sanctions on Somalia over the attack."), "KEN>SOM:163");
}

TEST(OutputRulesTest, APassiveWithNoAgentHasNoSource) {
  // "hit" is its own participle: the convoy is the target, and the
  // speaker is not the attacker.
  EXPECT_EQ(Events("A Kenyan general said the Somali convoy was hit."), "");
  EXPECT_EQ(Events("The Somali convoy was hit by Kenyan artillery."), "KENMIL>SOM:190");
}

TEST(OutputRulesTest, ASentenceThatCountsPrecedentsIsBackground) {
  EXPECT_EQ(Events("The Kenyan parliament has only impeached two presidents."), "");
  EXPECT_EQ(Events("Only once before has the Kenyan parliament impeached a president."),
            "");
  EXPECT_EQ(Events("The Kenyan parliament impeached the president for the first time "
                   "in its history."),
            "KENLEG>KENGOV:115");
}

TEST(PronounsTest, HeAndTheyStandForOneHumanOrThePolice) {
  EXPECT_EQ(Events("Kenyan police arrested a 66-year-old man. They later released him "
                   "on bail."),
            "KENCOP>KENCVL:173 KENCOP>KENCVL:0841");
  // A body is no "him".
  EXPECT_EQ(Events("The Kenyan court heard the case. Police later released him."), "");
}

}  // namespace dyad
