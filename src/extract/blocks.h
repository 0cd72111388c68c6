// The text blocks of an HTML page, for boilerplate removal: each paragraph,
// heading, list item or run of text between block elements, with how much
// of it is link text and which element holds it. Elements that are never
// the article are not walked at all: scripts and styles, navigation, forms,
// figures and captions, hidden elements, and those whose class, id or role
// names comments, sharing, related stories, ads, newsletters and the like.
#ifndef DYAD_EXTRACT_BLOCKS_H_
#define DYAD_EXTRACT_BLOCKS_H_

#include <libxml/tree.h>

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace dyad::extract {

struct Block {
  std::string text;                  // white space collapsed; "\n" for <br>
  std::size_t link_chars = 0;        // bytes of text inside <a>
  const xmlNode* element = nullptr;  // the block element that holds it
  int heading = 0;                   // 1-6 for <h1>-<h6>
  bool list_item = false;

  double LinkDensity() const {
    return text.empty() ? 0 : static_cast<double>(link_chars) / text.size();
  }
};

// The blocks under `root`, in document order; empty ones are left out.
// `by_class`: also leave out elements whose class or id looks like
// boilerplate (off for a second try, when a page's wrapper is named so).
std::vector<Block> CollectBlocks(const xmlNode* root, bool by_class = true);

// Whether an element's class, id or role marks it as boilerplate
// ("post-comments", "share-bar", "related-stories", "ad-slot").
bool LooksLikeBoilerplate(std::string_view class_or_id);

}  // namespace dyad::extract

#endif  // DYAD_EXTRACT_BLOCKS_H_
