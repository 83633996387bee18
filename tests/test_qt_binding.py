"""The Qt binding must not leak references to None: PySide6 6.12.0 on Python 3.11 does, and long sessions abort."""

from __future__ import annotations

import subprocess
import sys
import textwrap

# Run in a child process: on a bad binding the interpreter dies with "Fatal Python error: none_dealloc",
# which must fail this test rather than take the whole run down.
_PROBE = textwrap.dedent(
    """
    import os, sys
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtWidgets import QApplication, QComboBox, QLabel
    app = QApplication([])
    label = QLabel()
    combo = QComboBox()
    before = sys.getrefcount(None)
    for index in range(100_000):
        label.setText("x")          # returns nothing
        label.setEnabled(index % 2 == 0)
    for _ in range(50):
        combo.clear()
        for index in range(1_000):
            combo.addItem("item")
    after = sys.getrefcount(None)
    print(before, after)
    """
)


def test_two_hundred_thousand_void_qt_calls_leave_none_alone() -> None:
    done = subprocess.run([sys.executable, "-c", _PROBE], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, f"the probe died: {done.stderr[-500:]}"
    before, after = (int(value) for value in done.stdout.split())
    # The loops themselves hold no None; a binding that takes one reference off None per call
    # loses about 250,000 here.
    assert after >= before - 100, f"None lost {before - after} references over 250,000 Qt calls"
