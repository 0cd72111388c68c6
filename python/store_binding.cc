#include "store_binding.h"

#include <future>
#include <memory>
#include <mutex>
#include <string>
#include <utility>
#include <vector>

#include "coder_binding.h"
#include "conversions.h"
#include "dyad/store.h"
#include "piecewise_coding.h"

namespace py = pybind11;

namespace dyad::python {
namespace {

// The value of a Result, or the Python exception for its error.
template <typename T>
T Take(Result<T>&& r) {
  if (!r.ok()) RaiseStatus(r.status());
  return std::move(r).value();
}

AggregateScope Scope(const std::string& from, const std::string& to, bool all) {
  return AggregateScope{.from = from, .to = to, .all_modalities = all};
}

py::dict EdgeDict(const NetworkEdge& e) {
  py::dict d;
  d["source"] = e.source;
  d["target"] = e.target;
  d["events"] = e.events;
  d["cooperation"] = e.cooperation;
  d["conflict"] = e.conflict;
  d["goldstein_mean"] = e.goldstein_mean;
  d["goldstein_sum"] = e.goldstein_sum;
  return d;
}

py::list Edges(const std::vector<NetworkEdge>& edges) {
  py::list out;
  for (const auto& e : edges) out.append(EdgeDict(e));
  return out;
}

class PyStore {
  // dyad ingest's chunks: at most this many documents and bytes of text.
  static constexpr std::size_t kChunkDocs = 64, kChunkBytes = 16u << 20;

  struct Coded {
    std::shared_ptr<Document> doc;
    std::future<std::vector<Event>> events;
  };
  struct Counts {
    std::size_t index = 0, added = 0, unchanged = 0, replaced = 0, events = 0;
  };

  // Stores a chunk of documents, in order, as their events arrive.
  void StoreChunk(std::vector<Coded>* chunk, Counts* counts) {
    if (chunk->empty()) return;
    std::vector<std::string> ids;
    for (const Coded& c : *chunk) ids.push_back(c.doc->id);
    Status prefetched;
    {
      py::gil_scoped_release release;
      prefetched = store_->Prefetch(ids);
    }
    if (!prefetched.ok()) RaiseStatus(prefetched);
    for (Coded& c : *chunk) {
      Result<IngestResult> r = Status::IOError("not stored");
      {
        py::gil_scoped_release release;
        r = store_->Ingest(*c.doc, c.events.get());
      }
      const IngestResult stored = Take(std::move(r));
      counts->events += stored.events;
      if (stored.outcome == IngestResult::Outcome::kAdded) ++counts->added;
      if (stored.outcome == IngestResult::Outcome::kUnchanged) ++counts->unchanged;
      if (stored.outcome == IngestResult::Outcome::kReplaced) ++counts->replaced;
    }
    chunk->clear();
  }

  // Runs a query without the GIL; its value, or the Python exception.
  template <typename F>
  auto Run(F query) {
    std::optional<decltype(query())> r;
    {
      py::gil_scoped_release release;
      std::lock_guard lock(mu_);
      r.emplace(query());
    }
    return Take(std::move(*r));
  }

  std::mutex mu_;
  std::unique_ptr<Store> store_;

 public:
  PyStore(const std::string& path_or_url, bool read_only) {
    Result<std::unique_ptr<Store>> store = Status::IOError("not opened");
    {
      py::gil_scoped_release release;
      store = Store::Open(path_or_url, read_only);
    }
    store_ = Take(std::move(store));
  }

  // Codes articles on `jobs` threads and stores them in input order, as
  // dyad ingest does: in chunks, the store asked once per chunk which of
  // its documents it holds, the next chunk coded while one is stored.
  // Returns the counts dyad ingest prints. An article that cannot be read
  // raises after the articles before it are stored.
  py::dict Ingest(py::iterable articles, const PyCoder& coder, std::size_t batch,
                  int jobs) {
    if (jobs < 1)
      throw py::value_error("jobs must be at least 1, not " + std::to_string(jobs));
    std::lock_guard lock(mu_);
    store_->SetBatchSize(batch);
    const std::shared_ptr<const Coder> shared = coder.coder();
    Counts counts;
    CodingThreads threads(jobs);
    std::vector<Coded> stored_next, coding;
    std::size_t coding_bytes = 0;
    auto store_all = [&] {
      StoreChunk(&stored_next, &counts);
      StoreChunk(&coding, &counts);
      Status committed;
      {
        py::gil_scoped_release release;
        committed = store_->Commit();
      }
      if (!committed.ok()) RaiseStatus(committed);
    };
    try {
      for (py::handle article : articles) {
        auto doc = std::make_shared<Document>(ArticleToDocument(article, counts.index));
        if (doc->id.empty()) doc->id = "articles[" + std::to_string(counts.index) + "]";
        ++counts.index;
        coding_bytes += doc->text.size();
        const Coder* c = shared.get();
        coding.push_back(
            {doc, threads.Submit([c, doc] { return cli::CodeDocument(*c, *doc); })});
        if (coding.size() >= kChunkDocs || coding_bytes >= kChunkBytes) {
          StoreChunk(&stored_next, &counts);
          std::swap(stored_next, coding);
          coding_bytes = 0;
        }
      }
    } catch (...) {
      store_all();
      throw;
    }
    store_all();
    py::dict d;
    d["documents"] = counts.index;
    d["added"] = counts.added;
    d["unchanged"] = counts.unchanged;
    d["replaced"] = counts.replaced;
    d["events"] = counts.events;
    return d;
  }

  py::list Events(const EventQuery& q) {
    py::list out;
    for (const StoredEvent& e : Run([&] { return store_->Events(q); })) {
      py::dict d;
      d["id"] = e.id;
      d["date"] = e.date;
      d["source"] = e.source;
      d["target"] = e.target;
      d["event_code"] = e.event_code;
      d["root_code"] = e.root_code;
      d["quad_class"] = e.quad_class;
      d["goldstein"] = e.goldstein;
      d["num_mentions"] = e.num_mentions;
      d["num_articles"] = e.num_articles;
      d["num_sources"] = e.num_sources;
      d["modality"] = e.modality;
      d["doc"] = e.doc;
      d["text"] = e.text;
      d["source_name"] = e.source_name;
      d["target_name"] = e.target_name;
      d["url"] = e.url;
      out.append(std::move(d));
    }
    return out;
  }

  py::list Mentions(std::int64_t event) {
    py::list out;
    for (const StoredMention& m : Run([&] { return store_->EventMentions(event); })) {
      py::dict d;
      d["id"] = m.id;
      d["event"] = m.event;
      d["event_date"] = m.event_date;
      d["doc"] = m.doc;
      d["outlet"] = m.outlet;
      d["url"] = m.url;
      d["doc_date"] = m.doc_date;
      d["sentence"] = m.sentence;
      d["modality"] = m.modality;
      d["source_begin"] = m.source_begin;
      d["target_begin"] = m.target_begin;
      d["trigger_begin"] = m.trigger_begin;
      d["source_name"] = m.source_name;
      d["target_name"] = m.target_name;
      d["trigger"] = m.trigger_text;
      d["rule"] = m.rule;
      out.append(std::move(d));
    }
    return out;
  }

  py::list Dyad(const std::string& a, const std::string& b, const std::string& by,
                const AggregateScope& scope) {
    py::list out;
    for (const DyadPeriod& p : Run([&] { return store_->DyadSeries(a, b, by, scope); })) {
      py::dict d;
      d["period"] = p.period;
      d["source"] = p.source;
      d["target"] = p.target;
      d["events"] = p.events;
      d["verbal_coop"] = p.quad[0];
      d["material_coop"] = p.quad[1];
      d["verbal_conflict"] = p.quad[2];
      d["material_conflict"] = p.quad[3];
      d["goldstein_sum"] = p.goldstein_sum;
      d["goldstein_mean"] = p.goldstein_mean;
      out.append(std::move(d));
    }
    return out;
  }

  py::list Actors(const AggregateScope& scope, std::size_t limit) {
    py::list out;
    for (const ActorActivity& a : Run([&] { return store_->Actors(scope, limit); })) {
      py::dict d;
      d["actor"] = a.actor;
      d["as_source"] = a.as_source;
      d["as_target"] = a.as_target;
      d["events"] = a.as_source + a.as_target;
      d["goldstein_mean"] = a.goldstein_mean;
      out.append(std::move(d));
    }
    return out;
  }

  py::list Network(const AggregateScope& scope, int min_events) {
    return Edges(Run([&] { return store_->Network(scope, min_events); }));
  }

  py::dict Summary(const AggregateScope& scope, std::size_t limit) {
    const StoreSummary s = Run([&] { return store_->Summary(scope, limit); });
    py::dict d;
    d["documents"] = s.documents;
    d["events"] = s.events;
    d["mentions"] = s.mentions;
    d["first_date"] = s.first_date;
    d["last_date"] = s.last_date;
    d["top_dyads"] = Edges(s.top_dyads);
    py::list codes;
    for (const auto& [code, mentions] : s.top_codes) {
      py::dict c;
      c["event_code"] = code;
      c["mentions"] = mentions;
      codes.append(std::move(c));
    }
    d["top_codes"] = std::move(codes);
    d["most_conflictual"] = Edges(s.most_conflictual);
    d["most_cooperative"] = Edges(s.most_cooperative);
    return d;
  }
};

}  // namespace

void BindStore(py::module_& m) {
  py::class_<PyStore>(m, "_Store")
      .def(py::init<const std::string&, bool>(), py::arg("path_or_url"),
           py::arg("read_only") = false)
      .def("ingest", &PyStore::Ingest, py::arg("articles"), py::arg("coder"),
           py::arg("batch") = 64, py::arg("jobs") = 1)
      .def(
          "events",
          [](PyStore& s, const std::string& from, const std::string& to,
             const std::string& actor, const std::string& source,
             const std::string& target, const std::string& code, int quad,
             const std::string& modality, const std::string& text, std::size_t limit,
             std::size_t offset) {
            EventQuery q;
            q.from = from, q.to = to, q.actor = actor, q.source = source;
            q.target = target, q.code = code, q.quad_class = quad;
            q.modality = modality, q.text = text, q.limit = limit, q.offset = offset;
            return s.Events(q);
          },
          py::arg("from_"), py::arg("to"), py::arg("actor"), py::arg("source"),
          py::arg("target"), py::arg("code"), py::arg("quad"), py::arg("modality"),
          py::arg("text"), py::arg("limit"), py::arg("offset"))
      .def("mentions", &PyStore::Mentions, py::arg("event"))
      .def(
          "dyad",
          [](PyStore& s, const std::string& a, const std::string& b,
             const std::string& by, const std::string& from, const std::string& to,
             bool all) { return s.Dyad(a, b, by, Scope(from, to, all)); },
          py::arg("a"), py::arg("b"), py::arg("by"), py::arg("from_"), py::arg("to"),
          py::arg("all_modalities"))
      .def(
          "actors",
          [](PyStore& s, std::size_t limit, const std::string& from,
             const std::string& to,
             bool all) { return s.Actors(Scope(from, to, all), limit); },
          py::arg("limit"), py::arg("from_"), py::arg("to"), py::arg("all_modalities"))
      .def(
          "network",
          [](PyStore& s, int min_events, const std::string& from, const std::string& to,
             bool all) { return s.Network(Scope(from, to, all), min_events); },
          py::arg("min_events"), py::arg("from_"), py::arg("to"),
          py::arg("all_modalities"))
      .def(
          "summary",
          [](PyStore& s, std::size_t limit, const std::string& from,
             const std::string& to,
             bool all) { return s.Summary(Scope(from, to, all), limit); },
          py::arg("limit"), py::arg("from_"), py::arg("to"), py::arg("all_modalities"));
}

}  // namespace dyad::python
