"""Saves the board at 1440×900 on the sample database, Alumni folded (offscreen).

python scripts/screenshot_board.py --db /tmp/shots.db --out docs/screenshots
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from fms.sampledata.generator import fill_demo  # noqa: E402
from fms.storage.locations import sqlite_location  # noqa: E402
from fms.storage.opening import open_database  # noqa: E402
from fms.ui.context import AppContext  # noqa: E402
from fms.ui.i18n import install_translations  # noqa: E402
from fms.ui.main_window import MainWindow  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", required=True)
    parser.add_argument("--out", default="docs/screenshots")
    args = parser.parse_args()
    app = QApplication([sys.argv[0]])
    install_translations(app, "en")
    location = sqlite_location(Path(args.db))
    fresh = not location.sqlite_path or not location.sqlite_path.exists()
    opened = open_database(location)
    if fresh:
        fill_demo(opened.db)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    settings_file = out / ".board-settings.ini"
    settings_file.unlink(missing_ok=True)  # the default folding: Alumni and Closed folded
    context = AppContext("en")
    window = MainWindow(context, QSettings(str(settings_file), QSettings.Format.IniFormat), location.display_name)
    window.resize(1440, 900)
    window.show()
    context.set_database(opened.db)
    window.show_screen("board")
    for _ in range(10):
        app.processEvents()
    window.grab().save(str(out / "board-folded.png"))
    settings_file.unlink(missing_ok=True)


if __name__ == "__main__":
    main()
