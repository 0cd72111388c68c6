// Loading and compiling dictionaries behind the public dyad::Dictionary.
#include "dyad/dictionary.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "cameo/cameo.h"
#include "dict/check.h"
#include "dict/compiled.h"
#include "dict/dyad_format.h"
#include "dict/petrarch_format.h"
#include "util/embedded.h"

namespace dyad {
namespace {

namespace fs = std::filesystem;

Status ReadFile(const fs::path& path, std::string* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound(path.string() + ": cannot open dictionary");
  std::ostringstream ss;
  ss << in.rdbuf();
  *out = std::move(ss).str();
  return Status::Ok();
}

bool IsDyadFile(const fs::path& p) { return p.extension() == ".dyad"; }

dict::VerbDialect Dialect(DictionaryFormat format) {
  return format == DictionaryFormat::kPetrarch ? dict::VerbDialect::kPetrarch2
         : format == DictionaryFormat::kTabari ? dict::VerbDialect::kTabari
                                               : dict::VerbDialect::kDetect;
}

// One file, in the format asked for or (kAuto) told by its extension.
Status LoadFile(const fs::path& path, DictionaryFormat format, dict::Entries* entries) {
  std::string text;
  DYAD_RETURN_IF_ERROR(ReadFile(path, &text));
  const std::string name = path.string();
  if (format == DictionaryFormat::kDyad ||
      (format == DictionaryFormat::kAuto && IsDyadFile(path)))
    return dict::ParseDyadFormat(name, text, entries);
  auto kind = dict::DetectPetrarchFile(name, text);
  if (!kind.ok()) return kind.status();
  return dict::ParsePetrarch(*kind, name, text, entries, Dialect(format));
}

Status LoadPath(const std::string& path, DictionaryFormat format,
                dict::Entries* entries) {
  std::error_code ec;
  fs::file_status st = fs::status(path, ec);
  if (ec || !fs::exists(st))
    return Status::NotFound(path + ": no such dictionary file or directory");
  if (!fs::is_directory(st)) return LoadFile(path, format, entries);
  std::vector<fs::path> dyad_files, other_files;
  for (const auto& e : fs::directory_iterator(path, ec)) {
    if (!e.is_regular_file()) continue;
    (IsDyadFile(e.path()) ? dyad_files : other_files).push_back(e.path());
  }
  if (ec) return Status::IOError(path + ": " + ec.message());
  std::sort(dyad_files.begin(), dyad_files.end());
  std::sort(other_files.begin(), other_files.end());
  // A directory of dyad files is read as such (anything else in it is
  // ignored); otherwise it is a PETRARCH/TABARI set.
  const bool dyad = format == DictionaryFormat::kDyad ||
                    (format == DictionaryFormat::kAuto && !dyad_files.empty());
  if (dyad) {
    if (dyad_files.empty())
      return Status::NotFound(path + ": no *.dyad dictionary files in directory");
    for (const auto& f : dyad_files)
      DYAD_RETURN_IF_ERROR(LoadFile(f, DictionaryFormat::kDyad, entries));
    return Status::Ok();
  }
  std::size_t loaded = 0;
  for (const auto& f : other_files) {
    const std::string base = f.filename().string();
    // The PETRARCH validation suite's files are test fixtures (Gondor and
    // Arnor): named one by one they load, in a directory they are left out.
    if (base.rfind("PETR.", 0) == 0) {
      ++entries->skipped["file left out of a directory: " + base + " (a test fixture)"];
      continue;
    }
    std::string text;
    DYAD_RETURN_IF_ERROR(ReadFile(f, &text));
    auto kind = dict::DetectPetrarchFile(f.string(), text);
    if (!kind.ok()) {
      ++entries->skipped["file left out of a directory: " + base + " (not a dictionary)"];
      continue;
    }
    DYAD_RETURN_IF_ERROR(
        dict::ParsePetrarch(*kind, f.string(), text, entries, Dialect(format)));
    ++loaded;
  }
  if (loaded == 0) return Status::NotFound(path + ": no dictionary files in directory");
  return Status::Ok();
}

}  // namespace

Result<Dictionary> Dictionary::Default() {
  static const Result<Dictionary> dictionary = []() -> Result<Dictionary> {
    dict::Entries entries;
    for (const auto& f : embedded::DefaultDictionaries()) {
      Status s = dict::ParseDyadFormat("data/" + std::string(f.name), f.data, &entries);
      if (!s.ok()) return s;
    }
    return Dictionary(std::make_shared<const dict::Compiled>(std::move(entries)));
  }();
  return dictionary;
}

Result<Dictionary> Dictionary::FromPaths(const std::vector<std::string>& paths,
                                         DictionaryFormat format) {
  dict::Entries entries;
  for (const auto& p : paths) {
    Status s = LoadPath(p, format, &entries);
    if (!s.ok()) return s;
  }
  return Dictionary(std::make_shared<const dict::Compiled>(std::move(entries)));
}

Result<Dictionary> Dictionary::FromText(std::string_view name, std::string_view text) {
  dict::Entries entries;
  Status s = dict::ParseDyadFormat(name, text, &entries);
  if (!s.ok()) return s;
  return Dictionary(std::make_shared<const dict::Compiled>(std::move(entries)));
}

const std::vector<std::string>& Dictionary::Warnings() const {
  return compiled_->entries().warnings;
}

std::vector<std::string> Dictionary::Check() const {
  return dict::CheckDictionary(*compiled_);
}

DictionaryStats Dictionary::Stats() const {
  DictionaryStats s;
  const auto& e = compiled_->entries();
  s.actors = e.actors.size();
  std::set<std::string> countries;
  for (const auto& a : e.actors) {
    s.actor_phrases += a.names.size();
    const bool person = a.IsPerson();
    bool organisation = false;
    for (const auto& r : a.roles) {
      s.dated_roles += r.dated();
      organisation =
          organisation || r.code.rfind("IGO", 0) == 0 || r.code.rfind("NGO", 0) == 0;
      if (r.code.size() == 3 && compiled_->IsCountryCode(r.code))
        countries.insert(r.code);
    }
    s.people += person;
    s.organisations += organisation && !person;
  }
  s.countries = countries.size();
  s.agents = e.agents.size();
  for (const auto& a : e.agents) s.agent_phrases += a.names.size();
  std::set<std::string> codes;
  for (const auto& p : e.patterns) {
    (p.kind == dict::PatternEntry::kVerb ? s.verb_patterns : s.noun_patterns)++;
    codes.insert(p.code);
    ++s.per_root[p.code.substr(0, 2)];
  }
  s.event_codes = codes.size();
  s.discards = e.discards.size();
  s.skipped = e.skipped;
  return s;
}

}  // namespace dyad
