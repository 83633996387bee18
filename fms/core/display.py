"""Whether a graphical session is there, asked before Qt is (without one, Qt aborts with a misleading libxcb error)."""

from __future__ import annotations

import sys
from collections.abc import Mapping

NO_DISPLAY = "no display found: run it in a desktop session, or under xvfb-run"
# Platforms that draw without a display server (tests, screenshots, VNC).
_HEADLESS = ("offscreen", "minimal", "vnc", "eglfs", "linuxfb")


def display_missing(environ: Mapping[str, str], platform: str = sys.platform) -> bool:
    """True on Linux when neither X11 nor Wayland is reachable for the platform plugin Qt would pick."""
    if not platform.startswith("linux"):
        return False  # Windows and macOS always have their own window system
    chosen = environ.get("QT_QPA_PLATFORM", "").split(":")[0].strip()
    if chosen.startswith(_HEADLESS):
        return False
    if chosen.startswith("xcb"):
        return not environ.get("DISPLAY")
    if chosen.startswith("wayland"):
        return not environ.get("WAYLAND_DISPLAY")
    return not (environ.get("DISPLAY") or environ.get("WAYLAND_DISPLAY"))
