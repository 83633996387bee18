"""The list of backups (File → Restore…) and the confirmation a restore asks for."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fms.core.i18n import QT_TRANSLATE_NOOP
from fms.storage.backups import BEFORE_RESTORE, BEFORE_UPGRADE, DAILY, MANUAL, Backup
from fms.storage.rotation import DEFAULT_RETENTION
from fms.ui.formatting import show_datetime
from fms.ui.i18n import arg
from fms.ui.plurals import plurals
from fms.ui.table_model import Column, RowTableModel

KIND_LABELS = {
    DAILY: QT_TRANSLATE_NOOP("backups", "Automatic"),
    MANUAL: QT_TRANSLATE_NOOP("backups", "By hand"),
    BEFORE_UPGRADE: QT_TRANSLATE_NOOP("backups", "Before an upgrade"),
    BEFORE_RESTORE: QT_TRANSLATE_NOOP("backups", "Before a restore"),
}


def kind_label(kind: str) -> str:
    return QCoreApplication.translate("backups", KIND_LABELS.get(kind, kind))


def show_size(size_bytes: int) -> str:
    return QLocale().formattedDataSize(size_bytes)


def show_count(value: int | None) -> str:
    return "" if value is None else QLocale().toString(value)


COLUMNS: list[Column[Backup]] = [
    Column(QT_TRANSLATE_NOOP("columns", "Date"), lambda b: show_datetime(b.created), lambda b: b.created.timestamp()),
    Column(QT_TRANSLATE_NOOP("columns", "Kind"), lambda b: kind_label(b.kind)),
    Column(QT_TRANSLATE_NOOP("columns", "Size"), lambda b: show_size(b.size_bytes), lambda b: b.size_bytes, True),
    Column(
        QT_TRANSLATE_NOOP("columns", "Freelancers"),
        lambda b: show_count(b.freelancers),
        lambda b: b.freelancers or 0,
        True,
    ),
    Column(
        QT_TRANSLATE_NOOP("columns", "Documents"), lambda b: show_count(b.documents), lambda b: b.documents or 0, True
    ),
    Column(
        QT_TRANSLATE_NOOP("columns", "Attached files"),
        lambda b: show_count(len(b.attachments)),
        lambda b: len(b.attachments),
        True,
    ),
]


class BackupsDialog(QDialog):
    """The backups of the open database, newest first; *Restore…* is `accept()` with a chosen row."""

    def __init__(self, backups: list[Backup], folder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backupsDialog")
        self.setWindowTitle(self.tr("Backups"))
        self.resize(760, 420)
        self.chosen: Backup | None = None
        self.back_up_requested = False
        intro = QLabel(
            arg(
                self.tr(
                    "Backups are kept in %1. An automatic backup is made at start, at most once a day and only "
                    "when something changed; the newest of each of the last %2 days, then of %3 weeks and "
                    "%4 months, are kept. Backups made by hand or before an upgrade or a restore are kept "
                    "until you remove them."
                ),
                folder,
                DEFAULT_RETENTION.daily,
                DEFAULT_RETENTION.weekly,
                DEFAULT_RETENTION.monthly,
            ),
            self,
        )
        intro.setObjectName("backupsIntro")
        intro.setWordWrap(True)
        intro.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.model: RowTableModel[Backup] = RowTableModel(COLUMNS, self)
        self.model.set_rows(backups)
        self.table = QTableView(self)
        self.table.setObjectName("backupsTable")
        self.table.setAccessibleName(self.tr("Backups"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)  # the kind: the one text column
        self.table.doubleClicked.connect(lambda _index: self._restore())
        self.empty = QLabel(self.tr("No backup yet."), self)
        self.empty.setObjectName("noBackups")
        self.empty.setVisible(not backups)
        self.back_up_button = QPushButton(self.tr("&Back up now"), self)
        self.back_up_button.setObjectName("backUpNowButton")
        self.back_up_button.clicked.connect(self._back_up)
        self.restore_button = QPushButton(self.tr("&Restore…"), self)
        self.restore_button.setObjectName("restoreButton")
        self.restore_button.setEnabled(False)
        self.restore_button.clicked.connect(self._restore)
        self.table.selectionModel().selectionChanged.connect(
            lambda *_: self.restore_button.setEnabled(self.table.selectionModel().hasSelection())
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.back_up_button)
        row.addStretch(1)
        row.addWidget(self.restore_button)
        row.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addLayout(row)
        if backups:
            self.table.selectRow(0)

    def select(self, row: int) -> None:
        self.table.selectRow(row)

    def _back_up(self) -> None:
        self.back_up_requested = True
        self.accept()

    def _restore(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        candidate = self.model.row_at(rows[0].row())
        if RestoreConfirmation(candidate, self).exec() == QDialog.DialogCode.Accepted:
            self.chosen = candidate
            self.accept()


class RestoreConfirmation(QDialog):
    """What a restore will do, asked before anything is touched."""

    def __init__(self, backup: Backup, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("restoreConfirmation")
        self.setWindowTitle(self.tr("Restore a backup"))
        counts = []
        if backup.freelancers is not None:
            counts.append(plurals().freelancers(backup.freelancers))
        if backup.documents is not None:
            counts.append(plurals().documents(backup.documents))
        heading = QLabel(
            "<b>" + arg(self.tr("Restore the backup of %1?"), show_datetime(backup.created)) + "</b>", self
        )
        heading.setObjectName("restoreHeading")
        details = QLabel(
            arg(
                self.tr(
                    "It holds %1 (%2, %3).<br><br>The current database is first kept as a backup of its own, "
                    "so this can be undone; then it is replaced by this backup, the attached files it refers to "
                    "are put back, and Vivier opens it again. Changes made since %4 will be only in the backup "
                    "of the current database."
                ),
                ", ".join(counts) or self.tr("an unknown number of records"),
                kind_label(backup.kind),
                show_size(backup.size_bytes),
                show_datetime(backup.created),
            ),
            self,
        )
        details.setObjectName("restoreDetails")
        details.setWordWrap(True)
        buttons = QDialogButtonBox(self)
        self.restore_button = buttons.addButton(self.tr("Restore"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.setObjectName("confirmRestoreButton")
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setDefault(True)  # the safe choice under Enter
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(details)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)
