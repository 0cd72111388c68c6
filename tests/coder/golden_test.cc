// Golden tests: tests/golden/<case>/input.txt coded with the default
// dictionaries must give exactly the events in expected.jsonl (compared on
// the fields that say who did what to whom, so that editing a dictionary
// line number does not break them). An optional file `date` holds the
// document date. Instead of input.txt a case may name its input: `input.repo`
// holds a path inside the repository (an example article), `input.shared` a
// path inside ../shared (text we may read but not copy).
//
// After a deliberate change, regenerate with
//   DYAD_UPDATE_GOLDEN=1 build/tests/coder_test --gtest_filter='Golden*'
// and review the diff of expected.jsonl before committing it.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "dyad/coder.h"
#include "util/strings.h"

namespace dyad {
namespace {

namespace fs = std::filesystem;

std::string ReadAll(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// One event as a compact, stable JSON line.
std::string Project(const Event& e) {
  nlohmann::ordered_json j;
  j["sentence"] = e.sentence;
  j["source"] = e.source;
  j["target"] = e.target;
  j["code"] = e.event_code;
  j["modality"] = e.modality;
  j["source_text"] = e.evidence.source.text;
  j["target_text"] = e.evidence.target.text;
  j["trigger"] = e.evidence.trigger.text;
  return j.dump();
}

std::vector<std::string> Cases() {
  std::vector<std::string> out;
  fs::path root = fs::path(DYAD_SOURCE_DIR) / "tests" / "golden";
  for (const auto& e : fs::directory_iterator(root))
    if (e.is_directory() &&
        (fs::exists(e.path() / "input.txt") || fs::exists(e.path() / "input.repo") ||
         fs::exists(e.path() / "input.shared")))
      out.push_back(e.path().filename().string());
  std::sort(out.begin(), out.end());
  return out;
}

class GoldenTest : public ::testing::TestWithParam<std::string> {};

TEST_P(GoldenTest, MatchesExpectedEvents) {
  fs::path dir = fs::path(DYAD_SOURCE_DIR) / "tests" / "golden" / GetParam();
  Document doc;
  doc.id = GetParam();
  fs::path input = dir / "input.txt";
  if (fs::exists(dir / "input.repo"))
    input = fs::path(DYAD_SOURCE_DIR) / std::string(Trim(ReadAll(dir / "input.repo")));
  if (fs::exists(dir / "input.shared"))
    input = fs::path(DYAD_SHARED_DIR) / std::string(Trim(ReadAll(dir / "input.shared")));
  ASSERT_TRUE(fs::exists(input)) << "golden input " << input << " is missing";
  doc.text = ReadAll(input);
  if (fs::exists(dir / "date")) doc.date = std::string(Trim(ReadAll(dir / "date")));
  static const Coder coder(*Dictionary::Default());
  std::vector<std::string> got;
  for (const Event& e : coder.Code(doc)) got.push_back(Project(e));

  fs::path expected_path = dir / "expected.jsonl";
  if (std::getenv("DYAD_UPDATE_GOLDEN")) {
    std::ofstream out(expected_path, std::ios::binary);
    for (const auto& line : got) out << line << "\n";
    GTEST_SKIP() << "regenerated " << expected_path;
  }
  std::vector<std::string> want;
  std::istringstream in(ReadAll(expected_path));
  for (std::string line; std::getline(in, line);)
    if (!Trim(line).empty()) want.push_back(nlohmann::json::parse(line).dump());
  for (auto& line : got)
    line = nlohmann::json::parse(line).dump();  // same key order as want

  std::ostringstream diff;
  for (const auto& w : want)
    if (std::find(got.begin(), got.end(), w) == got.end())
      diff << "  missing:    " << w << "\n";
  for (const auto& g : got)
    if (std::find(want.begin(), want.end(), g) == want.end())
      diff << "  unexpected: " << g << "\n";
  EXPECT_TRUE(diff.str().empty())
      << "golden case " << GetParam() << " differs:\n"
      << diff.str()
      << "(regenerate with DYAD_UPDATE_GOLDEN=1 after a deliberate "
         "change)";
  EXPECT_EQ(got.size(), want.size());
}

INSTANTIATE_TEST_SUITE_P(Golden, GoldenTest, ::testing::ValuesIn(Cases()),
                         [](const auto& info) {
                           std::string name = info.param;
                           for (char& c : name)
                             if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
                           return name;
                         });

}  // namespace
}  // namespace dyad
