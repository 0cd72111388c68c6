// Every command whose standard output cannot be written (a full disk, here
// /dev/full) says so and exits 1 rather than 0: a script must not take a
// lost result for a finished one.
#include <gtest/gtest.h>

#include "testing/cli_fixture.h"

namespace dyad::cli {
namespace {

class WriteErrorsTest : public testing::CliFixture {
 protected:
  // Runs `dyad ARGS` with standard output on /dev/full.
  testing::RunResult DyadToFullDisk(const std::string& args) {
    const std::string cmd = std::string(DYAD_BINARY) + " " + args +
                            " </dev/null >/dev/full 2>" + (dir_ / "err").string();
    const int status = std::system(cmd.c_str());
    testing::RunResult r;
    r.exit = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    r.err = testing::Slurp(dir_ / "err");
    return r;
  }
};

TEST_F(WriteErrorsTest, EveryCommandReportsAFullDisk) {
  const std::string db = (dir_ / "events.db").string();
  const auto in = Write("2024-01-05-a.txt", "Iran condemned Israel.\n");
  ASSERT_EQ(Dyad("ingest --db " + db + " " + in.string()).exit, 0);
  const std::string records =
      std::string(DYAD_SHARED_DIR) + "/petrarch/validation/PETR.UnitTest.records.2.0.xml";
  const std::string text = Write("t.txt", "Iran condemned Israel.\n").string();
  for (const std::string& args :
       {"query --db " + db + " events", "query --db " + db + " summary --format json",
        "query --db " + db + " dyad IRN ISR", "query --db " + db + " actors",
        "query --db " + db + " network", "query --db " + db + " mentions 1",
        std::string("dict stats"), std::string("explain \"Iran condemned Israel.\""),
        "validate " + records, "code " + text, "export --db " + db, "parse " + text,
        std::string("--version"), std::string("--help"), std::string("query --help")}) {
    auto r = DyadToFullDisk(args);
    EXPECT_EQ(r.exit, 1) << args << "\n" << r.err;
    EXPECT_NE(r.err.find("error writing"), std::string::npos) << args << "\n" << r.err;
  }
}

}  // namespace
}  // namespace dyad::cli
