"""The rules of the domain: one function per user action, one transaction each.

Services take and return plain values and frozen dataclasses, never live ORM objects,
and never import Qt.
"""
