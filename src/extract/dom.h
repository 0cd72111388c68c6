// libxml2 behind a small RAII surface, for the extractors of this module:
// parsing HTML and XML from memory into a document freed on scope exit, and
// reading element names, attributes and text. No libxml2 type leaves
// src/extract. Parsing never touches the network and never prints: libxml2
// recovers from malformed markup silently, as a browser does.
#ifndef DYAD_EXTRACT_DOM_H_
#define DYAD_EXTRACT_DOM_H_

#include <libxml/tree.h>

#include <memory>
#include <string>
#include <string_view>

namespace dyad::extract {

struct DocFree {
  void operator()(xmlDoc* doc) const { xmlFreeDoc(doc); }
};
using XmlDocPtr = std::unique_ptr<xmlDoc, DocFree>;

// An HTML page in the given encoding ("" to choose as ExtractArticle says);
// null only when libxml2 could make nothing of it.
XmlDocPtr ParseHtml(std::string_view html, std::string_view charset);
// An XML document (a feed), without DTDs, entities from outside or network
// access; null when it is not well-formed enough to recover.
XmlDocPtr ParseXml(std::string_view xml);

// The element's local name ("p", "item", "encoded" for content:encoded),
// lower-cased by the HTML parser; "" for other nodes.
std::string_view Name(const xmlNode* node);
bool IsElement(const xmlNode* node, std::string_view name);
// The value of an attribute, or "".
std::string Attr(const xmlNode* node, const char* name);
// All the text under `node`, as it is.
std::string TextOf(const xmlNode* node);
// Runs of white space as one space, trimmed.
std::string CollapseSpace(std::string_view s);

}  // namespace dyad::extract

#endif  // DYAD_EXTRACT_DOM_H_
