// dyad._Store: dyad::Store (include/dyad/store.h) for Python. Answers come
// back as lists of dicts; python/dyad/store.py makes DataFrames of them.
// A store is used from one thread at a time: the GIL, held while a call
// starts, and a mutex while it runs without it, see to that.
#ifndef DYAD_PYTHON_STORE_BINDING_H_
#define DYAD_PYTHON_STORE_BINDING_H_

#include <pybind11/pybind11.h>

namespace dyad::python {

void BindStore(pybind11::module_& m);

}  // namespace dyad::python

#endif  // DYAD_PYTHON_STORE_BINDING_H_
