// Generates a reproducible benchmark corpus of news-like text from our own
// sentence templates: varied actors (countries, capitals, agents, people),
// verbs in all tenses, passives, nominal events, reporting clauses, filler
// clauses with no event, datelines and headlines.
//
//   gen_corpus [SENTENCES=100000] [SEED=1] > corpus.txt
//
// Documents are separated by a line holding only "###".
#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>
#include <vector>

namespace {

const std::vector<std::string> kActors = {"Russia",
                                          "China",
                                          "the United States",
                                          "Ukraine",
                                          "Iran",
                                          "Israel",
                                          "Turkey",
                                          "Germany",
                                          "France",
                                          "Britain",
                                          "Japan",
                                          "India",
                                          "Pakistan",
                                          "Egypt",
                                          "Saudi Arabia",
                                          "NATO",
                                          "the European Union",
                                          "the United Nations",
                                          "Beijing",
                                          "Moscow",
                                          "Washington",
                                          "the Kremlin",
                                          "Kyiv",
                                          "Tehran",
                                          "Brazil",
                                          "Mexico",
                                          "Nigeria",
                                          "Kenya",
                                          "Poland",
                                          "South Korea",
                                          "North Korea",
                                          "Syria",
                                          "Iraq",
                                          "Venezuela",
                                          "Cuba",
                                          "Canada"};
const std::vector<std::string> kAdjectives = {
    "Russian",  "Chinese", "American",  "Ukrainian", "Iranian",  "Israeli",
    "Turkish",  "German",  "French",    "British",   "Japanese", "Indian",
    "Egyptian", "Saudi",   "Brazilian", "Polish"};
const std::vector<std::string> kAgents = {
    "police", "troops",    "officials",       "leaders",     "lawmakers", "protesters",
    "rebels", "diplomats", "security forces", "state media", "judges"};
const std::vector<std::string> kPeople = {
    "Vladimir Putin",       "Xi Jinping",    "Joe Biden",          "Emmanuel Macron",
    "Recep Tayyip Erdogan", "Narendra Modi", "Volodymyr Zelensky", "Olaf Scholz"};
const std::vector<std::string> kVerbsPast = {
    "criticised", "accused",  "condemned",    "praised",   "threatened", "attacked",
    "met",        "visited",  "urged",        "rejected",  "blamed",     "welcomed",
    "sanctioned", "warned",   "supported",    "denounced", "thanked",    "invaded",
    "shelled",    "expelled", "investigated", "arrested"};
const std::vector<std::string> kVerbsPresent = {
    "criticises", "accuses", "condemns", "praises", "threatens", "attacks",  "meets",
    "visits",     "urges",   "rejects",  "blames",  "welcomes",  "supports", "warns"};
const std::vector<std::string> kNouns = {
    "support for",     "criticism of",        "sanctions on", "attacks on",
    "talks with",      "accusations against", "war against",  "aid to",
    "threats against", "praise for"};
const std::vector<std::string> kTimes = {
    "on Monday",      "on Tuesday",       "on Wednesday", "late on Thursday",
    "on Friday",      "over the weekend", "last week",    "earlier this month",
    "in a statement", "at a summit"};
const std::vector<std::string> kFiller = {
    "The talks are expected to continue next week.",
    "Markets were little changed after the announcement.",
    "Analysts said the move could reshape the region's politics for years.",
    "The weather in the capital remained mild, with light rain in the evening.",
    "More than 3.5 million people live in the area, according to the 2020 census.",
    "It was not immediately clear how the decision would be carried out.",
    "Officials declined to give further details."};
const std::vector<std::string> kDatelines = {"MOSCOW (Reuters) - ", "BEIJING, March 3 - ",
                                             "Hong Kong \xE2\x80\x93 ",
                                             "WASHINGTON \xE2\x80\x94 ", ""};

class Generator {
 public:
  explicit Generator(unsigned seed) : rng_(seed) {}

  template <typename T>
  const T& Pick(const std::vector<T>& v) {
    return v[std::uniform_int_distribution<std::size_t>(0, v.size() - 1)(rng_)];
  }
  int Roll(int n) { return std::uniform_int_distribution<int>(0, n - 1)(rng_); }

  std::string Actor() {
    switch (Roll(4)) {
      case 0:
        return Pick(kAdjectives) + " " + Pick(kAgents);
      case 1:
        return Pick(kPeople);
      case 2:
        return Pick(kActors) + "\xE2\x80\x99s " + Pick(kAgents);
      default:
        return Pick(kActors);
    }
  }

  static std::string Capitalise(std::string s) {
    if (!s.empty() && s[0] >= 'a' && s[0] <= 'z') s[0] = static_cast<char>(s[0] - 32);
    return s;
  }

  std::string Sentence() {
    switch (Roll(8)) {
      case 0:
        return Capitalise(Actor()) + " " + Pick(kVerbsPast) + " " + Actor() + " " +
               Pick(kTimes) + ".";
      case 1:
        return Capitalise(Actor()) + " was " + Pick(kVerbsPast) + " by " + Actor() + " " +
               Pick(kTimes) + ".";
      case 2:
        return Capitalise(Actor()) + " said " + Actor() + " had " + Pick(kVerbsPast) +
               " " + Actor() + ".";
      case 3:
        return "The statement stressed " + Actor() + "\xE2\x80\x99s " + Pick(kNouns) +
               " " + Actor() + ".";
      case 4:
        return Capitalise(Actor()) + " " + Pick(kVerbsPresent) + " " + Actor() +
               ", officials said.";
      case 5:
        return Capitalise(Actor()) + " did not " + "attack " + Actor() +
               ", according to \xE2\x80\x9C" + "sources\xE2\x80\x9D.";
      default:
        return Pick(kFiller);
    }
  }

 private:
  std::mt19937 rng_;
};

}  // namespace

int main(int argc, char** argv) {
  long sentences = argc > 1 ? std::atol(argv[1]) : 100000;
  unsigned seed = argc > 2 ? static_cast<unsigned>(std::atol(argv[2])) : 1u;
  if (sentences <= 0) {
    std::fprintf(stderr, "usage: gen_corpus [SENTENCES=100000] [SEED=1]\n");
    return 2;
  }
  Generator gen(seed);
  long written = 0;
  while (written < sentences) {
    std::string doc = Generator::Capitalise(gen.Actor()) + " " + gen.Pick(kVerbsPresent) +
                      " " + gen.Actor() + "\n\n" + gen.Pick(kDatelines);
    ++written;
    int paragraphs = 2 + gen.Roll(5);
    for (int p = 0; p < paragraphs && written < sentences; ++p) {
      int n = 1 + gen.Roll(4);
      for (int s = 0; s < n && written < sentences; ++s, ++written)
        doc += (s ? " " : "") + gen.Sentence();
      doc += "\n\n";
    }
    std::fputs(doc.c_str(), stdout);
    std::fputs("###\n", stdout);
  }
  return 0;
}
