# SPDX-License-Identifier: MIT
"""The type stubs (advocacy/_advocacy.pyi) describe the extension as built: every public name and
every public method of each class, no more and no less."""

import ast
import pathlib
import re

import advocacy
from advocacy import _advocacy

STUBS = pathlib.Path(advocacy.__file__).with_name("_advocacy.pyi")


def stub_tree():
    return ast.parse(STUBS.read_text(encoding="utf-8"))


# Names advocacy/__init__.py adds to the extension's: pure-Python helpers, typed in their own
# modules (advocacy/_records.py).
PURE_PYTHON = {"from_records", "to_records"}


def public(names):
    return {n for n in names if not n.startswith("_")}


def test_stub_file_ships_beside_the_package():
    assert STUBS.exists()
    assert STUBS.with_name("py.typed").exists()


def test_top_level_names_match():
    declared = set()
    for node in stub_tree().body:
        if isinstance(node, (ast.ClassDef, ast.FunctionDef)):
            declared.add(node.name)
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            declared.add(node.target.id)
        elif isinstance(node, ast.Assign):  # type aliases too: a public one must exist at run time
            declared.update(t.id for t in node.targets if isinstance(t, ast.Name))
    assert public(declared) == public(dir(_advocacy))


def test_class_members_match():
    for node in stub_tree().body:
        if not isinstance(node, ast.ClassDef) or node.name.startswith("_"):  # _pybind11_type: a metaclass
            continue
        if issubclass(getattr(_advocacy, node.name), BaseException):
            continue
        declared = set()
        for item in node.body:
            if isinstance(item, ast.FunctionDef):
                declared.add(item.name)
            elif isinstance(item, ast.AnnAssign) and isinstance(item.target, ast.Name):
                declared.add(item.target.id)
        actual = public(vars(getattr(_advocacy, node.name)))
        assert public(declared) == actual, node.name


def test_all_is_a_sorted_list_of_the_module_public_names():
    # A written-out list, so type checkers see what `from advocacy import *` brings; it must not
    # drift from what the extension defines.
    assert isinstance(advocacy.__all__, list)
    assert advocacy.__all__ == sorted(advocacy.__all__)
    assert len(set(advocacy.__all__)) == len(advocacy.__all__)
    assert set(advocacy.__all__) == public(dir(_advocacy)) | PURE_PYTHON | {"__version__"}


def test_star_import_brings_every_public_name():
    namespace: dict = {}
    exec("from advocacy import *", namespace)
    assert public(namespace) == public(dir(_advocacy)) | PURE_PYTHON
    assert namespace["__version__"] == _advocacy.__version__


def runtime_signatures(function):
    """(positional names, keyword-only names) of each overload, read from the signature lines
    pybind11 writes at the top of a docstring ("name(a: int, *, b: str = '') -> None")."""
    out = []
    for line in (function.__doc__ or "").splitlines():
        match = re.match(rf"^(?:\d+\. )?{re.escape(function.__name__)}\((.*)\) -> ", line)
        if not match:
            continue
        params, depth, current = [], 0, ""
        for ch in match.group(1):
            depth += ch in "([{"
            depth -= ch in ")]}"
            if ch == "," and depth == 0:
                params.append(current.strip())
                current = ""
            else:
                current += ch
        if current.strip():
            params.append(current.strip())
        positional, keyword, star = [], [], False
        for p in params:
            name = p.split(":")[0].strip()
            if name == "*":
                star = True
            elif name != "self":
                (keyword if star else positional).append(name)
        out.append((positional, keyword))
    return out


def stub_signature(node):
    names = [a.arg for a in node.args.posonlyargs + node.args.args]
    if names and names[0] in ("self", "cls"):
        names = names[1:]
    return names, [a.arg for a in node.args.kwonlyargs]


def stub_functions(body, owner, where):
    for node in body:
        if isinstance(node, ast.FunctionDef) and (node.name == "__init__" or not node.name.startswith("_")):
            runtime = getattr(owner, node.name)
            if not isinstance(runtime, property):
                yield f"{where}{node.name}", node, runtime


def test_parameters_match_the_extension():
    # stubtest cannot read a pybind11 function's parameters; the docstring's signature lines can.
    # An overload of the stubs may leave out keyword-only parameters the run time takes (to_vcard's
    # organization applies to contacts only), but every name it has must be the run time's.
    body = stub_tree().body
    found = list(stub_functions(body, _advocacy, ""))
    for node in body:
        if isinstance(node, ast.ClassDef) and not node.name.startswith("_"):
            found += stub_functions(node.body, getattr(_advocacy, node.name), node.name + ".")
    assert len(found) > 100
    for where, node, runtime in found:
        positional, keyword = stub_signature(node)
        signatures = runtime_signatures(runtime)
        assert signatures, where
        assert any(positional == p and set(keyword) <= set(k) for p, k in signatures), (where, signatures)


def test_equality_and_hashing_match():
    # A class with == is declared with __eq__; an unhashable one with `__hash__: None`, a hashable
    # one with `def __hash__`, so that type checkers refuse a set of Campaigns as Python does.
    for node in stub_tree().body:
        if not isinstance(node, ast.ClassDef) or node.name.startswith("_"):
            continue
        runtime = getattr(_advocacy, node.name)
        if issubclass(runtime, BaseException):
            continue
        declared = {}
        for item in node.body:
            if isinstance(item, ast.FunctionDef):
                declared[item.name] = "method"
            elif isinstance(item, ast.AnnAssign) and isinstance(item.target, ast.Name):
                declared[item.target.id] = ast.unparse(item.annotation)
        own = vars(runtime)
        assert ("__eq__" in own) == ("__eq__" in declared), node.name
        if "__hash__" in own:
            assert declared.get("__hash__") == ("None" if own["__hash__"] is None else "method"), node.name
        else:
            assert "__hash__" not in declared, node.name
