// Micro-benchmarks of the pipeline stages: sentence splitting, tokenization,
// trie lookups and builds, dictionary loading, and coding one sentence.
#include <benchmark/benchmark.h>

#include <string>

#include "dict/compiled.h"
#include "dict/dyad_format.h"
#include "dict/token_trie.h"
#include "dyad/coder.h"
#include "text/sentence_splitter.h"
#include "text/tokenizer.h"
#include "util/embedded.h"

namespace {

std::string Article() {
  std::string paragraph =
      "Hong Kong \xE2\x80\x93 NATO leaders have firmly criticised China\xE2\x80\x99s "
      "role in "
      "Russia\xE2\x80\x99s war against Ukraine. Mr. Smith of the U.S. State Department "
      "said "
      "on Jan. 5 that the allies would respond. \xE2\x80\x9CWe will not accept "
      "this,\xE2\x80\x9D "
      "he said. Growth slowed to 3.5 percent, and exports of dual-use goods rose.\n\n";
  std::string text;
  for (int i = 0; i < 200; ++i) text += paragraph;
  return text;
}

void BM_SplitSentences(benchmark::State& state) {
  std::string text = Article();
  for (auto _ : state) benchmark::DoNotOptimize(dyad::text::SplitSentences(text));
  state.SetBytesProcessed(state.iterations() * text.size());
}
BENCHMARK(BM_SplitSentences);

void BM_Tokenize(benchmark::State& state) {
  std::string text = Article();
  for (auto _ : state) benchmark::DoNotOptimize(dyad::text::Tokenize(text));
  state.SetBytesProcessed(state.iterations() * text.size());
}
BENCHMARK(BM_Tokenize);

void BM_TextPipeline(benchmark::State& state) {
  std::string text = Article();
  for (auto _ : state) {
    std::size_t n = 0;
    for (const auto& s : dyad::text::SplitSentences(text))
      n += dyad::text::Tokenize(text, s.begin, s.end).size();
    benchmark::DoNotOptimize(n);
  }
  state.SetBytesProcessed(state.iterations() * text.size());
}
BENCHMARK(BM_TextPipeline);

void BM_TrieBuild100k(benchmark::State& state) {
  std::vector<std::vector<std::uint32_t>> phrases;
  dyad::dict::Interner interner;
  for (std::uint32_t i = 0; i < 100000; ++i)
    phrases.push_back({interner.Intern("w" + std::to_string(i % 20000)),
                       interner.Intern("x" + std::to_string(i % 7000)),
                       interner.Intern("y" + std::to_string(i))});
  for (auto _ : state) {
    dyad::dict::TokenTrie trie;
    for (std::uint32_t i = 0; i < phrases.size(); ++i) trie.Insert(phrases[i], i);
    benchmark::DoNotOptimize(trie.node_count());
  }
  state.SetItemsProcessed(state.iterations() * phrases.size());
}
BENCHMARK(BM_TrieBuild100k)->Unit(benchmark::kMillisecond);

void BM_TrieLongestMatch(benchmark::State& state) {
  dyad::dict::TokenTrie trie;
  for (std::uint32_t i = 1; i <= 50000; ++i)
    trie.Insert(std::vector<std::uint32_t>{i % 997 + 1, i}, i);
  std::vector<std::uint32_t> text(4096);
  for (std::size_t i = 0; i < text.size(); ++i)
    text[i] = static_cast<std::uint32_t>(i * 7919 % 50000 + 1);
  for (auto _ : state) {
    std::size_t hits = 0;
    for (std::size_t i = 0; i < text.size(); ++i)
      hits += trie.LongestMatch(text, i).length;
    benchmark::DoNotOptimize(hits);
  }
  state.SetItemsProcessed(state.iterations() * text.size());
}
BENCHMARK(BM_TrieLongestMatch);

// Parses and compiles the embedded default dictionaries from scratch
// (Dictionary::Default() caches its result, so it is not timed here).
void BM_LoadDefaultDictionaries(benchmark::State& state) {
  for (auto _ : state) {
    dyad::dict::Entries entries;
    for (const auto& f : dyad::embedded::DefaultDictionaries())
      if (!dyad::dict::ParseDyadFormat(f.name, f.data, &entries).ok())
        state.SkipWithError("bad");
    dyad::dict::Compiled compiled(std::move(entries));
    benchmark::DoNotOptimize(compiled.actors().node_count());
  }
}
BENCHMARK(BM_LoadDefaultDictionaries)->Unit(benchmark::kMillisecond);

void BM_CodeArticle(benchmark::State& state) {
  dyad::Coder coder(*dyad::Dictionary::Default());
  dyad::Document doc;
  doc.id = "bench";
  doc.date = "2024-07-11";
  doc.text = Article();
  std::size_t sentences = dyad::text::SplitSentences(doc.text).size();
  for (auto _ : state) benchmark::DoNotOptimize(coder.Code(doc));
  state.SetItemsProcessed(state.iterations() * sentences);
  state.SetBytesProcessed(state.iterations() * doc.text.size());
}
BENCHMARK(BM_CodeArticle)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
