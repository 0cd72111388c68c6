#include "extract/blocks.h"

#include <algorithm>
#include <array>

#include "extract/dom.h"
#include "util/strings.h"

namespace dyad::extract {
namespace {

// Elements whose content is never article text.
constexpr std::array<std::string_view, 28> kSkipped = {
    "script", "style",  "noscript", "template",   "iframe",  "svg",   "math",
    "form",   "button", "select",   "textarea",   "input",   "nav",   "footer",
    "aside",  "header", "figure",   "figcaption", "picture", "video", "audio",
    "canvas", "object", "embed",    "menu",       "dialog",  "head",  "label"};

// Elements that start a new block.
constexpr std::array<std::string_view, 30> kBlockElements = {
    "p",       "div",    "section", "article", "main",       "li",     "h1", "h2",
    "h3",      "h4",     "h5",      "h6",      "blockquote", "pre",    "td", "th",
    "dd",      "dt",     "table",   "tr",      "ul",         "ol",     "dl", "body",
    "address", "center", "details", "summary", "hr",         "caption"};

// Words in a class or id that mark boilerplate, matched as whole words of
// the name split at non-letters ("post-comments" has "comments").
constexpr std::array<std::string_view, 50> kBoilerplateWords = {
    "comment",    "comments",   "share",         "sharing",  "social",    "related",
    "newsletter", "subscribe",  "subscription",  "sidebar",  "widget",    "ad",
    "ads",        "advert",     "advertisement", "promo",    "sponsored", "sponsor",
    "caption",    "breadcrumb", "breadcrumbs",   "cookie",   "cookies",   "footer",
    "nav",        "navigation", "menu",          "popup",    "modal",     "banner",
    "tags",       "byline",     "disqus",        "outbrain", "taboola",   "recirc",
    "readmore",   "toolbar",    "skip",          "masthead", "hidden",    "paywall",
    "signup",     "trending",   "recommended",   "dateline", "credit",    "credits",
    "rail",       "teaser"};

bool Contains(auto& list, std::string_view word) {
  return std::find(list.begin(), list.end(), word) != list.end();
}

// Words that start so mark boilerplate too ("sharedaddy", "relatedposts",
// "commentlist"), but not "commentary", which is an article.
bool StartsBoilerplate(std::string_view word) {
  static constexpr std::array<std::string_view, 8> kPrefixes = {
      "share",  "related", "comment", "newsletter",
      "advert", "sponsor", "subscri", "social"};
  if (word.rfind("commentar", 0) == 0) return false;
  for (std::string_view p : kPrefixes)
    if (word.size() > p.size() && word.rfind(p, 0) == 0) return true;
  return false;
}

bool Hidden(const xmlNode* node) {
  if (xmlHasProp(node, reinterpret_cast<const xmlChar*>("hidden"))) return true;
  if (Attr(node, "aria-hidden") == "true") return true;
  std::string style = AsciiLower(Attr(node, "style"));
  style.erase(std::remove(style.begin(), style.end(), ' '), style.end());
  return style.find("display:none") != std::string::npos ||
         style.find("visibility:hidden") != std::string::npos;
}

bool Skipped(const xmlNode* node, bool by_class) {
  if (Contains(kSkipped, Name(node)) || Hidden(node)) return true;
  const std::string role = AsciiLower(Attr(node, "role"));
  if (role == "navigation" || role == "banner" || role == "contentinfo" ||
      role == "complementary" || role == "dialog" || role == "search")
    return true;
  // The article's own wrapper is never boilerplate, whatever its class says.
  if (IsElement(node, "article") || IsElement(node, "main") || IsElement(node, "body"))
    return false;
  return by_class && (LooksLikeBoilerplate(Attr(node, "class")) ||
                      LooksLikeBoilerplate(Attr(node, "id")));
}

class Collector {
 public:
  explicit Collector(bool by_class) : by_class_(by_class) {}
  std::vector<Block> blocks;

  void Walk(const xmlNode* node, int depth) {
    // Deeper than any real page nests: left out rather than recursed into.
    if (depth > 256) return;
    for (const xmlNode* n = node->children; n; n = n->next) {
      if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
        AddText(reinterpret_cast<const char*>(n->content));
        continue;
      }
      if (n->type != XML_ELEMENT_NODE || Skipped(n, by_class_)) continue;
      const std::string_view name = Name(n);
      if (name == "br") {
        // A line break; two in a row end a paragraph, as pages laid out
        // with <br><br> instead of <p> mean them.
        const bool second = !current_.text.empty() && current_.text.back() == '\n';
        Flush(second);
        continue;
      }
      if (!Contains(kBlockElements, name)) {
        const bool link = name == "a";
        links_ += link;
        Walk(n, depth + 1);
        links_ -= link;
        continue;
      }
      Flush(true);
      const Block saved = current_;
      current_ = Block();
      current_.element = n;
      if (name.size() == 2 && name[0] == 'h' && name[1] >= '1' && name[1] <= '6')
        current_.heading = name[1] - '0';
      current_.list_item = name == "li";
      Walk(n, depth + 1);
      Flush(true);
      current_ = saved;
    }
  }

  void Start(const xmlNode* root) {
    current_.element = root;
    Walk(root, 0);
    Flush(true);
  }

 private:
  void AddText(const char* raw) {
    if (!raw) return;
    std::string_view text(raw);
    if (text.empty()) return;
    const bool lead = IsAsciiSpace(text.front());
    const bool trail = IsAsciiSpace(text.back());
    std::string words = CollapseSpace(text);
    if (words.empty()) {
      pending_space_ = pending_space_ || lead || trail;
      return;
    }
    if ((lead || pending_space_) && !current_.text.empty() &&
        current_.text.back() != '\n')
      current_.text += ' ';
    current_.text += words;
    if (links_ > 0) current_.link_chars += words.size();
    pending_space_ = trail;
  }

  // Ends the current block (`block_end`) or, for <br>, its line.
  void Flush(bool block_end) {
    pending_space_ = false;
    if (!block_end) {
      if (!current_.text.empty() && current_.text.back() != '\n') current_.text += '\n';
      return;
    }
    while (!current_.text.empty() && current_.text.back() == '\n')
      current_.text.pop_back();
    if (!current_.text.empty()) blocks.push_back(current_);
    current_.text.clear();
    current_.link_chars = 0;
  }

  const bool by_class_;
  Block current_;
  int links_ = 0;
  bool pending_space_ = false;
};

}  // namespace

bool LooksLikeBoilerplate(std::string_view class_or_id) {
  const std::string lower = AsciiLower(class_or_id);
  std::size_t i = 0;
  std::string_view previous;
  while (i < lower.size()) {
    while (i < lower.size() && !IsAsciiAlpha(lower[i])) ++i;
    std::size_t end = i;
    while (end < lower.size() && IsAsciiAlpha(lower[end])) ++end;
    const std::string_view word = std::string_view(lower).substr(i, end - i);
    // "has-sidebar", "with-comments", "no-ads" describe a page's layout.
    const bool layout = previous == "has" || previous == "with" || previous == "no" ||
                        previous == "without" || previous == "layout";
    if (!word.empty() && !layout &&
        (Contains(kBoilerplateWords, word) || StartsBoilerplate(word)))
      return true;
    if (!word.empty()) previous = word;
    i = end;
  }
  // "read-more", "more-stories"
  return lower.find("read-more") != std::string::npos ||
         lower.find("more-stories") != std::string::npos;
}

std::vector<Block> CollectBlocks(const xmlNode* root, bool by_class) {
  Collector c(by_class);
  if (root) c.Start(root);
  return std::move(c.blocks);
}

}  // namespace dyad::extract
