"""A walk through every screen on the sample data, in English, as a screen-reader user and a reader would see it:
each control named, no "(s)" standing in for a plural, Tab ending on the status bar's attention button."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, QModelIndex, QSettings, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QGroupBox, QLabel, QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from fms.storage.database import Database
from fms.ui.context import AppContext
from fms.ui.main_window import SCREEN_KEYS, MainWindow
from tests.conftest import sample_data_file

ROWS_READ = 50


@pytest.fixture(scope="module")
def walk_template(tmp_path_factory: pytest.TempPathFactory, migrated_template: Path) -> Path:
    return sample_data_file(tmp_path_factory.mktemp("walk"), migrated_template, freelancers=120)


@pytest.fixture
def walk_db(walk_template: Path, tmp_path: Path) -> Iterator[Database]:
    from fms.storage.locations import sqlite_location
    from fms.storage.opening import open_database

    path = tmp_path / "walk.db"
    path.write_bytes(walk_template.read_bytes())
    opened = open_database(sqlite_location(path))
    yield opened.db
    opened.db.dispose()


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path, walk_db: Database, english: None) -> MainWindow:
    context = AppContext()
    shown = MainWindow(context, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat), "walk.db")
    qtbot.addWidget(shown)
    shown.resize(1440, 900)
    shown.show()
    context.set_database(walk_db)
    return shown


def spoken_name(widget: QWidget) -> str:
    """The name Qt gives assistive technology: the accessible name, a button's text or a label buddy's."""
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface is not None else ""


def focusable(widget: QWidget) -> bool:
    return (
        widget.isVisible()
        and widget.isEnabled()
        and bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
        and widget.focusProxy() is None
    )


def unnamed_controls(root: QWidget) -> list[str]:
    return [
        f"{type(widget).__name__} {widget.objectName()!r} in {(widget.parentWidget() or root).objectName()!r}"
        for widget in root.findChildren(QWidget)
        if focusable(widget) and not spoken_name(widget)
    ]


def model_texts(model: QAbstractItemModel) -> Iterator[str]:
    # A list model's columnCount() is private in PySide6.
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(QModelIndex())
    for column in range(columns):
        yield str(model.headerData(column, Qt.Orientation.Horizontal) or "")
    for row in range(min(ROWS_READ, model.rowCount(QModelIndex()))):
        for column in range(columns):
            yield str(model.index(row, column).data() or "")


def visible_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    for widget in root.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, QLabel | QAbstractButton):
            yield widget.objectName(), widget.text()
        elif isinstance(widget, QGroupBox):
            yield widget.objectName(), widget.title()
        elif isinstance(widget, QTabWidget):
            yield from ((widget.objectName(), widget.tabText(tab)) for tab in range(widget.count()))
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            yield from ((widget.objectName(), text) for text in model_texts(widget.model()))


def visits(window: MainWindow) -> Iterator[str]:
    """Shows each screen in turn (and each tab of a tabbed screen), naming what is in view."""
    for key in SCREEN_KEYS:
        screen = window.show_screen(key)
        tabs = screen.findChildren(QTabWidget)
        if not tabs:
            yield key
        for tab_widget in tabs:
            for tab in range(tab_widget.count()):
                tab_widget.setCurrentIndex(tab)
                yield f"{key} / {tab_widget.tabText(tab)}"


def test_every_control_on_every_screen_has_a_name(window: MainWindow) -> None:
    unnamed = {where: found for where in visits(window) if (found := unnamed_controls(window))}
    assert not unnamed, "\n".join(f"{where}: {', '.join(found)}" for where, found in unnamed.items())


def test_no_visible_text_says_s_in_brackets(window: MainWindow) -> None:
    found = {(where, name, text) for where in visits(window) for name, text in visible_texts(window) if "(s)" in text}
    assert not found, "\n".join(" · ".join(item) for item in sorted(found))


def focus_chain(window: MainWindow) -> list[QWidget]:
    chain: list[QWidget] = []
    widget = window.navigation.nextInFocusChain()
    while widget is not None and widget is not window.navigation:
        if focusable(widget):
            chain.append(widget)
        widget = widget.nextInFocusChain()
    return chain


def test_the_attention_button_comes_last_when_tabbing(window: MainWindow, qtbot: QtBot) -> None:
    window.show_screen("missions")  # built before the window's first paint: ordered just after it
    qtbot.waitUntil(lambda: window.attention_button.isVisible())
    qtbot.waitUntil(lambda: focus_chain(window)[-1] is window.attention_button)
    assert window.findChild(QWidget, "missionTable") in focus_chain(window)
    window.show_screen("clients")  # built once on screen: ordered at once
    assert window.findChild(QWidget, "clientTable") in focus_chain(window)
    assert focus_chain(window)[-1] is window.attention_button


def test_a_cards_details_count_documents_in_words(window: MainWindow, walk_db: Database, qtbot: QtBot) -> None:
    from dataclasses import replace

    from fms.services.pipeline import load_cards
    from fms.ui.board.card_details import CardDetailsDialog

    card = load_cards(walk_db)[0]
    for count, expected in ((1, "1 document still to sign."), (3, "3 documents still to sign.")):
        dialog = CardDetailsDialog(window.context, replace(card, documents_to_sign=count), window)
        qtbot.addWidget(dialog)
        assert expected in [label.text() for label in dialog.findChildren(QLabel)]
