#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>
#include <string>
#include <utility>
#include <vector>

#include "dyad/extract.h"

namespace dyad::extract {
namespace {

// Short news paragraphs written for this test, in English and in other
// languages (with and without the function words LooksEnglish knows).
const std::vector<std::pair<bool, std::string>>& Samples() {
  static const std::vector<std::pair<bool, std::string>> kSamples = {
      {true,
       "The foreign minister said on Tuesday that the government would not accept the "
       "proposal."},
      {true,
       "Police arrested dozens of protesters outside parliament after the vote was "
       "delayed again."},
      {true,
       "Talks between the two countries collapsed when one side walked out of the "
       "meeting."},
      {true,
       "Rebels attacked an army base near the border, killing three soldiers, officials "
       "said."},
      {true,
       "The president thanked the mediators and promised to sign the agreement within a "
       "month."},
      {true,
       "NATO leaders meet in Washington as the alliance marks 75 years since its "
       "founding."},
      {true,
       "Hungary blocked the sanctions package for a week before dropping its "
       "objections."},
      {true,
       "Floods forced thousands of families from their homes in the north of the "
       "country."},
      {true,
       "UN says aid convoys reached Gaza; Israel denies blocking trucks at Kerem Shalom "
       "crossing."},
      {true,
       "Opposition MPs accuse PM of misleading parliament over arms exports to Riyadh, "
       "Abu Dhabi."},
      {false,
       "Le ministre des affaires étrangères a déclaré mardi que le gouvernement "
       "n'accepterait pas la proposition."},
      {false,
       "La police a arrêté des dizaines de manifestants devant le parlement après le "
       "report du vote."},
      {false,
       "Les négociations entre les deux pays ont échoué lorsque une délégation a quitté "
       "la réunion."},
      {false,
       "El ministro de asuntos exteriores dijo el martes que el gobierno no aceptará la "
       "propuesta."},
      {false,
       "La policía detuvo a decenas de manifestantes frente al parlamento tras el "
       "aplazamiento de la votación."},
      {false,
       "Los rebeldes atacaron una base del ejército cerca de la frontera y mataron a "
       "tres soldados."},
      {false,
       "Der Außenminister sagte am Dienstag, die Regierung werde den Vorschlag nicht "
       "annehmen."},
      {false,
       "Die Polizei nahm nach der Verschiebung der Abstimmung dutzende Demonstranten vor "
       "dem Parlament fest."},
      {false,
       "Die Gespräche zwischen den beiden Ländern sind gescheitert, als eine Seite das "
       "Treffen verließ."},
      {false,
       "O ministro das relações exteriores disse na terça-feira que o governo não vai "
       "aceitar a proposta."},
      {false,
       "A polícia prendeu dezenas de manifestantes em frente ao parlamento depois do "
       "adiamento da votação."},
      {false,
       "Il ministro degli esteri ha detto martedì che il governo non accetterà la "
       "proposta della commissione."},
      {false,
       "La polizia ha arrestato decine di manifestanti davanti al parlamento dopo il "
       "rinvio del voto."},
      {false,
       "De minister van buitenlandse zaken zei dinsdag dat de regering het voorstel niet "
       "zal aanvaarden."},
      {false,
       "De politie heeft tientallen demonstranten opgepakt voor het parlement nadat de "
       "stemming was uitgesteld."},
      {false,
       "Министр иностранных дел заявил во вторник, что правительство не примет это "
       "предложение."},
      {false,
       "وزير الخارجية قال يوم الثلاثاء إن الحكومة لن تقبل الاقتراح المقدم من اللجنة."},
      {false, "外交部长周二表示，政府不会接受委员会提出的这项建议，谈判将继续进行。"},
      {false,
       "Utrikesministern sade på tisdagen att regeringen inte kommer att godta förslaget "
       "från kommissionen."},
      {false,
       "Menteri luar negeri mengatakan pada hari Selasa bahwa pemerintah tidak akan "
       "menerima usulan itu."},
  };
  return kSamples;
}

TEST(LooksEnglishTest, WrittenSamples) {
  int right = 0;
  for (const auto& [english, text] : Samples()) {
    const bool said = LooksEnglish(text);
    EXPECT_EQ(said, english) << text;
    right += said == english;
  }
  std::printf("language check: %d of %zu written samples right\n", right,
              Samples().size());
}

TEST(LooksEnglishTest, TooShortToTellCountsAsEnglish) {
  EXPECT_TRUE(LooksEnglish("Vilnius talks"));
  EXPECT_TRUE(LooksEnglish(""));
}

// Real English news (../shared/news, when it is there): how many whole
// articles would be skipped as not English. Every one should pass.
TEST(LooksEnglishTest, RealEnglishNewsPasses) {
  std::ifstream in(std::string(DYAD_SHARED_DIR) + "/news/wikinews.jsonl");
  if (!in) GTEST_SKIP() << "no ../shared/news";
  std::string line;
  int total = 0, english = 0;
  while (std::getline(in, line)) {
    const auto at = line.find("\"text\": \"");
    if (at == std::string::npos) continue;
    ++total;
    english += LooksEnglish(std::string_view(line).substr(at + 9));
  }
  std::printf("language check: %d of %d Wikinews articles read as English\n", english,
              total);
  EXPECT_EQ(english, total);
}

}  // namespace
}  // namespace dyad::extract
