#include "extract/dom.h"

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>

#include <mutex>

#include "util/strings.h"
#include "util/utf8.h"

namespace dyad::extract {
namespace {

// libxml2 must be initialised once before threads use it.
void InitLibxml() {
  static std::once_flag once;
  std::call_once(once, [] { xmlInitParser(); });
}

// The charset a <meta> in the page's head declares, or "".
std::string MetaCharset(std::string_view html) {
  const std::string head = AsciiLower(html.substr(0, 4096));
  for (std::size_t at = head.find("charset"); at != std::string::npos;
       at = head.find("charset", at + 7)) {
    std::size_t i = at + 7;
    while (i < head.size() && IsAsciiSpace(head[i])) ++i;
    if (i >= head.size() || head[i] != '=') continue;
    ++i;
    while (i < head.size() &&
           (IsAsciiSpace(head[i]) || head[i] == '"' || head[i] == '\''))
      ++i;
    std::size_t end = i;
    while (end < head.size() && (IsAsciiAlpha(head[end]) || IsAsciiDigit(head[end]) ||
                                 head[end] == '-' || head[end] == '_'))
      ++end;
    if (end > i) return head.substr(i, end - i);
  }
  return "";
}

std::string ChooseCharset(std::string_view html, std::string_view charset) {
  std::string chosen = charset.empty() ? MetaCharset(html) : AsciiLower(charset);
  if (chosen == "utf8") chosen = "utf-8";
  // Pages often claim Latin-1 and mean windows-1252, as browsers assume.
  if (chosen == "iso-8859-1" || chosen == "latin1" || chosen == "us-ascii")
    chosen = "windows-1252";
  if (chosen.empty())
    chosen = utf8::Validate(html) == utf8::kValid ? "utf-8" : "windows-1252";
  return chosen;
}

}  // namespace

XmlDocPtr ParseHtml(std::string_view html, std::string_view charset) {
  InitLibxml();
  const int options = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                      HTML_PARSE_NONET | HTML_PARSE_COMPACT;
  const std::string encoding = ChooseCharset(html, charset);
  const int size = static_cast<int>(std::min<std::size_t>(html.size(), 1u << 30));
  XmlDocPtr doc(htmlReadMemory(html.data(), size, nullptr, encoding.c_str(), options));
  // An encoding libxml2 does not know: let it guess.
  if (!doc) doc.reset(htmlReadMemory(html.data(), size, nullptr, nullptr, options));
  return doc;
}

XmlDocPtr ParseXml(std::string_view xml) {
  InitLibxml();
  const int options =
      XML_PARSE_RECOVER | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_NONET;
  const int size = static_cast<int>(std::min<std::size_t>(xml.size(), 1u << 30));
  return XmlDocPtr(xmlReadMemory(xml.data(), size, nullptr, nullptr, options));
}

std::string_view Name(const xmlNode* node) {
  if (!node || node->type != XML_ELEMENT_NODE || !node->name) return "";
  return reinterpret_cast<const char*>(node->name);
}

bool IsElement(const xmlNode* node, std::string_view name) { return Name(node) == name; }

std::string Attr(const xmlNode* node, const char* name) {
  if (!node || node->type != XML_ELEMENT_NODE) return "";
  xmlChar* value = xmlGetProp(node, reinterpret_cast<const xmlChar*>(name));
  if (!value) return "";
  std::string out(reinterpret_cast<const char*>(value));
  xmlFree(value);
  return out;
}

std::string TextOf(const xmlNode* node) {
  if (!node) return "";
  xmlChar* value = xmlNodeGetContent(node);
  if (!value) return "";
  std::string out(reinterpret_cast<const char*>(value));
  xmlFree(value);
  return out;
}

std::string CollapseSpace(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool space = false;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    // U+00A0 (no-break space) counts as space.
    const bool nbsp = c == '\xC2' && i + 1 < s.size() && s[i + 1] == '\xA0';
    if (IsAsciiSpace(c) || nbsp) {
      space = true;
      if (nbsp) ++i;
      continue;
    }
    if (space && !out.empty()) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

}  // namespace dyad::extract
