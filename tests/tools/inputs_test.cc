#include "inputs.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

namespace dyad::cli {
namespace {

namespace fs = std::filesystem;

TEST(InputsTest, DateFromFileName) {
  EXPECT_EQ(DateFromFileName("examples/2024-07-10-nato-summit.txt"), "2024-07-10");
  EXPECT_EQ(DateFromFileName("/x/2024-07-10/story.txt"),
            "");                                            // only the file name counts
  EXPECT_EQ(DateFromFileName("story-2023-02-30.txt"), "");  // not a real day
  EXPECT_EQ(DateFromFileName("story.txt"), "");
}

TEST(InputsTest, ReadsDirectoriesInNameOrderAndOverridesDates) {
  fs::path dir = fs::temp_directory_path() / "dyad_inputs_test";
  fs::remove_all(dir);
  fs::create_directories(dir / "sub");
  std::ofstream(dir / "b.txt") << "second";
  std::ofstream(dir / "a.txt") << "first";
  std::ofstream(dir / "sub" / "c.jsonl")
      << "{\"id\":\"x\",\"date\":\"2020-02-02T10:00:00Z\","
         "\"text\":\"third\"}\n";
  std::ofstream(dir / ".hidden.txt") << "never";
  std::ostringstream err;
  InputReader reader({dir.string()}, InputOptions{}, err);
  Document doc;
  std::vector<std::string> texts, dates;
  while (reader.Next(&doc)) {
    texts.push_back(doc.text);
    dates.push_back(doc.date);
  }
  EXPECT_EQ(texts, (std::vector<std::string>{"first", "second", "third"}));
  EXPECT_EQ(dates[2], "2020-02-02");
  EXPECT_EQ(reader.errors(), 0) << err.str();

  InputOptions fixed;
  fixed.date = "2024-01-01";
  InputReader overridden({(dir / "sub" / "c.jsonl").string()}, fixed, err);
  ASSERT_TRUE(overridden.Next(&doc));
  EXPECT_EQ(doc.date, "2024-01-01");
  fs::remove_all(dir);
}

TEST(InputsTest, ATreebanksDocumentsAreDocuments) {
  fs::path dir = fs::temp_directory_path() / "dyad_inputs_conllu";
  fs::create_directories(dir);
  const fs::path file = dir / "tiny.conllu";
  std::ofstream(file) << "# newdoc id = GUM_news_tiny\n"
                         "# meta::dateCreated = 2015-08-21\n"
                         "# sent_id = 1\n# text = Kenya protested.\n"
                         "1\tKenya\tKenya\tPROPN\t_\t_\t2\tnsubj\t_\t_\n"
                         "2\tprotested\tprotest\tVERB\t_\t_\t0\troot\t_\t_\n\n"
                         "# sent_id = 2\n# text = Uganda agreed.\n"
                         "1\tUganda\tUganda\tPROPN\t_\t_\t2\tnsubj\t_\t_\n"
                         "2\tagreed\tagree\tVERB\t_\t_\t0\troot\t_\t_\n\n"
                         "# newdoc id = weblog-x_ENG_20040708_181175\n"
                         "# text = Bush spoke.\n"
                         "1\tBush\tBush\tPROPN\t_\t_\t2\tnsubj\t_\t_\n"
                         "2\tspoke\tspeak\tVERB\t_\t_\t0\troot\t_\t_\n\n";
  std::ostringstream err;
  InputReader reader({dir.string()}, InputOptions(), err);
  Document doc;
  std::vector<std::string> docs;
  while (reader.Next(&doc)) docs.push_back(doc.id + "|" + doc.date + "|" + doc.text);
  EXPECT_EQ(docs, (std::vector<std::string>{
                      "GUM_news_tiny|2015-08-21|Kenya protested.\n\nUganda agreed.",
                      "weblog-x_ENG_20040708_181175|2004-07-08|Bush spoke."}));
  EXPECT_EQ(reader.errors(), 0) << err.str();
  // A document with a bad date is named and left out, as a JSON line is.
  std::ofstream(file) << "# newdoc id = GUM_news_bad\n"
                         "# meta::dateCreated = 2015-13-45\n"
                         "# text = Kenya protested.\n"
                         "1\tKenya\tKenya\tPROPN\t_\t_\t2\tnsubj\t_\t_\n"
                         "2\tprotested\tprotest\tVERB\t_\t_\t0\troot\t_\t_\n\n"
                         "# newdoc id = GUM_news_good\n"
                         "# meta::dateCreated = 2015-08-21\n"
                         "# text = Uganda agreed.\n"
                         "1\tUganda\tUganda\tPROPN\t_\t_\t2\tnsubj\t_\t_\n"
                         "2\tagreed\tagree\tVERB\t_\t_\t0\troot\t_\t_\n\n";
  InputReader dated({file.string()}, InputOptions(), err);
  docs.clear();
  while (dated.Next(&doc)) docs.push_back(doc.id);
  EXPECT_EQ(docs, (std::vector<std::string>{"GUM_news_good"}));
  EXPECT_EQ(dated.errors(), 1);
  EXPECT_NE(err.str().find("GUM_news_bad"), std::string::npos) << err.str();
  EXPECT_NE(err.str().find("2015-13-45"), std::string::npos) << err.str();
  // No sentence texts: named, not a crash.
  std::ofstream(file) << "1\tKenya\tKenya\tPROPN\t_\t_\t0\troot\t_\t_\n\n";
  InputReader bare({file.string()}, InputOptions(), err);
  EXPECT_FALSE(bare.Next(&doc));
  EXPECT_EQ(bare.errors(), 1);
  EXPECT_NE(err.str().find("tiny.conllu: no '# text' lines"), std::string::npos)
      << err.str();
  fs::remove_all(dir);
}

// Issue 14: a batch with one bad date codes every other line and names
// the line it skipped.
TEST(InputsTest, AJsonLineWithABadDateIsSkippedAndNamed) {
  fs::path dir = fs::temp_directory_path() / "dyad_inputs_bad_date";
  fs::create_directories(dir);
  const fs::path file = dir / "batch.jsonl";
  std::ofstream(file) << "{\"id\":\"1\",\"date\":\"2024-07-11\",\"text\":\"a\"}\n"
                      << "{\"id\":\"2\",\"date\":\"11/07/2024\",\"text\":\"b\"}\n"
                      << "{\"id\":\"3\",\"date\":\"2024-07-12\",\"text\":\"c\"}\n";
  std::ostringstream err;
  InputReader reader({file.string()}, InputOptions(), err);
  Document doc;
  std::vector<std::string> ids;
  while (reader.Next(&doc)) ids.push_back(doc.id + " " + doc.date);
  EXPECT_EQ(ids, (std::vector<std::string>{"1 2024-07-11", "3 2024-07-12"}));
  EXPECT_EQ(reader.errors(), 1);
  EXPECT_NE(err.str().find("batch.jsonl:2: bad \"date\" \"11/07/2024\""),
            std::string::npos)
      << err.str();
  fs::remove_all(dir);
}

TEST(InputsTest, AJsonLineOverTheLimitIsSkippedAndNamed) {
  fs::path dir = fs::temp_directory_path() / "dyad_inputs_long_line";
  fs::create_directories(dir);
  const fs::path file = dir / "a.jsonl";
  std::ofstream(file) << "{\"id\":\"1\",\"text\":\"first\"}\n"
                      << "{\"id\":\"2\",\"text\":\"" << std::string(3 << 20, 'x')
                      << "\"}\n"
                      << "{\"id\":\"3\",\"text\":\"third\"}";  // no newline at its end
  std::ostringstream err;
  InputOptions options;
  options.max_line_bytes = 1u << 20;
  InputReader reader({file.string()}, options, err);
  Document doc;
  std::vector<std::string> ids;
  while (reader.Next(&doc)) ids.push_back(doc.id);
  EXPECT_EQ(ids, (std::vector<std::string>{"1", "3"}));
  EXPECT_EQ(reader.errors(), 1);
  EXPECT_NE(err.str().find("a.jsonl:2: line of 3145748 bytes, over the limit of 1 MiB"),
            std::string::npos)
      << err.str();
  EXPECT_EQ(reader.bytes_read(), fs::file_size(file) + 1);  // as if it ended in a newline
  fs::remove_all(dir);
}

TEST(InputsTest, LinesLongerThanAReadBlockAreReadWhole) {
  fs::path dir = fs::temp_directory_path() / "dyad_inputs_block_line";
  fs::create_directories(dir);
  const std::string text(200000, 'y');
  std::ofstream(dir / "b.jsonl") << "{\"text\":\"" << text << "\"}\n\n"
                                 << "{\"text\":\"z\"}\n";
  std::ostringstream err;
  InputReader reader({(dir / "b.jsonl").string()}, InputOptions{}, err);
  Document doc;
  ASSERT_TRUE(reader.Next(&doc)) << err.str();
  EXPECT_EQ(doc.text, text);
  EXPECT_EQ(doc.id, (dir / "b.jsonl").string() + ":1");
  ASSERT_TRUE(reader.Next(&doc));
  EXPECT_EQ(doc.id, (dir / "b.jsonl").string() + ":3");
  EXPECT_FALSE(reader.Next(&doc));
  EXPECT_EQ(reader.errors(), 0) << err.str();
  fs::remove_all(dir);
}

TEST(InputsTest, PiecesEndAtParagraphsThenLinesThenSpaces) {
  EXPECT_EQ(PieceEnd("short", 10), 5u);
  EXPECT_EQ(PieceEnd("ab\n\ncd\nef gh", 10), 4u);
  EXPECT_EQ(PieceEnd("abcd\nef gh ij", 10), 5u);
  EXPECT_EQ(PieceEnd("abcdef ghij kl", 10), 7u);
  EXPECT_EQ(PieceEnd("abcdefghi\xc3\xa9", 10), 9u);  // not inside the é
}

}  // namespace
}  // namespace dyad::cli
