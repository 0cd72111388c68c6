// Whole-corpus throughput: codes a corpus from gen_corpus (documents
// separated by "###" lines) with the default dictionaries and prints
// sentences/s and MB/s for the text pipeline alone (split + tokenize) and
// for the whole coder, on one thread and with -j N.
//
//   bench_throughput CORPUS [JOBS=1] [REPEAT=3]
#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "corpus.h"
#include "dyad/coder.h"
#include "text/sentence_splitter.h"
#include "text/tokenizer.h"

namespace {

double Seconds(std::chrono::steady_clock::time_point t0) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: bench_throughput CORPUS [JOBS=1] [REPEAT=3]\n");
    return 2;
  }
  int jobs = argc > 2 ? std::max(1, std::atoi(argv[2])) : 1;
  int repeat = argc > 3 ? std::max(1, std::atoi(argv[3])) : 3;
  auto docs = dyad::bench::ReadCorpus("bench_throughput", argv[1]);
  std::size_t bytes = 0;
  for (const auto& d : docs) bytes += d.text.size();
  std::size_t sentences = 0;
  for (const auto& d : docs) sentences += dyad::text::SplitSentences(d.text).size();
  std::printf("corpus: %zu documents, %zu sentences, %.1f MB\n", docs.size(), sentences,
              bytes / 1e6);

  // Text pipeline alone: sentence splitting and tokenization, one thread.
  double best_text = 1e9;
  std::size_t tokens = 0;
  for (int r = 0; r < repeat; ++r) {
    auto t0 = std::chrono::steady_clock::now();
    tokens = 0;
    for (const auto& d : docs)
      for (const auto& s : dyad::text::SplitSentences(d.text))
        tokens += dyad::text::Tokenize(d.text, s.begin, s.end).size();
    best_text = std::min(best_text, Seconds(t0));
  }
  std::printf("text pipeline, 1 thread: %.1f MB/s, %.0f sentences/s (%zu tokens)\n",
              bytes / 1e6 / best_text, sentences / best_text, tokens);

  auto t_load = std::chrono::steady_clock::now();
  auto dict = dyad::Dictionary::Default();
  if (!dict.ok()) {
    std::fprintf(stderr, "%s\n", dict.status().message().c_str());
    return 1;
  }
  std::printf("default dictionaries loaded in %.1f ms\n", Seconds(t_load) * 1e3);
  dyad::Coder coder(*dict);

  for (int threads : {1, jobs}) {
    double best = 1e9;
    std::size_t events = 0;
    for (int r = 0; r < repeat; ++r) {
      std::atomic<std::size_t> next{0}, count{0};
      auto t0 = std::chrono::steady_clock::now();
      {
        std::vector<std::jthread> pool;
        for (int t = 0; t < threads; ++t)
          pool.emplace_back([&] {
            std::size_t local = 0;
            for (std::size_t i; (i = next.fetch_add(1)) < docs.size();)
              local += coder.Code(docs[i]).size();
            count += local;
          });
      }
      best = std::min(best, Seconds(t0));
      events = count;
    }
    std::printf("coder, %d thread%s: %.0f sentences/s, %.1f MB/s, %zu events\n", threads,
                threads == 1 ? "" : "s", sentences / best, bytes / 1e6 / best, events);
    if (jobs == 1) break;
  }
  return 0;
}
