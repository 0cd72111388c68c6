// SniffFormat (dyad/extract.h): a file's kind from its first bytes.

#include "dyad/extract.h"
#include "extract/gzip_stream.h"
#include "util/strings.h"

namespace dyad::extract {

Format SniffFormat(std::string_view head) {
  std::string inflated;
  if (head.size() >= 2 && head[0] == '\x1f' && head[1] == '\x8b') {
    // What the start of the first member gives is enough to tell.
    if (!Inflate(head, true, 4096, &inflated) && inflated.empty()) return Format::kText;
    head = inflated;
  }
  if (head.rfind("\xEF\xBB\xBF", 0) == 0) head.remove_prefix(3);  // a BOM
  if (head.rfind("WARC/1.", 0) == 0) return Format::kWarc;
  const std::string lower = AsciiLower(head.substr(0, 1024));
  const std::string_view start = Trim(lower);
  if (start.rfind("<?xml", 0) == 0 || start.rfind("<rss", 0) == 0 ||
      start.rfind("<feed", 0) == 0 || start.rfind("<rdf:rdf", 0) == 0) {
    if (lower.find("<rss") != std::string::npos ||
        lower.find("<feed") != std::string::npos ||
        lower.find("<rdf:rdf") != std::string::npos)
      return Format::kFeed;
    if (lower.find("<html") != std::string::npos) return Format::kHtml;
    return Format::kText;
  }
  if (start.rfind("<!doctype html", 0) == 0 || start.rfind("<html", 0) == 0 ||
      start.rfind("<head", 0) == 0 || start.rfind("<body", 0) == 0 ||
      (start.rfind("<!--", 0) == 0 && lower.find("<html") != std::string::npos))
    return Format::kHtml;
  return Format::kText;
}

}  // namespace dyad::extract
