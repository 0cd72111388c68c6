#include "inputs.h"

#include <algorithm>
#include <filesystem>
#include <iostream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "util/strings.h"
#include "util/utf8.h"

namespace dyad::cli {
namespace fs = std::filesystem;

namespace {

bool IsJsonlPath(const std::string& path) {
  auto ext = fs::path(path).extension().string();
  return ext == ".jsonl" || ext == ".ndjson";
}

// Files a directory contributes: text and JSON Lines, not hidden ones.
bool IsDocumentFile(const fs::path& p) {
  auto name = p.filename().string();
  if (name.empty() || name[0] == '.') return false;
  auto ext = p.extension().string();
  return ext == ".txt" || ext == ".text" || ext == ".jsonl" || ext == ".ndjson" ||
         ext.empty();
}

// A JSON field as a string: strings as they are, numbers printed.
std::string Field(const nlohmann::json& obj, const char* key) {
  auto it = obj.find(key);
  if (it == obj.end() || it->is_null()) return "";
  if (it->is_string()) return it->get<std::string>();
  if (it->is_number()) return it->dump();
  return "";
}

}  // namespace

std::string DateFromFileName(const std::string& path) {
  std::string name = fs::path(path).filename().string();
  for (std::size_t i = 0; i + 10 <= name.size(); ++i) {
    int d;
    if (IsAsciiDigit(name[i]) && ParseDate(name.substr(i, 10), &d)) return FormatDate(d);
  }
  return "";
}

InputReader::InputReader(const std::vector<std::string>& inputs, InputOptions options,
                         std::ostream& err)
    : options_(std::move(options)), err_(err) {
  for (const auto& in : inputs) Expand(in);
}

InputReader::~InputReader() = default;

void InputReader::Error(const std::string& msg) {
  err_ << "dyad: " << msg << "\n";
  ++errors_;
}

void InputReader::Expand(const std::string& input) {
  auto jsonl_for = [&](const std::string& p) {
    if (options_.format == "jsonl") return true;
    if (options_.format == "text") return false;
    return IsJsonlPath(p);
  };
  if (input == "-") {
    pending_.push_back({"-", options_.format == "jsonl"});
    return;
  }
  std::error_code ec;
  auto st = fs::status(input, ec);
  if (ec || !fs::exists(st)) {
    // Keep the order of errors and documents: report when reached.
    pending_.push_back({input, false});
    return;
  }
  if (fs::is_directory(st)) {
    std::vector<fs::path> files;
    for (auto it = fs::recursive_directory_iterator(input, ec);
         !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
      if (it->is_regular_file() && IsDocumentFile(it->path()))
        files.push_back(it->path());
    }
    if (ec) Error(input + ": " + ec.message());
    std::sort(files.begin(), files.end());
    for (const auto& f : files) pending_.push_back({f.string(), jsonl_for(f.string())});
    return;
  }
  pending_.push_back({input, jsonl_for(input)});
}

bool InputReader::CheckText(const std::string& where, std::string* text) {
  if (auto nul = text->find('\0'); nul != std::string::npos) {
    Error(where + ": binary data (NUL byte at offset " + std::to_string(nul) +
          "), not text; skipped");
    return false;
  }
  auto bad = utf8::Validate(*text);
  if (bad == utf8::kValid) return true;
  if (!options_.lenient) {
    Error(where + ": invalid UTF-8 at byte offset " + std::to_string(bad) +
          " (use --lenient to replace bad bytes); skipped");
    return false;
  }
  std::size_t replaced = 0;
  *text = utf8::ReplaceInvalid(*text, &replaced);
  err_ << "dyad: " << where << ": replaced " << replaced << " invalid UTF-8 byte"
       << (replaced == 1 ? "" : "s") << " with U+FFFD\n";
  return true;
}

bool InputReader::ReadText(const Pending& p, Document* doc) {
  std::string text;
  if (p.path == "-") {
    std::ostringstream ss;
    ss << std::cin.rdbuf();
    text = std::move(ss).str();
  } else {
    std::error_code ec;
    if (!fs::exists(p.path, ec)) {
      Error(p.path + ": no such file or directory");
      return false;
    }
    std::ifstream in(p.path, std::ios::binary);
    if (!in) {
      Error(p.path + ": cannot open for reading");
      return false;
    }
    std::ostringstream ss;
    ss << in.rdbuf();
    if (in.bad()) {
      Error(p.path + ": read error");
      return false;
    }
    text = std::move(ss).str();
  }
  bytes_ += text.size();
  std::string where = p.path == "-" ? "<stdin>" : p.path;
  if (!CheckText(where, &text)) return false;
  *doc = Document();
  doc->id = where;
  doc->date = !options_.date.empty() ? options_.date : DateFromFileName(p.path);
  doc->text = std::move(text);
  return true;
}

bool InputReader::NextJsonLine(Document* doc) {
  std::string line;
  while (std::getline(*jsonl_, line)) {
    ++jsonl_line_;
    bytes_ += line.size() + 1;
    std::string where = jsonl_path_ + ":" + std::to_string(jsonl_line_);
    if (Trim(line).empty()) continue;
    if (!CheckText(where, &line)) continue;
    nlohmann::json obj = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
    if (obj.is_discarded() || !obj.is_object()) {
      Error(where +
            ": malformed JSON line (expected an object such as "
            "{\"id\":..., \"date\":..., \"text\":...})");
      continue;
    }
    auto text = obj.find("text");
    if (text == obj.end() || !text->is_string()) {
      Error(where + ": missing string field \"text\"");
      continue;
    }
    *doc = Document();
    doc->id = Field(obj, "id");
    if (doc->id.empty()) doc->id = where;
    doc->text = text->get<std::string>();
    doc->title = Field(obj, "title");
    doc->url = Field(obj, "url");
    doc->source = Field(obj, "source");
    std::string date = Field(obj, "date");
    int d;
    if (!options_.date.empty()) {
      doc->date = options_.date;
    } else if (date.size() >= 10 && ParseDate(date.substr(0, 10), &d)) {
      doc->date = FormatDate(d);  // also accepts "2024-07-11T09:30:00Z"
    } else if (!date.empty()) {
      Error(where + ": bad \"date\" \"" + date + "\" (expected YYYY-MM-DD)");
      continue;
    }
    return true;
  }
  if (jsonl_->bad()) Error(jsonl_path_ + ": read error");
  jsonl_ = nullptr;
  jsonl_file_.reset();
  return false;
}

bool InputReader::Next(Document* doc) {
  while (true) {
    if (jsonl_ && NextJsonLine(doc)) return true;
    if (next_ >= pending_.size()) return false;
    const Pending& p = pending_[next_++];
    if (!p.jsonl) {
      if (ReadText(p, doc)) return true;
      continue;
    }
    jsonl_path_ = p.path == "-" ? "<stdin>" : p.path;
    jsonl_line_ = 0;
    if (p.path == "-") {
      jsonl_ = &std::cin;
    } else {
      jsonl_file_ = std::make_unique<std::ifstream>(p.path, std::ios::binary);
      if (!*jsonl_file_) {
        std::error_code ec;
        Error(p.path + (fs::exists(p.path, ec) ? ": cannot open for reading"
                                               : ": no such file or directory"));
        jsonl_file_.reset();
        continue;
      }
      jsonl_ = jsonl_file_.get();
    }
  }
}

}  // namespace dyad::cli
