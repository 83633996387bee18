"""Saves the board at 1440×900 on the sample database (offscreen): Alumni folded, the same board under
the dark theme, the hire dialog with its contract and NDA, and the keyboard shortcuts, each over the window.

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
from PySide6.QtGui import QImage, QPainter  # noqa: E402
from PySide6.QtWidgets import QApplication, QDialog  # noqa: E402

from fms.sampledata.generator import fill_demo  # noqa: E402
from fms.storage.database import Database  # noqa: E402
from fms.storage.locations import sqlite_location  # noqa: E402
from fms.storage.opening import open_database  # noqa: E402
from fms.ui.context import AppContext  # noqa: E402
from fms.ui.help.shortcuts import ShortcutsDialog  # noqa: E402
from fms.ui.i18n import install_translations  # noqa: E402
from fms.ui.main_window import MainWindow  # noqa: E402
from fms.ui.theme import DARK, apply_theme  # noqa: E402


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
    over_window(app, window, hire_dialog(window, opened.db)).save(str(out / "hire-dialog.png"))
    over_window(app, window, ShortcutsDialog(window)).save(str(out / "shortcuts.png"))
    apply_theme(DARK)
    settle(app)
    window.grab().save(str(out / "board-dark.png"))
    settings_file.unlink(missing_ok=True)


def settle(app: QApplication) -> None:
    for _ in range(10):
        app.processEvents()


def over_window(app: QApplication, window: MainWindow, dialog: QDialog) -> QImage:
    """The dialog drawn centred over the window, as the user sees it."""
    dialog.show()
    settle(app)
    image = window.grab().toImage()
    shot = dialog.grab()
    painter = QPainter(image)
    painter.drawPixmap((image.width() - shot.width()) // 2, (image.height() - shot.height()) // 2, shot)
    painter.end()
    dialog.close()
    return image


def hire_dialog(window: MainWindow, db: Database) -> QDialog:
    """The outcome of a card in Final answer, Hired chosen: its contract and NDA to attach signed."""
    from sqlalchemy import select

    from fms.core.enums import Outcome, Stage
    from fms.models import Application
    from fms.ui.board.outcome_dialog import OutcomeDialog
    from fms.ui.screens.board import BoardScreen

    with db.reading() as session:
        application_id = session.scalar(
            select(Application.id).where(Application.stage == Stage.FINAL_ANSWER).order_by(Application.id).limit(1)
        )
    screen = window.show_screen("board")
    assert isinstance(screen, BoardScreen) and application_id is not None
    card = screen.board.card(application_id)
    assert card is not None
    dialog = OutcomeDialog(card, (Outcome.HIRED,), lambda _outcome: None, parent=window, db=db)
    dialog.outcome.setCurrentIndex(dialog.outcome.findData(Outcome.HIRED))
    return dialog


if __name__ == "__main__":
    main()
