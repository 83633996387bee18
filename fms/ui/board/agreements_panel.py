"""The hire dialog's contract and NDA: what the gate still lacks, each with *Attach signed…*.

What is attached here is kept until the hire is saved; the hire records it, signed and linked to
the new engagement, in its own transaction, and the gate then checks again.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QMimeData
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QPushButton, QWidget

from fms.core.enums import DocumentKind
from fms.services.pipeline import SignedAgreement, agreements_missing
from fms.storage.database import Database
from fms.ui.board.attach_signed import AttachSignedDialog, guessed_kind
from fms.ui.formatting import show_date
from fms.ui.i18n import arg, label
from fms.ui.text_colours import show_as_hint

REQUIRED = (DocumentKind.CONTRACT, DocumentKind.NDA)


def dropped_files(mime: QMimeData) -> list[str]:
    return [url.toLocalFile() for url in mime.urls() if url.isLocalFile()] if mime.hasUrls() else []


class AgreementsPanel(QGroupBox):
    def __init__(self, db: Database, freelancer_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("agreementsPanel")
        self.setTitle(self.tr("Contract and NDA"))
        self.db = db
        self.freelancer_id = freelancer_id
        self.start = date.today()
        self.missing: tuple[DocumentKind, ...] = ()
        self.attached: dict[DocumentKind, SignedAgreement] = {}
        grid = QGridLayout(self)
        self.states: dict[DocumentKind, QLabel] = {}
        self.buttons: dict[DocumentKind, QPushButton] = {}
        captions = {
            DocumentKind.CONTRACT: self.tr("Attach signed contra&ct…"),
            DocumentKind.NDA: self.tr("Attach signed &NDA…"),
        }
        for row, kind in enumerate(REQUIRED):
            state = QLabel(self)
            state.setObjectName(f"{kind.value}State")
            state.setWordWrap(True)
            button = QPushButton(captions[kind], self)
            button.setObjectName(f"attach_{kind.value}Button")
            button.setAccessibleName(captions[kind].replace("&", "").rstrip("…"))
            button.clicked.connect(lambda _checked=False, chosen=kind: self.attach(chosen))
            grid.addWidget(state, row, 0)
            grid.addWidget(button, row, 1)
            self.states[kind], self.buttons[kind] = state, button
        hint = QLabel(self.tr("You can also drop a signed PDF on this dialog."), self)
        show_as_hint(hint)
        grid.addWidget(hint, len(REQUIRED), 0, 1, 2)
        grid.setColumnStretch(0, 1)

    def set_start(self, start: date | None) -> None:
        """The gate looks at validity on the mission's first day."""
        self.start = start or date.today()
        self.missing = agreements_missing(self.db, self.freelancer_id, self.start)
        self._show()

    def agreements(self) -> tuple[SignedAgreement, ...]:
        return tuple(self.attached.values())

    def attach(self, kind: DocumentKind, path: str = "") -> SignedAgreement | None:
        dialog = AttachSignedDialog(self.db, kind, path, self.window())
        if dialog.exec() != AttachSignedDialog.DialogCode.Accepted or dialog.result_row is None:
            return None
        agreement = dialog.result_row
        self.attached[DocumentKind(agreement.kind)] = agreement
        self._show()
        return agreement

    def attach_dropped(self, mime: QMimeData) -> SignedAgreement | None:
        files = dropped_files(mime)
        if not files:
            return None
        waiting = [kind for kind in self.missing if kind not in self.attached] or list(REQUIRED)
        return self.attach(guessed_kind(files[0], waiting[0]), files[0])

    def _show(self) -> None:
        for kind in REQUIRED:
            agreement = self.attached.get(kind)
            if agreement is not None:
                text = arg(
                    self.tr("%1: %2, signed on %3"),
                    label(kind),
                    agreement.prepared.file_name,
                    show_date(agreement.signed_on),
                )
            elif kind in self.missing:
                text = arg(self.tr("%1: no signed, valid one"), label(kind))
            else:
                text = arg(self.tr("%1: signed and valid"), label(kind))
            self.states[kind].setText(text)
