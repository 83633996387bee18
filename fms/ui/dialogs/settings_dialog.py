"""Business settings shared by everyone using this database: the pipeline's rules and the letterhead."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from fms.core.errors import ChangedElsewhere, KnownError, ValidationError
from fms.services import settings
from fms.services.reports import KEYS as LETTERHEAD_KEYS
from fms.services.reports import keep_images
from fms.storage.database import Database
from fms.ui.dialogs.unsaved import ConfirmsDiscard
from fms.ui.errors import show_error
from fms.ui.i18n import arg, field_error_texts
from fms.ui.widgets import action_button

KEYS = (settings.REQUIRE_SIGNED_AGREEMENTS, *LETTERHEAD_KEYS)


class SettingsDialog(ConfirmsDiscard, QDialog):
    """Escape, Cancel or closing the window asks before losing what was typed (`ConfirmsDiscard`)."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self.db = db
        self.require_agreements = QCheckBox(self.tr("Require a signed contract and NDA before a mission starts"), self)
        self.require_agreements.setObjectName("requireAgreementsCheck")
        self.require_agreements.setAccessibleName(self.require_agreements.text())
        explanation = QLabel(
            self.tr(
                "When this is on, hiring someone without both documents signed asks whether to start "
                "anyway; drafts are then created and the card shows \u201cto sign\u201d until they are signed."
            ),
            self,
        )
        explanation.setWordWrap(True)
        saved = settings.read_settings(db, KEYS)
        values = saved.values
        self.texts: dict[str, QLineEdit | QPlainTextEdit] = {}
        self.captions: dict[str, str] = {settings.REQUIRE_SIGNED_AGREEMENTS: self.require_agreements.text()}
        company = QGroupBox(self.tr("Letters and profile sheets"), self)
        form = QFormLayout(company)
        self._line(form, settings.COMPANY_NAME, self.tr("Company &name"), values)
        address = QPlainTextEdit(values[settings.COMPANY_ADDRESS], self)
        address.setTabChangesFocus(True)
        address.setFixedHeight(70)
        self._add(form, settings.COMPANY_ADDRESS, self.tr("&Address"), address)
        self._file(form, settings.COMPANY_LOGO, self.tr("&Logo"), values)
        self._line(form, settings.LETTER_PLACE, self.tr("Letters written &from"), values)
        self._line(form, settings.SIGNATORY_NAME, self.tr("&Signed by"), values)
        self._line(form, settings.SIGNATORY_ROLE, self.tr("Signatory's &role"), values)
        self._file(form, settings.SIGNATURE_IMAGE, self.tr("Signature &image"), values)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.require_agreements)
        layout.addWidget(explanation)
        layout.addWidget(company)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)
        self._show(saved)

    def _show(self, saved: settings.SettingsRead) -> None:
        self.versions = saved.versions  # what a save passes back: someone else's save since is not lost
        self.require_agreements.setChecked(saved.values[settings.REQUIRE_SIGNED_AGREEMENTS] == "true")
        for key, widget in self.texts.items():
            if isinstance(widget, QPlainTextEdit):
                widget.setPlainText(saved.values[key])
            else:
                widget.setText(saved.values[key])

    def _add(self, form: QFormLayout, key: str, caption: str, widget: QLineEdit | QPlainTextEdit) -> None:
        widget.setObjectName(f"{key}Field")
        widget.setAccessibleName(caption.replace("&", ""))
        self.texts[key] = widget
        self.captions[key] = caption.replace("&", "")
        form.addRow(caption, widget)

    def _line(self, form: QFormLayout, key: str, caption: str, values: dict[str, str]) -> QLineEdit:
        line = QLineEdit(values[key], self)
        line.setMaxLength(settings.LENGTHS[key])
        self._add(form, key, caption, line)
        return line

    def _file(self, form: QFormLayout, key: str, caption: str, values: dict[str, str]) -> None:
        """An image's path, typed or chosen; empty for none (a letter then goes without)."""
        line = QLineEdit(values[key], self)
        line.setMaxLength(settings.LENGTHS[key])
        line.setPlaceholderText(self.tr("None"))
        line.setClearButtonEnabled(True)
        browse = action_button(self, self.tr("Choose…"), f"{key}Browse", lambda: self._choose_image(line))
        browse.setAccessibleName(arg(self.tr("Choose the image: %1"), caption.replace("&", "")))
        row = QHBoxLayout()
        row.addWidget(line, 1)
        row.addWidget(browse)
        line.setObjectName(f"{key}Field")
        line.setAccessibleName(caption.replace("&", ""))
        self.texts[key] = line
        self.captions[key] = caption.replace("&", "")
        form.addRow(caption, row)
        label = form.labelForField(row)
        if isinstance(label, QLabel):
            label.setBuddy(line)

    def _choose_image(self, line: QLineEdit) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose an image"), line.text(), self.tr("Images (*.png *.jpg *.jpeg)")
        )
        if path:
            line.setText(path)

    def accept(self) -> None:
        values = {
            key: widget.toPlainText() if isinstance(widget, QPlainTextEdit) else widget.text()
            for key, widget in self.texts.items()
        }
        values[settings.REQUIRE_SIGNED_AGREEMENTS] = "true" if self.require_agreements.isChecked() else "false"
        try:
            values = keep_images(self.db, values)  # the images into the store, so colleagues' letters carry them
            settings.set_texts(self.db, values, versions=self.versions)  # one transaction for the whole dialog
        except ChangedElsewhere as error:
            self._resolve_stale_save(error)
            return
        except ValidationError as error:
            lines = [
                f"{self.texts[key].accessibleName()}: {text}"
                for key, text in field_error_texts(error.field_errors).items()
            ]
            QMessageBox.warning(self, self.windowTitle(), "\n".join(lines))
            return
        except KnownError as error:  # the database busy or unreachable: said in words, the form kept
            show_error(self, error)
            return
        super().accept()

    def _resolve_stale_save(self, error: ChangedElsewhere) -> None:
        from fms.ui.dialogs.stale_save import OVERWRITE, RELOAD, ask_stale_save

        # The rule is stored as "true" or "false": shown as the check box says it.
        shown = tuple(
            replace(change, theirs=change.theirs == "true", yours=change.yours == "true")
            if change.field == settings.REQUIRE_SIGNED_AGREEMENTS
            else change
            for change in error.changes
        )
        choice = ask_stale_save(self, ChangedElsewhere(shown, error.version, error.who), self.captions)
        if choice == RELOAD:
            self._show(settings.read_settings(self.db, KEYS))
        elif choice == OVERWRITE:
            self.versions = error.version
            self.accept()
