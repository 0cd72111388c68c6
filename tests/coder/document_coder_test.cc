// DocumentCoder's memory bound: however many distinct events a document
// holds, at most 4,096 are held for de-duplication at a time, and what is
// kept of the ones released is small.
#include <gtest/gtest.h>

#include <set>
#include <string>
#include <tuple>

#include "dyad/coder.h"

namespace dyad {
namespace {

const char* const kCountries[] = {
    "France",   "Germany",   "Italy",     "Spain",      "Poland",      "Russia",
    "China",    "Japan",     "India",     "Pakistan",   "Iran",        "Iraq",
    "Syria",    "Turkey",    "Egypt",     "Israel",     "Jordan",      "Lebanon",
    "Kenya",    "Nigeria",   "Ghana",     "Ethiopia",   "Sudan",       "Brazil",
    "Chile",    "Peru",      "Colombia",  "Venezuela",  "Mexico",      "Canada",
    "Cuba",     "Australia", "Indonesia", "Vietnam",    "Thailand",    "Malaysia",
    "Ukraine",  "Belarus",   "Armenia",   "Azerbaijan", "Kazakhstan",  "Mongolia",
    "Norway",   "Sweden",    "Finland",   "Denmark",    "Austria",     "Hungary",
    "Romania",  "Bulgaria",  "Greece",    "Serbia",     "Croatia",     "Portugal",
    "Ireland",  "Morocco",   "Algeria",   "Tunisia",    "Libya",       "Somalia",
    "Uganda",   "Tanzania",  "Zimbabwe",  "Angola",     "Bolivia",     "Ecuador",
    "Paraguay", "Uruguay",   "Nepal",     "Bangladesh", "Afghanistan", "Yemen"};

// "A criticised B." for every ordered pair: thousands of distinct events.
std::string ManyDistinctEvents() {
  std::string text;
  for (const char* a : kCountries)
    for (const char* b : kCountries)
      if (a != b) text += std::string(a) + " criticised " + b + ".\n\n";
  return text;
}

using Key = std::tuple<std::string, std::string, std::string>;

TEST(DocumentCoderMemoryTest, HeldEventsAreReleasedAsSoonAsThereAreTooMany) {
  const Coder coder(*Dictionary::Default());
  Document header;
  header.id = "many";
  header.date = "2024-07-11";
  DocumentCoder document(coder, header);
  // One piece: the events must not all be held until its end.
  std::vector<Event> ready = document.Add(ManyDistinctEvents());
  std::vector<Event> rest = document.Finish();
  ASSERT_GT(ready.size() + rest.size(), 4096u);
  EXPECT_EQ(ready.size(), 4097u);  // released when the 4,097th came
  EXPECT_FALSE(rest.empty());
  std::set<Key> keys;
  for (const auto* list : {&ready, &rest})
    for (const Event& e : *list)
      EXPECT_TRUE(keys.insert({e.source, e.target, e.event_code}).second)
          << e.source << " " << e.target << " " << e.event_code << " twice";
}

TEST(DocumentCoderMemoryTest, LaterMentionsOfReleasedEventsAreStillKnown) {
  const Coder coder(*Dictionary::Default());
  Document header;
  header.id = "many";
  header.date = "2024-07-11";
  DocumentCoder document(coder, header);
  std::size_t events = document.Add(ManyDistinctEvents()).size();
  // France -> Germany 111 was released with the first 4,097: its mention
  // here is dropped, not written as a second event of the document.
  events += document.Add("France criticised Germany.\n\nChile praised Peru.\n\n").size();
  std::vector<Event> rest = document.Finish();
  events += rest.size();
  const std::size_t pairs = std::size(kCountries) * (std::size(kCountries) - 1);
  EXPECT_EQ(events, pairs + 1);  // every pair once, and Chile -> Peru 051
}

}  // namespace
}  // namespace dyad
