"""The dashboard as a user sees it: tiles, charts whose bars open their list, the filter, both palettes."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QColor, QPalette
from pytestqt.qtbot import QtBot

from fms.storage.database import Database
from fms.ui.dashboard.list_dialog import DashboardListDialog
from fms.ui.main_window import MainWindow
from fms.ui.screens.dashboard import DashboardScreen
from tests.conftest import Factory, open_main_window
from tests.dashboard_data import Crafted, build_crafted


def _dashboard(
    qtbot: QtBot, db: Database, make: Factory, tmp_path: Path
) -> tuple[MainWindow, DashboardScreen, Crafted]:
    crafted = build_crafted(db, make)
    window = open_main_window(qtbot, db, tmp_path)
    screen = window.show_screen("dashboard")
    assert isinstance(screen, DashboardScreen)
    qtbot.waitUntil(lambda: screen.charts_ready)
    return window, screen, crafted


def _click_bar(qtbot: QtBot, screen: DashboardScreen, chart: str, index: int) -> DashboardListDialog:
    widget = screen.charts[chart]
    qtbot.waitExposed(widget)
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=widget.bar_center(index).toPoint())
    dialog = screen.list_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def _listed(dialog: DashboardListDialog) -> list[int | None]:
    return [row.application_id for row in dialog.model.rows]


def test_a_click_on_a_bar_lists_its_applications_and_opens_a_card(
    qtbot: QtBot, db: Database, make: Factory, tmp_path: Path
) -> None:
    window, screen, crafted = _dashboard(qtbot, db, make, tmp_path)
    funnel = screen.charts["funnel"]
    assert [bar.text for bar in funnel.bars][:3] == ["8", "7 · 88%", "6 · 86%"]

    dialog = _click_bar(qtbot, screen, "lostAt", 2)  # Profile sent

    assert dialog.windowTitle() == "Lost at Profile sent"
    assert _listed(dialog) == [crafted.apps[4], crafted.apps[7]]
    dialog.table.selectRow(1)
    qtbot.mouseClick(dialog.card_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert window.current_screen_key() == "board"


def test_the_keyboard_opens_a_bar_and_a_tile(qtbot: QtBot, db: Database, make: Factory, tmp_path: Path) -> None:
    _window, screen, crafted = _dashboard(qtbot, db, make, tmp_path)
    chart = screen.charts["rejectionCauses"]
    chart.setFocus()
    qtbot.keyClick(chart, Qt.Key.Key_Down)  # soft skills, then back up to hard skills
    qtbot.keyClick(chart, Qt.Key.Key_Up)
    qtbot.keyClick(chart, Qt.Key.Key_Return)
    assert screen.list_dialog is not None
    assert _listed(screen.list_dialog) == [crafted.apps[3], crafted.apps[8]]
    screen.list_dialog.reject()

    assert screen.tile_text("feedbackOwed") == "4"
    assert screen.tile("feedbackOwed").accessibleName() == "Answers owed to candidates and clients"
    qtbot.mouseClick(screen.tile("feedbackOwed"), Qt.MouseButton.LeftButton)
    assert _listed(screen.list_dialog) == [crafted.apps[3], crafted.apps[4], crafted.apps[8], crafted.apps[7]]


def test_the_filter_narrows_tiles_charts_and_lists(qtbot: QtBot, db: Database, make: Factory, tmp_path: Path) -> None:
    _window, screen, crafted = _dashboard(qtbot, db, make, tmp_path)
    bar = screen.filter_bar
    bar.client.setCurrentIndex(bar.client.findData(crafted.clients["A"]))
    bar.start.setDate(QDate(2026, 3, 1))
    bar.end.setDate(QDate(2026, 3, 31))
    qtbot.mouseClick(bar.period, Qt.MouseButton.LeftButton)

    assert screen.tile_text("feedbackOwed") == "2"
    assert screen.tile_text("inProgress") == "0"
    assert [b.value for b in screen.charts["funnel"].bars] == [5, 5, 4, 3, 2, 2, 2]
    assert [b.label for b in screen.charts["profilesSent"].bars] == ["M1 · A", "M2 · A"]
    dialog = _click_bar(qtbot, screen, "profilesSent", 0)
    assert _listed(dialog) == [crafted.apps[1], crafted.apps[2], crafted.apps[3]]


def test_the_overdue_tile_lists_follow_ups(qtbot: QtBot, db: Database, make: Factory, tmp_path: Path) -> None:
    _window, screen, _crafted = _dashboard(qtbot, db, make, tmp_path)
    assert screen.tile_text("followUpsOverdue") == "1"

    qtbot.mouseClick(screen.tile("followUpsOverdue"), Qt.MouseButton.LeftButton)

    assert screen.list_dialog is not None
    assert [row.note for row in screen.list_dialog.model.rows] == ["Feedback"]
    assert screen.list_dialog.windowTitle() == "Follow-ups overdue"


def test_the_charts_follow_a_dark_palette(qtbot: QtBot, db: Database, make: Factory, tmp_path: Path) -> None:
    _window, screen, _crafted = _dashboard(qtbot, db, make, tmp_path)
    dark = QPalette(screen.palette())
    dark.setColor(QPalette.ColorRole.Base, QColor("#1e1e1e"))
    dark.setColor(QPalette.ColorRole.Text, QColor("#eeeeee"))

    screen.setPalette(dark)

    image = screen.charts["funnel"].grab().toImage()
    assert image.pixelColor(1, 1) == QColor("#1e1e1e")


def test_the_first_paint_imports_no_chart_and_no_numpy() -> None:
    # The charts are built just after the dashboard shows; numpy went with pyqtgraph and must not come back.
    code = (
        "import sys; import fms.ui.app, fms.ui.screens.dashboard; "
        "first = 'fms.ui.dashboard.charts' in sys.modules; "
        "import fms.ui.dashboard.charts; "
        "print(first, sorted(m for m in sys.modules if m.split('.')[0] in ('pyqtgraph', 'numpy')))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False []"


def test_each_tile_opens_its_own_list(qtbot: QtBot, db: Database, make: Factory, tmp_path: Path) -> None:
    _window, screen, crafted = _dashboard(qtbot, db, make, tmp_path)
    assert (screen.tile_text("medianToHire"), screen.tile_text("renewalRate")) == ("15.0", "50%")
    expected = {
        "inProgress": [crafted.apps[6]],
        "onMission": [crafted.apps[1], crafted.apps[2]],
        "medianToHire": [crafted.apps[1], crafted.apps[2]],  # the hires the median is taken over
        "renewalRate": [crafted.apps[1], crafted.apps[2]],
    }
    for name, apps in expected.items():
        qtbot.mouseClick(screen.tile(name), Qt.MouseButton.LeftButton)
        assert screen.list_dialog is not None
        assert _listed(screen.list_dialog) == apps, name
        screen.list_dialog.reject()
