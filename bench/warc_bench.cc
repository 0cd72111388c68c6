// WARC throughput: writes a synthetic crawl (as Common Crawl's news
// crawls are laid out: request, response and metadata records, one gzip
// member each; pages shaped like news sites, with navigation, share bars,
// related links and comments around 6-12 paragraphs; one page in eight
// not in English, one record in eight an image) and reads it back with
// dyad::warc::WarcArticles: MB/s of compressed input and articles/s,
// best of three reads.
//
//   bench_warc [PAGES=4000] [FILE=/tmp/dyad-bench.warc.gz]
//   then, for the whole pipeline: dyad code FILE > /dev/null
#include <zlib.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <random>
#include <string>

#include "dyad/warc.h"
#include "extract/warc_builder.h"

namespace {

const char* kSubjects[] = {"The French foreign minister",  "Russian police",
                           "The Kenyan opposition leader", "Sudanese government troops",
                           "The Turkish central bank",     "Protesters in Georgia",
                           "The Indian prime minister",    "Rebel fighters in Mali",
                           "The Chinese delegation"};
const char* kVerbs[] = {"criticised", "met",     "accused",  "thanked", "warned",
                        "arrested",   "visited", "rejected", "welcomed"};
const char* kObjects[] = {"the Ethiopian government",
                          "students in Moscow",
                          "the European Commission",
                          "union leaders in Germany",
                          "the mediators from Qatar",
                          "the Malian army",
                          "the proposal"};
const char* kTails[] = {"on Tuesday, officials said.", "after talks broke down.",
                        "in a statement issued late on Friday.",
                        "according to witnesses at the scene.",
                        "despite calls for calm from the United Nations."};
const char* kFrench =
    "<p>Les ministres de la France et de l'Italie se sont réunis jeudi à Lyon pour "
    "discuter de la coopération policière dans les Alpes, selon le communiqué.</p>";

std::string Record(const char* type, const std::string& uri, const char* ct,
                   const std::string& block) {
  return "WARC/1.0\r\nWARC-Type: " + std::string(type) +
         "\r\nWARC-Date: 2024-07-12T03:04:05Z\r\nWARC-Target-URI: " + uri +
         "\r\nContent-Type: " + ct +
         "\r\nContent-Length: " + std::to_string(block.size()) + "\r\n\r\n" + block +
         "\r\n\r\n";
}

std::string PageHtml(std::mt19937& rng, int n) {
  auto pick = [&](auto& list) { return list[rng() % (sizeof list / sizeof list[0])]; };
  std::string html =
      "<!DOCTYPE html><html><head><meta charset=utf-8><title>Story " + std::to_string(n) +
      " | Bench News</title><meta property=\"article:published_time\" "
      "content=\"2024-07-11T10:00:00Z\"><script>var ads = [1,2,3];</script></head><body>"
      "<nav class=main-nav><ul><li><a href=/>Home</a></li><li><a href=/world>World</a>"
      "</li><li><a href=/politics>Politics</a></li></ul></nav><main><article><h1>Story " +
      std::to_string(n) + "</h1><div class=article-body>";
  const int paragraphs = 6 + static_cast<int>(rng() % 7);
  for (int p = 0; p < paragraphs; ++p) {
    html += "<p>";
    for (int s = 0; s < 3; ++s)
      html += std::string(pick(kSubjects)) + " " + pick(kVerbs) + " " + pick(kObjects) +
              " " + pick(kTails) + " ";
    html += "</p>";
    if (p == 2)
      html += "<div class=share-bar><a href=#>Share</a> <a href=#>Tweet</a></div>";
  }
  html +=
      "</div></article><div class=related-stories><ul><li><a href=/a>Another story "
      "about the talks</a></li><li><a href=/b>Why the vote was delayed</a></li></ul>"
      "</div><div id=comments><p>A reader comment that should not be kept in the "
      "article text at all.</p></div></main><footer>Bench News</footer></body></html>";
  return html;
}

}  // namespace

int main(int argc, char** argv) {
  const int pages = argc > 1 ? std::atoi(argv[1]) : 4000;
  const std::string path = argc > 2 ? argv[2] : "/tmp/dyad-bench.warc.gz";
  {
    std::mt19937 rng(42);
    std::ofstream out(path, std::ios::binary);
    out << dyad::testing::GzipMember(
        Record("warcinfo", "", "application/warc-fields", "software: bench\r\n"));
    for (int i = 0; i < pages; ++i) {
      const std::string uri =
          "https://bench.example/2024/07/11/story-" + std::to_string(i);
      std::string body, type = "text/html; charset=utf-8";
      if (i % 8 == 7) {
        body = std::string(20000, 'x');
        type = "image/jpeg";
      } else {
        body = i % 8 == 3 ? "<html><body><article>" + std::string(kFrench) + kFrench +
                                "</article></body></html>"
                          : PageHtml(rng, i);
      }
      const std::string http = "HTTP/1.1 200 OK\r\nContent-Type: " + type +
                               "\r\nContent-Length: " + std::to_string(body.size()) +
                               "\r\n\r\n" + body;
      out << dyad::testing::GzipMember(
          Record("request", uri, "application/http; msgtype=request",
                 "GET / HTTP/1.1\r\nHost: bench.example\r\n\r\n"));
      out << dyad::testing::GzipMember(
          Record("response", uri, "application/http; msgtype=response", http));
      out << dyad::testing::GzipMember(
          Record("metadata", uri, "application/warc-fields", "fetchTimeMs: 80\r\n"));
    }
  }
  double best = 1e9;
  std::size_t articles = 0, compressed = 0, text_bytes = 0;
  for (int run = 0; run < 3; ++run) {
    std::ifstream in(path, std::ios::binary);
    dyad::warc::WarcArticles reader(in, path, 64u << 20);
    const auto start = std::chrono::steady_clock::now();
    dyad::Document doc;
    articles = text_bytes = 0;
    for (;;) {
      auto got = reader.Next(&doc);
      if (!got.ok()) {
        std::fprintf(stderr, "bench_warc: %s\n", got.status().message().c_str());
        return 1;
      }
      if (!*got) break;
      ++articles;
      text_bytes += doc.text.size();
    }
    best = std::min(
        best,
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
    compressed = reader.bytes_read();
  }
  std::printf(
      "bench_warc: %s: %d pages, %.1f MB compressed, %zu articles (%.1f MB of text)\n",
      path.c_str(), pages, compressed / 1e6, articles, text_bytes / 1e6);
  std::printf("bench_warc: %.3f s, %.1f MB/s compressed, %.0f articles/s (best of 3)\n",
              best, compressed / 1e6 / best, articles / best);
  return 0;
}
