"""The room rules of the package (DESIGN.md, "Which room may use which"), read from its imports with
``ast``.

A rule that nothing checks erodes: each module's imports of our own code,
of click and of private names are checked here, as are module and function
sizes.
"""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).parent.parent / "glossary"
MAX_MODULE_LINES = 300
MAX_FUNCTION_LINES = 40

# Room -> the rooms its modules may import. Top-level modules are rooms of their own.
ALLOWED: dict[str, set[str]] = {
    "vocab": set(),
    "errors": set(),
    "model": {"vocab"},
    "atomic": {"errors"},
    "parallel": set(),
    "language": {"vocab", "errors"},
    "document": {"vocab", "errors", "language"},
    "formats": {"model", "vocab", "errors", "language"},
    "termbase": {"model", "vocab", "errors", "atomic", "parallel", "language", "formats"},
    "forms": {"model", "vocab", "errors", "atomic", "parallel", "language", "termbase"},
    "aids": {
        "model",
        "vocab",
        "errors",
        "atomic",
        "language",
        "document",
        "termbase",
        "forms",
        "formats",
    },
    "site": {"model", "vocab", "errors", "atomic", "language", "termbase", "forms", "formats"},
}
# The command line may use every room.
ALLOWED["cli"] = ALLOWED["aids"] | {"aids", "site"}
# Modules of formats/ that are not formats: what every format may share.
FORMAT_HELPERS = {
    "glossary.formats.xmlutil",
    "glossary.formats.tbxbasic",
    "glossary.formats.registry",
}


def room(module: str) -> str:
    """The room of a dotted module name: glossary.forms.index -> forms; glossary.model -> model."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else ""


def imports(tree: ast.AST, module: str) -> list[tuple[int, str, list[str]]]:
    """(line, imported module, imported names) of every import in ``tree``, relative ones resolved.
    """
    found = []
    package = module.rsplit(".", 1)[0]
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name, []) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                base = ".".join(
                    package.split(".")[: len(package.split(".")) - node.level + 1] + [base]
                )
            found.append((node.lineno, base.rstrip("."), [alias.name for alias in node.names]))
    return found


def _own(target: str, names: list[str]) -> list[str]:
    """The modules of ours an import brings in: ``from glossary.language import kazakh`` is
    glossary.language.kazakh.
    """
    if target == "glossary":
        return [f"glossary.{n}" for n in names if n != "__version__"]
    if target.startswith("glossary.") and target.count(".") == 1 and names:
        subpackage = PACKAGE / target.split(".")[1]
        if subpackage.is_dir():
            return [f"{target}.{n}" for n in names]
    return [target] if target.startswith("glossary.") else []


def _private_attributes(tree: ast.AST) -> list[tuple[int, str]]:
    """Private attributes read off anything but ``self`` or ``cls`` (``index._hits``)."""
    found = []
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Attribute)
            and node.attr.startswith("_")
            and not node.attr.startswith("__")
        ):
            if not (isinstance(node.value, ast.Name) and node.value.id in ("self", "cls")):
                found.append((node.lineno, node.attr))
    return found


def _room_problems(module: str, line: int, own: str) -> list[str]:
    mine, theirs = room(module), room(own)
    if theirs == "cli" and mine != "cli" and module != "glossary.__main__":
        return [f"{module}:{line}: imports {own}: nothing outside cli/ imports cli/"]
    if mine in ALLOWED and theirs != mine and theirs not in ALLOWED[mine]:
        return [
            f"{module}:{line}: imports {own}: {mine} may use {', '.join(sorted(ALLOWED[mine])) or 'nothing'}"
        ]
    if (
        mine == "formats"
        and theirs == "formats"
        and module not in FORMAT_HELPERS
        and own not in FORMAT_HELPERS
    ):
        return [f"{module}:{line}: imports {own}: a format never imports another format"]
    return []


def violations(module: str, source: str) -> list[str]:
    """Every broken room rule of ``module`` (dotted name) whose text is ``source``."""
    tree = ast.parse(source)
    found = []
    for line, target, names in imports(tree, module):
        if target.split(".")[0] == "click" and room(module) != "cli":
            found.append(f"{module}:{line}: imports click: only cli/ does")
        found += [
            f"{module}:{line}: imports private name {n} of {target}"
            for n in names
            if n.startswith("_") and not n.startswith("__") and target.startswith("glossary")
        ]
        for own in _own(target, names):
            if own.rsplit(".", 1)[-1].startswith("_") and not own.endswith("__"):
                found.append(f"{module}:{line}: imports private module {own}")
            found += _room_problems(module, line, own)
    found += [f"{module}:{line}: reads private attribute {name} of another object"
              for line, name in _private_attributes(tree)]
    return found


def modules() -> list[tuple[str, Path]]:
    out = []
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        out.append((name, path))
    return out


@pytest.mark.parametrize("module, path", modules(), ids=[m for m, _ in modules()])
def test_module_keeps_the_room_rules(module, path):
    assert violations(module, path.read_text(encoding="utf-8")) == []


def test_a_broken_rule_is_reported():
    source = (
        "import click\n"
        "from glossary.formats.tbx import _serialize\n"
        "from glossary.forms.index import FormsIndex\n"
        "from glossary.cli import main\n"
        "def f(index):\n    return index._hits('x')\n"
    )
    found = violations("glossary.formats.tmx", source)
    assert found == [
        "glossary.formats.tmx:1: imports click: only cli/ does",
        "glossary.formats.tmx:2: imports private name _serialize of glossary.formats.tbx",
        "glossary.formats.tmx:2: imports glossary.formats.tbx: a format never imports another format",
        "glossary.formats.tmx:3: imports glossary.forms.index: formats may use errors, language, model, vocab",
        "glossary.formats.tmx:4: imports glossary.cli.main: nothing outside cli/ imports cli/",
        "glossary.formats.tmx:6: reads private attribute _hits of another object",
    ]
    assert violations("glossary.document.article", "from glossary.forms import index\n") == [
        "glossary.document.article:1: imports glossary.forms.index: document may use errors, language, vocab"
    ]
    assert (
        violations(
            "glossary.language.langid", "from glossary.language.script import KAZAKH_LETTERS\n"
        )
        == []
    )


def test_every_module_has_a_room():
    for module, _ in modules():
        assert module == "glossary" or room(module) in ALLOWED or module == "glossary.__main__", (
            module
        )


@pytest.mark.parametrize("module, path", modules(), ids=[m for m, _ in modules()])
def test_modules_and_functions_stay_small(module, path):
    source = path.read_text(encoding="utf-8")
    assert len(source.splitlines()) <= MAX_MODULE_LINES, f"{module}: split it"
    long = [f"{node.name} ({node.end_lineno - node.lineno + 1} lines)"  # type: ignore[operator]
            for node in ast.walk(ast.parse(source))
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
            and node.end_lineno - node.lineno + 1 > MAX_FUNCTION_LINES]  # type: ignore[operator]
    assert long == [], f"{module}: split {', '.join(long)}"


def test_subpackages_cost_nothing_to_import():
    """Empty ``__init__.py`` files: importing a room loads none of its modules."""
    for init in PACKAGE.glob("*/__init__.py"):
        assert init.read_text(encoding="utf-8").strip() == "", init
