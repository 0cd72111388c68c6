// News as users have it: the article in a saved web page, the items of an
// RSS or Atom feed, and whether a text is English, so that dyad can code
// pages, feeds and web archives (dyad/warc.h) without an extractor of the
// user's own.
//
// ExtractArticle parses HTML with a real parser (libxml2's, which recovers
// from malformed markup as browsers do), drops what is never the article
// (scripts, navigation, forms, figures and captions, elements whose class or
// id says comments, sharing, related stories, ads, newsletters), then keeps
// the block of the page that holds most of its paragraph text (text density,
// link density, block structure) and, inside it, the paragraphs that are not
// lists of links or one-line calls to action. The date comes from the page's
// own metadata (article:published_time, JSON-LD datePublished, <time>), else
// from the URL (/2024/07/11/); the URL from <link rel="canonical">.
//
// The text is what dyad codes: paragraphs separated by a blank line, so
// that evidence offsets point into it. Plain functions, no shared state
// (libxml2 is initialised once, thread-safely); safe from any thread.
#ifndef DYAD_EXTRACT_H_
#define DYAD_EXTRACT_H_

#include <string>
#include <string_view>
#include <vector>

#include "dyad/status.h"

namespace dyad::extract {

struct Article {
  std::string title;
  std::string text;  // UTF-8, paragraphs separated by "\n\n"
  std::string date;  // YYYY-MM-DD, or "" when the page does not say
  std::string url;   // the canonical URL, else the one given, else ""
};

// The article in an HTML page. `url`: where the page came from (for the
// date in the URL, and when the page names no canonical URL). `charset`:
// the encoding its HTTP headers declared, if any; otherwise the page's own
// <meta charset>, else UTF-8 when the bytes are UTF-8, else windows-1252.
// InvalidArgument when the page holds no article text (a paywall stub, an
// index page of links, not HTML at all).
Result<Article> ExtractArticle(std::string_view html, std::string_view url = "",
                               std::string_view charset = "");

// The readable text of an HTML fragment (a feed item's description):
// block elements become paragraphs, scripts and styles are dropped.
std::string HtmlToText(std::string_view html);

// The items of an RSS 2.0, RSS 1.0 (RDF) or Atom feed: title, the text of
// its content (content:encoded or Atom content, else the description or
// summary, as HTML or text), link and date. InvalidArgument when `xml` is
// not a feed; items without text are left out.
Result<std::vector<Article>> ParseFeed(std::string_view xml);

// A date as feeds and pages write it, as YYYY-MM-DD: ISO 8601
// ("2024-07-11T09:30:00+02:00"), RFC 822 ("Thu, 11 Jul 2024 09:30:00
// GMT"), or "July 11, 2024"; "" when it is none of these.
std::string ParseLooseDate(std::string_view s);

// A YYYY-MM-DD date in a URL path (/2024/07/11/, /2024-07-11-, /20240711/),
// or "".
std::string DateFromUrl(std::string_view url);

// Whether `text` reads as English: not when most of its letters are of
// another script (Cyrillic, Arabic, CJK...), nor when it holds more of the
// most common function words of French, Spanish, German, Portuguese,
// Italian or Dutch than of English's, nor when a text of 12 words or more
// has hardly any of English's (another language in Latin script). Texts of
// fewer than 8 words count as English (there is too little to tell). Reads
// at most the first 4 KiB.
bool LooksEnglish(std::string_view text);

// What a file holds, from its first bytes (a few hundred are enough; gzip
// is looked into): a WARC record, an RSS or Atom feed, an HTML page, or
// anything else, which dyad reads as text.
enum class Format { kText, kHtml, kFeed, kWarc };
Format SniffFormat(std::string_view head);

}  // namespace dyad::extract

#endif  // DYAD_EXTRACT_H_
