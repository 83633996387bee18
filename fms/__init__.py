"""Vivier: a desktop Freelance Management System."""

from fms.core.version import app_version

__version__ = app_version()
