"""Attached files for a team (TEAM item 4): what one manager attaches, a colleague on another machine opens.

Each test runs on both engines: on SQLite the "colleague" opens the same file and its folder;
on PostgreSQL they share only the server, each with their own (here empty) local data folder.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PIL import Image
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from fms.core.enums import DocumentKind
from fms.models import Document, StoredBlob, StoredChunk
from fms.services import settings
from fms.services.file import DocumentFileError, attach_document, clean_attachments, export_copy, verified_file
from fms.services.reports import company
from fms.storage.attachment_store import store_for
from fms.storage.attachments import CHUNK_BYTES
from fms.storage.copy import copy_database
from fms.storage.database import Database
from fms.storage.locations import attachments_dir, data_dir, sqlite_location
from fms.storage.opening import open_database
from tests.conftest import Factory
from tests.stored_bytes import alter_stored, remove_stored


@pytest.fixture
def contract(tmp_path: Path) -> Path:
    path = tmp_path / "contrat.pdf"
    path.write_bytes(b"%PDF-1.4 contract between Hexa and Camille\n")
    return path


@pytest.fixture
def colleague(db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[], Database]]:
    """Called after the first manager's work: a second Database on the same database, as another machine opens it,
    with its own, empty, local data folder from then on."""
    opened: list[Database] = []

    def on_another_machine() -> Database:
        monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "other-machine"))
        opened.append(open_database(db.location).db)
        return opened[-1]

    yield on_another_machine
    for other in opened:
        other.dispose()


def on_server(db: Database) -> bool:
    return db.engine.dialect.name == "postgresql"


def test_a_colleague_opens_verifies_and_exports_the_file_attached_on_another_machine(
    db: Database, make: Factory, contract: Path, colleague: Callable[[], Database], tmp_path: Path
) -> None:
    document = attach_document(db, make.freelancer(), contract, DocumentKind.CONTRACT)
    other = colleague()
    opened = verified_file(other, document.id)
    assert opened.read_bytes() == contract.read_bytes()
    if on_server(db):  # nothing of it came from the first machine's folder
        assert opened.is_relative_to(tmp_path / "other-machine") and opened.is_relative_to(data_dir())
    exported = export_copy(other, document.id, tmp_path / "export.pdf")
    assert exported.read_bytes() == contract.read_bytes()


def test_a_missing_or_altered_stored_file_is_reported_to_the_colleague_and_never_opened(
    db: Database, make: Factory, contract: Path, colleague: Callable[[], Database]
) -> None:
    document = attach_document(db, make.freelancer(), contract, DocumentKind.NDA)
    other = colleague()
    alter_stored(db, document.id, b"%PDF-1.4 something else\n")
    with pytest.raises(DocumentFileError, match="changed after it was attached"):
        verified_file(other, document.id)
    remove_stored(db, document.id)
    with pytest.raises(DocumentFileError, match="is missing from the (attachments folder|team database)"):
        verified_file(other, document.id)
    attach_document(other, make.freelancer(), contract, DocumentKind.NDA)  # as the message says
    assert verified_file(db, document.id).read_bytes() == contract.read_bytes()


def test_the_same_content_is_kept_once_and_a_large_file_in_chunks(db: Database, make: Factory, tmp_path: Path) -> None:
    big = tmp_path / "annexe.pdf"
    big.write_bytes(b"%PDF-1.4 " + bytes(range(256)) * (10 * 1024))  # 2.5 MiB
    first = attach_document(db, make.freelancer(), big, DocumentKind.OTHER)
    second = attach_document(db, make.freelancer(), big, DocumentKind.OTHER)
    with db.reading() as session:
        paths = set(session.scalars(select(Document.stored_path).where(Document.id.in_([first.id, second.id]))))
        blobs = session.scalar(select(func.count()).select_from(StoredBlob))
        chunks = session.execute(select(func.count(), func.max(func.length(StoredChunk.data)))).one()
    assert len(paths) == 1
    if on_server(db):
        assert (blobs, chunks[0], chunks[1]) == (1, 3, CHUNK_BYTES)
    else:  # the folder keeps it; the server's tables stay empty
        assert (blobs, chunks[0]) == (0, 0)
        assert (attachments_dir(db.location) / paths.pop()).is_file()
    assert verified_file(db, second.id).read_bytes() == big.read_bytes()


def test_stored_files_no_row_refers_to_go_once_old_and_the_others_stay(
    db: Database, make: Factory, contract: Path, tmp_path: Path
) -> None:
    kept = attach_document(db, make.freelancer(), contract, DocumentKind.CONTRACT)
    orphan_source = tmp_path / "old.txt"
    orphan_source.write_text("a CV nobody refers to any more")
    orphan = attach_document(db, make.freelancer(), orphan_source, DocumentKind.CV)
    with db.transaction() as session:
        session.delete(session.get(Document, orphan.id))
    with db.reading() as session:
        referenced = set(session.scalars(select(Document.stored_path).where(Document.id == kept.id)))
    store = store_for(db)
    assert store.collect_garbage(referenced).removed == 0  # young: perhaps another window's, not yet recorded
    report = store.collect_garbage(referenced, now=time.time() + 2 * 3600)
    assert report.removed >= 1 and report.freed_bytes >= orphan_source.stat().st_size
    assert verified_file(db, kept.id).read_bytes() == contract.read_bytes()
    if on_server(db):
        with db.reading() as session:
            assert session.scalar(select(func.count()).select_from(StoredBlob)) == 1
            assert session.scalar(select(func.count()).select_from(StoredChunk)) == 1


def test_the_logo_and_signature_chosen_in_the_settings_reach_a_colleagues_letters(
    qtbot: QtBot, db: Database, colleague: Callable[[], Database], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from fms.ui.dialogs.settings_dialog import SettingsDialog

    logo, signature = tmp_path / "logo.png", tmp_path / "signature.png"
    Image.new("RGB", (240, 120), (29, 92, 140)).save(logo)
    Image.new("RGB", (200, 60), (0, 0, 0)).save(signature)
    dialog = SettingsDialog(db)
    qtbot.addWidget(dialog)
    dialog.texts[settings.COMPANY_LOGO].setText(str(logo))
    dialog.texts[settings.SIGNATURE_IMAGE].setText(str(signature))
    dialog.accept()
    expected = logo.read_bytes(), signature.read_bytes()
    logo.unlink()  # the original moved away: the stored copy is what letters use
    signature.unlink()
    other = colleague()
    letterhead, signatory, _place = company(other)
    assert letterhead.logo_path is not None and signatory.signature_path is not None
    assert (letterhead.logo_path.read_bytes(), signatory.signature_path.read_bytes()) == expected
    later = time.time() + 2 * 3600
    monkeypatch.setattr(time, "time", lambda: later)  # past the grace period: only references keep them
    clean_attachments(other)
    monkeypatch.undo()
    letterhead, signatory, _place = company(db)
    assert letterhead.logo_path is not None and letterhead.logo_path.read_bytes() == expected[0]


def test_copy_moves_a_single_users_files_into_the_target_store(
    db: Database,
    make: Factory,
    contract: Path,
    colleague: Callable[[], Database],
    tmp_path: Path,
    migrated_template: Path,
) -> None:
    source_path = tmp_path / "single" / "vivier.db"
    source_path.parent.mkdir()
    source_path.write_bytes(migrated_template.read_bytes())
    source = open_database(sqlite_location(source_path)).db
    logo = tmp_path / "logo.png"
    Image.new("RGB", (40, 20), (9, 9, 9)).save(logo)
    try:
        freelancer_id = Factory(source).freelancer()
        document = attach_document(source, freelancer_id, contract, DocumentKind.CONTRACT)
        from fms.services.reports import keep_images

        settings.set_texts(source, keep_images(source, {settings.COMPANY_LOGO: str(logo)}))
        summary = copy_database(source, db)
    finally:
        source.dispose()
    assert (summary.files, summary.missing_files) == (2, ())
    other = colleague()
    assert verified_file(other, document.id).read_bytes() == contract.read_bytes()
    letterhead, _signatory, _place = company(other)
    assert letterhead.logo_path is not None and letterhead.logo_path.read_bytes() == logo.read_bytes()
    with db.reading() as session:
        blobs = session.scalar(select(func.count()).select_from(StoredBlob))
    assert blobs == (2 if on_server(db) else 0)
