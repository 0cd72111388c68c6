// Tagger + parser throughput on one core: the "# text" lines of a CoNLL-U
// file are split and tokenised once by dyad's own splitter and tokenizer
// (not timed), then tagged and parsed REPEAT times; prints tokens/s and the
// model's load time.
//
//   bench_syntax GOLD.conllu [REPEAT=5] [MODEL]   (default: the built-in model)
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <string>
#include <vector>

#include "syntax/conllu.h"
#include "syntax/model.h"
#include "text/sentence_splitter.h"
#include "text/tokenizer.h"

namespace {

double Seconds(std::chrono::steady_clock::time_point t0) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

}  // namespace

int main(int argc, char** argv) {
  using namespace dyad;
  if (argc < 2) {
    std::fprintf(stderr, "usage: bench_syntax GOLD.conllu [REPEAT=5] [MODEL]\n");
    return 2;
  }
  const int repeat = argc > 2 ? std::max(1, std::atoi(argv[2])) : 5;
  auto t0 = std::chrono::steady_clock::now();
  Result<syntax::SyntaxModel> file_model = Status::NotFound("");
  const syntax::SyntaxModel* model = nullptr;
  if (argc > 3) {
    file_model = syntax::SyntaxModel::LoadFile(argv[3]);
    if (file_model.ok()) model = &file_model.value();
  } else if (auto builtin = syntax::SyntaxModel::Builtin(); builtin.ok()) {
    model = *builtin;
  }
  if (!model) {
    std::fprintf(stderr, "bench_syntax: no model\n");
    return 1;
  }
  const double load = Seconds(t0);
  auto gold = syntax::ReadConlluFile(argv[1]);
  if (!gold.ok()) {
    std::fprintf(stderr, "bench_syntax: %s\n", gold.status().message().c_str());
    return 1;
  }
  std::string doc;
  for (const auto& s : *gold) doc += s.text + "\n\n";
  std::vector<std::vector<text::Token>> sentences;
  std::size_t tokens = 0;
  for (const text::Segment& seg : text::SplitSentences(doc)) {
    sentences.push_back(text::Tokenize(doc, seg.begin, seg.end));
    tokens += sentences.back().size();
  }
  syntax::Workspace ws;
  std::vector<syntax::SyntaxWord> out;
  long checksum = 0;
  t0 = std::chrono::steady_clock::now();
  const std::clock_t cpu0 = std::clock();
  for (int r = 0; r < repeat; ++r) {
    for (const auto& s : sentences) {
      model->Analyze(doc, s, &ws, &out);
      for (const auto& w : out) checksum += w.head + w.deprel;
    }
  }
  const double secs = Seconds(t0);
  // CPU time too: on a shared machine the wall clock counts other work.
  const double cpu = static_cast<double>(std::clock() - cpu0) / CLOCKS_PER_SEC;
  std::printf(
      "model load %.3f s; %zu sentences, %zu tokens x %d: %.0f tokens/s wall, "
      "%.0f tokens/s CPU (tagging + parsing, one thread; checksum %ld)\n",
      load, sentences.size(), tokens, repeat, tokens * repeat / secs,
      tokens * repeat / cpu, checksum);
  return 0;
}
