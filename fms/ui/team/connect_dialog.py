"""File → Connect to a team database…: the server's address, a connection test, and no password in settings.

The address (host, port, database, user, TLS mode) is remembered in QSettings; the password never is:
libpq reads `.pgpass`, or the system keyring keeps it, or (no keyring on this computer) it is asked each time.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from fms.core.errors import KnownError
from fms.storage import credentials
from fms.storage.credentials import SSL_MODES, ServerAddress
from fms.ui.i18n import arg, error_text

SETTINGS_GROUP = "teamServer"
_FIELDS = ("host", "port", "database", "user", "sslmode")


def saved_address(settings: QSettings) -> ServerAddress:
    settings.beginGroup(SETTINGS_GROUP)
    try:
        port = settings.value("port", credentials.DEFAULT_PORT)
        return ServerAddress(
            host=str(settings.value("host", "") or ""),
            port=int(str(port)) if str(port).isdigit() else credentials.DEFAULT_PORT,
            database=str(settings.value("database", "vivier") or "vivier"),
            user=str(settings.value("user", "") or ""),
            sslmode=str(settings.value("sslmode", "prefer") or "prefer"),
        )
    finally:
        settings.endGroup()


def save_address(settings: QSettings, address: ServerAddress) -> None:
    settings.beginGroup(SETTINGS_GROUP)
    for name in _FIELDS:  # never the password
        settings.setValue(name, getattr(address, name))
    settings.endGroup()
    settings.sync()


class ConnectDialog(QDialog):
    """Accepted with `address()` complete (password included when one is needed) and the address saved."""

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("connectDialog")
        self.setWindowTitle(self.tr("Connect to a team database"))
        self.settings = settings
        saved = saved_address(settings)
        self.host = self._line("hostEdit", self.tr("Server"), saved.host)
        self.port = QSpinBox(self)
        self.port.setObjectName("portSpin")
        self.port.setAccessibleName(self.tr("Port"))
        self.port.setRange(1, 65535)
        self.port.setValue(saved.port)
        self.database = self._line("databaseEdit", self.tr("Database"), saved.database)
        self.user = self._line("userEdit", self.tr("User"), saved.user)
        self.sslmode = QComboBox(self)
        self.sslmode.setObjectName("sslModeCombo")
        self.sslmode.setAccessibleName(self.tr("Encryption (TLS)"))
        self.sslmode.addItems(SSL_MODES)
        self.sslmode.setCurrentText(saved.sslmode if saved.sslmode in SSL_MODES else "prefer")
        self.password = self._line("passwordEdit", self.tr("Password"), "")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember = QCheckBox(self.tr("Keep the password in the system &keyring"), self)
        self.remember.setObjectName("rememberPasswordCheck")
        self.remember.setAccessibleName(self.remember.text())
        self.remember.setChecked(True)
        self.password_note = QLabel(self)
        self.password_note.setObjectName("passwordNote")
        self.password_note.setWordWrap(True)
        self.result_label = QLabel(self)
        self.result_label.setObjectName("connectionResult")
        self.result_label.setWordWrap(True)
        self.test_button = QPushButton(self.tr("&Test connection"), self)
        self.test_button.setObjectName("testConnectionButton")
        self.test_button.clicked.connect(self.test_connection)
        form = QFormLayout()
        form.addRow(self.tr("&Server:"), self.host)
        form.addRow(self.tr("P&ort:"), self.port)
        form.addRow(self.tr("&Database:"), self.database)
        form.addRow(self.tr("&User:"), self.user)
        form.addRow(self.tr("&Encryption (TLS):"), self.sslmode)
        form.addRow(self.tr("&Password:"), self.password)
        form.addRow("", self.remember)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.connect_button = self.buttons.addButton(self.tr("&Connect"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.connect_button.setObjectName("connectButton")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.password_note)
        layout.addWidget(self.test_button)
        layout.addWidget(self.result_label)
        layout.addWidget(self.buttons)
        for edit in (self.host, self.database, self.user):
            edit.textChanged.connect(self._update_password_source)
        self.port.valueChanged.connect(self._update_password_source)
        self.setMinimumWidth(460)
        self._update_password_source()

    def _line(self, name: str, accessible: str, value: str) -> QLineEdit:
        edit = QLineEdit(value, self)
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        return edit

    def _typed_address(self) -> ServerAddress:
        return ServerAddress(
            host=self.host.text().strip(),
            port=self.port.value(),
            database=self.database.text().strip(),
            user=self.user.text().strip(),
            sslmode=self.sslmode.currentText(),
        )

    def address(self) -> ServerAddress:
        """The typed address with the password to send: the typed one, else the keyring's, else none (.pgpass)."""
        typed = self._typed_address()
        password = self.password.text() or None
        if password is None and not credentials.pgpass_has(typed):
            password = credentials.stored_password(typed)
        return ServerAddress(**{name: getattr(typed, name) for name in _FIELDS}, password=password)

    def _update_password_source(self) -> None:
        typed = self._typed_address()
        keyring = credentials.keyring_available()
        self.remember.setVisible(keyring)
        if credentials.pgpass_has(typed):
            note = self.tr("The password comes from your .pgpass file.")
        elif keyring and credentials.stored_password(typed):
            note = self.tr("The password kept in the system keyring is used; type another one to replace it.")
        elif keyring:
            note = self.tr("Type the password: Vivier keeps it in the system keyring, never in its settings.")
        else:
            note = self.tr(
                "No system keyring is available on this computer: the password is asked at each connection "
                "and never stored."
            )
        self.password_note.setText(note)

    def test_connection(self) -> bool:
        try:
            version = credentials.probe_server(self.address())
        except KnownError as error:
            self.result_label.setText(error_text(error))
            return False
        self.result_label.setText(arg(self.tr("Connected: PostgreSQL %1."), version))
        return True

    def accept(self) -> None:
        address = self.address()
        if not address.host or not address.database:
            self.result_label.setText(self.tr("Fill in the server and the database."))
            return
        save_address(self.settings, address)
        if self.password.text() and self.remember.isChecked() and credentials.keyring_available():
            credentials.store_password(address, self.password.text())
        super().accept()
