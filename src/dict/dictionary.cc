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

Status LoadPath(const std::string& path, dict::Entries* entries) {
  std::error_code ec;
  fs::file_status st = fs::status(path, ec);
  if (ec || !fs::exists(st))
    return Status::NotFound(path + ": no such dictionary file or directory");
  std::vector<fs::path> files;
  if (fs::is_directory(st)) {
    for (const auto& e : fs::directory_iterator(path, ec))
      if (e.is_regular_file() && e.path().extension() == ".dyad")
        files.push_back(e.path());
    if (ec) return Status::IOError(path + ": " + ec.message());
    std::sort(files.begin(), files.end());
    if (files.empty())
      return Status::NotFound(path + ": no *.dyad dictionary files in directory");
  } else {
    files.push_back(path);
  }
  for (const auto& f : files) {
    std::string text;
    DYAD_RETURN_IF_ERROR(ReadFile(f, &text));
    DYAD_RETURN_IF_ERROR(dict::ParseDyadFormat(f.string(), text, entries));
  }
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

Result<Dictionary> Dictionary::FromPaths(const std::vector<std::string>& paths) {
  dict::Entries entries;
  for (const auto& p : paths) {
    Status s = LoadPath(p, &entries);
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
    bool person = false, organisation = false;
    for (const auto& r : a.roles) {
      s.dated_roles += r.dated();
      person = person || r.dated();
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
  return s;
}

}  // namespace dyad
