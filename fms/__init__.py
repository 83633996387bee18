"""Vivier: a desktop Freelance Management System."""

__version__ = "0.1.0"
