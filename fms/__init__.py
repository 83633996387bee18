"""Vivier: a desktop Freelance Management System."""

from __future__ import annotations


def __getattr__(name: str) -> str:
    # Asked for, not computed at import: reading the installed package's metadata imports
    # importlib.metadata (about 25 ms), which the window's first paint does not wait for.
    if name == "__version__":
        from fms.core.version import app_version

        return app_version()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
