"""The offboarding wizard: resumable page by page, one Finish that closes the mission, and read-only
once finished."""

from __future__ import annotations

from html import escape
from typing import cast

from PySide6.QtWidgets import QLabel, QWidget, QWizard

from fms.core.enums import OffboardingPage
from fms.core.errors import KnownError, ValidationError
from fms.services.offboarding import (
    PAGES,
    FinishResult,
    OffboardingState,
    finish_offboarding,
    open_offboarding,
    save_page,
)
from fms.storage.database import Database
from fms.ui.errors import show_error
from fms.ui.formatting import show_date
from fms.ui.i18n import default_language, field_error_texts, label
from fms.ui.offboarding.pages import (
    AdminPage,
    FeedbackPage,
    HandoverPage,
    KeepInTouchPage,
    ObjectivesPage,
    OffboardingWizardPage,
    RecommendationPage,
    SummaryPage,
    TracePage,
)


class OffboardingWizard(QWizard):
    def __init__(self, db: Database, engagement_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("offboardingWizard")
        self.db = db
        self.engagement_id = engagement_id
        self.state: OffboardingState = open_offboarding(db, engagement_id, default_language())
        self.result_: FinishResult | None = None
        self.setWindowTitle(
            self.tr("Offboarding – %1, %2")
            .replace("%1", self.state.freelancer_name)
            .replace("%2", self.state.mission_title)
        )
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.pages: list[OffboardingWizardPage] = [
            ObjectivesPage(self),
            HandoverPage(self),
            FeedbackPage(self),
            RecommendationPage(self),
            TracePage(self),
            KeepInTouchPage(self),
            AdminPage(self),
            SummaryPage(self),
        ]
        for number, page in enumerate(self.pages, start=1):
            # Where the user is in the eight steps, in the page's own title.
            step = self.tr("Step %1 of %2").replace("%1", str(number)).replace("%2", str(len(self.pages)))
            page.setTitle(f"{step} · {page.title()}")
            self.addPage(page)
            page.show_state(self.state)
            if self.read_only:
                page.set_read_only()
        if self.read_only:
            self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Close"))
        self._resuming = False
        self.resize(760, 600)
        self.resume()

    @property
    def read_only(self) -> bool:
        return self.state.read_only

    def page_for(self, key: OffboardingPage | str) -> OffboardingWizardPage:
        return self.pages[PAGES.index(str(key))]

    def current(self) -> OffboardingWizardPage:
        return cast(OffboardingWizardPage, self.currentPage())  # every page is one

    def resume(self) -> None:
        """Opens on the page the offboarding was left at, every earlier page filled and reachable by Back."""
        self.restart()
        target = self.page_for(OffboardingPage(self.state.current_page)) if not self.read_only else self.pages[0]
        self._resuming = True
        try:
            while self.current() is not target and self.current() is not self.pages[-1]:
                self.next()
        finally:
            self._resuming = False

    def save_page(self, page: OffboardingWizardPage, validate: bool = True) -> bool:
        """On Next: the page is checked and kept; a problem keeps the user on it, with the reason shown."""
        if self.read_only or self._resuming:
            return True
        following = PAGES[min(PAGES.index(page.key.value) + 1, len(PAGES) - 1)]
        try:
            self.state = save_page(
                self.db, self.engagement_id, page.key.value, page.answers(), page.items(),
                following if validate else page.key.value, validate=validate,
            )  # fmt: skip
        except ValidationError as error:
            page.show_errors(field_error_texts(error.field_errors))
            return False
        except KnownError as error:
            show_error(self, error)
            return False
        page.show_errors({})
        return True

    def reject(self) -> None:
        """Cancel keeps what was typed on this page too, unchecked: the wizard reopens here."""
        page = self.currentPage()
        if isinstance(page, OffboardingWizardPage) and not self.read_only and not isinstance(page, SummaryPage):
            self.save_page(page, validate=False)
        super().reject()

    def accept(self) -> None:
        if self.read_only:
            super().accept()
            return
        try:
            self.result_ = finish_offboarding(self.db, self.engagement_id)
        except KnownError as error:
            show_error(self, error)
            return
        super().accept()

    @property
    def wants_letter(self) -> bool:
        return bool(self.state.answers.get("recommendation", {}).get("letter"))

    def summary_html(self) -> str:
        """Every page's answers and checklist, as the manager will read them before Finish."""
        parts = [f"<h3>{escape(self.state.freelancer_name)} · {escape(self.state.mission_title)} · "
                 f"{escape(self.state.client_name)}</h3>"]  # fmt: skip
        for page in self.pages[:-1]:
            answers = self.state.answers.get(page.key.value, {})
            rows = []
            for item in self.state.items.get(page.key.value, ()):
                mark = "☑" if item.done else "☐"
                comment = f" — <i>{escape(item.comment)}</i>" if item.comment else ""
                rows.append(f"<li>{mark} {escape(item.label)}{comment}</li>")
            for key, widget in page.fields.items():
                value = answers.get(key)
                if value in (None, "", False, 0):
                    continue
                holder = widget.parentWidget()
                caption = page.form.labelForField(holder) if holder is not None else None
                text = self._shown(key, value)
                name = caption.text().replace("&", "") if isinstance(caption, QLabel) else key
                rows.append(f"<li><b>{escape(name)}</b>: {escape(text)}</li>")
            nothing = self.tr("Nothing entered")
            body = "".join(rows) or f"<li><i>{escape(nothing)}</i></li>"
            parts.append(f"<h4>{escape(label(page.key))}</h4><ul>{body}</ul>")
        return "".join(parts)

    def _shown(self, key: str, value: object) -> str:
        from fms.core.enums import ContactChannel, RehireStatus
        from fms.services.offboarding import parse_date

        if value is True:
            return self.tr("Yes")
        if key == "rehire":
            return label(RehireStatus(str(value)))
        if key == "channel":
            return label(ContactChannel(str(value)))
        if key == "letter_language":
            return {"en": "English", "fr": "Français"}.get(str(value), str(value))
        if key in ("available_from", "follow_up_on", "contract_end"):
            return show_date(parse_date(value))
        return str(value)
