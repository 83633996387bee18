"""The freelancer's file: the profile to edit, then the applications and the history."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from fms.core.enums import Outcome
from fms.core.errors import ValidationError
from fms.core.i18n import QT_TRANSLATE_NOOP
from fms.services.file import (
    REASONS,
    ApplicationLine,
    DuplicateHint,
    FreelancerFile,
    HistoryLine,
    ProfileInput,
    get_file,
    likely_duplicates,
    profile_errors,
    save_profile,
)
from fms.storage.database import Database
from fms.ui.dialogs.form import ActionCancelled, FormDialog
from fms.ui.file.documents_tab import DocumentsTab
from fms.ui.file.follow_ups_tab import FollowUpsTab
from fms.ui.file.interviews_tab import InterviewsTab
from fms.ui.file.notes_tab import NotesTab
from fms.ui.file.profile_fields import ProfileFields
from fms.ui.file.tables import FileListTab, file_table
from fms.ui.formatting import show_date, show_datetime, sort_date
from fms.ui.i18n import label
from fms.ui.table_model import ROW_ROLE, Column, RowTableModel
from fms.ui.widgets import action_button

OWED = QT_TRANSLATE_NOOP("columns", "Owed")
SENT = QT_TRANSLATE_NOOP("columns", "Sent")


def _answer_state(line: ApplicationLine) -> str:
    """Only a closing without a hire owes an answer; a hire is its own answer."""
    if line.outcome in (None, Outcome.HIRED):
        return ""
    if line.feedback_owed:
        return QCoreApplication.translate("columns", OWED)
    return QCoreApplication.translate("columns", SENT) if line.feedback_sent_at is not None else ""


APPLICATION_COLUMNS: tuple[Column[ApplicationLine], ...] = (
    Column(QT_TRANSLATE_NOOP("columns", "Mission"), lambda r: r.mission_title),
    Column(QT_TRANSLATE_NOOP("columns", "Client"), lambda r: r.client_name),
    Column(QT_TRANSLATE_NOOP("columns", "Stage"), lambda r: label(r.stage), lambda r: r.stage.order),
    Column(QT_TRANSLATE_NOOP("columns", "Outcome"), lambda r: label(r.outcome)),
    Column(QT_TRANSLATE_NOOP("columns", "Answer"), lambda r: _answer_state(r)),
    Column(
        QT_TRANSLATE_NOOP("columns", "Proposed"), lambda r: show_date(r.created_at), lambda r: sort_date(r.created_at)
    ),
)
HISTORY_COLUMNS: tuple[Column[HistoryLine], ...] = (
    Column(
        QT_TRANSLATE_NOOP("columns", "When"), lambda r: show_datetime(r.occurred_at), lambda r: sort_date(r.occurred_at)
    ),
    Column(QT_TRANSLATE_NOOP("columns", "Who"), lambda r: r.actor),
    Column(QT_TRANSLATE_NOOP("columns", "What"), lambda r: r.action.replace("_", " ")),
    Column(QT_TRANSLATE_NOOP("columns", "Details"), lambda r: r.details),
)


class FreelancerFileDialog(FormDialog[FreelancerFile]):
    """Opened on an existing freelancer (`freelancer_id`) or empty for a new one."""

    def __init__(self, db: Database, freelancer_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__("freelancerFile", "", self._save, parent)
        self.db = db
        self.freelancer_id = freelancer_id
        self.fields = ProfileFields(self)
        self.rate_benchmark = QLabel(self)
        self.rate_benchmark.setObjectName("rateBenchmark")
        self.add_hint_below("daily_rate", self.rate_benchmark)
        self.applications: RowTableModel[ApplicationLine] = RowTableModel(APPLICATION_COLUMNS, self)
        self.history: RowTableModel[HistoryLine] = RowTableModel(HISTORY_COLUMNS, self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("fileTabs")
        column = self.layout()
        assert isinstance(column, QVBoxLayout)  # FormDialog's own: the form above the buttons
        column.removeWidget(self.form_page)
        self.tabs.addTab(self.form_page, self.tr("&Profile"))
        self.tabs.addTab(self._applications_tab(), self.tr("&Applications"))
        self.interviews = InterviewsTab(db, self)
        self.tabs.addTab(self.interviews, self.tr("&Interviews"))
        self.documents = DocumentsTab(db, self)
        self.tabs.addTab(self.documents, self.tr("&Documents"))
        self.notes = NotesTab(db, self)
        self.tabs.addTab(self.notes, self.tr("&Notes"))
        self.follow_ups = FollowUpsTab(db, self)
        self.tabs.addTab(self.follow_ups, self.tr("&Follow-ups"))
        self.tabs.addTab(file_table(self, "historyTable", self.history), self.tr("&History"))
        column.insertWidget(0, self.tabs)
        self.requested_card: tuple[int, int] | None = None  # (mission, application) to show on the board
        self.changed_elsewhere = False  # an offboarding finished from here: other screens must follow
        self.lists_button = self._action_button(self.tr("Lis&ts…"), "listsButton", self.edit_lists)
        self.sheet_button = self._action_button(self.tr("Profile s&heet…"), "profileSheetButton", self.profile_sheet)
        self.letter_button = self._action_button(
            self.tr("Recommendation &letter…"), "recommendationLetterButton", self.recommendation_letter
        )
        self.message_button = self._action_button(self.tr("Messa&ge…"), "messageButton", self.message)
        self.erase_button = self._action_button(self.tr("E&rase this person…"), "erasePersonButton", self.erase)
        if freelancer_id is None:
            self.setWindowTitle(self.tr("New freelancer"))
            for tab in self.person_tabs():  # they come once the freelancer is saved
                tab.show_freelancer(None)
        else:
            self._show(get_file(db, freelancer_id))
        self._update_pdf_buttons()
        self.resize(860, 640)

    def _show(self, freelancer_file: FreelancerFile) -> None:
        self.freelancer_id = freelancer_file.id
        self.setWindowTitle(freelancer_file.name)
        self.fields.show(freelancer_file.profile)
        self._show_rate_benchmark(freelancer_file.profile)
        self.applications.set_rows(freelancer_file.applications)
        for tab in self.person_tabs():
            tab.show_freelancer(freelancer_file.id)
        self.history.set_rows(freelancer_file.history)
        self.version = freelancer_file.version
        if self.isVisible():
            self.take_snapshot()

    def reload_saved(self) -> bool:
        """The profile as saved now (someone saved it while this file was open); typed changes are dropped."""
        if self.freelancer_id is None:
            return False
        self._show(get_file(self.db, self.freelancer_id))
        return True

    def _action_button(self, text: str, name: str, slot: Any) -> QPushButton:
        button = self.buttons.addButton(text, QDialogButtonBox.ButtonRole.ActionRole)
        button.setObjectName(name)
        button.setAccessibleName(text.replace("&", ""))
        button.setAutoDefault(False)
        button.clicked.connect(lambda: slot())
        return button

    def _update_pdf_buttons(self) -> None:
        for button in (
            self.lists_button,
            self.sheet_button,
            self.letter_button,
            self.message_button,
            self.erase_button,
        ):
            button.setEnabled(self.freelancer_id is not None)

    def erase(self) -> bool:
        """Erases the person (once confirmed), then closes the file: nothing of them is left to show."""
        from fms.ui.file.erase_person import confirm_and_erase

        if self.freelancer_id is None:
            return False
        if confirm_and_erase(self.db, self.freelancer_id, self.windowTitle(), self) is None:
            return False
        self.changed_elsewhere = True
        QDialog.done(self, QDialog.DialogCode.Rejected)  # unsaved edits of an erased person are not asked about
        return True

    def edit_lists(self) -> Any:
        from fms.ui.file.lists_dialog import FreelancerListsDialog

        if self.freelancer_id is None:
            return None
        dialog = FreelancerListsDialog(self.db, self.freelancer_id, self.windowTitle(), self)
        if dialog.exec() == FreelancerListsDialog.DialogCode.Accepted:
            self.changed_elsewhere = True
        return dialog

    def profile_sheet(self) -> Any:
        from fms.ui.reports.profile_sheet_dialog import ProfileSheetDialog

        if self.freelancer_id is None:
            return None
        dialog = ProfileSheetDialog(self.db, self.freelancer_id, self.windowTitle(), self)
        dialog.exec()
        return dialog

    def recommendation_letter(self) -> Any:
        """Letters are about an engagement: none yet, and the file says so instead."""
        from fms.services.reports import engagements_for_letters
        from fms.ui.reports.letter_dialog import LetterDialog

        if self.freelancer_id is None:
            return None
        drafts = engagements_for_letters(self.db, self.freelancer_id)
        if not drafts:
            QMessageBox.information(
                self,
                self.windowTitle(),
                self.tr("A recommendation letter follows a mission: this freelancer has none yet."),
            )
            return None
        dialog = LetterDialog(self.db, drafts, self)
        dialog.exec()
        if dialog.document_id is not None:
            self.documents.reload()
            self.history.set_rows(get_file(self.db, self.freelancer_id).history)
        return dialog

    def _applications_tab(self) -> QWidget:
        tab = QWidget(self)
        self.applications_table = file_table(tab, "applicationsTable", self.applications)
        self.applications_table.doubleClicked.connect(lambda _index: self.show_on_board())
        button = action_button(tab, self.tr("Show on the &board"), "showOnBoardButton", self.show_on_board)
        offboarding = action_button(tab, self.tr("Off&boarding…"), "offboardingButton", self.offboarding)
        offboarding.setToolTip(self.tr("The end-of-mission checklist of the selected engagement (read-only once done)"))
        answer = action_button(tab, self.tr("A&nswer…"), "answerButton", self.answer)
        answer.setToolTip(self.tr("The answer owed (or sent) for the selected closed application"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(answer)
        buttons.addWidget(offboarding)
        buttons.addWidget(button)
        layout = QVBoxLayout(tab)
        layout.addWidget(self.applications_table, 1)
        layout.addLayout(buttons)
        return tab

    def offboarding(self) -> Any:
        """The selected engagement's offboarding wizard; the file shows what Finish wrote."""
        from fms.services.pipeline import engagement_of_application
        from fms.ui.offboarding.wizard import OffboardingWizard

        rows = self.applications_table.selectionModel().selectedRows()
        if not rows or self.freelancer_id is None:
            return None
        line: ApplicationLine = rows[0].data(ROW_ROLE)
        engagement_id = engagement_of_application(self.db, line.id)
        if engagement_id is None:
            QMessageBox.information(self, self.windowTitle(), self.tr("Only a hired application has an offboarding."))
            return None
        wizard = OffboardingWizard(self.db, engagement_id, self)
        wizard.exec()
        if wizard.result_ is not None:
            self.changed_elsewhere = True
            refreshed = get_file(self.db, self.freelancer_id)
            self.applications.set_rows(refreshed.applications)
            self.history.set_rows(refreshed.history)
            for tab in self.person_tabs():
                tab.reload()
        return wizard

    def answer(self) -> bool:
        """The selected closed application's answer, to edit or send; the file shows the change."""
        from fms.ui.board.answer_dialog import open_answer
        from fms.ui.i18n import default_language

        rows = self.applications_table.selectionModel().selectedRows()
        if not rows or self.freelancer_id is None:
            return False
        line: ApplicationLine = rows[0].data(ROW_ROLE)
        if not open_answer(self.db, line.id, default_language(), self):
            return False
        self.changed_elsewhere = True
        refreshed = get_file(self.db, self.freelancer_id)
        self.applications.set_rows(refreshed.applications)
        self.history.set_rows(refreshed.history)
        return True

    def message(self) -> bool:
        """A message from a template, about the selected application's mission; a message sent shows in the history."""
        from fms.ui.i18n import default_language
        from fms.ui.messages.message_dialog import MessageDialog

        if self.freelancer_id is None:
            return False
        rows = self.applications_table.selectionModel().selectedRows()
        application_id = rows[0].data(ROW_ROLE).id if rows else None
        dialog = MessageDialog(self.db, self.freelancer_id, application_id, default_language(), parent=self)
        dialog.exec()
        if dialog.sent:
            self.history.set_rows(get_file(self.db, self.freelancer_id).history)
        return dialog.sent

    def show_on_board(self) -> None:
        """Closes the file (asking about unsaved changes) and asks for the selected card on the board."""
        rows = self.applications_table.selectionModel().selectedRows()
        if not rows:
            return
        line: ApplicationLine = rows[0].data(ROW_ROLE)
        self.requested_card = (line.mission_id, line.id)
        self.reject()
        if self.isVisible():  # the user chose to stay on the file
            self.requested_card = None

    def person_tabs(self) -> tuple[FileListTab[Any], ...]:
        return (self.interviews, self.documents, self.notes, self.follow_ups)

    def _show_rate_benchmark(self, profile: ProfileInput) -> None:
        """What we agreed with people of the same main skill and seniority, beside the rate they ask."""
        from fms.services.pool import rate_benchmark
        from fms.ui.pool.rates_tab import benchmark_line

        if not profile.skills:
            self.rate_benchmark.hide()
            return
        main_skill = max(profile.skills, key=lambda skill: skill[1])[0]
        self.rate_benchmark.setText(benchmark_line(rate_benchmark(self.db, main_skill, profile.seniority)))
        self.rate_benchmark.show()

    def changes_root(self) -> QWidget:
        return self.form_page  # the other tabs save as they go

    def checks(self, data: ProfileInput) -> dict[str, str]:
        return profile_errors(data)

    def _save(self, data: ProfileInput) -> FreelancerFile:
        """Saves, after asking about likely duplicates: the user may open the existing file instead."""
        errors = profile_errors(data)
        if errors:
            raise ValidationError(errors)
        hints = likely_duplicates(self.db, data, excluding=self.freelancer_id)
        answer = self.ask_about_duplicates(hints) if hints else "save"
        if answer == "open":
            FreelancerFileDialog(self.db, hints[0].freelancer_id, self).exec()
        if answer != "save":
            raise ActionCancelled
        return save_profile(self.db, self.freelancer_id, data, version=self.version)

    def ask_about_duplicates(self, hints: list[DuplicateHint]) -> str:
        """ "save", "open" (the first likely duplicate) or "cancel"."""
        lines = "\n".join(
            f"• {hint.name} ({QCoreApplication.translate('labels', REASONS[hint.reason])})" for hint in hints
        )
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Possible duplicate"), "", parent=self)
        box.setObjectName("duplicateWarning")
        box.setText(self.tr("This may be someone already in Vivier:\n%1").replace("%1", lines))
        save_anyway = box.addButton(self.tr("Save &anyway"), QMessageBox.ButtonRole.AcceptRole)
        open_text = self.tr("&Open %1").replace("%1", hints[0].name)
        open_existing = box.addButton(open_text, QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() is save_anyway:
            return "save"
        return "open" if box.clickedButton() is open_existing else "cancel"

    def collect(self) -> Any:
        return self.fields.read()

    def accept(self) -> None:
        super().accept()
        if self.result_row is not None:
            self.freelancer_id = self.result_row.id
            self.version = self.result_row.version
            self.take_snapshot()
            self._update_pdf_buttons()

    def confirm_discard(self) -> bool:
        """The file also offers to save: Save (then close if it worked), Discard, or Cancel."""
        answer = QMessageBox.question(
            self,
            self.windowTitle(),
            self.tr("Save the changes to this profile?"),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Save:
            self.accept()
        return answer == QMessageBox.StandardButton.Discard
