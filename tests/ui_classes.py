"""Every class defined under fms/ui, imported, with the names its source gives its instances."""

from __future__ import annotations

import ast
import importlib
import inspect
import pkgutil
from dataclasses import dataclass
from pathlib import Path

import fms.ui


@dataclass(frozen=True)
class UiClass:
    cls: type
    # name -> "method" (a def, property included) or "attribute" (class level, or `self.name = …`)
    names: dict[str, str]


def ui_modules() -> list[str]:
    return [info.name for info in pkgutil.walk_packages(fms.ui.__path__, "fms.ui.")]


def _own_names(node: ast.ClassDef) -> dict[str, str]:
    names: dict[str, str] = {}
    for item in node.body:
        if isinstance(item, ast.FunctionDef | ast.AsyncFunctionDef):
            names[item.name] = "method"
        elif isinstance(item, ast.Assign):
            names.update((target.id, "attribute") for target in item.targets if isinstance(target, ast.Name))
        elif isinstance(item, ast.AnnAssign) and isinstance(item.target, ast.Name):
            names[item.target.id] = "attribute"
    for sub in ast.walk(node):
        targets: list[ast.expr] = []
        if isinstance(sub, ast.Assign):
            targets = sub.targets
        elif isinstance(sub, ast.AnnAssign | ast.AugAssign):
            targets = [sub.target]
        for target in targets:
            for part in ast.walk(target):
                if isinstance(part, ast.Attribute) and isinstance(part.value, ast.Name) and part.value.id == "self":
                    names.setdefault(part.attr, "attribute")
    return names


def ui_classes() -> list[UiClass]:
    """Each class at module level under fms/ui, with its own names and those of our bases and mixins."""
    by_class: dict[type, dict[str, str]] = {}
    for module_name in ui_modules():
        module = importlib.import_module(module_name)
        tree = ast.parse(Path(inspect.getfile(module)).read_text(encoding="utf-8"))
        for node in tree.body:
            cls = getattr(module, node.name, None) if isinstance(node, ast.ClassDef) else None
            if inspect.isclass(cls) and cls.__module__ == module_name:
                by_class[cls] = _own_names(node)
    found = []
    for cls in by_class:
        names: dict[str, str] = {}
        for ancestor in cls.__mro__:
            for name, kind in by_class.get(ancestor, {}).items():
                names.setdefault(name, kind)
        found.append(UiClass(cls, names))
    return found
