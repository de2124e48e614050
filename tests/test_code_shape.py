"""The shape of the code itself: no import cycles (imports inside functions count), the core stays
Qt-free and below the UI and the CLI and keeps one concern a subpackage, no function grows past 80
lines nor class past 400, cnngui/ui/ stays a few modules beside the packages that hold the tabs, the
widgets and the look, and no signal carries an untyped payload but the generic task helper's."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "cnngui"
MAX_FUNCTION_LINES = 80
MAX_CLASS_LINES = 400
MAX_UI_MODULES = 12
MAX_CORE_MODULES = 5  # beside the subpackages: the helpers every concern uses, and the package's __init__
CORE_CONCERNS = {"network", "data", "training", "evaluation", "inspection", "model_files", "teaching",
                 "classroom"}  # the class server and a seat joining it (issue 32)


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def sources() -> dict[str, ast.Module]:
    return {module_name(p): ast.parse(p.read_text(encoding="utf-8"), str(p)) for p in sorted(PACKAGE.rglob("*.py"))}


def imported(tree: ast.Module, modules: set[str], here: str) -> set[str]:
    """Every cnngui module `tree` imports, at its top or inside a function (`from a import b` names
    the module a.b where b is one)."""
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            base = node.module
            if node.level:  # relative: resolve against this module's package
                package = here.split(".")[: -node.level] if not here.endswith("__init__") else here.split(".")
                base = ".".join([*package, node.module])
            found.add(base)
            found |= {f"{base}.{alias.name}" for alias in node.names if f"{base}.{alias.name}" in modules}
    return {name for name in found if name in modules and name != here}


def import_graph() -> dict[str, set[str]]:
    trees = sources()
    modules = set(trees)
    return {name: imported(tree, modules, name) for name, tree in trees.items()}


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan). A package's __init__ that
    re-exports its own modules would show here too."""
    index, low, stack, on_stack, found = {}, {}, [], set(), []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for other in graph[node]:
            if other not in index:
                visit(other)
                low[node] = min(low[node], low[other])
            elif other in on_stack:
                low[node] = min(low[node], index[other])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_no_import_cycles():
    assert cycles(import_graph()) == []


def test_the_cycle_finder_finds_one():
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


QT_AND_ABOVE = ("PySide6", "pyqtgraph", "cnngui.ui", "cnngui.cli", "cnngui.app")


@pytest.mark.parametrize("package", ["cnngui.core", "cnngui.state"])
def test_the_core_and_the_state_import_neither_qt_nor_the_ui_nor_the_cli(package):
    """The core computes, the state's models are what the views observe: both run (and are tested) without Qt."""
    found = []
    for name, tree in sources().items():
        if name.startswith(package):
            for node in ast.walk(tree):
                names = ([a.name for a in node.names] if isinstance(node, ast.Import) else
                         [node.module or ""] if isinstance(node, ast.ImportFrom) else [])
                found += [f"{name} imports {n}" for n in names if n.startswith(QT_AND_ABOVE)]
    assert found == []


def test_no_function_is_longer_than_80_lines():
    long = []
    for name, tree in sources().items():
        for node in ast.walk(tree):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                lines = node.end_lineno - node.lineno + 1
                if lines > MAX_FUNCTION_LINES:
                    long.append(f"{name}.{node.name}: {lines} lines")
    assert long == []


def test_no_class_is_longer_than_400_lines():
    long = [f"{name}.{node.name}: {node.end_lineno - node.lineno + 1} lines"
            for name, tree in sources().items() for node in ast.walk(tree)
            if isinstance(node, ast.ClassDef) and node.end_lineno - node.lineno + 1 > MAX_CLASS_LINES]
    assert long == []


def test_the_core_is_a_package_per_concern():
    core = PACKAGE / "core"
    modules = sorted(p.name for p in core.glob("*.py"))
    assert len(modules) <= MAX_CORE_MODULES, modules
    packages = {p.name for p in core.iterdir() if (p / "__init__.py").is_file()}
    assert packages == CORE_CONCERNS
    for package in packages:  # light: a docstring, no imports that would load the whole concern
        tree = ast.parse((core / package / "__init__.py").read_text(encoding="utf-8"))
        assert not [n for n in tree.body if isinstance(n, (ast.Import, ast.ImportFrom))], package


def test_no_signal_carries_an_untyped_payload_but_the_task_helpers():
    """`Signal(object)` makes receivers guess what came; only the generic task helper may carry any result."""
    untyped = []
    for name, tree in sources().items():
        for node in ast.walk(tree):
            if (isinstance(node, ast.Call) and getattr(node.func, "id", "") == "Signal"
                    and any(getattr(arg, "id", "") == "object" for arg in node.args) and name != "cnngui.ui.tasks"):
                untyped.append(f"{name}:{node.lineno}")
    assert untyped == []


def test_the_ui_folder_shows_its_plan():
    ui = PACKAGE / "ui"
    modules = sorted(p.name for p in ui.glob("*.py"))
    assert len(modules) <= MAX_UI_MODULES, modules
    for package in ("tabs", "widgets", "look"):
        assert (ui / package / "__init__.py").is_file()


def test_every_saved_setting_is_declared_once():
    """Keys live in `Saved(...)` declarations only: no `settings.value("key")` anywhere, no key twice."""
    import re

    keys, literal_uses = [], []
    for path in PACKAGE.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        keys += re.findall(r'Saved\(\s*f?"([^"]+)"', text)
        literal_uses += [f"{path.name}: {m}" for m in re.findall(r'\.(?:value|setValue)\(\s*"[^"]*"', text)]
    assert literal_uses == []
    assert len(keys) == len(set(keys)) and len(keys) >= 12, keys


def test_one_epoch_limit():
    import pytest

    from cnngui.core.teaching.lessons import SETTINGS
    from cnngui.core.training.recipes import MAX_EPOCHS, TrainConfig
    from cnngui.errors import UserError

    assert SETTINGS["epochs"].parse(str(MAX_EPOCHS), Path(".")) == MAX_EPOCHS
    with pytest.raises(ValueError):
        SETTINGS["epochs"].parse(str(MAX_EPOCHS + 1), Path("."))
    TrainConfig(epochs=MAX_EPOCHS).validate()
    with pytest.raises(UserError):
        TrainConfig(epochs=MAX_EPOCHS + 1).validate()


def test_the_window_factory_is_importable_from_cnngui_app(qapp):
    """`cnngui.app.create_main_window` is a contract named in an earlier issue."""
    from cnngui.app import create_main_window

    window = create_main_window()
    try:
        assert window.mainTabs.count() == 6
    finally:
        window.close()
