"""The domain layers never import Qt: models, services, storage and reports stay testable alone."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent / "fms"
QT_FREE = ["models", "services", "storage", "reports", "migrations"]


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


@pytest.mark.parametrize("package", QT_FREE)
def test_domain_packages_do_not_import_qt(package: str) -> None:
    offenders = [
        str(path.relative_to(ROOT))
        for path in sorted((ROOT / package).rglob("*.py"))
        if any(
            name.split(".")[0] in {"PySide6", "fms"} and name.startswith(("PySide6", "fms.ui"))
            for name in _imports(path)
        )
    ]
    assert offenders == []


def test_start_up_modules_avoid_sqlalchemy() -> None:
    """What runs before the first paint must not pull in the ORM (most of a second)."""
    import subprocess
    import sys

    code = (
        "import sys; import fms.ui.app; "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'alembic', 'reportlab')))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"
