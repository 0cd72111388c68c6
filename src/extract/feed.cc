// ParseFeed (dyad/extract.h): the items of RSS 2.0, RSS 1.0 and Atom feeds.

#include "dyad/extract.h"
#include "extract/dom.h"
#include "util/strings.h"

namespace dyad::extract {
namespace {

bool IsItem(const xmlNode* n) { return IsElement(n, "item") || IsElement(n, "entry"); }

struct ItemFields {
  std::string title, content, description, link, date;
};

ItemFields ReadItem(const xmlNode* item) {
  ItemFields f;
  for (const xmlNode* n = item->children; n; n = n->next) {
    const std::string_view name = Name(n);
    if (name.empty()) continue;
    if (name == "title") {
      f.title = CollapseSpace(HtmlToText(TextOf(n)));
    } else if (name == "encoded" || name == "content") {
      // content:encoded (RSS) or Atom content; its type says HTML or text,
      // and HtmlToText reads both.
      if (f.content.empty()) f.content = TextOf(n);
    } else if (name == "description" || name == "summary") {
      if (f.description.empty()) f.description = TextOf(n);
    } else if (name == "link") {
      // Atom: <link rel="alternate" href=...>; RSS: <link>URL</link>.
      const std::string href = Attr(n, "href");
      const std::string rel = Attr(n, "rel");
      if (!href.empty()) {
        if (f.link.empty() || rel == "alternate") f.link = href;
      } else if (f.link.empty()) {
        f.link = std::string(Trim(TextOf(n)));
      }
    } else if (name == "guid" && f.link.empty() && Attr(n, "isPermaLink") != "false") {
      f.link = std::string(Trim(TextOf(n)));
    } else if (name == "pubDate" || name == "published" || name == "date" ||
               name == "issued") {
      if (f.date.empty()) f.date = ParseLooseDate(TextOf(n));
    } else if (name == "updated" || name == "modified") {
      if (f.date.empty()) f.date = ParseLooseDate(TextOf(n));
    }
  }
  return f;
}

void CollectItems(const xmlNode* node, std::vector<Article>* out, int depth) {
  if (depth > 8) return;
  for (const xmlNode* n = node->children; n; n = n->next) {
    if (n->type != XML_ELEMENT_NODE) continue;
    if (!IsItem(n)) {
      CollectItems(n, out, depth + 1);  // <channel> holds RSS 2.0 items
      continue;
    }
    ItemFields f = ReadItem(n);
    Article a;
    a.title = std::move(f.title);
    a.text = HtmlToText(f.content.empty() ? f.description : f.content);
    a.url = std::move(f.link);
    a.date = f.date.empty() ? DateFromUrl(a.url) : std::move(f.date);
    if (!a.text.empty() || !a.title.empty()) out->push_back(std::move(a));
  }
}

}  // namespace

Result<std::vector<Article>> ParseFeed(std::string_view xml) {
  XmlDocPtr doc = ParseXml(xml);
  const xmlNode* root = doc ? xmlDocGetRootElement(doc.get()) : nullptr;
  const std::string_view kind = Name(root);
  if (kind != "rss" && kind != "feed" && kind != "RDF")
    return Status::InvalidArgument(
        root ? "not an RSS or Atom feed (its root element is <" + std::string(kind) + ">)"
             : "not an RSS or Atom feed (not well-formed XML)");
  std::vector<Article> items;
  CollectItems(root, &items, 0);
  return items;
}

}  // namespace dyad::extract
