"""Translation markers for the layers that do not import Qt.

`pyside6-lupdate` finds calls to `QT_TRANSLATE_NOOP` by name, so messages written in the
domain layers are extracted with their context; the UI translates them when it shows them.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text
