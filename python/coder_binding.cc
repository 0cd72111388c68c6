#include "coder_binding.h"

#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "code_stream.h"
#include "conversions.h"
#include "dyad/coder.h"
#include "dyad/dictionary.h"
#include "piecewise_coding.h"

namespace py = pybind11;

namespace dyad::python {
namespace {

DictionaryFormat ParseFormat(const std::string& name) {
  if (name == "auto") return DictionaryFormat::kAuto;
  if (name == "dyad") return DictionaryFormat::kDyad;
  if (name == "petrarch") return DictionaryFormat::kPetrarch;
  if (name == "tabari") return DictionaryFormat::kTabari;
  throw py::value_error("dict_format must be auto, dyad, petrarch or tabari, not '" +
                        name + "'");
}

std::vector<std::string> Paths(py::handle dicts) {
  py::module_ os = py::module_::import("os");
  if (PyUnicode_Check(dicts.ptr()) || py::isinstance(dicts, os.attr("PathLike")))
    return {py::str(os.attr("fspath")(dicts)).cast<std::string>()};
  std::vector<std::string> paths;
  for (py::handle p : dicts) paths.push_back(py::str(os.attr("fspath")(p)));
  return paths;
}

}  // namespace

PyCoder::PyCoder(py::object dicts, const std::string& dict_format, bool monadic,
                 bool all_mentions, bool syntax) {
  const DictionaryFormat format = ParseFormat(dict_format);
  std::vector<std::string> paths;
  if (!dicts.is_none()) paths = Paths(dicts);
  std::optional<Result<Dictionary>> dictionary;
  {
    py::gil_scoped_release release;
    dictionary.emplace(paths.empty() ? Dictionary::Default()
                                     : Dictionary::FromPaths(paths, format));
  }
  if (!dictionary->ok()) RaiseStatus(dictionary->status());
  CoderOptions options;
  options.monadic = monadic;
  options.all_mentions = all_mentions;
  options.syntax = syntax;
  coder_ = std::make_shared<const Coder>(std::move(**dictionary), options);
}

py::list PyCoder::Code(py::handle text, py::handle date, py::object doc_id,
                       py::object title, py::object url) const {
  const std::string id = doc_id.is_none() ? "" : py::str(doc_id).cast<std::string>();
  Document doc = MakeDocument(id.empty() ? "<text>" : id, text, date);
  doc.id = id;
  if (!title.is_none()) doc.title = py::str(title);
  if (!url.is_none()) doc.url = py::str(url);
  std::vector<Event> events;
  {
    py::gil_scoped_release release;
    events = cli::CodeDocument(*coder_, doc);
  }
  py::list out;
  for (const Event& e : events) out.append(EventToDict(e));
  return out;
}

std::unique_ptr<CodeStream> PyCoder::CodeMany(py::iterable articles, int jobs) const {
  if (jobs < 1)
    throw py::value_error("jobs must be at least 1, not " + std::to_string(jobs));
  return std::make_unique<CodeStream>(coder_, py::iter(articles), jobs);
}

void RaiseStatus(const Status& status) {
  PyObject* type = PyExc_ValueError;
  if (status.code() == Status::Code::kNotFound) type = PyExc_FileNotFoundError;
  if (status.code() == Status::Code::kIOError) type = PyExc_OSError;
  PyErr_SetString(type, status.message().c_str());
  throw py::error_already_set();
}

void BindCoder(py::module_& m) {
  py::class_<CodeStream>(m, "EventStream",
                         "Events of Coder.code_many(), as dicts, in input order.")
      .def("__iter__", [](py::object self) { return self; })
      .def("__next__", &CodeStream::Next);

  py::class_<PyCoder>(m, "Coder",
                      R"(Codes English news text into CAMEO-coded dyadic events.

A Coder loads its dictionaries once; code() and code_many() may then be
called from any thread, and they release the GIL while they code.

Coder(dicts=None, dict_format="auto", *, monadic=False, all_mentions=False,
      syntax=True)
    dicts: None for dyad's built-in dictionaries; else a path, or a list of
        paths, of dictionary files or directories (as `dyad code --dict`).
    dict_format: "auto", "dyad", "petrarch" or "tabari" (--dict-format).
    monadic, all_mentions: as the options of `dyad code`; syntax=False as
        its --no-syntax.

Raises FileNotFoundError for a missing dictionary, ValueError for one that
cannot be read (the message names the file and line).)")
      .def(py::init<py::object, const std::string&, bool, bool, bool>(),
           py::arg("dicts") = py::none(), py::arg("dict_format") = "auto", py::kw_only(),
           py::arg("monadic") = false, py::arg("all_mentions") = false,
           py::arg("syntax") = true)
      .def("code", &PyCoder::Code, py::arg("text"), py::arg("date") = py::none(),
           py::arg("doc_id") = py::none(), py::kw_only(), py::arg("title") = py::none(),
           py::arg("url") = py::none(),
           R"(Codes one document and returns its events as a list of dicts.

text: str or bytes (UTF-8). date: "YYYY-MM-DD" (or a timestamp that
starts with one), a datetime.date, or None. doc_id: the events' "doc".

Each event has the fields of `dyad code` JSON: doc, sentence, date, source,
source_name, target, target_name, event_code, base_code, root_code,
quad_class, goldstein, modality, mentions, text, evidence (source, target
and trigger spans: begin and end are byte offsets into the UTF-8 text,
and the words), rule; url and issues when there are any.

Raises ValueError, with dyad code's message, for invalid UTF-8 or a bad
date.)")
      .def("code_many", &PyCoder::CodeMany, py::arg("articles"), py::arg("jobs") = 1,
           R"(Codes many documents on `jobs` threads and yields their events in order.

articles: an iterable of dicts {"id", "date", "text"} (also "title",
"url", "source"), as dyad code reads JSON Lines, or of str texts. It is
read a few articles ahead of the events yielded, so it may be a generator
over an archive larger than memory.

Yields event dicts as code() returns them. An article with invalid UTF-8,
a bad date or no "text" raises ValueError when its turn comes.)");
}

}  // namespace dyad::python
