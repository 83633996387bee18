"""Attachments a user can trust: repaired by attaching again, cleaned up, only regular files under a
limit, odd names made safe, and large files copied and read off the UI thread."""

from __future__ import annotations

import errno
import os
import threading
import time
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog
from pytestqt.qtbot import QtBot

from fms.core.enums import DocumentKind
from fms.core.errors import KnownError
from fms.services import settings
from fms.services.file import (
    DocumentFileError,
    attach_document,
    clean_attachments,
    list_documents,
    verified_file,
)
from fms.storage.database import Database
from fms.storage.errors import DiskFullError, ReadOnlyStorageError
from fms.storage.locations import attachments_dir
from fms.values.file_names import display_name, export_name
from tests.conftest import Factory
from tests.stored_bytes import alter_stored


@pytest.fixture
def contract(tmp_path: Path) -> Path:
    path = tmp_path / "contract.pdf"
    path.write_bytes(b"%PDF-1.4 contract between Hexa and Camille\n")
    return path


def stored_files(db: Database) -> list[str]:
    folder = attachments_dir(db.location)
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file())


def test_attaching_the_right_version_again_repairs_an_altered_file(db: Database, make: Factory, contract: Path) -> None:
    document = attach_document(db, make.freelancer(), contract, DocumentKind.CONTRACT)
    alter_stored(db, document.id, b"%PDF-1.4 altered by hand\n")
    with pytest.raises(DocumentFileError, match="attach the right version again"):
        verified_file(db, document.id)
    attach_document(db, make.freelancer(), contract, DocumentKind.CONTRACT)  # as the message says
    assert verified_file(db, document.id).read_bytes() == contract.read_bytes()


@pytest.mark.sqlite_only  # the attachments folder beside a file; on a server it is shared (TEAM item 4)
def test_files_no_row_refers_to_and_leftovers_are_removed_once_old(
    db: Database, make: Factory, contract: Path, tmp_path: Path
) -> None:
    kept = attach_document(db, make.freelancer(), contract, DocumentKind.CONTRACT)
    orphan_source = tmp_path / "old.txt"
    orphan_source.write_text("a CV nobody refers to any more")
    orphan = attach_document(db, make.freelancer(), orphan_source, DocumentKind.CV)
    orphan_path = verified_file(db, orphan.id)
    with db.transaction() as session:  # the document goes (a person erased, a merge)
        from fms.models import Document

        session.delete(session.get(Document, orphan.id))
    folder = attachments_dir(db.location)
    leftover = folder / "tmpab12cd.part"  # a copy stopped by a crash
    leftover.write_bytes(b"half a file")
    young = folder / "ff" / "young.pdf"  # just stored by another window, its row not yet written
    young.parent.mkdir()
    young.write_bytes(b"new")
    an_hour_ago = time.time() - 2 * 3600
    for path in (orphan_path, leftover, verified_file(db, kept.id)):
        os.utime(path, (an_hour_ago, an_hour_ago))
    freed = orphan_path.stat().st_size + leftover.stat().st_size
    report = clean_attachments(db)
    assert (report.removed, report.freed_bytes) == (2, freed)
    assert stored_files(db) == sorted([verified_file(db, kept.id).relative_to(folder).as_posix(), "ff/young.pdf"])


def test_a_named_pipe_is_refused_at_once_instead_of_hanging(db: Database, make: Factory, tmp_path: Path) -> None:
    pipe = tmp_path / "cv.pdf"
    os.mkfifo(pipe)
    freelancer_id = make.freelancer()
    outcome: list[BaseException | None] = []

    def attach() -> None:
        try:
            attach_document(db, freelancer_id, pipe, DocumentKind.CV)
            outcome.append(None)
        except BaseException as error:  # noqa: BLE001 - inspected below
            outcome.append(error)

    worker = threading.Thread(target=attach, daemon=True)
    worker.start()
    worker.join(timeout=10)
    if worker.is_alive():  # it waits for a writer: give it one so the thread ends, then fail
        os.close(os.open(pipe, os.O_WRONLY | os.O_NONBLOCK))
        worker.join()
        pytest.fail("attaching a named pipe hung")
    assert isinstance(outcome[0], KnownError) and "is not a regular file" in outcome[0].message
    assert list_documents(db, freelancer_id) == []


def test_a_device_is_refused_not_read_until_memory_runs_out(db: Database, make: Factory) -> None:
    with pytest.raises(KnownError, match="zero is not a regular file"):
        attach_document(db, make.freelancer(), Path("/dev/zero"), DocumentKind.OTHER)


def test_the_size_limit_is_a_business_setting(db: Database, make: Factory, tmp_path: Path) -> None:
    big = tmp_path / "annex.pdf"
    big.write_bytes(b"%PDF-1.4 " + b"x" * (3 * 1024 * 1024))
    freelancer_id = make.freelancer()
    assert attach_document(db, freelancer_id, big, DocumentKind.OTHER).size_bytes == big.stat().st_size  # 50 MB
    settings.set_texts(db, {settings.MAX_ATTACHMENT_MB: "2"})
    with pytest.raises(KnownError, match="annex.pdf is larger than the 2 MB allowed"):
        attach_document(db, freelancer_id, big, DocumentKind.OTHER)
    assert len(list_documents(db, freelancer_id)) == 1


@pytest.mark.sqlite_only  # the attachments folder beside a file; on a server it is shared (TEAM item 4)
def test_a_full_or_read_only_attachments_disk_is_a_message_and_leaves_nothing(
    db: Database, make: Factory, contract: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import fms.storage.attachments as store

    freelancer_id = make.freelancer()
    real_write = os.write
    for number, kind in ((errno.ENOSPC, DiskFullError), (errno.EROFS, ReadOnlyStorageError)):
        monkeypatch.setattr(store.os, "write", lambda fd, data, n=number: (_ for _ in ()).throw(OSError(n, "no")))
        with pytest.raises(kind) as refused:
            attach_document(db, freelancer_id, contract, DocumentKind.CONTRACT)
        assert str(attachments_dir(db.location)) in refused.value.message
        monkeypatch.setattr(store.os, "write", real_write)
        assert list_documents(db, freelancer_id) == [] and stored_files(db) == []  # no .part left
    attach_document(db, freelancer_id, contract, DocumentKind.CONTRACT)  # space is back
    assert len(list_documents(db, freelancer_id)) == 1


@pytest.mark.parametrize(
    ("name", "shown", "exported"),
    [
        ("cv\udcff\udcfe.txt", "cv\ufffd\ufffd.txt", "cv\ufffd\ufffd.txt"),  # bytes that are not UTF-8
        ("contrat\nsigné.pdf", "contrat signé.pdf", "contrat signé.pdf"),
        ("nda\x00.pdf", "nda .pdf", "nda .pdf"),
        ("../../.bashrc", ".bashrc", "_bashrc"),
        ("invoice\u202efdp.exe", "invoicefdp.exe", "invoicefdp.exe"),  # would read "invoiceexe.pdf"
        ('nda: "v2"?.pdf', 'nda: "v2"?.pdf', "nda_ _v2__.pdf"),
        ("CON.txt", "CON.txt", "CON_.txt"),
    ],
    ids=["not-utf8", "newline", "nul", "dotdot", "rtl-override", "windows-characters", "windows-reserved"],
)
def test_odd_file_names_are_safe_to_show_and_to_export(name: str, shown: str, exported: str) -> None:
    assert display_name(name) == shown
    assert export_name(name) == exported


def test_a_file_whose_name_is_not_utf8_or_has_a_newline_is_attached_under_a_safe_name(
    db: Database, make: Factory, tmp_path: Path
) -> None:
    raw = os.fsencode(tmp_path) + b"/cv \xff\xfe\n\xe2\x80\xae.txt"  # invalid bytes, a newline, an RTL override
    with open(raw, "wb") as handle:
        handle.write(b"Python developer")
    freelancer_id = make.freelancer()
    document = attach_document(db, freelancer_id, Path(os.fsdecode(raw)), DocumentKind.CV)
    assert (document.original_name, document.title) == ("cv \ufffd\ufffd .txt", "cv \ufffd\ufffd")
    assert verified_file(db, document.id).read_bytes() == b"Python developer"


def open_documents(qtbot: QtBot, db: Database, freelancer_id: int):  # type: ignore[no-untyped-def]
    from fms.ui.file.freelancer_file import FreelancerFileDialog

    dialog = FreelancerFileDialog(db, freelancer_id)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


@pytest.fixture
def discard_on_close(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Discard)


def test_a_large_file_is_copied_and_read_in_a_worker_with_a_progress_dialog(
    qtbot: QtBot, db: Database, make: Factory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, discard_on_close: None
) -> None:
    import fms.services.file.attaching as attaching

    cv = tmp_path / "cv.txt"
    cv.write_bytes(b"Senior Python developer. " * 200_000)  # 5 MB
    threads: list[threading.Thread] = []
    real_extract = attaching.extract_text
    monkeypatch.setattr(
        attaching,
        "extract_text",
        lambda data, suffix: threads.append(threading.current_thread()) or real_extract(data, suffix),
    )
    dialog = open_documents(qtbot, db, make.freelancer())
    documents = dialog.documents
    seen: list[bool] = []
    original_show = QProgressDialog.show
    monkeypatch.setattr(
        QProgressDialog, "show", lambda self: seen.append(self.objectName() == "attachProgress") or original_show(self)
    )
    row = documents.attach(str(cv), DocumentKind.CV)
    assert row is not None and documents.model.rowCount() == 1
    assert seen == [True]
    assert threads and threads[0] is not threading.main_thread()
    assert documents.findChild(QProgressDialog) is None or not documents.findChild(QProgressDialog).isVisible()


@pytest.mark.sqlite_only  # the attachments folder beside a file; on a server it is shared (TEAM item 4)
def test_cancelling_the_progress_dialog_keeps_nothing(
    qtbot: QtBot, db: Database, make: Factory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, discard_on_close: None
) -> None:
    import fms.storage.attachments as attaching  # what both stores copy with

    big = tmp_path / "scan.pdf"
    big.write_bytes(b"%PDF-1.4 " + b"\0" * (6 * 1024 * 1024))
    real_store = attaching.store_file

    def store_then_wait(folder, source, limit, progress, cancelled):  # type: ignore[no-untyped-def]
        def progress_until_cancelled(done: int, total: int) -> None:
            progress(done, total)
            deadline = time.monotonic() + 10
            while not cancelled() and time.monotonic() < deadline:  # the user is looking at the dialog
                time.sleep(0.01)

        return real_store(folder, source, limit, progress_until_cancelled, cancelled)

    monkeypatch.setattr(attaching, "store_file", store_then_wait)
    dialog = open_documents(qtbot, db, make.freelancer())
    documents = dialog.documents
    original_show = QProgressDialog.show

    def show_then_cancel(progress_dialog: QProgressDialog) -> None:
        original_show(progress_dialog)
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QPushButton

        cancel = progress_dialog.findChild(QPushButton)
        QTimer.singleShot(50, progress_dialog, cancel.click)  # the user clicks Cancel

    monkeypatch.setattr(QProgressDialog, "show", show_then_cancel)
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warnings.append(args[2]))
    assert documents.attach(str(big), DocumentKind.OTHER) is None
    assert warnings == [] and documents.model.rowCount() == 0
    assert stored_files(db) == []  # neither the file nor a .part


def test_export_proposes_a_safe_name(
    qtbot: QtBot, db: Database, make: Factory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, discard_on_close: None
) -> None:
    from fms.services.file.documents import record_generated

    freelancer_id = make.freelancer()
    record_generated(db, freelancer_id, DocumentKind.OTHER, "Letter", "../letter\u202eFDP.exe", b"%PDF-1.4 x\n")
    dialog = open_documents(qtbot, db, freelancer_id)
    documents = dialog.documents
    documents.table.selectRow(0)
    proposed: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda parent, title, name: proposed.append(name) or ("", ""))
    documents.export_selected()
    assert proposed == ["letterFDP.exe"]
    assert documents.model.row_at(0).original_name == "letterFDP.exe"


def test_each_start_removes_old_unreferenced_files(
    qapp,
    tmp_path: Path,
    migrated_template: Path,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    import logging
    import sys

    from fms.storage.locations import sqlite_location
    from fms.ui import app as app_module

    path = tmp_path / "vivier.db"
    path.write_bytes(migrated_template.read_bytes())
    stray = attachments_dir(sqlite_location(path)) / "ab" / ("ab" * 32 + ".pdf")
    stray.parent.mkdir(parents=True)
    stray.write_bytes(b"%PDF-1.4 a file from a document deleted long ago\n")
    os.utime(stray, (time.time() - 86400, time.time() - 86400))
    monkeypatch.setenv(app_module.STARTUP_PROBE_VARIABLE, "1")
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(
        app_module,
        "app_settings",
        lambda: app_module.QSettings(str(tmp_path / "s.ini"), app_module.QSettings.Format.IniFormat),
    )
    root = logging.getLogger()
    before = list(root.handlers)
    try:
        assert app_module.main(["--db", str(path)]) == 0
    finally:
        for handler in [h for h in root.handlers if h not in before]:
            root.removeHandler(handler)
            handler.close()
    assert not stray.exists()
