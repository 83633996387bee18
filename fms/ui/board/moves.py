"""Carries out a card move asked on the board: the service decides, dialogs ask what it needs.

Every question (a fifth profile, the outcome, signing later) comes before anything is written;
Cancel at any point leaves the database and the board as they were. A move done is pushed on
the board's undo stack.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtGui import QUndoCommand

from fms.core.enums import Outcome, Stage
from fms.core.errors import KnownError, NotFoundError
from fms.services.pipeline import (
    AgreementsMissing,
    ApplicationSnapshot,
    Card,
    ConfirmationRequired,
    MovedElsewhere,
    OutcomeInput,
    OutcomeRequired,
    UndoableMove,
    preview_closing,
    restore_snapshot,
    undoable_move,
)
from fms.ui.dialogs.form import ActionCancelled
from fms.ui.i18n import arg, error_text, label
from fms.ui.screens.crud import confirm

if TYPE_CHECKING:
    from fms.ui.board.board_widget import PipelineBoard
    from fms.ui.board.outcome_dialog import OutcomeDialog


class MoveController(QObject):
    def __init__(self, board: PipelineBoard) -> None:
        super().__init__(board)
        self.board = board
        # Chosen first in the next outcome dialog (the follow-ups propose "withdrawn"), then forgotten.
        self.preferred_outcome: Outcome | None = None

    def move(self, application_id: int, to_stage: Stage, before_id: int | None = None) -> bool:
        """True when the card moved (or was reordered); False when refused or cancelled."""
        board = self.board
        db = board.context.db
        seen = board.card(application_id)
        request: dict[str, Any] = {
            "before_id": before_id,
            "confirm_over_limit": False,
            "outcome": None,
            "feedback_language": board.context.language,
            # Refused if another window moved the card since this board drew it.
            "expected_stage": seen.stage if seen is not None else None,
        }

        done: list[UndoableMove] = []

        def attempt(**changes: Any) -> object:
            request.update(changes)
            done.append(undoable_move(db, application_id, to_stage, **request))
            return done[-1]

        while True:
            try:
                attempt()
                break
            except ConfirmationRequired as question:
                if not confirm(board, self.tr("Profiles sent"), error_text(question)):
                    board.tell(self.tr("Move cancelled."))
                    return False
                request["confirm_over_limit"] = True
            except OutcomeRequired as required:
                if not self._ask_outcome(application_id, required, attempt):
                    board.tell(self.tr("Move cancelled."))
                    return False
                break
            except MovedElsewhere as moved:
                board.tell(error_text(moved))
                board.refresh_card(application_id)  # drawn where the other window put it
                return False
            except NotFoundError as gone:  # archived or merged elsewhere: the board shows what is left
                board.tell(error_text(gone))
                board.reload()
                return False
            except KnownError as refused:
                board.tell(error_text(refused))
                return False
        move = done[-1]
        board.undo_stack.push(MoveCommand(board, move.before, move.after, to_stage, dict(request)))
        board.refresh_card(application_id)
        board.tell(self._where_it_went(application_id, seen, to_stage) if move.before.stage != to_stage else "")
        return True

    def _where_it_went(self, application_id: int, seen: Card | None, to_stage: Stage) -> str:
        """Names the card and its column, and says so when it left what the board shows."""
        from fms.ui.board.stage_column import column_key

        board = self.board
        card = board.card(application_id)
        known = card or seen
        name = known.freelancer_name if known is not None else ""
        if card is None:
            return arg(self.tr("Moved %1 to %2 (not on this board any more)."), name, label(to_stage))
        key = column_key(card)
        column = board.columns[key]
        if card.outcome is not None and card.outcome != Outcome.HIRED and to_stage == Stage.ALUMNI:
            text = arg(self.tr("%1 closed, now in %2."), name, column.title)
        elif to_stage == Stage.ALUMNI:
            text = arg(self.tr("%1 offboarded, now in %2."), name, column.title)
        else:
            text = arg(self.tr("Moved %1 to %2."), name, column.title)
        if board.models[key].row_of(application_id) is None:  # else `refresh_card` selected it
            text += " " + self.tr("The filters hide it.")
        elif column.folded:
            text += " " + self.tr("Its column is folded.")
        return text

    def _ask_outcome(
        self,
        application_id: int,
        required: OutcomeRequired,
        attempt: Callable[..., object],
    ) -> bool:
        board = self.board
        card = board.card(application_id)
        if card is None:
            return False
        start, end = board.mission_dates(card.mission_id)

        def save(outcome: OutcomeInput) -> object:
            if outcome.outcome != Outcome.HIRED:
                return self._answer_then_close(application_id, outcome, attempt, dialog)
            try:
                return attempt(outcome=outcome)
            except AgreementsMissing as missing:
                if not confirm(dialog, self.tr("Contract and NDA"), error_text(missing)):
                    raise ActionCancelled from missing
                dialog.sign_later = True
                return attempt(outcome=replace(outcome, sign_later=True))

        # Imported on the first closing: it brings the whole file package (documents, e-mail, phone checks).
        from fms.ui.board.outcome_dialog import OutcomeDialog

        dialog = OutcomeDialog(
            card, required.allowed, save, default_start=start, default_end=end, parent=board, db=board.context.db
        )
        preferred, self.preferred_outcome = self.preferred_outcome, None
        if preferred in required.allowed:
            dialog.outcome.setCurrentIndex(dialog.outcome.findData(preferred))
        return dialog.exec() == OutcomeDialog.DialogCode.Accepted

    def _answer_then_close(
        self, application_id: int, outcome: OutcomeInput, attempt: Callable[..., object], parent: OutcomeDialog
    ) -> object:
        """The drafted answer, edited, then the outcome and the answer stored in one move (Cancel: back)."""
        from fms.ui.board.answer_dialog import AnswerDialog

        db, language = self.board.context.db, self.board.context.language
        answer = preview_closing(db, application_id, outcome, language)  # an incomplete outcome stops here

        def store(_subject: str, text: str, sent: bool) -> object:
            return attempt(outcome=replace(outcome, feedback=text, feedback_sent=sent))

        def redraft(chosen: str) -> tuple[str, str]:
            draft = preview_closing(db, application_id, outcome, chosen)
            return draft.subject, draft.body

        dialog = AnswerDialog(answer, store, redraft, language, closing=True, parent=parent)
        if dialog.exec() != AnswerDialog.DialogCode.Accepted:
            raise ActionCancelled
        return dialog.result_value


class MoveCommand(QUndoCommand):
    """Undo restores the card as it was before, if nothing changed it since; redo replays the request.

    A refused undo or redo empties the board's stack: older steps would act on a changed card.
    """

    def __init__(
        self,
        board: PipelineBoard,
        before: ApplicationSnapshot,
        after: ApplicationSnapshot,
        to_stage: Stage,
        request: dict[str, Any],
    ) -> None:
        card = board.card(before.application_id)
        name = card.freelancer_name if card else ""
        super().__init__(arg(QCoreApplication.translate("MoveCommand", "Move %1 to %2"), name, label(to_stage)))
        self.board = board
        self.before = before
        self.after = after
        self.to_stage = to_stage
        self.request = request
        self._already_done = True

    def redo(self) -> None:
        if self._already_done:  # push() calls redo(); the move was made before
            self._already_done = False
            return
        self._run(self._replay)

    def undo(self) -> None:
        self._run(lambda: restore_snapshot(self.board.context.db, self.before, self.after))

    def _replay(self) -> None:
        db, application_id = self.board.context.db, self.before.application_id
        replayed = {**self.request, "replaying": self.before}
        try:
            move = undoable_move(db, application_id, self.to_stage, **replayed)
        except NotFoundError:  # the card it was dropped before has gone: put it last
            move = undoable_move(db, application_id, self.to_stage, **{**replayed, "before_id": None})
        self.before, self.after = move.before, move.after

    def _run(self, call: Callable[[], object]) -> None:
        try:
            call()
        except KnownError as error:
            self.board.tell(error_text(error))
            self.setObsolete(True)
            QTimer.singleShot(0, self.board.undo_stack, self.board.undo_stack.clear)
        self.board.refresh_card(self.before.application_id)
