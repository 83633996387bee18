"""The profile form of the freelancer's file: fields in, `ProfileInput` out."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit

from fms.core import limits
from fms.core.enums import RehireStatus, Seniority, SourcingChannel
from fms.services.file import ProfileInput
from fms.ui.dialogs.form import FormDialog, date_value, make_date_edit, set_date_value
from fms.ui.dialogs.typed_values import read_rate_and_skills
from fms.ui.formatting import edit_rate
from fms.ui.i18n import label
from fms.values.phone import show_phone
from fms.values.skill_text import format_skill_list


class ProfileFields(QObject):
    """Adds the profile's fields to a form dialog and reads them back."""

    def __init__(self, dialog: FormDialog[Any]) -> None:
        super().__init__(dialog)
        self.dialog = dialog
        self.first_name = self._line("first_name", self.tr("&First name"), limits.PERSON_NAME)
        self.last_name = self._line("last_name", self.tr("&Last name"), limits.PERSON_NAME)
        self.headline = self._line("headline", self.tr("&Headline"), limits.HEADLINE)
        self.email = self._line("email", self.tr("E&mail"), limits.EMAIL)
        self.phone = self._line("phone", self.tr("&Phone"), limits.PHONE)
        self.linkedin_url = self._line("linkedin_url", self.tr("Lin&kedIn"), limits.URL)
        self.location = self._line("location", self.tr("L&ocation"), limits.LOCATION)
        self.seniority = QComboBox(dialog)
        for seniority in Seniority:
            self.seniority.addItem(label(seniority), seniority)
        dialog.add_field("seniority", self.tr("S&eniority"), self.seniority)
        self.daily_rate = self._line("daily_rate", self.tr("Daily &rate (€)"), limits.RATE_TEXT)
        self.availability = make_date_edit(dialog, self.tr("Not set"))
        dialog.add_field("availability_date", self.tr("A&vailable from"), self.availability)
        self.channel = QComboBox(dialog)
        for channel in SourcingChannel:
            self.channel.addItem(label(channel), channel)
        dialog.add_field("sourcing_channel", self.tr("Sourcing &channel"), self.channel)
        self.portage_company = self._line("portage_company", self.tr("Portage compan&y"), limits.NAME)
        self.skills = self._line("skills", self.tr("S&kills"), limits.SKILLS_TEXT)
        self.skills.setPlaceholderText(self.tr("e.g. Python 4, SQL 3, Kubernetes"))
        self.consent = QCheckBox(self.tr("Agrees to stay in the talent pool"), dialog)
        dialog.add_field("talent_pool_consent", self.tr("Talent &pool"), self.consent)
        self.rehire = QComboBox(dialog)
        for status in RehireStatus:
            self.rehire.addItem(label(status), status)
        dialog.add_field("rehire_status", self.tr("Re&hire"), self.rehire)
        self.rehire_reason = self._line("do_not_rehire_reason", self.tr("Why not (private)"), limits.SHORT_TEXT)
        self.rehire.currentIndexChanged.connect(self._show_reason)
        self._show_reason()
        self.channel.currentIndexChanged.connect(self._show_portage)
        self._show_portage()

    def _line(self, name: str, caption: str, length: int) -> QLineEdit:
        line = QLineEdit(self.dialog)
        line.setMaxLength(length)
        self.dialog.add_field(name, caption, line)
        return line

    def _show_portage(self) -> None:
        self.dialog.set_field_visible("portage_company", self.channel.currentData() == SourcingChannel.PORTAGE)

    def _show_reason(self) -> None:
        self.dialog.set_field_visible("do_not_rehire_reason", self.rehire.currentData() == RehireStatus.DO_NOT_REHIRE)

    def show(self, profile: ProfileInput) -> None:
        self.first_name.setText(profile.first_name)
        self.last_name.setText(profile.last_name)
        self.headline.setText(profile.headline)
        self.email.setText(profile.email)
        self.phone.setText(show_phone(profile.phone))
        self.linkedin_url.setText(profile.linkedin_url)
        self.location.setText(profile.location)
        self.seniority.setCurrentIndex(self.seniority.findData(profile.seniority))
        self.daily_rate.setText(edit_rate(profile.daily_rate_cents))
        set_date_value(self.availability, profile.availability_date)
        self.channel.setCurrentIndex(self.channel.findData(profile.sourcing_channel))
        self.portage_company.setText(profile.portage_company)
        self.skills.setText(format_skill_list(profile.skills))
        self.consent.setChecked(profile.talent_pool_consent)
        self.rehire.setCurrentIndex(self.rehire.findData(profile.rehire_status))
        self.rehire_reason.setText(profile.do_not_rehire_reason)
        self._consent_date = profile.consent_date

    def read(self) -> ProfileInput:
        rate, skills = read_rate_and_skills("daily_rate", self.daily_rate.text(), self.skills.text())
        return ProfileInput(
            first_name=self.first_name.text(),
            last_name=self.last_name.text(),
            email=self.email.text(),
            phone=self.phone.text(),
            linkedin_url=self.linkedin_url.text(),
            location=self.location.text(),
            headline=self.headline.text(),
            seniority=self.seniority.currentData(),
            daily_rate_cents=rate,
            availability_date=date_value(self.availability),
            sourcing_channel=self.channel.currentData(),
            portage_company=self.portage_company.text(),
            talent_pool_consent=self.consent.isChecked(),
            consent_date=getattr(self, "_consent_date", None) if self.consent.isChecked() else None,
            skills=skills,
            rehire_status=RehireStatus(self.rehire.currentData()),
            do_not_rehire_reason=self.rehire_reason.text(),
        )
