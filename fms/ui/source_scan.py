"""PySide6's import hook, told that a module uses it without reading the module's source.

PySide6 replaces `__import__` to support `from __feature__ import snake_case, true_property`. For
every module imported after it that does not import `__feature__`, it reads the module's whole
source (`inspect.getsource`) for the text "PySide6": such a module is given the default selection
(Qt's own names), any other is left to follow whichever selection is active. That is about 550
files read in a start of Vivier, 85 ms of it on the sample database and 14 ms before the first
paint. Here every such module is given the default selection: for a module that uses PySide6 it
is the same answer; one that does not use it never looks a Qt name up.
"""

from __future__ import annotations

import sys
from types import ModuleType


def skip_source_scan() -> bool:
    """True when PySide6's scan was replaced; False (and nothing changed) for a PySide6 without it."""
    import PySide6.QtCore  # noqa: F401 - installs the hook being told

    feature = sys.modules.get("shibokensupport.feature")
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        return False
    setattr(feature, "_mod_uses_pyside", uses_pyside)  # noqa: B010 - a private name of PySide6's, checked above
    return True


def uses_pyside(module: ModuleType) -> bool:
    """Every module imported without `from __feature__ import …` keeps Qt's own names."""
    return True
