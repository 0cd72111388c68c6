// Peak memory of dyad on inputs made to grow it: the bound the README
// states, checked from outside as a user would see it.
//
//   bench_memory DYAD [SCALE=1] [CASE...]
//
// Each case writes its input into a temporary folder, runs DYAD on it as a
// child process and reads the child's peak resident set size from wait4()
// (what `/usr/bin/time -v` prints as "Maximum resident set size"). One line
// per case: input size, exit status, peak RSS and the bound; the exit status
// is 1 when a case goes over its bound or exits other than expected. SCALE
// shrinks or grows the inputs (1: the sizes of the issue that found the
// defects; 0.1 runs in seconds); the bounds do not scale.
//
// Inputs are our own sentence templates between country names: news-like
// text for the large inputs, and a text in which every sentence is an event
// of its own (source, target, code) for the de-duplication state.
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

namespace {

namespace fs = std::filesystem;

constexpr double kMiB = 1024.0 * 1024.0;

// The peak resident set size the README promises ("Memory stays bounded"),
// in MiB: dyad code stays under kBaseMiB on text of any size (the parser's
// model, loaded by default, included), plus kPerLineByte times the longest
// JSON line it reads (at most --max-line); dyad ingest also has SQLite's
// page cache.
constexpr double kBaseMiB = 210;
constexpr double kPerLineByte = 2.5;
constexpr double kStoreCacheMiB = 64;
// A JSON line longer than this is refused (dyad's default --max-line).
constexpr double kMaxLineMiB = 64;

const std::vector<std::string> kCountries = {
    "France",     "Germany",     "Italy",     "Spain",     "Poland",    "Russia",
    "China",      "Japan",       "India",     "Pakistan",  "Iran",      "Iraq",
    "Syria",      "Turkey",      "Egypt",     "Israel",    "Jordan",    "Lebanon",
    "Kenya",      "Nigeria",     "Ghana",     "Ethiopia",  "Sudan",     "Brazil",
    "Argentina",  "Chile",       "Peru",      "Colombia",  "Venezuela", "Mexico",
    "Canada",     "Cuba",        "Australia", "Indonesia", "Vietnam",   "Thailand",
    "Malaysia",   "Philippines", "Ukraine",   "Belarus",   "Georgia",   "Armenia",
    "Azerbaijan", "Kazakhstan",  "Mongolia",  "Norway",    "Sweden",    "Finland",
    "Denmark",    "Austria",     "Hungary",   "Romania",   "Bulgaria",  "Greece",
    "Serbia",     "Croatia",     "Portugal",  "Ireland",   "Morocco",   "Algeria",
    "Tunisia",    "Libya",       "Somalia",   "Uganda",    "Tanzania",  "Zimbabwe",
    "Angola",     "Bolivia",     "Ecuador",   "Paraguay",  "Uruguay",   "Nepal",
    "Bangladesh", "Afghanistan", "Yemen",     "Oman",      "Qatar",     "Kuwait",
    "Bahrain",    "Cambodia"};
// "X criticised Y." and the like: each template a different CAMEO code.
const std::vector<std::string> kTemplates = {"{A} criticised {B}.",
                                             "{A} accused {B} of spying.",
                                             "{A} praised {B}.",
                                             "{A} threatened {B}.",
                                             "{A} attacked {B}.",
                                             "{A} sanctioned {B}.",
                                             "{A} met {B}.",
                                             "{A} invaded {B}.",
                                             "{A} apologised to {B}.",
                                             "{A} sent aid to {B}.",
                                             "{A} rejected the proposal of {B}.",
                                             "{A} expelled diplomats from {B}."};

// Sentences with no event, between the events of news-like text.
const std::vector<std::string> kFiller = {
    "The talks lasted several hours and ended late in the evening.",
    "Officials gave no further details about the meeting.",
    "The weather in the capital was cold and wet for most of the week.",
    "Markets were calm on Tuesday as traders waited for new figures."};

// How a text is made: news-like (one event in five sentences, among a
// thousand (source, target, code) combinations), or every sentence an event
// and every combination in turn, so that nothing merges.
enum class Mix { kNews, kDistinct };

// Writes about `bytes` of text, one paragraph at a time. `json`: escaped for
// a JSON string.
void WriteText(std::ostream& out, std::size_t bytes, std::size_t* next, Mix mix,
               bool json = false) {
  const std::size_t n = kCountries.size();
  const std::size_t combinations = mix == Mix::kNews ? 1000 : n * n * kTemplates.size();
  const char* paragraph = json ? "\\n\\n" : "\n\n";
  std::size_t written = 0;
  std::string s;
  while (written < bytes) {
    const std::size_t k = (*next)++ % combinations;
    const std::string& a = kCountries[k % n];
    const std::string& b = kCountries[(k / n + 1 + k % n) % n];
    s = kTemplates[(k / (n * n)) % kTemplates.size()];
    s.replace(s.find("{A}"), 3, a);
    s.replace(s.find("{B}"), 3, b);
    if (mix == Mix::kNews)
      for (const auto& f : kFiller) s += " " + f;
    s += paragraph;
    out << s;
    written += s.size();
  }
}

struct Case {
  std::string name, what;
  std::vector<std::string> args;  // after the binary; inputs are in the folder
  std::string stdin_file;         // "" for none
  int expected_exit = 0;
  double bound_mib = kBaseMiB;  // the README's bound for this input
};

struct Outcome {
  int exit = -1;
  double peak_mib = 0, seconds = 0;
};

Outcome Run(const std::string& dyad, const Case& c, const fs::path& dir) {
  std::vector<std::string> argv_s = {dyad};
  argv_s.insert(argv_s.end(), c.args.begin(), c.args.end());
  std::vector<char*> argv;
  for (auto& a : argv_s) argv.push_back(a.data());
  argv.push_back(nullptr);
  const std::string err = (dir / (c.name + ".err")).string();
  struct timespec t0, t1;
  clock_gettime(CLOCK_MONOTONIC, &t0);
  const pid_t pid = fork();
  if (pid == 0) {
    const int in =
        open(c.stdin_file.empty() ? "/dev/null" : c.stdin_file.c_str(), O_RDONLY);
    const int out = open("/dev/null", O_WRONLY);
    const int e = open(err.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (in < 0 || out < 0 || e < 0) _exit(127);
    dup2(in, 0);
    dup2(out, 1);
    dup2(e, 2);
    if (chdir(dir.c_str()) != 0) _exit(127);
    execv(argv[0], argv.data());
    _exit(127);
  }
  Outcome o;
  int status = 0;
  struct rusage usage {};
  if (pid < 0 || wait4(pid, &status, 0, &usage) < 0) return o;
  clock_gettime(CLOCK_MONOTONIC, &t1);
  o.exit = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  o.peak_mib = static_cast<double>(usage.ru_maxrss) / 1024.0;  // KiB on Linux
  o.seconds = static_cast<double>(t1.tv_sec - t0.tv_sec) +
              static_cast<double>(t1.tv_nsec - t0.tv_nsec) / 1e9;
  return o;
}

// Builds the inputs of the cases in `dir`, scaled.
std::vector<Case> MakeCases(const fs::path& dir, double scale) {
  auto mb = [scale](double m) { return static_cast<std::size_t>(m * scale * kMiB); };
  std::size_t next = 0;
  std::vector<Case> cases;
  {  // one JSON line of 200 MB: over the cap, refused (exit 1)
    std::ofstream out(dir / "long-line.jsonl", std::ios::binary);
    out << R"({"id":"long","date":"2024-07-11","text":")";
    WriteText(out, mb(200), &next, Mix::kNews, /*json=*/true);
    out << "\"}\n";
    cases.push_back({"jsonl-200MB-line",
                     "dyad code FILE.jsonl (one 200 MB line)",
                     {"code", "long-line.jsonl"},
                     "",
                     mb(200) > kMaxLineMiB * kMiB ? 1 : 0,
                     kBaseMiB + kPerLineByte * std::min(kMaxLineMiB, mb(200) / kMiB)});
  }
  {  // one JSON line just under the cap: coded whole
    std::ofstream out(dir / "cap-line.jsonl", std::ios::binary);
    out << R"({"id":"cap","date":"2024-07-11","text":")";
    WriteText(out, mb(kMaxLineMiB * 0.9), &next, Mix::kNews, /*json=*/true);
    out << "\"}\n";
    cases.push_back({"jsonl-line-under-cap",
                     "dyad code FILE.jsonl (one 58 MB line)",
                     {"code", "cap-line.jsonl"},
                     "",
                     0,
                     kBaseMiB + kPerLineByte * mb(kMaxLineMiB * 0.9) / kMiB});
  }
  {  // dyad ingest of one 200 MB text file
    std::ofstream out(dir / "2024-07-11-big.txt", std::ios::binary);
    WriteText(out, mb(200), &next, Mix::kNews);
    cases.push_back({"ingest-one-200MB-text",
                     "dyad ingest of one 200 MB text file",
                     {"ingest", "--db", "one.db", "2024-07-11-big.txt"},
                     "",
                     0,
                     kBaseMiB + kStoreCacheMiB});
  }
  {  // dyad ingest of eight 25 MB files
    fs::create_directories(dir / "eight");
    for (int i = 0; i < 8; ++i) {
      std::ofstream out(dir / "eight" / ("2024-07-1" + std::to_string(i) + "-f.txt"),
                        std::ios::binary);
      WriteText(out, mb(25), &next, Mix::kNews);
    }
    cases.push_back({"ingest-eight-25MB-texts",
                     "dyad ingest of eight 25 MB text files",
                     {"ingest", "--db", "eight.db", "eight"},
                     "",
                     0,
                     kBaseMiB + kStoreCacheMiB});
  }
  {  // a 17 MB text on standard input, streamed in pieces
    std::ofstream out(dir / "stream.txt", std::ios::binary);
    WriteText(out, mb(17), &next, Mix::kDistinct);
    cases.push_back({"code-stdin-17MB-distinct",
                     "dyad code - (17 MB, distinct events)",
                     {"code", "--date", "2024-07-11", "-"},
                     (dir / "stream.txt").string(),
                     0});
  }
  return cases;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: bench_memory DYAD [SCALE=1] [CASE...]\n");
    return 2;
  }
  const std::string dyad = fs::absolute(argv[1]).string();
  const double scale = argc > 2 ? std::atof(argv[2]) : 1.0;
  if (scale <= 0) {
    std::fprintf(stderr, "bench_memory: SCALE must be a positive number\n");
    return 2;
  }
  std::vector<std::string> only(argv + std::min(argc, 3), argv + argc);
  const fs::path dir =
      fs::temp_directory_path() / ("dyad_bench_memory_" + std::to_string(getpid()));
  fs::create_directories(dir);
  std::vector<Case> cases = MakeCases(dir, scale);
  std::printf("%-26s %10s %5s %9s %9s %8s\n", "case", "input MB", "exit", "peak MiB",
              "bound", "seconds");
  bool ok = true;
  for (const Case& c : cases) {
    if (!only.empty() && std::find(only.begin(), only.end(), c.name) == only.end())
      continue;
    std::uintmax_t input = 0;
    for (const auto& e : fs::recursive_directory_iterator(dir))
      if (e.is_regular_file()) {
        const std::string p = e.path().filename().string();
        for (const auto& a : c.args)
          if (p == a || e.path().parent_path().filename() == a) input += e.file_size();
      }
    if (!c.stdin_file.empty()) input = fs::file_size(c.stdin_file);
    const Outcome o = Run(dyad, c, dir);
    const bool fine = o.exit == c.expected_exit && o.peak_mib <= c.bound_mib;
    ok = ok && fine;
    std::printf("%-26s %10.1f %5d %9.1f %9.0f %8.1f%s\n", c.name.c_str(),
                static_cast<double>(input) / 1e6, o.exit, o.peak_mib, c.bound_mib,
                o.seconds, fine ? "" : "  <-- over the bound or unexpected exit");
    std::fflush(stdout);
  }
  fs::remove_all(dir);
  return ok ? 0 : 1;
}
