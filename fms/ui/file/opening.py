"""Opening a freelancer's file from anywhere: the screens follow what was saved in it, and a card
asked for from its applications is shown on the board once the file is closed."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from fms.ui.context import AppContext
from fms.ui.file.freelancer_file import FreelancerFileDialog


def open_freelancer_file(context: AppContext, freelancer_id: int | None, parent: QWidget) -> FreelancerFileDialog:
    dialog = FreelancerFileDialog(context.db, freelancer_id, parent)
    dialog.exec()
    if dialog.result_row is not None or dialog.changed_elsewhere:
        context.notify("freelancer")
    if dialog.requested_card is not None:
        context.card_requested.emit(*dialog.requested_card)
    return dialog
