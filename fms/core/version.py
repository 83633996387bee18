"""The application's version, from one place: the installed package's metadata (pyproject.toml)."""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

# A source checkout run without `pip install -e .` (or a bundle built without the metadata) has no
# installed distribution to ask; tests/test_version.py keeps this equal to pyproject.toml's.
FALLBACK_VERSION = "0.2.0"


def app_version() -> str:
    try:
        return version("vivier")
    except PackageNotFoundError:
        return FALLBACK_VERSION
