"""Cards drawn again from their pixmaps look exactly as painted, and never outlive a change."""

from __future__ import annotations

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from fms.core.enums import Stage
from fms.models import Freelancer
from fms.storage.database import Database
from fms.ui.board.board_widget import PipelineBoard
from tests.conftest import Factory, open_board


def _column_image(board: PipelineBoard) -> QImage:
    return board.view(Stage.SOURCED).viewport().grab().toImage()  # one paint of the column


def test_a_card_painted_again_from_its_pixmap_is_pixel_for_pixel_the_card(
    qtbot: QtBot, db: Database, make: Factory
) -> None:
    for name in ("Camille", "Zoé", "Ana"):
        make.application(freelancer_id=make.freelancer(name))
    board = open_board(qtbot, db)
    board.reload_now()
    board.view(Stage.SOURCED).select_card(board.models[Stage.SOURCED].cards[1].id)
    QApplication.processEvents()
    board.delegate.pixmaps.clear()
    painted = _column_image(board)  # first paint: drawn directly
    assert len(board.delegate.pixmaps) == 0
    kept = _column_image(board)  # second: drawn into pixmaps, kept
    assert len(board.delegate.pixmaps) == 3
    copied = _column_image(board)  # third: copied from them
    assert painted == kept == copied


def test_a_changed_card_is_painted_anew_not_from_its_old_pixmap(qtbot: QtBot, db: Database, make: Factory) -> None:
    freelancer_id = make.freelancer("Camille")
    application_id = make.application(freelancer_id=freelancer_id)
    board = open_board(qtbot, db)
    board.reload_now()
    before = [_column_image(board) for _ in range(3)][-1]
    assert len(board.delegate.pixmaps) == 1
    with db.transaction() as session:  # as the freelancer's file saves it
        freelancer = session.get(Freelancer, freelancer_id)
        assert freelancer is not None
        freelancer.headline = "Engineering manager"
    board.refresh_card(application_id)
    after = _column_image(board)
    assert after != before
    assert board.card(application_id).headline == "Engineering manager"  # type: ignore[union-attr]
