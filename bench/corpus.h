// Reads a gen_corpus corpus (documents separated by "###" lines) for the
// benchmarks: documents "doc0", "doc1", ... dated 2024-07-11.
#ifndef DYAD_BENCH_CORPUS_H_
#define DYAD_BENCH_CORPUS_H_

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>
#include <vector>

#include "dyad/coder.h"

namespace dyad::bench {

// Exits with a message naming `program` when the file cannot be read.
inline std::vector<Document> ReadCorpus(const char* program, const char* path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::fprintf(stderr, "%s: cannot read %s\n", program, path);
    std::exit(1);
  }
  std::vector<Document> docs;
  std::string line, text;
  while (std::getline(in, line)) {
    if (line != "###") {
      text += line;
      text += '\n';
      continue;
    }
    Document d;
    d.id = "doc" + std::to_string(docs.size());
    d.date = "2024-07-11";
    d.text = std::move(text);
    docs.push_back(std::move(d));
    text.clear();
  }
  return docs;
}

}  // namespace dyad::bench

#endif  // DYAD_BENCH_CORPUS_H_
