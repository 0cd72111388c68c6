// Subjects and objects read off the dependency tree: the subject is the
// verb's nsubj (nsubj:pass in the passive, which the assembler turns into
// the target), or that of the verb it is coordinated with, controlled by or
// hangs on ("agreed to meet", "shelled Aleppo, killing five"); a relative or
// participle clause takes the noun it modifies; the object is the obj, or
// the obl (or nmod of the object) whose case word is the pattern's
// preposition. arguments.cc asks the tree only for what its word-window
// rules do not find.
#include <algorithm>

#include "coder/arguments.h"

namespace dyad::coder {

std::vector<int> Arguments::MentionsAt(int node, bool subject) const {
  if (node < 0) return {};
  // The node's own mention, else one in a compound or name part of it ("a
  // rebel target"), and for a subject an actor adjective too ("the official
  // news agency"). An actor that only modifies or owns an object ("concern
  // about the situation in Sudan", "their meeting") is not the object.
  auto own = [&](int n) -> std::vector<int> {
    if (mention_at_[n] >= 0) return Expand(mention_at_[n]);
    for (const char* rel : {"compound", "flat", "appos", "amod"}) {
      if (!subject && std::string_view(rel) == "amod") continue;
      for (int c : s_.tree.Children(n, rel))
        if (mention_at_[c] >= 0) return Expand(mention_at_[c]);
    }
    // "thousands of protesters", "some of the leaders": the partitive's.
    if (s_.tree.Pos(n) == "NUM" || Norm(n) == "some" || Norm(n) == "many" ||
        Norm(n) == "most" || Norm(n) == "thousands" || Norm(n) == "hundreds" ||
        Norm(n) == "dozens" || Norm(n) == "millions" || Norm(n) == "members" ||
        Norm(n) == "groups")
      for (int c : s_.tree.Children(n, "nmod"))
        if (mention_at_[c] >= 0) return Expand(mention_at_[c]);
    return {};
  };
  // "Mordor, Rohan, Arnor and Bree": every conjunct.
  std::vector<int> out = own(node);
  for (int c : s_.tree.Children(node, "conj"))
    for (int m : own(c))
      if (std::find(out.begin(), out.end(), m) == out.end()) out.push_back(m);
  return out;
}

std::vector<int> Arguments::TreeSubject(std::uint32_t verb) const {
  const Tree& t = s_.tree;
  if (t.empty() || !t.IsVerb(verb)) return {};
  int v = static_cast<int>(verb);
  for (int hops = 0; hops < 4 && v >= 0; ++hops) {
    auto subjects = t.Children(v, "nsubj");
    if (!subjects.empty()) {
      const int subject = subjects.front();
      // "officials who met ...": the relative pronoun stands for the noun.
      if (mention_at_[subject] < 0 && t.RelIs(v, "acl") && t.Pos(subject) == "PRON")
        return MentionsAt(t.Head(v), true);
      return MentionsAt(subject, true);
    }
    // "the sanctions imposed by the EU": the noun a participle hangs on.
    if (t.RelIs(v, "acl")) return MentionsAt(t.Head(v), true);
    // "urged Bree to help": the object of the verb above controls it.
    if (t.RelIs(v, "xcomp")) {
      const auto objects = t.Children(t.Head(v), "obj");
      if (!objects.empty()) return MentionsAt(objects.front());
    }
    if (!t.RelIs(v, "conj") && !t.RelIs(v, "xcomp") && !t.RelIs(v, "advcl")) break;
    v = t.Head(v);
  }
  return {};
}

std::vector<int> Arguments::TreeObject(std::uint32_t token, std::string_view prep) const {
  const Tree& t = s_.tree;
  if (t.empty() || prep == "*") return {};
  // The verb: the pattern's last word, or the nearest verb before it
  // ("meet with": the verb of "with").
  int v = static_cast<int>(token);
  for (int k = 0; v >= 0 && !t.IsVerb(v) && k < 4; ++k) --v;
  if (v < 0 || !t.IsVerb(v)) return {};
  std::string_view marker = prep;
  if (marker.empty() && v != static_cast<int>(token) && t.Pos(token) == "ADP")
    marker = Norm(token);
  if (marker.empty()) {
    for (const char* rel : {"obj", "iobj"})
      for (int o : t.Children(v, rel))
        if (auto m = MentionsAt(o); !m.empty()) return m;
    return {};
  }
  auto marked = [&](int node) {
    for (int c : t.Children(node, "case"))
      if (Norm(c) == marker) return true;
    return false;
  };
  for (const char* rel : {"obl", "obj", "nmod"})
    for (int o : t.Children(v, rel))
      if (marked(o))
        if (auto m = MentionsAt(o); !m.empty()) return m;
  // "imposed sanctions on Iran": the preposition's phrase inside the object.
  for (int o : t.Children(v, "obj"))
    for (int n : t.Children(o, "nmod"))
      if (marked(n))
        if (auto m = MentionsAt(n); !m.empty()) return m;
  return {};
}

}  // namespace dyad::coder
