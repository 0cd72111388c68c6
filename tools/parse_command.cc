// dyad parse: tags and parses text into CoNLL-U with dyad's own sentence
// splitter and tokenizer; scores the parser on a gold treebank (--eval); and
// trains a model from Universal Dependencies (--train).
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>

#include "cli_flags.h"
#include "commands.h"
#include "inputs.h"
#include "syntax/conllu.h"
#include "syntax/evaluate.h"
#include "syntax/model.h"
#include "syntax/train.h"
#include "text/sentence_splitter.h"
#include "text/tokenizer.h"

namespace dyad::cli {
namespace {

constexpr const char* kParseHelp = R"(Usage: dyad parse [FILE|DIR|-]... [options]
       dyad parse --eval GOLD.conllu... [--model FILE]
       dyad parse --train UD_DIR -o MODEL [--epochs N] [--seed N] [--dev-each-epoch]

Splits text into sentences and tokens (as 'dyad code' does), tags each token
with its Universal Dependencies part of speech and parses each sentence into
a labelled dependency tree. Writes CoNLL-U: '# sent_id' and '# text' per
sentence, the token's byte span in its document as TokenRange=BEGIN:END in
the MISC column. Inputs are read as by 'dyad code': text files, directories,
JSON Lines articles, standard input.

Options:
  -o, --output FILE    write to FILE instead of standard output
  --model FILE         use this model instead of the built-in one
  --input auto|text|jsonl
                       how to read inputs (default: by extension, .jsonl)
  --lenient            replace invalid UTF-8 bytes instead of skipping the file
  --eval               score the parser on the gold CoNLL-U files named:
                       with gold tokens (UPOS, UAS, LAS) and from their
                       '# text' lines through dyad's tokenizer (CoNLL 2018
                       F1 scores over aligned tokens)
  --train UD_DIR       train on UD_DIR/en_ewt-ud-train.conllu and
                       en_gum-wikimedia-ud-train.conllu, write the model to -o,
                       and score it on their dev files
  --epochs N           parser training epochs (default 14)
  --seed N             seed of the training's shuffles and exploration
                       (default 7); the same seed gives the same model
  --dev-each-epoch     also score the EWT dev file after each parser epoch
                       (for tuning; the model is the same)
  -h, --help           show this help

Exit status: 0 success, 1 some input was bad (reported on stderr), 2 bad usage.
)";

std::string OneLine(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  return out;
}

// Parses a document's text (which starts at `offset` in the document) and
// writes its sentences.
void ParseText(const syntax::SyntaxModel& model, std::string_view text,
               std::size_t offset, long* sentence_number, syntax::Workspace* ws,
               std::ostream& out) {
  std::vector<syntax::SyntaxWord> words;
  syntax::ConlluSentence s;
  for (const text::Segment& seg : text::SplitSentences(text)) {
    std::vector<text::Token> tokens = text::Tokenize(text, seg.begin, seg.end);
    text::SplitHyphens(text, &tokens);
    if (tokens.empty()) continue;
    model.Analyze(text, tokens, ws, &words);
    s.sent_id = std::to_string(++*sentence_number);
    s.text = OneLine(text.substr(seg.begin, seg.end - seg.begin));
    s.words.resize(tokens.size());
    for (std::size_t i = 0; i < tokens.size(); ++i) {
      syntax::ConlluWord& w = s.words[i];
      w.form = OneLine(text.substr(tokens[i].begin, tokens[i].size()));
      w.upos = model.tag_names()[words[i].upos];
      w.xpos = model.XposOf(words[i].tag);
      w.head = words[i].head;
      w.deprel = model.label_names()[words[i].deprel];
      w.misc = "TokenRange=" + std::to_string(offset + tokens[i].begin) + ":" +
               std::to_string(offset + tokens[i].end);
    }
    syntax::WriteConllu(s, out);
  }
}

// Scores the model on each gold file; prints one table row per file.
int RunEval(const syntax::SyntaxModel& model, const std::vector<std::string>& files) {
  int status = kExitOk;
  std::printf("%-41s | %-28s | %-41s |\n", "", "gold tokens (accuracy)",
              "raw text via dyad's tokenizer (F1)");
  std::printf("%-34s %6s | %6s %6s %6s %7s | %6s %6s %6s %6s %6s %6s | %8s\n", "file",
              "words", "UPOS", "UAS", "LAS", "LASfull", "Tokens", "Sents", "Words",
              "UPOS", "UAS", "LAS", "words/s");
  for (const std::string& path : files) {
    auto gold = syntax::ReadConlluFile(path);
    if (!gold.ok()) {
      std::cerr << "dyad parse: " << gold.status().message() << "\n";
      status = kExitBadInput;
      continue;
    }
    const auto start = std::chrono::steady_clock::now();
    const syntax::GoldTokenScores g = syntax::EvaluateGoldTokens(model, *gold);
    const double secs =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    const syntax::RawTextScores r = syntax::EvaluateRawText(model, *gold);
    std::string name = path.substr(path.find_last_of('/') + 1);
    if (name.size() > 34) name = name.substr(name.size() - 34);
    std::printf(
        "%-34s %6ld | %6.2f %6.2f %6.2f %7.2f | %6.2f %6.2f %6.2f %6.2f %6.2f %6.2f | "
        "%8.0f\n",
        name.c_str(), g.words, g.upos, g.uas, g.las, g.las_full, r.tokens.Percent(),
        r.sentences.Percent(), r.words.Percent(), r.upos.Percent(), r.uas.Percent(),
        r.las.Percent(), g.words / std::max(secs, 1e-9));
  }
  std::printf(
      "LAS compares universal relations (CoNLL 2018), LASfull whole labels "
      "(nsubj:pass);\n"
      "raw text: '# text' lines through dyad's splitter and tokenizer, aligned by "
      "span.\n");
  return status;
}

int RunTrain(const ParsedFlags& flags, long epochs, long seed) {
  const std::string dir = flags.Get("--train");
  const std::string out = flags.Get("--output");
  std::vector<syntax::ConlluSentence> train;
  for (const char* name :
       {"en_ewt-ud-train.conllu", "en_gum-wikimedia-ud-train.conllu"}) {
    auto part = syntax::ReadConlluFile(dir + "/" + name);
    if (!part.ok()) {
      std::cerr << "dyad parse: " << part.status().message() << "\n";
      return kExitBadInput;
    }
    for (auto& s : *part) train.push_back(std::move(s));
  }
  syntax::TrainOptions options;
  options.parser_epochs = static_cast<int>(epochs);
  options.seed = static_cast<std::uint64_t>(seed);
  options.log = &std::cerr;
  Result<std::vector<syntax::ConlluSentence>> dev = Status::NotFound("");
  if (flags.Has("--dev-each-epoch")) {
    dev = syntax::ReadConlluFile(dir + "/en_ewt-ud-dev.conllu");
    if (!dev.ok()) {
      std::cerr << "dyad parse: " << dev.status().message() << "\n";
      return kExitBadInput;
    }
    options.dev = &dev.value();
  }
  auto model = syntax::Train(train, options);
  if (!model.ok()) {
    std::cerr << "dyad parse: " << model.status().message() << "\n";
    return kExitBadInput;
  }
  if (Status st = model->SaveFile(out); !st.ok()) {
    std::cerr << "dyad parse: " << st.message() << "\n";
    return kExitBadInput;
  }
  std::cerr << "dyad parse: wrote " << out << "\n";
  return RunEval(
      *model, {dir + "/en_ewt-ud-dev.conllu", dir + "/en_gum-wikimedia-ud-dev.conllu"});
}

}  // namespace

int RunParse(const std::vector<std::string>& args) {
  auto flags = ParseFlags(args, {{"--output", "-o"},
                                 {"--model", ""},
                                 {"--input", ""},
                                 {"--eval", "", false},
                                 {"--train", ""},
                                 {"--epochs", ""},
                                 {"--seed", ""},
                                 {"--dev-each-epoch", "", false},
                                 {"--lenient", "", false},
                                 {"--help", "-h", false}});
  if (!flags.ok()) {
    std::cerr << "dyad parse: " << flags.status().message() << "\n"
              << "Try 'dyad parse --help'.\n";
    return kExitUsage;
  }
  if (flags->Has("--help")) {
    std::cout << kParseHelp;
    return kExitOk;
  }
  auto usage = [](const std::string& msg) {
    std::cerr << "dyad parse: " << msg << "\nTry 'dyad parse --help'.\n";
    return kExitUsage;
  };
  long epochs = syntax::TrainOptions().parser_epochs;
  if (std::string bad = BadNumberFlag(*flags, "--epochs", epochs, 1, 100, &epochs);
      !bad.empty())
    return usage(bad);
  long seed = static_cast<long>(syntax::TrainOptions().seed);
  if (std::string bad = BadNumberFlag(*flags, "--seed", seed, 0, 2000000000, &seed);
      !bad.empty())
    return usage(bad);
  if (flags->Has("--train")) {
    if (!flags->Has("--output")) return usage("--train needs -o MODEL");
    return RunTrain(*flags, epochs, seed);
  }
  InputOptions in_opts;
  in_opts.lenient = flags->Has("--lenient");
  in_opts.format = flags->Get("--input", "auto");
  if (in_opts.format != "auto" && in_opts.format != "text" && in_opts.format != "jsonl")
    return usage("--input must be auto, text or jsonl, not '" + in_opts.format + "'");
  if (flags->Has("--eval") && flags->positionals.empty())
    return usage("--eval needs gold CoNLL-U files");

  Result<syntax::SyntaxModel> loaded = Status::NotFound("");
  const syntax::SyntaxModel* model = nullptr;
  if (flags->Has("--model")) {
    loaded = syntax::SyntaxModel::LoadFile(flags->Get("--model"));
    if (!loaded.ok()) {
      std::cerr << "dyad parse: " << loaded.status().message() << "\n";
      return kExitBadInput;
    }
    model = &loaded.value();
  } else {
    auto builtin = syntax::SyntaxModel::Builtin();
    if (!builtin.ok()) {
      std::cerr << "dyad parse: " << builtin.status().message() << "\n";
      return kExitBadInput;
    }
    model = *builtin;
  }
  if (flags->Has("--eval")) return RunEval(*model, flags->positionals);

  std::ofstream file;
  std::ostream* out = &std::cout;
  if (flags->Has("--output") && flags->Get("--output") != "-") {
    file.open(flags->Get("--output"), std::ios::binary | std::ios::trunc);
    if (!file) {
      std::cerr << "dyad parse: cannot write '" << flags->Get("--output") << "'\n";
      return kExitBadInput;
    }
    out = &file;
  }
  std::vector<std::string> inputs = flags->positionals;
  if (inputs.empty()) inputs.push_back("-");
  InputReader reader(inputs, in_opts, std::cerr);
  syntax::Workspace ws;
  Document doc;
  bool streamed = false;
  while (reader.Next(&doc, &streamed)) {
    long sentence_number = 0;
    if (!doc.id.empty()) *out << "# newdoc id = " << OneLine(doc.id) << "\n";
    if (!streamed) {
      ParseText(*model, doc.text, 0, &sentence_number, &ws, *out);
      continue;
    }
    std::string piece;
    std::size_t offset = 0;
    while (reader.NextPiece(&piece)) {
      ParseText(*model, piece, offset, &sentence_number, &ws, *out);
      offset += piece.size();
    }
  }
  out->flush();
  if (!*out) {
    std::cerr << "dyad parse: error writing output\n";
    return kExitBadInput;
  }
  return reader.errors() > 0 ? kExitBadInput : kExitOk;
}

}  // namespace dyad::cli
