// SPDX-License-Identifier: MIT
// The one place where advocacy's C++ errors become Python exceptions:
//   Error(Exception) -> ParseError(Error, ValueError), ValidationError(Error, ValueError),
//                       FileError(Error, OSError)
#include "advocacy/error.hpp"
#include "bindings.hpp"

namespace py = pybind11;

namespace advocacy::python {
namespace {

// Heap types made once at import and kept for the life of the interpreter.
PyObject* error_type = nullptr;
PyObject* parse_error_type = nullptr;
PyObject* validation_error_type = nullptr;
PyObject* file_error_type = nullptr;

auto make_type(py::module_& m, const char* name, const char* doc, py::handle bases) -> PyObject* {
    const std::string qualified = std::string("advocacy.") + name;
    PyObject* type = PyErr_NewExceptionWithDoc(qualified.c_str(), doc, bases.ptr(), nullptr);
    if (type == nullptr) throw py::error_already_set();
    m.add_object(name, py::handle(type));  // the module holds its own reference
    return type;
}

// Input read from files may hold bytes that are not UTF-8; the error must still get through.
auto lenient_str(std::string_view s) -> py::str {
    return py::reinterpret_steal<py::str>(
        PyUnicode_DecodeUTF8(s.data(), static_cast<Py_ssize_t>(s.size()), "replace"));
}

// Raises `type(message)` with the given attributes set on the instance.
void raise(PyObject* type, std::string_view message, std::initializer_list<std::pair<const char*, py::object>> attrs) {
    py::object instance = py::reinterpret_steal<py::object>(
        PyObject_CallOneArg(type, lenient_str(message).ptr()));
    if (!instance) return;  // the failed call has set a Python error already
    for (const auto& [name, value] : attrs) instance.attr(name) = value;
    PyErr_SetObject(type, instance.ptr());
}

}  // namespace

void init_error(py::module_& m) {
    error_type = make_type(m, "Error", "Base of every error advocacy raises.", PyExc_Exception);
    parse_error_type = make_type(m, "ParseError",
                                 "Text that could not be read; .text, .position (byte offset) and .line (0 for one line).",
                                 py::make_tuple(py::handle(error_type), py::handle(PyExc_ValueError)));
    validation_error_type = make_type(m, "ValidationError",
                                      "A value that breaks the model's rules; .field names it, .reason says why.",
                                      py::make_tuple(py::handle(error_type), py::handle(PyExc_ValueError)));
    file_error_type = make_type(m, "FileError", "A file that could not be read or written; .path names it.",
                                py::make_tuple(py::handle(error_type), py::handle(PyExc_OSError)));

    py::register_exception_translator([](std::exception_ptr p) {
        try {
            if (p) std::rethrow_exception(p);
        } catch (const parse_error& e) {
            raise(parse_error_type, e.what(),
                  {{"text", lenient_str(e.text())},
                   {"position", py::int_(e.position())},
                   {"line", py::int_(e.line())},
                   {"reason", lenient_str(e.reason())}});
        } catch (const validation_error& e) {
            raise(validation_error_type, e.what(), {{"field", lenient_str(e.field())}, {"reason", lenient_str(e.reason())}});
        } catch (const io_error& e) {
            raise(file_error_type, e.what(),
                  {{"path", lenient_str(e.path())}, {"reason", lenient_str(e.reason())}});
        } catch (const error& e) {
            raise(error_type, e.what(), {});
        }
    });
}

}  // namespace advocacy::python
