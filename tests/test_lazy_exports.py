"""The service packages import their modules when a name is first asked for, and give the names they list."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIRST_ASKED = """
import sys
import fms.services.overview.attention_counts  # the module imported on its own first, as the main window does
from fms.services.overview import {name}
from fms.services.overview import attention
print(callable(attention) and not isinstance(attention, type(sys)), "sqlalchemy" in sys.modules)
"""


@pytest.mark.parametrize("name", ["attention", "Slice", "DashboardTiles"])
def test_a_listed_function_is_the_function_whatever_is_imported_first(name: str) -> None:
    command = [sys.executable, "-c", FIRST_ASKED.format(name=name)]
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=True)
    assert result.stdout.split() == ["True", "True"]


@pytest.mark.parametrize("package", ["crm", "file", "overview", "pipeline", "pool"])
def test_every_listed_name_is_given(package: str) -> None:
    module = __import__(f"fms.services.{package}", fromlist=["__all__"])
    for name in module.__all__:
        value = getattr(module, name)
        assert not isinstance(value, ModuleType), name
