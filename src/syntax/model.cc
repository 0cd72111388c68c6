#include "syntax/model.h"

#include <algorithm>
#include <fstream>
#include <sstream>

#include "syntax/tagger.h"

// The model embedded by src/CMakeLists.txt (embedded_syntax_model.cc).
extern "C" const char dyad_syntax_model_begin[];
extern "C" const char dyad_syntax_model_end[];

namespace dyad::syntax {
namespace {

constexpr char kMagic[8] = {'D', 'Y', 'A', 'D', 'S', 'Y', 'N', '\0'};

std::uint64_t Fnv1a(std::string_view s) {
  std::uint64_t h = 0xcbf29ce484222325ULL;
  for (char c : s) {
    h ^= static_cast<unsigned char>(c);
    h *= 0x100000001b3ULL;
  }
  return h;
}

Status ReadNames(ByteReader* in, const char* what, std::vector<std::string>* names) {
  std::uint32_t n;
  if (!in->Get(&n) || n == 0 || n > 255)
    return Status::Corruption(std::string("syntax model: bad ") + what + " count");
  names->resize(n);
  for (auto& name : *names)
    if (!in->GetString(&name, 64))
      return Status::Corruption(std::string("syntax model: truncated ") + what);
  return Status::Ok();
}

void WriteNames(const std::vector<std::string>& names, ByteWriter* out) {
  out->Put<std::uint32_t>(static_cast<std::uint32_t>(names.size()));
  for (const auto& n : names) out->PutString(n);
}

}  // namespace

SyntaxModel::SyntaxModel(std::vector<std::string> tags, std::vector<std::string> labels,
                         TagDictionary dictionary, WeightTable tagger, WeightTable parser)
    : tags_(std::move(tags)),
      labels_(std::move(labels)),
      dictionary_(std::move(dictionary)),
      tagger_(std::move(tagger)),
      parser_(std::move(parser)) {
  for (const std::string& t : tags_) upos_names_.push_back(t.substr(0, t.find('|')));
  std::sort(upos_names_.begin(), upos_names_.end());
  upos_names_.erase(std::unique(upos_names_.begin(), upos_names_.end()),
                    upos_names_.end());
  for (const std::string& t : tags_) {
    const auto it = std::lower_bound(upos_names_.begin(), upos_names_.end(),
                                     t.substr(0, t.find('|')));
    upos_of_tag_.push_back(static_cast<std::uint8_t>(it - upos_names_.begin()));
  }
  auto root = std::find(labels_.begin(), labels_.end(), "root");
  root_label_ = root == labels_.end() ? 0 : static_cast<int>(root - labels_.begin());
}

std::string SyntaxModel::Serialize() const {
  ByteWriter out;
  out.bytes().append(kMagic, sizeof(kMagic));
  out.Put<std::uint32_t>(kModelVersion);
  WriteNames(tags_, &out);
  WriteNames(labels_, &out);
  dictionary_.Save(&out);
  tagger_.Save(&out);
  parser_.Save(&out);
  out.Put<std::uint64_t>(Fnv1a(out.bytes()));
  return std::move(out.bytes());
}

Result<SyntaxModel> SyntaxModel::Load(std::string_view bytes) {
  if (bytes.size() < sizeof(kMagic) + 12 ||
      bytes.substr(0, sizeof(kMagic)) != std::string_view(kMagic, sizeof(kMagic)))
    return Status::Corruption("syntax model: not a dyad syntax model (bad magic)");
  const std::string_view body = bytes.substr(0, bytes.size() - 8);
  ByteReader tail(bytes.substr(bytes.size() - 8));
  std::uint64_t checksum = 0;
  tail.Get(&checksum);
  ByteReader in(body.substr(sizeof(kMagic)));
  std::uint32_t version;
  in.Get(&version);
  if (version != kModelVersion)
    return Status::Corruption("syntax model: format version " + std::to_string(version) +
                              ", this dyad reads version " +
                              std::to_string(kModelVersion));
  if (Fnv1a(body) != checksum)
    return Status::Corruption(
        "syntax model: checksum mismatch (truncated or corrupt file)");
  std::vector<std::string> tags, labels;
  DYAD_RETURN_IF_ERROR(ReadNames(&in, "tag", &tags));
  DYAD_RETURN_IF_ERROR(ReadNames(&in, "label", &labels));
  TagDictionary dictionary;
  DYAD_RETURN_IF_ERROR(dictionary.Load(&in));
  WeightTable tagger, parser;
  DYAD_RETURN_IF_ERROR(tagger.Load(&in, "tagger"));
  DYAD_RETURN_IF_ERROR(parser.Load(&in, "parser"));
  if (in.remaining() != 0) return Status::Corruption("syntax model: trailing bytes");
  if (tagger.num_classes() != static_cast<int>(tags.size()) ||
      parser.num_classes() != 1 + 2 * static_cast<int>(labels.size()))
    return Status::Corruption("syntax model: class counts do not match the names");
  return SyntaxModel(std::move(tags), std::move(labels), std::move(dictionary),
                     std::move(tagger), std::move(parser));
}

Result<SyntaxModel> SyntaxModel::LoadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IOError("cannot read '" + path + "'");
  std::ostringstream buf;
  buf << in.rdbuf();
  Result<SyntaxModel> m = Load(buf.str());
  if (!m.ok()) return Status::Corruption(path + ": " + m.status().message());
  return m;
}

Result<const SyntaxModel*> SyntaxModel::Builtin() {
  static const Result<SyntaxModel> model = [] {
    const std::string_view bytes(dyad_syntax_model_begin,
                                 dyad_syntax_model_end - dyad_syntax_model_begin);
    if (bytes.empty())
      return Result<SyntaxModel>(
          Status::NotFound("this dyad was built without a syntax model"));
    return Load(bytes);
  }();
  if (!model.ok()) return model.status();
  return &model.value();
}

Status SyntaxModel::SaveFile(const std::string& path) const {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  const std::string bytes = Serialize();
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  out.close();
  if (!out) return Status::IOError("cannot write '" + path + "'");
  return Status::Ok();
}

std::string_view SyntaxModel::XposOf(int fine_tag) const {
  const std::string& t = tags_[fine_tag];
  const std::size_t bar = t.find('|');
  return bar == std::string::npos ? std::string_view("_")
                                  : std::string_view(t).substr(bar + 1);
}

void SyntaxModel::AnalyzeWords(std::span<const WordInfo> words, Workspace* ws,
                               std::vector<SyntaxWord>* out) const {
  const int n = static_cast<int>(words.size());
  if (words.data() != ws->words.data()) ws->words.assign(words.begin(), words.end());
  for (WordInfo& w : ws->words) w.ambiguity = dictionary_.Lookup(w.word);
  ws->tags.resize(n);
  out->resize(n);
  if (n == 0) return;
  TagGreedy(tagger_, ws->words.data(), n, ws->tags.data());
  ws->state.Reset(ws->words.data(), ws->tags.data(), n, root_label_);
  ParseGreedy(parser_, static_cast<int>(labels_.size()), &ws->state);
  for (int i = 0; i < n; ++i) {
    SyntaxWord& w = (*out)[i];
    w.tag = static_cast<std::uint8_t>(ws->tags[i]);
    w.upos = upos_of_tag_[w.tag];
    w.head = ws->state.head(i + 1) - 1;
    w.deprel = static_cast<std::uint8_t>(std::max(0, ws->state.label(i + 1)));
  }
}

void SyntaxModel::Analyze(std::string_view doc, std::span<const text::Token> tokens,
                          Workspace* ws, std::vector<SyntaxWord>* out) const {
  ws->words.resize(tokens.size());
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const text::Token& t = tokens[i];
    const std::string_view original = t.end <= doc.size() && t.begin <= t.end
                                          ? doc.substr(t.begin, t.size())
                                          : std::string_view(t.norm);
    ComputeWordInfo(t.norm, original, i == 0, &ws->words[i]);
  }
  AnalyzeWords(ws->words, ws, out);
}

void SyntaxModel::Analyze(std::string_view doc, std::span<const text::Token> tokens,
                          std::vector<SyntaxWord>* out) const {
  thread_local Workspace ws;
  Analyze(doc, tokens, &ws, out);
}

}  // namespace dyad::syntax
