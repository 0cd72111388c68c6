// Real-news benchmark: codes the JSON Lines articles of ../shared/news (or
// the files and directories given) with the default dictionaries, one
// thread, and prints what the synthetic corpus cannot show: how many events
// real text yields per 1,000 sentences, the mix of CAMEO root codes and of
// modalities, and the actors most often coded (a quick way to spot a false
// match that floods the output). Speed is the best of REPEAT runs.
//
//   bench_news [--repeat N] [--top N] [PATH...]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <map>
#include <string>
#include <vector>

#include "dyad/coder.h"
#include "inputs.h"
#include "text/sentence_splitter.h"

#ifndef DYAD_NEWS_DIR
#define DYAD_NEWS_DIR "../shared/news"
#endif

namespace {

double Seconds(std::chrono::steady_clock::time_point t0) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

// Counts sorted by decreasing count, then by key.
std::vector<std::pair<std::string, std::size_t>> ByCount(
    const std::map<std::string, std::size_t>& counts) {
  std::vector<std::pair<std::string, std::size_t>> v(counts.begin(), counts.end());
  std::stable_sort(v.begin(), v.end(),
                   [](const auto& a, const auto& b) { return a.second > b.second; });
  return v;
}

void PrintShares(const char* title, const std::map<std::string, std::size_t>& counts,
                 std::size_t total, std::size_t top) {
  std::printf("%s:", title);
  std::size_t shown = 0;
  for (const auto& [key, n] : ByCount(counts)) {
    if (shown++ == top) break;
    std::printf(" %s %.1f%%", key.c_str(), total ? 100.0 * n / total : 0.0);
  }
  std::printf("\n");
}

}  // namespace

int main(int argc, char** argv) {
  int repeat = 3;
  std::size_t top = 12;
  std::vector<std::string> paths;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if ((arg == "--repeat" || arg == "--top") && i + 1 < argc) {
      int v = std::max(1, std::atoi(argv[++i]));
      if (arg == "--repeat")
        repeat = v;
      else
        top = static_cast<std::size_t>(v);
    } else if (arg.starts_with("-")) {
      std::fprintf(stderr, "usage: bench_news [--repeat N] [--top N] [PATH...]\n");
      return 2;
    } else {
      paths.push_back(arg);
    }
  }
  if (paths.empty()) paths.push_back(DYAD_NEWS_DIR);
  // A directory gives its JSON Lines files (its README is not an article).
  std::vector<std::string> files;
  for (const auto& p : paths) {
    std::error_code ec;
    if (!std::filesystem::is_directory(p, ec)) {
      files.push_back(p);
      continue;
    }
    for (const auto& f : std::filesystem::directory_iterator(p, ec))
      if (f.path().extension() == ".jsonl") files.push_back(f.path().string());
  }
  std::sort(files.begin(), files.end());

  std::vector<dyad::Document> docs;
  {
    dyad::cli::InputOptions options;
    options.format = "jsonl";
    dyad::cli::InputReader reader(files, options, std::cerr);
    for (dyad::Document d; reader.Next(&d);) docs.push_back(d);
    if (reader.errors() > 0 || docs.empty()) {
      std::fprintf(stderr, "bench_news: no articles read from %s\n", paths[0].c_str());
      return 1;
    }
  }
  std::size_t sentences = 0, bytes = 0;
  for (const auto& d : docs) {
    bytes += d.text.size();
    sentences += dyad::text::SplitSentences(d.text).size();
  }
  auto dict = dyad::Dictionary::Default();
  if (!dict.ok()) {
    std::fprintf(stderr, "%s\n", dict.status().message().c_str());
    return 1;
  }
  dyad::Coder coder(*dict);

  double best = 1e9;
  std::vector<dyad::Event> events;
  for (int r = 0; r < repeat; ++r) {
    auto t0 = std::chrono::steady_clock::now();
    std::vector<dyad::Event> all;
    for (const auto& d : docs)
      for (auto& e : coder.Code(d)) all.push_back(std::move(e));
    best = std::min(best, Seconds(t0));
    events = std::move(all);
  }

  std::map<std::string, std::size_t> roots, modalities, actors;
  std::size_t dyadic = 0;
  for (const auto& e : events) {
    ++roots[e.root_code];
    ++modalities[e.modality];
    ++actors[e.source];
    if (!e.target.empty()) {
      ++dyadic;
      ++actors[e.target];
    }
  }
  std::printf("news: %zu articles, %zu sentences, %.2f MB\n", docs.size(), sentences,
              bytes / 1e6);
  std::printf("coder, 1 thread: %.0f sentences/s (best of %d)\n", sentences / best,
              repeat);
  std::printf("events: %zu (%zu with a target), %.1f per 1,000 sentences\n",
              events.size(), dyadic,
              sentences ? 1000.0 * events.size() / sentences : 0.0);
  PrintShares("root codes", roots, events.size(), 20);
  PrintShares("modalities", modalities, events.size(), 5);
  std::printf("actors most coded:");
  std::size_t shown = 0;
  for (const auto& [code, n] : ByCount(actors)) {
    if (shown++ == top) break;
    std::printf(" %s %zu", code.c_str(), n);
  }
  std::printf("\n");
  return 0;
}
