"""The hire dialog's contract and NDA: attached signed in the dialog (or dropped on it), then hired."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import PySide6
import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QPushButton
from sqlalchemy import select

from fms.core.enums import DocumentKind, DocumentStatus, Stage
from fms.models import Document, Engagement
from fms.services.file import verified_file
from fms.services.pipeline import load_card
from fms.storage.database import Database
from fms.ui.board.attach_signed import AttachSignedDialog
from fms.ui.board.board_widget import PipelineBoard
from fms.ui.board.outcome_dialog import OutcomeDialog
from tests.conftest import Factory
from tests.test_board import answers, board, drag, fill_outcome  # noqa: F401 (fixtures)

SIGNED = date(2026, 3, 20)
ENDS = date(2027, 3, 31)


def signed_pdf(folder: Path, name: str) -> Path:
    path = folder / name
    path.write_bytes(f"%PDF-1.4 {name} signed by Camille\n".encode())
    return path


@pytest.fixture
def attach_fills(monkeypatch: pytest.MonkeyPatch) -> list[AttachSignedDialog]:
    """Each Attach signed… dialog gets the signature and end dates, then Save."""
    shown: list[AttachSignedDialog] = []

    def exec_(dialog: AttachSignedDialog) -> int:
        shown.append(dialog)
        if not dialog.path.text():
            dialog.findChild(QPushButton, "browseButton").click()
        dialog.signed_on.setDate(SIGNED)
        dialog.expires_on.setDate(ENDS)
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
        return dialog.result()

    monkeypatch.setattr(AttachSignedDialog, "exec", exec_)
    return shown


def drop_on(dialog: OutcomeDialog, path: Path) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    point = QPoint(10, 10)
    at = QPointF(point) if PySide6.__version_info__ >= (6, 12) else point
    actions, buttons, modifiers = Qt.DropAction.CopyAction, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    QApplication.sendEvent(dialog, QDragEnterEvent(at, actions, mime, buttons, modifiers))
    QApplication.sendEvent(dialog, QDropEvent(at, actions, mime, buttons, modifiers))


def test_a_contract_attached_and_an_nda_dropped_in_the_hire_dialog_let_the_hire_through(
    board: PipelineBoard,  # noqa: F811
    db: Database,
    make: Factory,
    monkeypatch: pytest.MonkeyPatch,
    answers: list[bool],  # noqa: F811 (no "sign later?" question may come)
    attach_fills: list[AttachSignedDialog],
    tmp_path: Path,
) -> None:
    application_id = make.application_at(Stage.FINAL_ANSWER)
    board.reload()
    contract, nda = signed_pdf(tmp_path, "contrat Camille.pdf"), signed_pdf(tmp_path, "NDA Camille.pdf")
    seen: list[str] = []

    def hire(dialog: OutcomeDialog) -> None:
        assert dialog.agreements is not None and dialog.agreements.isVisibleTo(dialog)
        dialog.start.setDate(date(2026, 4, 6))
        dialog.rate.setText("640")
        seen.append(dialog.agreements.states[DocumentKind.NDA].text())
        monkeypatch.setattr("fms.ui.board.attach_signed.QFileDialog.getOpenFileName", lambda *args: (str(contract), ""))
        dialog.agreements.buttons[DocumentKind.CONTRACT].click()
        drop_on(dialog, nda)
        seen.append(dialog.agreements.states[DocumentKind.NDA].text())

    shown = fill_outcome(monkeypatch, hire)
    drag(board, application_id, Stage.ON_MISSION)

    assert [dialog.kind.currentData() for dialog in attach_fills] == [DocumentKind.CONTRACT, DocumentKind.NDA]
    assert attach_fills[0].path.text() == str(contract)  # chosen through Browse…; the drop brought its own
    assert shown[0].result() == OutcomeDialog.DialogCode.Accepted
    assert "no signed, valid one" in seen[0] and "NDA Camille.pdf" in seen[1]
    with db.reading() as session:
        engagement = session.scalars(select(Engagement)).one()
        documents = session.scalars(select(Document).order_by(Document.kind)).all()
        rows = [(d.kind, d.status, d.signed_on, d.expires_on, d.engagement_id, d.original_name) for d in documents]
        ids = [d.id for d in documents]
    assert rows == [
        (DocumentKind.CONTRACT, DocumentStatus.SIGNED, SIGNED, ENDS, engagement.id, "contrat Camille.pdf"),
        (DocumentKind.NDA, DocumentStatus.SIGNED, SIGNED, ENDS, engagement.id, "NDA Camille.pdf"),
    ]
    assert verified_file(db, ids[0]).read_bytes() == contract.read_bytes()  # kept in the attachment store
    assert verified_file(db, ids[1]).read_bytes() == nda.read_bytes()
    card = load_card(db, application_id)
    assert card is not None and card.stage == Stage.ON_MISSION and card.documents_to_sign == 0


def test_an_end_date_before_the_signature_keeps_the_attach_dialog_open(
    qtbot: object, db: Database, tmp_path: Path
) -> None:
    dialog = AttachSignedDialog(db, DocumentKind.NDA, str(signed_pdf(tmp_path, "nda.pdf")))
    dialog.signed_on.setDate(SIGNED)
    dialog.expires_on.setDate(date(2026, 1, 1))
    dialog.accept()
    assert dialog.result_row is None
    assert dialog.error_for("expires_on") == "The end date is before the signature."
