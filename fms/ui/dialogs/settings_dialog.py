"""Business settings shared by everyone using this database."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from fms.services.database import Database
from fms.services.settings import REQUIRE_SIGNED_AGREEMENTS, get_flag, set_flag


class SettingsDialog(QDialog):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self.db = db
        self.require_agreements = QCheckBox(self.tr("Require a signed contract and NDA before a mission starts"), self)
        self.require_agreements.setObjectName("requireAgreementsCheck")
        self.require_agreements.setChecked(get_flag(db, REQUIRE_SIGNED_AGREEMENTS))
        explanation = QLabel(
            self.tr(
                "When this is on, hiring someone without both documents signed asks whether to start "
                "anyway; drafts are then created and the card shows \u201cto sign\u201d until they are signed."
            ),
            self,
        )
        explanation.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.require_agreements)
        layout.addWidget(explanation)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)

    def accept(self) -> None:
        set_flag(self.db, REQUIRE_SIGNED_AGREEMENTS, self.require_agreements.isChecked())
        super().accept()
