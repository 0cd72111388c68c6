// Classes of actor errors found by coding all of ../shared/news and reading
// the output (issue 12, part 4), one test per class, with sentences written
// for the test: the actor codes that the default dictionaries give each
// mention on the article's date.
#include <gtest/gtest.h>

#include <string>

#include "coder/actor_codes.h"
#include "dyad/coder.h"

namespace dyad {
namespace {

const Coder& Default() {
  static const Coder coder(*Dictionary::Default(), CoderOptions{.monadic = true});
  return coder;
}

// The codes of the actor mentions of `text`, in order ("USAELI FRAELI").
std::string Actors(const std::string& text, const std::string& date) {
  return testing::ActorCodes(Default(), text, date);
}

// A leader named after their term is the country's elite (ELI), not a
// person no dictionary knows.
TEST(ActorClassesTest, FormerOfficeHoldersAreElite) {
  EXPECT_EQ(Actors("Obama criticised the plan.", "2019-03-01"), "USAELI");
  EXPECT_EQ(Actors("Gordon Brown and Jacques Chirac spoke at the summit.", "2012-06-01"),
            "GBRELI FRAELI");
  // An international civil servant is their country's elite between posts.
  EXPECT_EQ(Actors("Kofi Annan visited Accra.", "2010-06-01"), "GHAELI GHAGOV");
  EXPECT_EQ(Actors("Kofi Annan met Bashar al-Assad.", "2012-05-10"), "IGOUNO SYRGOV");
}

// A private person in a sentence that names only a foreign force is of the
// story's country, not the force's.
TEST(ActorClassesTest, APrivatePersonBesideAForceAbroadIsOfTheStorysCountry) {
  EXPECT_EQ(
      Actors("Iraqi officials met in Baghdad. Iraq's government condemned the raid. "
             "American forces killed a man in Qaim.",
             "2004-11-20"),
      "IRQGOV IRQGOV IRQGOV USAMIL IRQCVL");
  EXPECT_EQ(Actors("British police detained a man in London.", "2019-11-30"),
            "GBRCOP GBRCVL");
}

// A nationality in a phrase that describes a name no dictionary knows is
// that person's country; a sentence's opening adverb is no part of a name.
TEST(ActorClassesTest, ANationalityInAnAppositionCodesTheName) {
  EXPECT_EQ(
      Actors("Saad Katatny, an Egyptian lawyer, criticized Saudi Arabia.", "2012-05-01"),
      "EGYCVL EGY SAU");
  EXPECT_EQ(Actors("Then Saad Katatny, an Egyptian lawyer, criticized Saudi Arabia.",
                   "2012-05-01"),
            "EGYCVL EGY SAU");
  // An office in a body, or a role the phrase is headed by.
  EXPECT_EQ(Actors("Saad Katatny, the speaker of Egypt's parliament, criticized Saudi "
                   "Arabia.",
                   "2012-05-01"),
            "EGYLEG EGYLEG SAU");
  EXPECT_EQ(Actors("Yasmeen Ali, a university professor in Pakistan, criticized India.",
                   "2012-05-01"),
            "PAKEDU PAKEDU IND");
}

// Users of social networks are private people.
TEST(ActorClassesTest, SocialNetworkUsersAreCivilians) {
  EXPECT_EQ(Actors("Kenyan Twitter users criticized the Kenyan police.", "2012-05-01"),
            "KENCVL KENCOP");
  EXPECT_EQ(Actors("Some Korean net users criticized the show.", "2012-05-01"), "KORCVL");
}

// "Bush" alone is whichever Bush was president at the time.
TEST(ActorClassesTest, ASurnameTwoPresidentsSharedIsDatedByTheirTerms) {
  EXPECT_EQ(Actors("Bush met Musharraf.", "2004-10-16"), "USAGOV PAKGOV");
  EXPECT_EQ(Actors("Bush addressed Congress.", "1991-01-16"), "USAGOV USALEG");
  EXPECT_EQ(Actors("George H. W. Bush met Gorbachev.", "1995-01-16"), "USAELI RUSELI");
}

// Before and between their best-known offices, leaders held others:
// senators LEG, candidates PTY.
TEST(ActorClassesTest, EarlierOfficesAreDated) {
  EXPECT_EQ(Actors("Joe Biden chose Kamala Harris.", "2020-09-01"), "USAPTY USALEG");
  EXPECT_EQ(
      Actors("Barack Obama and Hillary Clinton voted against the bill.", "2006-03-01"),
      "USALEG USALEG");
  EXPECT_EQ(Actors("Joe Biden chose Kamala Harris.", "2022-09-01"), "USAGOV USAGOV");
}

// Heads of state and government of 2004-2021 beyond the G20.
TEST(ActorClassesTest, HeadsOfStateAndGovernment) {
  EXPECT_EQ(Actors("Bingu wa Mutharika met Levy Mwanawasa.", "2007-06-01"),
            "MWIGOV ZMBGOV");
  EXPECT_EQ(
      Actors("Hamid Karzai thanked Lee Myung-bak and Yukio Hatoyama.", "2010-05-01"),
      "AFGGOV KORGOV JPNGOV");
}

// Opposition and protest leaders are OPP, not civilians of the story.
TEST(ActorClassesTest, OppositionFigures) {
  EXPECT_EQ(Actors("Sergei Udaltsov and Garry Kasparov criticised Putin.", "2012-05-10"),
            "RUSOPP RUSOPP RUSGOV");
}

// A city or state lends its country to the agent next to it.
TEST(ActorClassesTest, CitiesAndStatesLendTheirCountry) {
  EXPECT_EQ(
      Actors("Protesters in Guayaquil clashed with police in Cochabamba.", "2012-05-10"),
      "ECUOPP BOLCOP");
  EXPECT_EQ(Actors("Texas police arrested a thief.", "2012-05-10"), "USACOP USACRM");
}

// Parties, movements and named state bodies of the countries the news covers.
TEST(ActorClassesTest, PartiesMovementsAndServices) {
  EXPECT_EQ(
      Actors("The Ladies in White marched while SCAF warned the April 6 Youth Movement.",
             "2012-05-10"),
      "CUBOPP EGYMIL EGYOPP");
  EXPECT_EQ(Actors("The Rapid Action Battalion detained a blogger.", "2012-05-10"),
            "BGDCOP BGDMED");
}

// Wars and crises named after a country are history, not that country.
TEST(ActorClassesTest, WarsNamedAfterACountry) {
  EXPECT_EQ(
      Actors(
          "Turkish officials recalled the Syrian civil war and the Cuban Missile Crisis.",
          "2012-05-10"),
      "TURGOV");
}

// Newspapers and broadcasters are their country's media.
TEST(ActorClassesTest, NewsOutlets) {
  EXPECT_EQ(Actors("Echo Moskvy interviewed Gazeta Wyborcza editors.", "2012-05-10"),
            "RUSMED POLMED");
}

// Role words: clergy REL, academics EDU, candidates PTY, ministries by
// portfolio, legislative committees LEG.
TEST(ActorClassesTest, AgentWords) {
  EXPECT_EQ(
      Actors(
          "A Russian monk and a Kenyan professor met a Mexican presidential candidate.",
          "2012-05-10"),
      "RUSREL KENEDU MEXPTY");
  EXPECT_EQ(Actors("Nigerian officials met the Ministry of Public Health.", "2012-05-10"),
            "NGAGOV NGAHLH");
  EXPECT_EQ(
      Actors("The House Oversight Committee questioned the White House.", "2019-10-01"),
      "USALEG USAGOV");
}

// A party name that several countries' parties share takes the story's
// country, as the agent "party" does.
TEST(ActorClassesTest, SharedPartyNames) {
  EXPECT_EQ(Actors("In Britain, the Labour Party criticised the Conservative Party.",
                   "2012-05-10"),
            "GBR GBRPTY GBRPTY");
}

// Armed men a report names by their weapon or band, and victims by their
// trade (from the treebank gold set, tests/gold-ud).
TEST(ActorClassesTest, SnipersMujahidinSurgeonsAndEngineers) {
  EXPECT_EQ(Actors("Iraqi snipers killed two Iraqi police.", "2004-03-24"),
            "IRQUAF IRQCOP");
  EXPECT_EQ(Actors("Afghan mujahidin attacked an Afghan engineer.", "2004-03-24"),
            "AFGREB AFGCVL");
  EXPECT_EQ(Actors("Iraqi guerrillas kidnapped an Iraqi surgeon.", "2005-11-26"),
            "IRQREB IRQHLH");
}

// A family name put first is the person's short name too.
TEST(ActorClassesTest, AFamilyNamePutFirstNamesThePerson) {
  EXPECT_EQ(
      Actors("Hu Jintao spoke in Tokyo. Later President Hu ordered Japan to apologise.",
             "2004-11-20"),
      "CHNGOV JPNGOV CHNGOV JPN");
}

}  // namespace
}  // namespace dyad
