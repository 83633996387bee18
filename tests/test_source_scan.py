"""PySide6's import hook no longer reads every imported module's source, and `__feature__` still works."""

from __future__ import annotations

import inspect
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

import fms.ui  # noqa: F401 - tells PySide6's hook, as every start does
from fms.ui.source_scan import uses_pyside

ROOT = Path(__file__).resolve().parent.parent


def test_a_module_imported_after_the_interface_is_classified_without_reading_its_source(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    feature = sys.modules["shibokensupport.feature"]
    assert feature._mod_uses_pyside is uses_pyside
    (tmp_path / "vivier_scan_probe.py").write_text("VALUE = 1\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    read: list[object] = []
    monkeypatch.setattr(inspect, "getsource", lambda module: read.append(module) or "")
    import vivier_scan_probe  # noqa: F401 - the import is the test

    assert read == [] and feature.pyside_feature_dict["vivier_scan_probe"] == 0  # Qt's own names
    monkeypatch.delitem(sys.modules, "vivier_scan_probe")


FEATURES = """
import fms.ui
from pathlib import Path
import sys
sys.path.insert(0, sys.argv[1])
import snake_user, camel_user
print(snake_user.name(), camel_user.name())
"""


def test_a_module_selecting_a_feature_still_has_it_and_the_others_do_not(tmp_path: Path) -> None:
    (tmp_path / "snake_user.py").write_text(
        textwrap.dedent("""
        from PySide6.QtCore import QObject
        from __feature__ import snake_case  # noqa: F401

        def name():
            thing = QObject()
            thing.set_object_name("snake")
            return thing.object_name()
        """)
    )
    (tmp_path / "camel_user.py").write_text(
        textwrap.dedent("""
        from PySide6.QtCore import QObject

        def name():
            thing = QObject()
            thing.setObjectName("camel")
            return thing.objectName()
        """)
    )
    command = [sys.executable, "-c", FEATURES, str(tmp_path)]
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=True)
    assert result.stdout.split() == ["snake", "camel"]
