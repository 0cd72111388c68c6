// What a page says about itself: its title, publication date and canonical
// URL, from <meta> tags (Open Graph, article:published_time, Dublin Core
// and the names news sites use), JSON-LD, <time> and <link rel=canonical>.
#ifndef DYAD_EXTRACT_METADATA_H_
#define DYAD_EXTRACT_METADATA_H_

#include <libxml/tree.h>

#include <string>
#include <string_view>

namespace dyad::extract {

struct PageMetadata {
  std::string title;      // og:title, else the first <h1>, else <title> less the site
  std::string date;       // YYYY-MM-DD or ""
  std::string canonical;  // absolute URL or ""
};

// `url`: where the page came from, to make a relative canonical link
// absolute and, failing all else, to date the page.
PageMetadata ReadMetadata(const xmlNode* root, std::string_view url);

// The value of "key": "..." in JSON text (JSON-LD), or "".
std::string JsonStringField(std::string_view json, std::string_view key);

}  // namespace dyad::extract

#endif  // DYAD_EXTRACT_METADATA_H_
