// dyad.Coder in Python: a thin wrapper over dyad::Coder (include/dyad/coder.h)
// that converts arguments and results and releases the GIL while coding.
#ifndef DYAD_PYTHON_CODER_BINDING_H_
#define DYAD_PYTHON_CODER_BINDING_H_

#include <pybind11/pybind11.h>

#include <memory>
#include <string>

#include "code_stream.h"
#include "dyad/coder.h"
#include "dyad/status.h"

namespace dyad::python {

// The C++ side of dyad.Coder; the store's ingest codes with it too.
class PyCoder {
 public:
  PyCoder(pybind11::object dicts, const std::string& dict_format, bool monadic,
          bool all_mentions, bool syntax);
  pybind11::list Code(pybind11::handle text, pybind11::handle date,
                      pybind11::object doc_id, pybind11::object title,
                      pybind11::object url) const;
  std::unique_ptr<CodeStream> CodeMany(pybind11::iterable articles, int jobs) const;
  const std::shared_ptr<const Coder>& coder() const { return coder_; }

 private:
  std::shared_ptr<const Coder> coder_;
};

// Raises the Python exception that fits a failed Status, with its message:
// FileNotFoundError (kNotFound), OSError (kIOError), else ValueError.
[[noreturn]] void RaiseStatus(const Status& status);

void BindCoder(pybind11::module_& m);

}  // namespace dyad::python

#endif  // DYAD_PYTHON_CODER_BINDING_H_
