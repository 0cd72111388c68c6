#include "extract/metadata.h"

#include <array>

#include "dyad/extract.h"
#include "extract/dom.h"
#include "util/strings.h"

namespace dyad::extract {
namespace {

// <meta> names and properties that carry a publication date, best first.
constexpr std::array<std::string_view, 12> kDateMeta = {"article:published_time",
                                                        "datepublished",
                                                        "og:published_time",
                                                        "pubdate",
                                                        "publishdate",
                                                        "publish-date",
                                                        "dc.date.issued",
                                                        "dc.date",
                                                        "dcterms.created",
                                                        "parsely-pub-date",
                                                        "sailthru.date",
                                                        "date"};

struct Found {
  std::string og_title, og_url, h1, title_tag, canonical, time, jsonld_date;
  std::array<std::string, kDateMeta.size()> meta_dates;
};

void Visit(const xmlNode* node, Found* f, int depth) {
  if (depth > 256) return;
  for (const xmlNode* n = node->children; n; n = n->next) {
    if (n->type != XML_ELEMENT_NODE) continue;
    const std::string_view name = Name(n);
    if (name == "meta") {
      std::string key = AsciiLower(Attr(n, "property"));
      if (key.empty()) key = AsciiLower(Attr(n, "name"));
      if (key.empty()) key = AsciiLower(Attr(n, "itemprop"));
      const std::string content = Attr(n, "content");
      if (key == "og:title" && f->og_title.empty()) f->og_title = content;
      if (key == "og:url" && f->og_url.empty()) f->og_url = content;
      for (std::size_t i = 0; i < kDateMeta.size(); ++i)
        if (key == kDateMeta[i] && f->meta_dates[i].empty()) f->meta_dates[i] = content;
    } else if (name == "link") {
      if (AsciiLower(Attr(n, "rel")) == "canonical" && f->canonical.empty())
        f->canonical = Attr(n, "href");
    } else if (name == "title") {
      if (f->title_tag.empty()) f->title_tag = CollapseSpace(TextOf(n));
    } else if (name == "h1") {
      if (f->h1.empty()) f->h1 = CollapseSpace(TextOf(n));
    } else if (name == "time") {
      // A <time> the page marks as the publication's wins over the first.
      std::string when = Attr(n, "datetime");
      if (when.empty()) when = TextOf(n);
      const bool published = Attr(n, "itemprop") == "datePublished" ||
                             xmlHasProp(n, reinterpret_cast<const xmlChar*>("pubdate"));
      if (f->time.empty() || published) f->time = when;
    } else if (name == "script") {
      if (AsciiLower(Attr(n, "type")) == "application/ld+json" && f->jsonld_date.empty())
        f->jsonld_date = JsonStringField(TextOf(n), "datePublished");
      continue;
    }
    if (Attr(n, "itemprop") == "datePublished" && name != "meta" && name != "time") {
      std::string when = Attr(n, "content");
      if (!when.empty() && f->meta_dates[1].empty()) f->meta_dates[1] = when;
    }
    Visit(n, f, depth + 1);
  }
}

// "Story title | Site" -> "Story title".
std::string StripSiteName(std::string title) {
  for (std::string_view sep :
       {" | ", " - ", " \xE2\x80\x94 ", " \xE2\x80\x93 ", " :: "}) {
    const std::size_t at = title.rfind(sep);
    if (at != std::string::npos && at > 0 && title.size() - at < at) {
      title.resize(at);
      break;
    }
  }
  return title;
}

std::string Absolute(std::string_view href, std::string_view base) {
  if (href.empty() || href.find("://") != std::string_view::npos)
    return std::string(href);
  const std::size_t scheme = base.find("://");
  if (scheme == std::string_view::npos) return std::string(href);
  if (href.substr(0, 2) == "//")
    return std::string(base.substr(0, scheme + 1)) + std::string(href);
  const std::size_t path = base.find('/', scheme + 3);
  std::string origin(base.substr(0, path));
  if (href.front() == '/') return origin + std::string(href);
  return origin + "/" + std::string(href);
}

}  // namespace

std::string JsonStringField(std::string_view json, std::string_view key) {
  const std::string quoted = "\"" + std::string(key) + "\"";
  for (std::size_t at = json.find(quoted); at != std::string_view::npos;
       at = json.find(quoted, at + 1)) {
    std::size_t i = at + quoted.size();
    while (i < json.size() && IsAsciiSpace(json[i])) ++i;
    if (i >= json.size() || json[i] != ':') continue;
    ++i;
    while (i < json.size() && IsAsciiSpace(json[i])) ++i;
    if (i >= json.size() || json[i] != '"') continue;
    const std::size_t end = json.find('"', i + 1);
    if (end == std::string_view::npos) return "";
    return std::string(json.substr(i + 1, end - i - 1));
  }
  return "";
}

PageMetadata ReadMetadata(const xmlNode* root, std::string_view url) {
  Found f;
  if (root) Visit(root, &f, 0);
  PageMetadata m;
  m.title = CollapseSpace(f.og_title);
  if (m.title.empty()) m.title = f.h1;
  if (m.title.empty()) m.title = StripSiteName(f.title_tag);
  std::string canonical = f.canonical.empty() ? f.og_url : f.canonical;
  m.canonical = Absolute(Trim(canonical), url);
  // The page's own date, in the order of trust: article metadata, JSON-LD,
  // other metadata, <time>, the URL.
  for (const std::string& d : {f.meta_dates[0], f.meta_dates[1], f.jsonld_date}) {
    if (m.date.empty()) m.date = ParseLooseDate(d);
  }
  for (std::size_t i = 2; i < f.meta_dates.size() && m.date.empty(); ++i)
    m.date = ParseLooseDate(f.meta_dates[i]);
  if (m.date.empty()) m.date = ParseLooseDate(f.time);
  if (m.date.empty()) m.date = DateFromUrl(m.canonical);
  if (m.date.empty()) m.date = DateFromUrl(url);
  return m;
}

}  // namespace dyad::extract
