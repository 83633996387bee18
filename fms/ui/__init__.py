"""The Qt user interface: the only package that imports PySide6."""

from fms.ui.source_scan import skip_source_scan

skip_source_scan()  # before any other module of the interface is imported: see fms/ui/source_scan.py
