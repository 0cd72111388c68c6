// Helpers for tests that compare events as strings: "SOURCE>TARGET:CODE"
// (":MODALITY" too where asked), and tables of expected events.
#ifndef DYAD_TESTS_TESTING_CODED_H_
#define DYAD_TESTS_TESTING_CODED_H_

#include <algorithm>
#include <sstream>
#include <string>
#include <vector>

#include "dyad/coder.h"

namespace dyad::testing {

// Each event as "SOURCE>TARGET:CODE[:MODALITY]", sorted.
inline std::vector<std::string> Described(const std::vector<Event>& events,
                                          bool with_modality) {
  std::vector<std::string> out;
  for (const Event& e : events)
    out.push_back(e.source + ">" + e.target + ":" + e.event_code +
                  (with_modality ? ":" + e.modality : ""));
  std::sort(out.begin(), out.end());
  return out;
}

// The ';'-separated items of `expected`, sorted.
inline std::vector<std::string> SortedItems(const std::string& expected) {
  std::vector<std::string> out;
  std::stringstream ss(expected);
  for (std::string item; std::getline(ss, item, ';');)
    if (!item.empty()) out.push_back(item);
  std::sort(out.begin(), out.end());
  return out;
}

// Codes `text` as one document dated 2024-07-11, in the coder's order.
inline std::vector<std::string> Coded(const Coder& coder, const std::string& text) {
  Document doc;
  doc.id = "test";
  doc.date = "2024-07-11";
  doc.text = text;
  std::vector<std::string> out;
  for (const Event& e : coder.Code(doc))
    out.push_back(e.source + ">" + e.target + ":" + e.event_code + ":" + e.modality);
  return out;
}

// Codes `text` as one document of `date` and `title`: its events as
// "SOURCE>TARGET:CODE", space separated, in the coder's order.
inline std::string EventList(const Coder& coder, const std::string& text,
                             const std::string& date, const std::string& title = "") {
  Document doc;
  doc.id = "t";
  doc.date = date;
  doc.title = title;
  doc.text = text;
  std::string out;
  for (const Event& e : coder.Code(doc))
    out += (out.empty() ? "" : " ") + e.source + ">" + e.target + ":" + e.event_code;
  return out;
}

// The built-in dictionaries' coder with one-actor events kept, built once.
inline const Coder& MonadicCoder() {
  static const Coder coder(*Dictionary::Default(), CoderOptions{.monadic = true});
  return coder;
}

}  // namespace dyad::testing

#endif  // DYAD_TESTS_TESTING_CODED_H_
