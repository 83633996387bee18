"""The file's interviews: every interview of every application, and the editor to add or amend one."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from fms.core.errors import KnownError
from fms.core.i18n import QT_TRANSLATE_NOOP
from fms.services.file import (
    InterviewInput,
    InterviewRow,
    applications_to_interview,
    delete_interview,
    get_interview,
    list_interviews,
    save_interview,
)
from fms.storage.database import Database
from fms.ui.errors import show_error
from fms.ui.file.interview_dialog import InterviewDialog
from fms.ui.file.invitation_export import save_invitation
from fms.ui.file.tables import FileListTab
from fms.ui.formatting import show_datetime, show_number, sort_date
from fms.ui.i18n import label
from fms.ui.screens.crud import confirm
from fms.ui.table_model import Column


def _score(value: float | None) -> str:
    return show_number(value)


COLUMNS: tuple[Column[InterviewRow], ...] = (
    Column(
        QT_TRANSLATE_NOOP("columns", "When"),
        lambda r: show_datetime(r.scheduled_at),
        lambda r: sort_date(r.scheduled_at),
    ),
    Column(QT_TRANSLATE_NOOP("columns", "Mission"), lambda r: f"{r.mission_title} · {r.client_name}"),
    Column(QT_TRANSLATE_NOOP("columns", "Kind"), lambda r: label(r.kind)),
    Column(QT_TRANSLATE_NOOP("columns", "Result"), lambda r: label(r.result)),
    Column(QT_TRANSLATE_NOOP("columns", "Hard skills"), lambda r: _score(r.hard_skills_average)),
    Column(QT_TRANSLATE_NOOP("columns", "Soft skills"), lambda r: _score(r.soft_skills_average)),
    Column(QT_TRANSLATE_NOOP("columns", "Interviewers"), lambda r: r.interviewers),
    Column(
        QT_TRANSLATE_NOOP("columns", "The client said"),
        lambda r: r.client_feedback,
        tooltip=lambda r: r.client_feedback,
    ),
)


class InterviewsTab(FileListTab[InterviewRow]):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(db, "interviewsTab", "interviewsTable", COLUMNS, parent)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.add_button = self.make_button(self.tr("&New interview…"), "addInterviewButton", self.add, True)
        self.edit_button = self.make_button(self.tr("&Edit…"), "editInterviewButton", self.edit_selected)
        self.delete_button = self.make_button(self.tr("De&lete"), "deleteInterviewButton", self.delete_selected)
        self.invite_button = self.make_button(self.tr("In&vitation…"), "invitationButton", self.invite_selected)
        self.cancel_invite_button = self.make_button(
            self.tr("Cancellation for calendars…"), "cancelInvitationButton", lambda: self.invite_selected(cancel=True)
        )

    def fetch(self, freelancer_id: int) -> list[InterviewRow]:
        return list_interviews(self.db, freelancer_id)

    def make_dialog(self, interview_id: int | None = None) -> InterviewDialog | None:
        """None when the freelancer has no application yet: an interview is always for a mission."""
        assert self.freelancer_id is not None
        applications = applications_to_interview(self.db, self.freelancer_id)
        if not applications:
            QMessageBox.information(
                self,
                self.tr("Interviews"),
                self.tr("Add this freelancer to a mission first: interviews are per mission."),
            )
            return None
        existing = get_interview(self.db, interview_id) if interview_id is not None else None

        def save(data: InterviewInput) -> int:
            return save_interview(self.db, interview_id, data)

        return InterviewDialog(applications, save, existing, self)

    def add(self) -> None:
        self._run(None)

    def edit_selected(self) -> None:
        row = self.selected()
        if row is not None:
            self._run(row.id)

    def _run(self, interview_id: int | None) -> None:
        if self.freelancer_id is None:
            return
        try:
            dialog = self.make_dialog(interview_id)
        except KnownError as error:
            show_error(self, error, title=self.tr("Interviews"))
            self.reload()
            return
        if dialog is not None and dialog.exec() == InterviewDialog.DialogCode.Accepted:
            self.reload()
            if dialog.invite_after and dialog.result_row is not None:
                save_invitation(self.db, dialog.result_row, self)

    def invite_selected(self, cancel: bool = False) -> None:
        """The selected interview's invitation (or its cancellation) as an .ics file."""
        row = self.selected()
        if row is not None:
            save_invitation(self.db, row.id, self, cancel=cancel)

    def delete_selected(self) -> None:
        row = self.selected()
        if row is not None and confirm(self, self.tr("Interviews"), self.tr("Delete this interview and its scores?")):
            delete_interview(self.db, row.id)
            self.reload()
