"""`vivier --smoke` and `vivier --version`: what CI runs on the frozen bundle, here on the source checkout."""

from __future__ import annotations

import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from fms.core import version
from fms.ui import smoke

ROOT = Path(__file__).resolve().parent.parent


def _pyproject_version() -> str:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]


def _clean_env(home: Path) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if not key.startswith(("XDG_", "VIVIER_"))}
    return dict(env, HOME=str(home), QT_QPA_PLATFORM="offscreen")


def test_smoke_writes_renders_and_says_ok(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--smoke"],
        env=_clean_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip().splitlines()[-1] == "OK"
    # The user's own data folders are not touched: the smoke test works in a temporary folder.
    assert not (tmp_path / ".local" / "share" / "Vivier").exists()


def test_smoke_reports_a_missing_part_and_fails(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(smoke, "resource_path", lambda *parts: tmp_path.joinpath(*parts))
    assert smoke.run_smoke(qapp) == 1
    out = capsys.readouterr().out
    assert "FAILED" in out and "SVG icon" in out
    assert "OK" not in out.splitlines()


def test_version_comes_from_pyproject(tmp_path: Path) -> None:
    assert version.FALLBACK_VERSION == _pyproject_version()
    assert version.app_version() == _pyproject_version()
    result = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--version"],
        env=_clean_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.stdout.strip() == f"Vivier {_pyproject_version()}"


def test_version_without_installed_metadata_is_the_fallback(monkeypatch: pytest.MonkeyPatch) -> None:
    def not_installed(name: str) -> str:
        raise version.PackageNotFoundError(name)

    monkeypatch.setattr(version, "version", not_installed)
    assert version.app_version() == _pyproject_version()
