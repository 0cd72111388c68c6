#include "syntax/train.h"

#include <algorithm>
#include <chrono>
#include <map>
#include <numeric>
#include <random>

#include "syntax/evaluate.h"
#include "syntax/parser.h"
#include "syntax/tagger.h"

namespace dyad::syntax {
namespace {

using Clock = std::chrono::steady_clock;

double Seconds(Clock::time_point since) {
  return std::chrono::duration<double>(Clock::now() - since).count();
}

// The names seen, sorted (a std::map iterates in order).
std::vector<std::string> Names(const std::map<std::string, int>& seen) {
  std::vector<std::string> names;
  for (const auto& [name, count] : seen) names.push_back(name);
  return names;
}

int IndexOf(const std::vector<std::string>& names, const std::string& name) {
  auto it = std::lower_bound(names.begin(), names.end(), name);
  return it != names.end() && *it == name ? static_cast<int>(it - names.begin()) : 0;
}

std::vector<std::size_t> Shuffled(std::size_t n, std::mt19937_64* rng) {
  std::vector<std::size_t> order(n);
  std::iota(order.begin(), order.end(), 0);
  // Fisher-Yates by hand: std::shuffle's sequence may differ between libraries.
  for (std::size_t i = n; i > 1; --i) std::swap(order[i - 1], order[(*rng)() % i]);
  return order;
}

// Trains a tagger on `data` (indices `use`) for `epochs`.
PerceptronTrainer TrainTagger(const std::vector<TrainingSentence>& data,
                              const std::vector<std::size_t>& use, int num_tags,
                              int epochs, std::uint64_t seed) {
  PerceptronTrainer model(num_tags);
  std::mt19937_64 rng(seed);
  std::vector<int> tags;
  std::uint64_t keys[kMaxTaggerFeatures];
  std::vector<float> scores(num_tags);
  for (int epoch = 0; epoch < epochs; ++epoch) {
    for (std::size_t o : Shuffled(use.size(), &rng)) {
      const TrainingSentence& s = data[use[o]];
      const int n = static_cast<int>(s.words.size());
      tags.assign(n, 0);
      for (int i = 0; i < n; ++i) {
        const int k = TaggerFeatures(s.words.data(), n, i, i > 0 ? tags[i - 1] : kNoTag,
                                     i > 1 ? tags[i - 2] : kNoTag, keys);
        std::fill(scores.begin(), scores.end(), 0.0f);
        model.Score(keys, k, scores.data());
        const int guess = static_cast<int>(
            std::max_element(scores.begin(), scores.end()) - scores.begin());
        model.Update(keys, k, s.tags[i], guess);
        model.Tick();
        tags[i] = guess;
      }
    }
  }
  return model;
}

class ParserTrainer {
 public:
  ParserTrainer(int num_labels, int root_label)
      : num_labels_(num_labels), root_label_(root_label), model_(1 + 2 * num_labels) {}

  // One pass over the sentence: a perceptron update wherever the model's
  // choice costs more than the best transition, counted for TakeAccuracy().
  void Sentence(const TrainingSentence& s, const std::vector<int>& tags, bool explore,
                double p_explore, std::mt19937_64* rng) {
    const int n = static_cast<int>(s.words.size());
    const int classes = 1 + 2 * num_labels_;
    state_.Reset(s.words.data(), tags.data(), n, root_label_);
    // (uniform_real_distribution is the one library-defined step here: the
    // model is reproducible with the same standard library, libstdc++.)
    std::uniform_real_distribution<double> coin(0.0, 1.0);
    while (!state_.Terminal()) {
      const int k = state_.Features(keys_);
      std::fill(scores_, scores_ + classes, 0.0f);
      model_.Score(keys_, k, scores_);
      state_.Costs(s.heads.data(), s.labels.data(), num_labels_, costs_);
      int guess = -1, best = -1;
      int min_cost = 1 << 30;
      for (int c = 0; c < classes; ++c) min_cost = std::min(min_cost, costs_[c]);
      bool valid[256];
      state_.ValidMoves(num_labels_, valid);
      for (int c = 0; c < classes; ++c) {
        if (!valid[c]) continue;
        if (guess < 0 || scores_[c] > scores_[guess]) guess = c;
        if (costs_[c] == min_cost && (best < 0 || scores_[c] > scores_[best])) best = c;
      }
      if (costs_[guess] > min_cost) model_.Update(keys_, k, best, guess);
      model_.Tick();
      ++steps_;
      correct_ += costs_[guess] == min_cost;
      const bool follow_guess = explore && coin(*rng) < p_explore;
      state_.Apply(follow_guess ? guess : best, num_labels_);
    }
  }

  double TakeAccuracy() {
    const double a = steps_ ? double(correct_) / steps_ : 0;
    steps_ = correct_ = 0;
    return a;
  }
  const PerceptronTrainer& model() const { return model_; }

 private:
  int num_labels_, root_label_;
  PerceptronTrainer model_;
  ParseState state_;
  std::uint64_t keys_[kMaxParserFeatures];
  float scores_[256];
  int costs_[256];
  long steps_ = 0, correct_ = 0;
};

}  // namespace

std::vector<WordInfo> TreebankWords(const ConlluSentence& sentence) {
  const auto& w = sentence.words;
  std::vector<WordInfo> words(w.size());
  for (std::size_t i = 0; i < w.size(); ++i) {
    const std::string norm =
        TreebankNorm(w[i].form, i + 1 < w.size() ? std::string_view(w[i + 1].form) : "");
    ComputeWordInfo(norm, w[i].form, i == 0, &words[i]);
  }
  return words;
}

Result<SyntaxModel> Train(const std::vector<ConlluSentence>& sentences,
                          const TrainOptions& options) {
  const auto start = Clock::now();
  auto log = [&](const std::string& line) {
    if (options.log)
      *options.log << "[" << static_cast<int>(Seconds(start)) << " s] " << line
                   << std::endl;
  };
  // The tagger's classes are UPOS|XPOS pairs; pairs seen fewer than
  // kMinTagCount times (mostly annotation slips, "ADP|NNP") are replaced by
  // the commonest pair with the same UPOS.
  constexpr int kMinTagCount = 20;
  std::map<std::string, int> pair_seen, label_seen;
  for (const auto& s : sentences)
    for (const auto& w : s.words)
      ++pair_seen[w.upos + "|" + w.xpos], ++label_seen[w.deprel];
  std::map<std::string, std::pair<int, std::string>> commonest;  // by UPOS
  std::map<std::string, int> tag_seen;
  for (const auto& [pair, n] : pair_seen) {
    auto& best = commonest[pair.substr(0, pair.find('|'))];
    if (n > best.first) best = {n, pair};
    if (n >= kMinTagCount) tag_seen[pair] = n;
  }
  for (const auto& [upos, best] : commonest) tag_seen[best.second] = best.first;
  auto fine_tag = [&](const ConlluWord& w) {
    const std::string pair = w.upos + "|" + w.xpos;
    return tag_seen.count(pair) ? pair : commonest[w.upos].second;
  };
  const std::vector<std::string> tags = Names(tag_seen), labels = Names(label_seen);
  if (sentences.empty()) return Status::InvalidArgument("no training sentences");
  if (tags.size() > 255 || labels.size() > 127)
    return Status::InvalidArgument("too many tags or labels in the training data");
  const int root = IndexOf(labels, "root");

  std::vector<TrainingSentence> data(sentences.size());
  for (std::size_t i = 0; i < sentences.size(); ++i) {
    const ConlluSentence& s = sentences[i];
    TrainingSentence& t = data[i];
    t.words = TreebankWords(s);
    t.heads.assign(1, 0);
    t.labels.assign(1, 0);
    for (const auto& w : s.words) {
      t.tags.push_back(IndexOf(tags, fine_tag(w)));
      t.heads.push_back(w.head + 1);
      t.labels.push_back(IndexOf(labels, w.deprel));
    }
  }
  log("read " + std::to_string(data.size()) + " sentences, " +
      std::to_string(tags.size()) + " tags, " + std::to_string(labels.size()) +
      " labels");

  // The dictionary the model keeps is built from all the training data; the
  // one the tagger learns from is jackknifed (each tenth of the sentences
  // looked up in a dictionary of the rest), or the tagger would learn to
  // trust it more than it deserves on words it has not seen.
  const int num_tags = static_cast<int>(tags.size());
  auto build_dictionary = [&](int skip_fold, int folds) {
    std::vector<std::uint64_t> words;
    std::vector<int> word_tags;
    for (std::size_t s = 0; s < data.size(); ++s) {
      if (static_cast<int>(s % folds) == skip_fold) continue;
      for (std::size_t i = 0; i < data[s].words.size(); ++i) {
        words.push_back(data[s].words[i].word);
        word_tags.push_back(data[s].tags[i]);
      }
    }
    return TagDictionary::Build(words, word_tags, num_tags);
  };
  TagDictionary dictionary = build_dictionary(-1, 1);
  constexpr int kDictionaryFolds = 10;
  for (int f = 0; f < kDictionaryFolds; ++f) {
    const TagDictionary rest = build_dictionary(f, kDictionaryFolds);
    for (std::size_t s = f; s < data.size(); s += kDictionaryFolds)
      for (WordInfo& w : data[s].words) w.ambiguity = rest.Lookup(w.word);
  }
  log("tag dictionary: " + std::to_string(dictionary.size()) + " words");

  std::vector<std::size_t> all(data.size());
  std::iota(all.begin(), all.end(), 0);
  WeightTable tagger =
      TrainTagger(data, all, num_tags, options.tagger_epochs, options.seed)
          .Finish(0.0f)
          .Pruned(options.tagger_min_weight);
  log("tagger: " + std::to_string(tagger.num_features()) + " features");

  // The parser's input tags: each fold tagged by a tagger that never saw it.
  std::vector<std::vector<int>> input_tags(data.size());
  if (options.folds <= 1) {
    for (std::size_t i = 0; i < data.size(); ++i) input_tags[i] = data[i].tags;
  } else {
    for (int f = 0; f < options.folds; ++f) {
      std::vector<std::size_t> rest;
      for (std::size_t i = 0; i < data.size(); ++i)
        if (static_cast<int>(i % options.folds) != f) rest.push_back(i);
      PerceptronTrainer fold =
          TrainTagger(data, rest, num_tags, options.tagger_epochs, options.seed + 1 + f);
      WeightTable fold_tagger = fold.Finish(0.0f);
      for (std::size_t i = f; i < data.size(); i += options.folds) {
        input_tags[i].resize(data[i].words.size());
        TagGreedy(fold_tagger, data[i].words.data(),
                  static_cast<int>(data[i].words.size()), input_tags[i].data());
      }
      log("jackknife fold " + std::to_string(f + 1) + " of " +
          std::to_string(options.folds));
    }
  }

  ParserTrainer parser(static_cast<int>(labels.size()), root);
  std::mt19937_64 rng(options.seed ^ 0x5eed);
  for (int epoch = 0; epoch < options.parser_epochs; ++epoch) {
    for (std::size_t i : Shuffled(data.size(), &rng))
      parser.Sentence(data[i], input_tags[i], epoch > 0, options.explore, &rng);
    std::string line = "parser epoch " + std::to_string(epoch + 1) + ": " +
                       std::to_string(100 * parser.TakeAccuracy()) +
                       "% transitions right";
    if (options.dev) {
      const SyntaxModel snapshot(tags, labels, dictionary, tagger,
                                 parser.model().Finish(0.0f));
      const GoldTokenScores dev = EvaluateGoldTokens(snapshot, *options.dev);
      line += "; dev UAS " + std::to_string(dev.uas) + " LAS " + std::to_string(dev.las);
    }
    log(line);
  }
  WeightTable parser_weights =
      parser.model().Finish(0.0f).Pruned(options.parser_min_weight);
  log("parser: " + std::to_string(parser_weights.num_features()) + " features, " +
      std::to_string(parser_weights.num_weights()) + " weights");
  return SyntaxModel(tags, labels, std::move(dictionary), std::move(tagger),
                     std::move(parser_weights));
}

}  // namespace dyad::syntax
