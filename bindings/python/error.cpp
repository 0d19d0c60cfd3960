// SPDX-License-Identifier: MIT
// The one place where advocacy's C++ errors become Python exceptions:
//   Error(Exception) -> ParseError(Error, ValueError), ValidationError(Error, ValueError),
//                       FileError(Error, OSError)
// A FileError whose errno Python maps to an OSError subclass is raised as a subclass of both, made
// once at import: FileError.FileNotFoundError(FileError, FileNotFoundError), and so on, so that
// `except FileNotFoundError` catches a missing campaign file as it catches open()'s.
#include "advocacy/error.hpp"
#include "bindings.hpp"

#include <cerrno>
#include <map>

namespace py = pybind11;

namespace advocacy::python {
namespace {

// Heap types made once at import and kept for the life of the interpreter.
PyObject* error_type = nullptr;
PyObject* parse_error_type = nullptr;
PyObject* validation_error_type = nullptr;
PyObject* file_error_type = nullptr;
// errno -> FileError subclass that is also the OSError subclass Python raises for that errno.
std::map<int, PyObject*>* file_error_subtypes = nullptr;

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

// The errno values Python maps to OSError subclasses (PEP 3151) that a file operation can meet.
struct oserror_subclass {
    const char* name;
    PyObject* base;
    int numbers[2];  // 0: none
};

// FileError subclasses named after their OSError side and kept on FileError, where pickle finds
// them (advocacy.FileError.FileNotFoundError).
void make_file_error_subtypes() {
    const oserror_subclass table[] = {
        {"FileNotFoundError", PyExc_FileNotFoundError, {ENOENT}},
        {"PermissionError", PyExc_PermissionError, {EACCES, EPERM}},
        {"IsADirectoryError", PyExc_IsADirectoryError, {EISDIR}},
        {"NotADirectoryError", PyExc_NotADirectoryError, {ENOTDIR}},
        {"FileExistsError", PyExc_FileExistsError, {EEXIST}},
        {"BrokenPipeError", PyExc_BrokenPipeError, {EPIPE}},
        {"BlockingIOError", PyExc_BlockingIOError, {EAGAIN}},
        {"InterruptedError", PyExc_InterruptedError, {EINTR}},
    };
    file_error_subtypes = new std::map<int, PyObject*>();  // lives as long as the interpreter
    py::handle file_error(file_error_type);
    for (const auto& entry : table) {
        const std::string qualified = std::string("advocacy.") + entry.name;
        PyObject* type = PyErr_NewExceptionWithDoc(
            qualified.c_str(), "A FileError that is also the OSError subclass of its errno.",
            py::make_tuple(file_error, py::handle(entry.base)).ptr(), nullptr);
        if (type == nullptr) throw py::error_already_set();
        py::handle(type).attr("__qualname__") = std::string("FileError.") + entry.name;
        file_error.attr(entry.name) = py::handle(type);  // FileError holds the reference
        Py_DECREF(type);
        for (int number : entry.numbers) {
            if (number != 0) (*file_error_subtypes)[number] = type;
        }
    }
}

// str(e) is "path: reason", as io_error::what() in C++, not OSError's "[Errno 2] reason: 'path'".
void give_file_error_its_str() {
    py::handle file_error(file_error_type);
    file_error.attr("__str__") = py::cpp_function(
        [](py::handle self) -> py::object {
            py::object filename = self.attr("filename");
            py::object reason = self.attr("strerror");
            if (!filename.is_none() && !reason.is_none()) return py::str("{}: {}").format(filename, reason);
            return py::handle(PyExc_OSError).attr("__str__")(self);
        },
        py::is_method(file_error), py::name("__str__"));
}

// Raises the FileError of `e`: with errno, strerror and filename set as OSError's are, of the
// subclass that matches its errno.
void raise_file_error(const io_error& e) {
    const int number = e.code().value();
    PyObject* type = file_error_type;
    if (auto it = file_error_subtypes->find(number); number != 0 && it != file_error_subtypes->end()) type = it->second;
    py::object path = lenient_str(e.path());
    py::object reason = lenient_str(e.reason());
    py::object args = number != 0 ? py::make_tuple(number, reason, path) : py::make_tuple(lenient_str(e.what()));
    py::object instance = py::reinterpret_steal<py::object>(PyObject_CallObject(type, args.ptr()));
    if (!instance) return;  // the failed call has set a Python error already
    if (number == 0) {
        instance.attr("strerror") = reason;
        instance.attr("filename") = path;
    }
    instance.attr("path") = path;
    instance.attr("reason") = reason;
    PyErr_SetObject(type, instance.ptr());
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
    file_error_type = make_type(m, "FileError",
                                "A file that could not be read or written; .path names it, .reason says why.\n\n"
                                "Like open()'s errors, it has .errno, .strerror and .filename, and is raised as the\n"
                                "OSError subclass of its errno too (FileNotFoundError, PermissionError,\n"
                                "IsADirectoryError, ...): FileError.FileNotFoundError and so on.",
                                py::make_tuple(py::handle(error_type), py::handle(PyExc_OSError)));
    give_file_error_its_str();
    make_file_error_subtypes();

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
            raise_file_error(e);
        } catch (const error& e) {
            raise(error_type, e.what(), {});
        }
    });
}

}  // namespace advocacy::python
