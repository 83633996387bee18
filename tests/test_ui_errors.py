"""An expected error shown in a box goes through one helper, `show_error`, with the title it deserves."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from fms.core.errors import KnownError, ValidationError
from fms.ui.errors import show_error

UI = Path(__file__).resolve().parent.parent / "fms" / "ui"


def _hand_written_boxes(path: Path) -> list[int]:
    """Lines where a warning box is filled with an error's text by hand instead of `show_error`."""
    lines = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
            continue
        if not (isinstance(node.func.value, ast.Name) and node.func.value.id == "QMessageBox"):
            continue
        if node.func.attr != "warning":  # start-up failures are critical boxes that end the app
            continue
        if any(
            isinstance(inner, ast.Call)
            and isinstance(inner.func, ast.Name)
            and inner.func.id in {"error_text", "field_error_texts"}
            for argument in node.args
            for inner in ast.walk(argument)
        ):
            lines.append(node.lineno)
    return lines


def test_known_errors_reach_a_warning_box_only_through_show_error() -> None:
    offenders = {
        str(path.relative_to(UI)): lines
        for path in sorted(UI.rglob("*.py"))
        if path.name != "errors.py" and (lines := _hand_written_boxes(path))
    }
    assert offenders == {}


def test_the_title_is_the_windows_unless_a_better_one_is_given(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, title, text: shown.append((title, text)))
    window = QWidget()
    qtbot.addWidget(window)
    window.setWindowTitle("Camille Martin")
    child = QWidget(window)
    show_error(child, KnownError("This {thing} no longer exists.", thing="note"))
    show_error(child, KnownError("Refused."), title="Attach a document")
    show_error(None, KnownError("Refused."))
    assert shown == [
        ("Camille Martin", "This note no longer exists."),
        ("Attach a document", "Refused."),
        ("Vivier", "Refused."),
    ]


def test_a_refused_input_shows_each_fields_message_on_its_own_line(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: shown.append(text))
    show_error(None, ValidationError({"name": "Give the list a name.", "members": "Choose someone to add."}))
    assert shown == ["Give the list a name.\nChoose someone to add."]
