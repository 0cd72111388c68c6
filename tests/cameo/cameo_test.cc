// Checks the compiled CAMEO table against the reference table in
// ../shared/cameo/cameo-codes.csv (read from there, never copied).
#include "cameo/cameo.h"

#include <gtest/gtest.h>

#include <cmath>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

namespace dyad::cameo {
namespace {

// Minimal RFC 4180 reader: quoted fields may hold commas, quotes and newlines.
std::vector<std::vector<std::string>> ReadCsv(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  std::string text = ss.str();
  std::vector<std::vector<std::string>> rows(1);
  std::string field;
  bool quoted = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"')
        field += '"', ++i;
      else if (c == '"')
        quoted = false;
      else
        field += c;
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      rows.back().push_back(std::move(field));
      field.clear();
    } else if (c == '\n') {
      rows.back().push_back(std::move(field));
      field.clear();
      rows.emplace_back();
    } else if (c != '\r') {
      field += c;
    }
  }
  if (!field.empty() || !rows.back().empty()) rows.back().push_back(field);
  if (rows.back().empty()) rows.pop_back();
  return rows;
}

// Codes whose Goldstein value in GDELT's scale differs from the reference
// table (ICEWS's); dyad uses GDELT's, as documented in doc/cameo.md.
const std::map<std::string, double> kGdeltDiffers = {
    {"016", -2.0}, {"022", 3.2}, {"164", -7.0}, {"165", -6.5}};

TEST(CameoTest, MatchesReferenceTable) {
  auto rows = ReadCsv(std::string(DYAD_SHARED_DIR) + "/cameo/cameo-codes.csv");
  ASSERT_GT(rows.size(), 300u) << "cannot read the reference table";
  ASSERT_EQ(rows[0][0], "code");
  std::set<std::string> reference;
  for (std::size_t i = 1; i < rows.size(); ++i) {
    const auto& r = rows[i];
    ASSERT_GE(r.size(), 4u) << "row " << i;
    const std::string& code = r[0];
    reference.insert(code);
    const EventType* t = Find(code);
    ASSERT_NE(t, nullptr) << "missing code " << code;
    EXPECT_EQ(t->root, r[1]) << code;
    double expected = std::stod(r[3]);
    if (auto it = kGdeltDiffers.find(code); it != kGdeltDiffers.end())
      expected = it->second;
    EXPECT_DOUBLE_EQ(t->goldstein, expected) << code;
  }
  EXPECT_EQ(reference.size(), All().size()) << "codes that the reference does not have";
  EXPECT_EQ(All().size(), 312u);
}

TEST(CameoTest, QuadClassesFollowGdelt) {
  EXPECT_EQ(Find("057")->quad_class, QuadClass::kVerbalCooperation);
  EXPECT_EQ(Find("0871")->quad_class, QuadClass::kMaterialCooperation);
  EXPECT_EQ(Find("112")->quad_class, QuadClass::kVerbalConflict);
  EXPECT_EQ(Find("09")->quad_class, QuadClass::kVerbalConflict);
  EXPECT_EQ(Find("173")->quad_class, QuadClass::kMaterialConflict);
  EXPECT_EQ(Find("20")->quad_class, QuadClass::kMaterialConflict);
}

TEST(CameoTest, LookupsAndBaseCodes) {
  EXPECT_EQ(Find("0231")->base, "023");
  EXPECT_EQ(Find("0231")->root, "02");
  EXPECT_EQ(Find("173")->base, "173");
  EXPECT_EQ(Find("999"), nullptr);
  EXPECT_EQ(Find(""), nullptr);
  EXPECT_FALSE(IsValid("1x1"));
  int roots = 0;
  for (const auto& t : All()) roots += t.code.size() == 2;
  EXPECT_EQ(roots, 20);
}

}  // namespace
}  // namespace dyad::cameo
