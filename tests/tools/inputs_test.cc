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

}  // namespace
}  // namespace dyad::cli
