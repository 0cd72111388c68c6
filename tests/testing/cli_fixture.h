// A test fixture that runs the built dyad binary as a user would: a fresh
// temporary folder per test, files written into it, and Dyad("ARGS", input)
// with standard input, output, error and the exit code.
#ifndef DYAD_TESTS_TESTING_CLI_FIXTURE_H_
#define DYAD_TESTS_TESTING_CLI_FIXTURE_H_

#include <gtest/gtest.h>
#include <sys/wait.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace dyad::testing {

struct RunResult {
  int exit = -1;
  std::string out, err;
};

inline std::string Slurp(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

class CliFixture : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ =
        std::filesystem::temp_directory_path() /
        ("dyad_cli_" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) +
         "_" + ::testing::UnitTest::GetInstance()->current_test_suite()->name() + "_" +
         ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }

  std::filesystem::path Write(const std::string& name, const std::string& content) {
    std::filesystem::path p = dir_ / name;
    std::ofstream(p, std::ios::binary) << content;
    return p;
  }

  // Runs `dyad ARGS` with `input` on standard input.
  RunResult Dyad(const std::string& args, const std::string& input = "") {
    return DyadWithin(0, args, input);
  }

  // The same, killed after `seconds` (0: never); a killed run exits 124.
  RunResult DyadWithin(int seconds, const std::string& args,
                       const std::string& input = "") {
    const std::filesystem::path in = Write("stdin.txt", input);
    const std::string limit =
        seconds > 0 ? "timeout -k 5 " + std::to_string(seconds) + " " : std::string();
    const std::string cmd = limit + std::string(DYAD_BINARY) + " " + args + " <" +
                            in.string() + " >" + (dir_ / "out").string() + " 2>" +
                            (dir_ / "err").string();
    const int status = std::system(cmd.c_str());
    RunResult r;
    r.exit = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    r.out = Slurp(dir_ / "out");
    r.err = Slurp(dir_ / "err");
    return r;
  }

  std::filesystem::path dir_;
};

}  // namespace dyad::testing

#endif  // DYAD_TESTS_TESTING_CLI_FIXTURE_H_
