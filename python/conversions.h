// Conversions between Python values and dyad's public types: an article
// (a dict, or the text alone) into a Document, checked as dyad code checks
// its input, and an Event into the dict that `dyad code` writes as JSON.
#ifndef DYAD_PYTHON_CONVERSIONS_H_
#define DYAD_PYTHON_CONVERSIONS_H_

#include <pybind11/pybind11.h>

#include <string>

#include "dyad/event.h"

namespace dyad::python {

// A document from its parts. `text`: str or bytes; `date`: None, a string
// (YYYY-MM-DD, or a timestamp starting with one) or anything with
// isoformat() (datetime.date, datetime.datetime, pandas.Timestamp).
// Raises ValueError with dyad code's message on invalid UTF-8 or a bad date
// (`where` names the document in it), TypeError on a wrong type.
Document MakeDocument(const std::string& where, pybind11::handle text,
                      pybind11::handle date);

// An article of code_many(): a str or bytes (the text), or a mapping with
// "text" and optional "id", "date", "title", "url", "source", as dyad code
// reads JSON Lines articles. `index` names it in errors when it has no id.
Document ArticleToDocument(pybind11::handle article, std::size_t index);

// The event as a dict with the fields, order and values of dyad code's JSON
// (evidence spans are byte offsets into the UTF-8 text; "url" and "issues"
// only when not empty, the target's evidence None when there is no target).
pybind11::dict EventToDict(const Event& e);

}  // namespace dyad::python

#endif  // DYAD_PYTHON_CONVERSIONS_H_
