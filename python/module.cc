// The extension module dyad._dyad; the package dyad (python/dyad/) exports
// what it defines. See python/dyad/__init__.py for the whole API.
#include <pybind11/pybind11.h>

#include "coder_binding.h"
#include "store_binding.h"

PYBIND11_MODULE(_dyad, m) {
  m.doc() = "dyad's C++ coder, for Python (use the package dyad).";
  dyad::python::BindCoder(m);
  dyad::python::BindStore(m);
}
