"""Help → About Vivier: the version, the data folder, the last backup, and the licences."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from fms.core.licences import licence_texts
from fms.core.version import app_version
from fms.ui.i18n import arg
from fms.ui.icons import app_icon


class AboutDialog(QDialog):
    """Two tabs: About (what, which version, where the data is, the last backup) and Licences."""

    def __init__(self, data_folder: str, database: str, last_backup: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About Vivier"))
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("aboutTabs")
        self.summary = QLabel(self)
        self.summary.setObjectName("aboutSummary")
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary.setWordWrap(True)
        self.summary.setText(
            arg(
                self.tr(
                    "<h2>Vivier %1</h2><p>A freelance management system: the pipeline, the freelancer's file, "
                    "offboarding and the talent pool.</p><p>Data folder: %2<br>Database: %3<br>%4</p>"
                ),
                escape(app_version()),
                escape(data_folder),
                escape(database),
                escape(last_backup),
            )
        )
        logo = QLabel(self)
        logo.setPixmap(app_icon().pixmap(64, 64))
        about_page = QWidget(self)
        about_layout = QVBoxLayout(about_page)
        about_layout.addWidget(logo)
        about_layout.addWidget(self.summary, 1)
        self.tabs.addTab(about_page, self.tr("&About"))
        licences_page = QTabWidget(self)
        licences_page.setObjectName("licenceTabs")
        for licence in licence_texts():
            text = QPlainTextEdit(licence.text, self)
            text.setObjectName(f"licence_{licence.title}")
            text.setReadOnly(True)
            text.setAccessibleName(licence.title)
            licences_page.addTab(text, licence.title)
        self.licences = licences_page
        self.tabs.addTab(licences_page, self.tr("&Licences"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        self.resize(640, 480)
