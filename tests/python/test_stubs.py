# SPDX-License-Identifier: MIT
"""The type stubs (advocacy/_advocacy.pyi) describe the extension as built: every public name and
every public method of each class, no more and no less."""

import ast
import pathlib

import advocacy
from advocacy import _advocacy

STUBS = pathlib.Path(advocacy.__file__).with_name("_advocacy.pyi")


def stub_tree():
    return ast.parse(STUBS.read_text(encoding="utf-8"))


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
        if not isinstance(node, ast.ClassDef) or issubclass(getattr(_advocacy, node.name), BaseException):
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
    assert set(advocacy.__all__) == public(dir(_advocacy)) | {"__version__"}


def test_star_import_brings_every_public_name():
    namespace: dict = {}
    exec("from advocacy import *", namespace)
    assert public(namespace) == public(dir(_advocacy))
    assert namespace["__version__"] == _advocacy.__version__
