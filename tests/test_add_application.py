"""The board's add-application picker searches the database once typing pauses, not on every key."""

from __future__ import annotations

from typing import Any

from pytestqt.qtbot import QtBot
from sqlalchemy import event

from fms.services.crm import list_missions
from fms.storage.database import Database
from fms.ui.board.add_application import AddApplicationDialog
from fms.ui.table_model import ROW_ROLE
from tests.conftest import Factory


def test_typing_several_keys_in_the_picker_makes_one_search(qtbot: QtBot, db: Database, make: Factory) -> None:
    make.mission()
    for first, last in (("Zoé", "Roux"), ("Zacharie", "Rousseau"), ("Alain", "Martin")):
        make.freelancer(first, last)
    dialog = AddApplicationDialog(db, list_missions(db)[0])
    qtbot.addWidget(dialog)
    dialog.show()
    statements: list[str] = []

    def seen(_connection: Any, _cursor: Any, statement: str, *_: Any) -> None:
        statements.append(statement)

    event.listen(db.engine, "before_cursor_execute", seen)
    try:
        dialog.model.reload()
        one_search, statements[:] = len(statements), []
        qtbot.keyClicks(dialog.search, "rous")
        assert statements == []  # nothing asked while the keys come
        qtbot.waitUntil(lambda: dialog.proxy.rowCount() == 1)
        assert len(statements) == one_search
    finally:
        event.remove(db.engine, "before_cursor_execute", seen)
    assert dialog.proxy.index(0, 0).data(ROW_ROLE).name == "Zacharie Rousseau"
