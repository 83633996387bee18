"""Backups and restore: whole copies with their attached files, checked, rotated, never half made."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import subprocess
import sys
import textwrap
from contextlib import closing
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from fms.core.enums import DocumentKind
from fms.services.file import attach_document
from fms.storage.backups import (
    DAILY,
    MANIFEST,
    BackupCancelled,
    BackupFailedError,
    automatic_backup_due,
    backups_folder,
    changes_marker,
    create_backup,
    list_backups,
    rotate,
)
from fms.storage.database import Database
from fms.storage.errors import DamagedDatabaseError, NewerSchemaError, UnreachableDatabaseError
from fms.storage.locations import attachments_dir, sqlite_location
from fms.storage.opening import open_database
from fms.storage.restore import latest_good_backup, restore_backup
from fms.storage.revisions import HEAD_REVISION
from tests.conftest import Factory

# Vivier's own backups are copies of a SQLite file; a team's server is backed up with pg_dump.
pytestmark = pytest.mark.sqlite_only


def checksum(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def count(path: Path, table: str) -> int:
    with closing(sqlite3.connect(path)) as connection:
        return connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def entries(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.iterdir()) if folder.exists() else []


@pytest.fixture
def filled(db: Database, make: Factory, tmp_path: Path) -> Database:
    """Two freelancers, two attached files."""
    for number, name in enumerate(("Camille", "Jules")):
        source = tmp_path / f"cv-{name}.txt"
        source.write_text(f"{name}: Python, SQL, {number}\n")
        attach_document(db, make.freelancer(name), source, DocumentKind.OTHER, f"CV {name}")
    return db


def database_file(db: Database) -> Path:
    assert db.location.sqlite_path is not None
    return db.location.sqlite_path


def test_a_backup_holds_the_database_and_the_files_it_refers_to(filled: Database) -> None:
    path = database_file(filled)
    backup = create_backup(path)
    assert [b.folder for b in list_backups(path)] == [backup.folder]
    assert entries(backup.folder) == sorted([MANIFEST, "vivier.db"])
    assert (backup.kind, backup.revision, backup.freelancers, backup.documents) == ("manual", HEAD_REVISION, 2, 2)
    assert count(backup.database, "freelancers") == 2
    store = backups_folder(path) / "attachments"
    assert len(backup.attachments) == 2 and backup.missing_attachments == ()
    for stored_path, sha256 in backup.attachments:
        assert checksum(store / stored_path) == sha256


def test_restore_brings_back_the_database_and_a_lost_attachments_folder(filled: Database, make: Factory) -> None:
    path = database_file(filled)
    backup = create_backup(path)
    make.freelancer("Added", "Later")
    attachments = attachments_dir(filled.location)
    shutil.rmtree(attachments)
    filled.dispose()

    result = restore_backup(path, backup)

    assert count(path, "freelancers") == 2
    assert result.attachments_restored == 2 and result.attachments_unavailable == 0
    for stored_path, sha256 in backup.attachments:
        assert checksum(attachments / stored_path) == sha256
    # The database that was replaced is kept as a backup of its own, with the later freelancer.
    kept = [b for b in list_backups(path) if b.kind == "before-restore"]
    assert [b.database for b in kept] == [result.kept] and count(result.kept, "freelancers") == 3
    reopened = open_database(sqlite_location(path))
    reopened.db.dispose()


def test_an_altered_attachment_is_replaced_by_the_backups_copy(filled: Database) -> None:
    path = database_file(filled)
    backup = create_backup(path)
    stored_path, sha256 = backup.attachments[0]
    altered = attachments_dir(filled.location) / stored_path
    altered.write_text("not what was attached")
    filled.dispose()
    assert restore_backup(path, backup).attachments_restored == 1
    assert checksum(altered) == sha256


def test_restore_refuses_a_damaged_backup_and_changes_nothing(filled: Database) -> None:
    path = database_file(filled)
    backup = create_backup(path)
    data = bytearray(backup.database.read_bytes())
    middle = len(data) // 2 // 4096 * 4096
    data[middle : middle + 8192] = bytes(8192)
    backup.database.write_bytes(bytes(data))
    filled.dispose()
    before = checksum(path)
    with pytest.raises(DamagedDatabaseError, match="backup .* is damaged"):
        restore_backup(path, backup)
    assert checksum(path) == before
    assert [b.kind for b in list_backups(path)] == ["manual"]  # no copy of the current one was needed
    assert latest_good_backup(path) is None


def test_restore_refuses_a_backup_from_a_newer_version(filled: Database) -> None:
    path = database_file(filled)
    backup = create_backup(path)
    with closing(sqlite3.connect(backup.database)) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
        connection.commit()
    filled.dispose()
    before = checksum(path)
    with pytest.raises(NewerSchemaError, match="newer version of Vivier"):
        restore_backup(path, backup)
    assert checksum(path) == before


def test_an_older_backup_is_upgraded_when_opened_after_restore(tmp_path: Path, filled: Database) -> None:
    from fms.storage.engine import make_engine
    from fms.storage.migrate import upgrade

    old = tmp_path / "old" / "vivier.db"
    engine = make_engine(sqlite_location(old))
    upgrade(engine, "0001_initial")
    engine.dispose()
    backup = create_backup(old)
    assert backup.revision == "0001_initial"
    path = database_file(filled)
    filled.dispose()
    restore_backup(path, backup)
    reopened = open_database(sqlite_location(path))
    reopened.db.dispose()
    with closing(sqlite3.connect(path)) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == (HEAD_REVISION,)


def test_restore_waits_for_the_other_windows_to_close(filled: Database) -> None:
    path = database_file(filled)
    backup = create_backup(path)
    with filled.reading() as session:  # this window keeps a connection open, like another one would
        session.connection()
        with pytest.raises(UnreachableDatabaseError, match="Another Vivier window"):
            restore_backup(path, backup)


def test_a_failed_backup_keeps_nothing_and_the_changes_stay_marked(filled: Database) -> None:
    path = database_file(filled)
    assert changes_marker(path).exists()
    calls = []

    def disk_full_midway(stage: str, done: int, total: int) -> None:
        calls.append(stage)
        if len(calls) == 2:
            raise OSError(28, "No space left on device")

    with pytest.raises(BackupFailedError, match="No space left on device"):
        create_backup(path, progress=disk_full_midway, pages=8)
    assert entries(backups_folder(path)) == [changes_marker(path).name]
    with pytest.raises(BackupCancelled):
        create_backup(path, progress=lambda *_: (_ for _ in ()).throw(BackupCancelled()))
    assert entries(backups_folder(path)) == [changes_marker(path).name]


def test_a_full_disk_leaves_no_partial_backup(filled: Database, make: Factory) -> None:
    """A child process may not write files over 64 KB (as on a full disk): the copy fails midway."""
    for number in range(300):
        make.freelancer(f"Person{number}")
    path = database_file(filled)
    filled.dispose()
    script = textwrap.dedent(
        f"""
        import resource, signal, sys
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (64 * 1024, 64 * 1024))
        from pathlib import Path
        from fms.storage.backups import BackupFailedError, create_backup
        try:
            create_backup(Path({str(path)!r}))
        except BackupFailedError as error:
            print(error.message)
            sys.exit(3)
        """
    )
    assert path.stat().st_size > 64 * 1024
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert result.returncode == 3, result.stderr
    assert "Nothing of it was kept" in result.stdout
    assert entries(backups_folder(path)) == [changes_marker(path).name]


def test_automatic_backups_come_once_a_day_and_only_after_a_change(filled: Database, make: Factory) -> None:
    path = database_file(filled)
    today = datetime.now().astimezone()
    assert automatic_backup_due(path, today)  # data, and no backup yet
    create_backup(path, DAILY, now=today - timedelta(days=1))
    assert not changes_marker(path).exists()
    assert not automatic_backup_due(path, today)  # nothing changed since
    make.freelancer("Changed")
    assert changes_marker(path).exists() and automatic_backup_due(path, today)
    create_backup(path, DAILY, now=today)
    make.freelancer("Changed again")
    assert not automatic_backup_due(path, today)  # at most one a day
    assert automatic_backup_due(path, today + timedelta(days=1))


def test_a_change_made_by_another_program_is_noticed(filled: Database) -> None:
    path = database_file(filled)
    create_backup(path, DAILY, now=datetime.now().astimezone() - timedelta(days=1))
    filled.dispose()
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("DELETE FROM documents WHERE id = (SELECT max(id) FROM documents)")
        connection.commit()
    assert not changes_marker(path).exists()
    assert automatic_backup_due(path)


def test_reading_marks_nothing(filled: Database) -> None:
    path = database_file(filled)
    create_backup(path)
    with filled.transaction() as session:
        session.connection().exec_driver_sql("SELECT count(*) FROM freelancers")
    assert not changes_marker(path).exists()


def test_rotation_removes_old_daily_backups_and_the_files_only_they_needed(filled: Database) -> None:
    path = database_file(filled)
    start = datetime(2026, 2, 1, 9).astimezone()  # a Sunday; the last backup is on Friday 20 February
    for day in range(20):
        create_backup(path, DAILY, now=start + timedelta(days=day))
    manual = create_backup(path, now=start - timedelta(days=400))
    store = backups_folder(path) / "attachments"
    orphan = store / "ab" / ("ab" + "0" * 62 + ".txt")
    orphan.parent.mkdir(parents=True, exist_ok=True)
    orphan.write_text("no backup lists me")
    removed = rotate(path)
    left = list_backups(path)
    assert len(removed) == 20 - 7 - 2  # 7 days (14-20 Feb), then the newest of two earlier weeks (8 Feb, 1 Feb)
    assert manual.folder in [b.folder for b in left]  # asked for by hand: kept
    assert len([b for b in left if b.kind == DAILY]) == 9
    assert not orphan.exists()
    for stored_path, _sha in manual.attachments:
        assert (store / stored_path).is_file()


def test_the_latest_good_backup_skips_a_damaged_one(filled: Database) -> None:
    path = database_file(filled)
    good = create_backup(path, now=datetime.now().astimezone() - timedelta(hours=2))
    bad = create_backup(path)
    bad.database.write_bytes(bad.database.read_bytes()[:8192])
    found = latest_good_backup(path)
    assert found is not None and found.folder == good.folder


def test_a_backup_carries_the_letterhead_images_the_settings_keep(filled: Database, tmp_path: Path) -> None:
    from PIL import Image

    from fms.services import settings
    from fms.services.reports import company, keep_images

    logo = tmp_path / "logo.png"
    Image.new("RGB", (60, 30), (29, 92, 140)).save(logo)
    settings.set_texts(filled, keep_images(filled, {settings.COMPANY_LOGO: str(logo)}))
    path = database_file(filled)
    backup = create_backup(path)
    assert len(backup.attachments) == 3 and backup.missing_attachments == ()
    shutil.rmtree(attachments_dir(filled.location))
    filled.dispose()
    assert restore_backup(path, backup).attachments_restored == 3
    reopened = open_database(sqlite_location(path)).db
    try:
        letterhead, _signatory, _place = company(reopened)
        assert letterhead.logo_path is not None and letterhead.logo_path.read_bytes() == logo.read_bytes()
    finally:
        reopened.dispose()
