#include "conversions.h"

#include <utility>

#include "dyad/input_check.h"

namespace py = pybind11;

namespace dyad::python {
namespace {

// The UTF-8 bytes of a str or bytes object. A str with lone surrogates
// (which Python allows) gives the bytes that encode them, which CheckText
// then reports as invalid UTF-8, as dyad code does.
std::string TextBytes(py::handle text, const std::string& where) {
  if (PyBytes_Check(text.ptr()))
    return std::string(py::reinterpret_borrow<py::bytes>(text));
  if (PyByteArray_Check(text.ptr()))
    return std::string(PyByteArray_AsString(text.ptr()),
                       static_cast<std::size_t>(PyByteArray_Size(text.ptr())));
  if (!PyUnicode_Check(text.ptr()))
    throw py::type_error(
        where + ": text must be str or bytes, not " +
        std::string(py::str(py::type::handle_of(text).attr("__name__"))));
  Py_ssize_t size = 0;
  if (const char* utf8 = PyUnicode_AsUTF8AndSize(text.ptr(), &size))
    return std::string(utf8, static_cast<std::size_t>(size));
  PyErr_Clear();
  py::object raw = py::reinterpret_steal<py::object>(
      PyUnicode_AsEncodedString(text.ptr(), "utf-8", "surrogatepass"));
  if (!raw) throw py::error_already_set();
  return std::string(py::reinterpret_borrow<py::bytes>(raw));
}

std::string DateString(py::handle date, const std::string& where) {
  if (date.is_none()) return "";
  std::string value;
  if (PyUnicode_Check(date.ptr())) {
    value = date.cast<std::string>();
  } else if (py::hasattr(date, "isoformat")) {
    value = date.attr("isoformat")().cast<std::string>();
  } else {
    throw py::type_error(
        where + ": date must be a str, a date or None, not " +
        std::string(py::str(py::type::handle_of(date).attr("__name__"))));
  }
  auto normal = NormalizeDate(where, value);
  if (!normal.ok()) throw py::value_error(normal.status().message());
  return std::move(*normal);
}

std::string OptionalString(py::handle mapping, const char* key) {
  py::object value = mapping.attr("get")(key);
  if (value.is_none()) return "";
  return py::str(value).cast<std::string>();
}

py::object SpanDict(const Span& s, bool present) {
  if (!present) return py::none();
  py::dict d;
  d["begin"] = s.begin;
  d["end"] = s.end;
  d["text"] = s.text;
  return d;
}

}  // namespace

Document MakeDocument(const std::string& where, py::handle text, py::handle date) {
  Document doc;
  doc.text = TextBytes(text, where);
  if (Status s = CheckText(where, doc.text); !s.ok()) throw py::value_error(s.message());
  doc.date = DateString(date, where);
  return doc;
}

Document ArticleToDocument(py::handle article, std::size_t index) {
  const std::string at = "articles[" + std::to_string(index) + "]";
  if (PyUnicode_Check(article.ptr()) || PyBytes_Check(article.ptr()))
    return MakeDocument(at, article, py::none());
  if (!py::hasattr(article, "get"))
    throw py::type_error(
        at + ": an article must be a dict or a str, not " +
        std::string(py::str(py::type::handle_of(article).attr("__name__"))));
  std::string id = OptionalString(article, "id");
  py::object text = article.attr("get")("text");
  const std::string where = id.empty() ? at : id;
  if (text.is_none()) throw py::value_error(where + ": missing string field \"text\"");
  Document doc = MakeDocument(where, text, article.attr("get")("date"));
  doc.id = std::move(id);
  doc.title = OptionalString(article, "title");
  doc.url = OptionalString(article, "url");
  doc.source = OptionalString(article, "source");
  return doc;
}

py::dict EventToDict(const Event& e) {
  py::dict d;
  d["doc"] = e.doc;
  d["sentence"] = e.sentence;
  d["date"] = e.date;
  d["source"] = e.source;
  d["source_name"] = e.source_name;
  d["target"] = e.target;
  d["target_name"] = e.target_name;
  d["event_code"] = e.event_code;
  d["base_code"] = e.base_code;
  d["root_code"] = e.root_code;
  d["quad_class"] = e.quad_class;
  d["goldstein"] = e.goldstein;
  d["modality"] = e.modality;
  d["mentions"] = e.mentions;
  d["text"] = e.text;
  py::dict evidence;
  evidence["source"] = SpanDict(e.evidence.source, true);
  evidence["target"] = SpanDict(e.evidence.target, !e.target.empty());
  evidence["trigger"] = SpanDict(e.evidence.trigger, true);
  d["evidence"] = std::move(evidence);
  d["rule"] = e.rule;
  if (!e.url.empty()) d["url"] = e.url;
  if (!e.issues.empty()) d["issues"] = e.issues;
  return d;
}

}  // namespace dyad::python
