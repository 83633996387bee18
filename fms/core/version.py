"""The application's version, read from one place: the installed package's metadata, else `fms.__version__`."""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

from fms import __version__


def app_version() -> str:
    """'0.1.0': what `vivier --version`, the About box and the bundle's name show."""
    try:
        return version("vivier")
    except PackageNotFoundError:  # a source checkout run without `pip install -e .`, or a frozen bundle
        return __version__
