// ExtractArticle and HtmlToText (dyad/extract.h): the block of the page
// that holds most of its paragraph text, and the paragraphs in it that are
// text rather than links or calls to action.

#include <array>
#include <unordered_map>

#include "dyad/extract.h"
#include "extract/blocks.h"
#include "extract/dom.h"
#include "extract/metadata.h"
#include "util/strings.h"

namespace dyad::extract {
namespace {

// A paragraph of prose: long enough, and not mostly links.
constexpr std::size_t kProseBytes = 40;
constexpr double kProseLinkDensity = 0.3;
// The article's container is the deepest element that holds at least this
// share of the page's prose.
constexpr double kContainerShare = 0.7;
// Less article text than this is no article (a paywall stub, an index).
constexpr std::size_t kMinArticleBytes = 80;

// Short blocks that are calls to action or furniture, not news.
constexpr std::array<std::string_view, 22> kFurniture = {
    "read more",  "advertisement",
    "share",      "sign up",
    "subscribe",  "follow us",
    "click here", "related",
    "see also",   "photo:",
    "image:",     "credit:",
    "copyright",  "all rights reserved",
    "\xC2\xA9",   "continue reading",
    "log in",     "already a subscriber",
    "most read",  "listen to",
    "watch:",     "sponsored"};

bool IsProse(const Block& b) {
  return b.heading == 0 && b.text.size() >= kProseBytes &&
         b.LinkDensity() < kProseLinkDensity;
}

bool IsFurniture(const Block& b) {
  if (b.text.size() > 160) return false;
  const std::string lower = AsciiLower(b.text.substr(0, 40));
  for (std::string_view f : kFurniture)
    if (lower.rfind(f, 0) == 0) return true;
  return false;
}

bool EndsSentence(std::string_view s) {
  while (!s.empty() && (s.back() == '"' || s.back() == ')' || s.back() == '\''))
    s.remove_suffix(1);
  if (s.size() >= 3 && s.substr(s.size() - 3) == "\xE2\x80\x9D") s.remove_suffix(3);
  return !s.empty() &&
         (s.back() == '.' || s.back() == '!' || s.back() == '?' || s.back() == ':');
}

// The deepest element holding kContainerShare of the prose, or null.
const xmlNode* Container(const std::vector<Block>& blocks, const xmlNode* root) {
  std::unordered_map<const xmlNode*, std::size_t> prose;
  std::size_t total = 0;
  for (const Block& b : blocks) {
    if (!IsProse(b)) continue;
    total += b.text.size();
    for (const xmlNode* n = b.element; n; n = n->parent) {
      prose[n] += b.text.size();
      if (n == root) break;
    }
  }
  if (total == 0) return nullptr;
  const xmlNode* at = root;
  for (bool deeper = true; deeper;) {
    deeper = false;
    for (const xmlNode* c = at->children; c; c = c->next) {
      // A container, not one paragraph that outweighs the others.
      const std::string_view name = Name(c);
      if (name == "p" || name == "blockquote" || name == "li" || name == "pre") continue;
      auto it = prose.find(c);
      if (it != prose.end() && it->second >= kContainerShare * total) {
        at = c;
        deeper = true;
        break;
      }
    }
  }
  return at;
}

bool Inside(const xmlNode* node, const xmlNode* ancestor) {
  for (; node; node = node->parent)
    if (node == ancestor) return true;
  return false;
}

std::string Join(const std::vector<const Block*>& kept) {
  std::string text;
  for (const Block* b : kept) {
    if (!text.empty()) text += "\n\n";
    text += b->text;
  }
  return text;
}

const xmlNode* Body(const xmlDoc* doc) {
  const xmlNode* root = xmlDocGetRootElement(doc);
  for (const xmlNode* n = root ? root->children : nullptr; n; n = n->next)
    if (IsElement(n, "body")) return n;
  return root;
}

// A block of several lines (<br>) without those that are the title or
// short lines that do not read as sentences ("Posted by Tomas on 14 March").
std::string KeptLines(const std::string& text, const std::string& title) {
  if (text.find('\n') == std::string::npos) return text;
  std::string kept;
  for (std::string_view line : Split(text, '\n')) {
    if (line.empty() || line == title) continue;
    if (line.size() < kProseBytes && !EndsSentence(line)) continue;
    if (!kept.empty()) kept += '\n';
    kept += line;
  }
  return kept;
}

// The article's paragraphs under `body`; empty when there is none.
std::string ArticleText(const xmlNode* body, const std::string& title, bool by_class) {
  const std::vector<Block> blocks = CollectBlocks(body, by_class);
  const xmlNode* container = Container(blocks, body);
  if (!container) return "";
  std::string text;
  auto keep = [&](std::string_view paragraph) {
    if (!text.empty()) text += "\n\n";
    text += paragraph;
  };
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    const Block& b = blocks[i];
    if (!Inside(b.element, container) || b.LinkDensity() >= 0.5 || IsFurniture(b))
      continue;
    if (b.heading == 1 && b.text == title) continue;  // the title, kept apart
    if (b.heading > 0) {
      // A section heading, when prose follows it.
      if (i + 1 < blocks.size() && IsProse(blocks[i + 1])) keep(b.text);
      continue;
    }
    // Short lines ("By Jane Doe", "Updated 10:32") only when they read as
    // sentences.
    const std::string lines = KeptLines(b.text, title);
    if (lines.size() < kProseBytes && !EndsSentence(lines)) continue;
    keep(lines);
  }
  return text;
}

}  // namespace

Result<Article> ExtractArticle(std::string_view html, std::string_view url,
                               std::string_view charset) {
  XmlDocPtr doc = ParseHtml(html, charset);
  if (!doc || !xmlDocGetRootElement(doc.get()))
    return Status::InvalidArgument("not an HTML page (nothing to parse)");
  const xmlNode* root = xmlDocGetRootElement(doc.get());
  PageMetadata meta = ReadMetadata(root, url);
  Article article;
  article.title = std::move(meta.title);
  article.date = std::move(meta.date);
  article.url = meta.canonical.empty() ? std::string(url) : std::move(meta.canonical);
  const xmlNode* body = Body(doc.get());
  article.text = ArticleText(body, article.title, true);
  // A page whose wrapper's class reads as boilerplate ("page-sidebar-left"):
  // try again without looking at classes.
  if (article.text.size() < kMinArticleBytes)
    article.text = ArticleText(body, article.title, false);
  if (article.text.size() < kMinArticleBytes)
    return Status::InvalidArgument(
        "no article text in the page (" + std::to_string(article.text.size()) +
        " bytes of paragraphs: an index, a stub or a paywall)");
  return article;
}

std::string HtmlToText(std::string_view html) {
  // Plain text needs no parsing (and a '<' in it is no tag).
  if (html.find('<') == std::string_view::npos &&
      html.find('&') == std::string_view::npos)
    return CollapseSpace(html);
  // The fragment inside a page of its own, so that the parser puts it in the body.
  std::string page = "<html><head><meta charset=\"utf-8\"></head><body>";
  page += html;
  page += "</body></html>";
  XmlDocPtr doc = ParseHtml(page, "utf-8");
  if (!doc) return "";
  std::vector<const Block*> all;
  const std::vector<Block> blocks = CollectBlocks(Body(doc.get()), false);
  for (const Block& b : blocks) all.push_back(&b);
  return Join(all);
}

}  // namespace dyad::extract
