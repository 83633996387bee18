"""A package's public names, imported from its modules only when one is first asked for (PEP 562).

A package whose `__init__` imports its modules makes every `import package.module` pay for all of
them: start-up's previews read with sqlite3 sit beside services that load SQLAlchemy.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable, Sequence
from types import ModuleType
from typing import Any


def lazy_exports(package: str, names: Sequence[str], modules: Sequence[str]) -> Callable[[str], Any]:
    """The package's `__getattr__`: the first of `names` asked for imports `modules` (dotted names, in
    order) and binds every one of `names` they define, so later lookups do not come back here."""
    exported = frozenset(names)

    def __getattr__(name: str) -> Any:  # noqa: N807 - the module-level hook's required name
        if name not in exported:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        namespace = vars(sys.modules[package])
        for module_name in modules:
            module = importlib.import_module(module_name)
            for wanted in exported:
                # Importing a submodule binds its name in the package: a function of that name replaces it.
                bound = namespace.get(wanted)
                if hasattr(module, wanted) and (bound is None or isinstance(bound, ModuleType)):
                    namespace[wanted] = getattr(module, wanted)
        if name not in namespace:
            raise AttributeError(f"none of {package!r}'s modules defines {name!r}")
        return namespace[name]

    return __getattr__
