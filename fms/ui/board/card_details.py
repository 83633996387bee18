"""The detail panel of a card: facts, stage history, and the way to the freelancer's file."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QListWidget, QVBoxLayout, QWidget

from fms.core.enums import Outcome, Stage
from fms.services.pipeline import Card, card_history
from fms.ui.context import AppContext
from fms.ui.formatting import show_date, show_datetime, show_rate
from fms.ui.i18n import arg, label
from fms.ui.plurals import plurals


class CardDetailsDialog(QDialog):
    def __init__(self, context: AppContext, card: Card, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cardDetails")
        self.setWindowTitle(card.freelancer_name)
        facts = QFormLayout()
        rate = show_rate(card.daily_rate_cents) or "—"
        if card.budget_cents is not None:
            rate = arg(self.tr("%1 (budget %2)"), rate, show_rate(card.budget_cents))
        for caption, value in (
            (self.tr("Headline"), card.headline),
            (self.tr("Seniority"), label(card.seniority)),
            (self.tr("Daily rate"), rate),
            (self.tr("Mission"), f"{card.mission_title} · {card.client_name}"),
            (self.tr("Stage"), arg(self.tr("%1, for %2"), label(card.stage), plurals().days(card.days_in_stage()))),
            (self.tr("Outcome"), label(card.outcome) or "—"),
            (self.tr("Interviews"), str(card.interview_count)),
        ):
            value_label = QLabel(value, self)
            value_label.setWordWrap(True)
            facts.addRow(caption, value_label)
        from fms.services.pipeline import engagement_of_application

        # Only a hired card has an engagement: looked up once, for its facts and its actions.
        engagement_id = engagement_of_application(context.db, card.id) if card.outcome == Outcome.HIRED else None
        if engagement_id is not None:
            self._engagement_facts(context, engagement_id, facts)
        self.answered = False  # the answer was edited or sent from here: the card is redrawn
        closed = card.outcome is not None and card.outcome != Outcome.HIRED
        if closed:
            self._answer_facts(context, card, facts)
        if card.documents_to_sign:
            facts.addRow("", QLabel(plurals().documents_to_sign(card.documents_to_sign), self))
        self.history = QListWidget(self)
        self.history.setObjectName("cardHistory")
        self.history.setAccessibleName(self.tr("Stage history"))
        for entry in card_history(context.db, card.id):
            step = (
                label(entry.to_stage)
                if entry.from_stage is None
                else f"{label(entry.from_stage)} → {label(entry.to_stage)}"
            )
            note = f" ({entry.note})" if entry.note else ""
            self.history.addItem(f"{show_datetime(entry.changed_at)}   {step}   {entry.changed_by}{note}")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        open_file = buttons.addButton(self.tr("Open the freelancer's &file…"), QDialogButtonBox.ButtonRole.ActionRole)
        open_file.setObjectName("openFileButton")
        open_file.clicked.connect(lambda: self._open_file(context, card.freelancer_id))
        if engagement_id is not None:
            self._engagement_buttons(context, card, engagement_id, buttons)
        if card.interview_count:
            invite = buttons.addButton(self.tr("&Invitation…"), QDialogButtonBox.ButtonRole.ActionRole)
            invite.setObjectName("invitationButton")
            invite.setAccessibleName(self.tr("Interview invitation"))
            invite.clicked.connect(lambda: self._invite(context, card.id))
        if closed:
            answer = buttons.addButton(self.tr("&Answer…"), QDialogButtonBox.ButtonRole.ActionRole)
            answer.setObjectName("answerButton")
            answer.setAccessibleName(self.tr("Answer"))
            answer.clicked.connect(lambda: self._answer(context, card.id))
            recontact = buttons.addButton(self.tr("Recontact a&fter…"), QDialogButtonBox.ButtonRole.ActionRole)
            recontact.setObjectName("recontactButton")
            recontact.setAccessibleName(self.tr("Recontact after"))
            recontact.clicked.connect(lambda: self._edit_recontact(context, card.id))
        layout = QVBoxLayout(self)
        layout.addLayout(facts)
        layout.addWidget(QLabel(self.tr("Stage history"), self))
        layout.addWidget(self.history)
        layout.addWidget(buttons)
        self.resize(560, 480)

    def _answer_facts(self, context: AppContext, card: Card, facts: QFormLayout) -> None:
        """A closed card: why it ended, what the client said, and the answer owed or sent."""
        from fms.services.pipeline import get_answer, get_recontact

        answer = get_answer(context.db, card.id, context.language)
        rows: list[tuple[str, str, str]] = []  # caption, text, object name
        if answer.decline_reason is not None:
            rows.append((self.tr("Reason"), label(answer.decline_reason), "reasonLabel"))
        if answer.details:
            rows.append((self.tr("Details"), answer.details, "detailsLabel"))
        if answer.justification:
            rows.append((self.tr("Client's justification"), answer.justification, "justificationLabel"))
        if answer.sent_at is not None:
            sent = arg(self.tr("On %1:\n%2"), show_datetime(answer.sent_at), answer.body.strip())
            rows.append((self.tr("Answer sent"), sent, "answerLabel"))
        else:
            owed = (
                self.tr("The client is still owed the reason for this decline.")
                if answer.to_client
                else self.tr("The candidate is still owed an answer.")
            )
            rows.append((self.tr("Answer"), owed, "answerLabel"))
        plan = get_recontact(context.db, card.id)
        self.recontact_label = QLabel(self._recontact_text(plan.after, plan.why), self)
        for caption, text, name in rows:
            value_label = QLabel(text, self)
            value_label.setObjectName(name)
            value_label.setWordWrap(True)
            facts.addRow(caption, value_label)
        self.recontact_label.setObjectName("recontactLabel")
        self.recontact_label.setWordWrap(True)
        facts.addRow(self.tr("Recontact after"), self.recontact_label)

    def _recontact_text(self, after: date | None, why: str) -> str:
        if after is None:
            return self.tr("Not planned")
        return f"{show_date(after)} · {why}" if why else show_date(after)

    def _edit_recontact(self, context: AppContext, application_id: int) -> None:
        from fms.services.pipeline import get_recontact
        from fms.ui.board.recontact_dialog import RecontactDialog

        if RecontactDialog(context.db, application_id, self).exec() == RecontactDialog.DialogCode.Accepted:
            plan = get_recontact(context.db, application_id)
            self.recontact_label.setText(self._recontact_text(plan.after, plan.why))
            context.notify("follow_up")

    def _answer(self, context: AppContext, application_id: int) -> None:
        from fms.ui.board.answer_dialog import open_answer

        if open_answer(context.db, application_id, context.language, self):
            self.answered = True
            self.accept()  # the card changed: the board shows it anew

    def _engagement_facts(self, context: AppContext, engagement_id: int, facts: QFormLayout) -> None:
        """The "On mission" view: dates, agreed rate and renewals of the engagement."""
        from fms.services.pipeline import get_engagement

        engagement = get_engagement(context.db, engagement_id)
        for caption, value in (
            (
                self.tr("Engagement"),
                arg(self.tr("%1 to %2"), show_date(engagement.start), show_date(engagement.planned_end)),
            ),
            (self.tr("Agreed rate"), show_rate(engagement.daily_rate_cents)),
            (self.tr("Renewals"), str(engagement.renewals)),
        ):
            facts.addRow(caption, QLabel(value, self))

    def _engagement_buttons(
        self, context: AppContext, card: Card, engagement_id: int, buttons: QDialogButtonBox
    ) -> None:
        """On mission: renew or offboard; once alumni, the offboarding can be read again."""
        if card.stage != Stage.ALUMNI:
            renew = buttons.addButton(self.tr("&Renew…"), QDialogButtonBox.ButtonRole.ActionRole)
            renew.setObjectName("renewButton")
            renew.clicked.connect(lambda: self._run(context, engagement_id, renewal=True))
        offboard = buttons.addButton(self.tr("Off&boarding…"), QDialogButtonBox.ButtonRole.ActionRole)
        offboard.setObjectName("offboardingButton")
        offboard.clicked.connect(lambda: self._run(context, engagement_id, renewal=False))

    def _run(self, context: AppContext, engagement_id: int, renewal: bool) -> None:
        from fms.ui.offboarding.opening import renew_engagement, run_offboarding

        done = (
            renew_engagement(context, engagement_id, self) if renewal else run_offboarding(context, engagement_id, self)
        )
        if done:
            self.accept()  # the card changed: the board shows it anew

    def _invite(self, context: AppContext, application_id: int) -> None:
        """The invitation of the card's next interview (else its latest), as an .ics file."""
        from fms.services.file import interview_to_invite
        from fms.ui.file.invitation_export import save_invitation

        interview_id = interview_to_invite(context.db, application_id)
        if interview_id is not None:
            save_invitation(context.db, interview_id, self)

    def _open_file(self, context: AppContext, freelancer_id: int) -> None:
        from fms.ui.file.opening import open_freelancer_file

        dialog = open_freelancer_file(context, freelancer_id, self)
        if dialog.requested_card is not None:
            self.accept()  # the board shows the asked card; these details are of another moment
