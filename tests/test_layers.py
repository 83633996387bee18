"""The layers import one way: ui → services → storage/models → core; Qt only in fms/ui.

fms/ui          PySide6; calls the services' packages
fms/sampledata  a tool above the services (the demo, the benchmarks)
fms/services    the rules, by feature; one transaction per user action
fms/reports     PDFs from plain data
fms/storage     the database, its checks, migrations and the attachment store
fms/models      the ORM
fms/values      pure parsers and formatters
fms/core        enums, errors, labels, text, translation markers
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent / "fms"
QT_FREE = ["core", "values", "models", "storage", "services", "reports", "sampledata", "migrations", "cli"]
# What each package may import of the others (itself always).
ALLOWED: dict[str, set[str]] = {
    "core": set(),
    "values": {"core"},
    "models": {"core", "values"},
    "storage": {"core", "values", "models", "migrations"},
    "migrations": {"core", "models", "storage"},
    "reports": {"core", "values"},
    "services": {"core", "values", "models", "storage", "reports"},
    "sampledata": {"core", "values", "models", "storage", "reports", "services"},
    "cli": {"core", "values", "models", "storage", "reports", "services"},
    "ui": {"core", "values", "models", "storage", "reports", "services", "sampledata"},
}


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_every_package_is_declared() -> None:
    packages = {path.name for path in ROOT.iterdir() if path.is_dir() and (path / "__init__.py").exists()}
    assert packages == set(ALLOWED)


@pytest.mark.parametrize("package", QT_FREE)
def test_domain_packages_do_not_import_qt(package: str) -> None:
    offenders = [
        str(path.relative_to(ROOT))
        for path in sorted((ROOT / package).rglob("*.py"))
        if any(name.split(".")[0] == "PySide6" for name in _imports(path))
    ]
    assert offenders == []


@pytest.mark.parametrize("package", sorted(ALLOWED))
def test_imports_go_one_way(package: str) -> None:
    offenders = []
    for path in sorted((ROOT / package).rglob("*.py")):
        for name in _imports(path):
            parts = name.split(".")
            if parts[0] != "fms" or len(parts) < 2 or parts[1] == package:
                continue
            if parts[1] not in ALLOWED[package] and not (len(parts) == 2 and parts[1] == "__version__"):
                offenders.append(f"{path.relative_to(ROOT)} imports {name}")
    assert offenders == []


def test_the_ui_calls_no_private_helper_of_the_services() -> None:
    """The UI calls a feature through its package's names, never through a private helper."""
    offenders = []
    for path in sorted((ROOT / "ui").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("fms.services"):
                offenders += [f"{path.relative_to(ROOT)}: {a.name}" for a in node.names if a.name.startswith("_")]
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
