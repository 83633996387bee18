"""Damage found at open: every damaged copy is refused, left byte for byte as it was."""

from __future__ import annotations

import hashlib
import os
import random
import sqlite3
import struct
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

import pytest

from fms.sampledata.generator import fill_demo
from fms.storage.errors import DamagedDatabaseError
from fms.storage.locations import sqlite_location
from fms.storage.opening import open_database


@pytest.fixture(scope="module")
def sample_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database with enough rows that its tables and indexes span many pages."""
    path = tmp_path_factory.mktemp("sample") / "sample.db"
    opened = open_database(sqlite_location(path))
    fill_demo(opened.db, freelancers=160, with_files=False)
    opened.db.dispose()  # the last connection checkpoints: everything is in the main file
    assert not path.with_name(path.name + "-wal").exists()
    return path


def page_size(data: bytes) -> int:
    return struct.unpack(">H", data[16:18])[0]


def root_page(path: Path, name: str) -> int:
    with closing(sqlite3.connect(f"{path.as_uri()}?mode=ro&immutable=1", uri=True)) as connection:
        return connection.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (name,)).fetchone()[0]


def truncate_to_half(data: bytearray, sample: Path) -> None:
    del data[len(data) // 2 :]


def truncate_last_page(data: bytearray, sample: Path) -> None:
    del data[len(data) - page_size(data) :]


def truncate_mid_page(data: bytearray, sample: Path) -> None:
    del data[len(data) - 1000 :]


def overwrite_middle_pages(data: bytearray, sample: Path) -> None:
    size = page_size(data)
    start = (len(data) // size // 2) * size
    data[start : start + 3 * size] = random.Random(11).randbytes(3 * size)


def zero_middle_pages(data: bytearray, sample: Path) -> None:
    size = page_size(data)
    start = (len(data) // size // 2) * size
    data[start : start + 3 * size] = bytes(3 * size)


def bad_page_type(data: bytearray, sample: Path) -> None:
    start = (root_page(sample, "freelancers") - 1) * page_size(data)
    data[start] = 0x07  # not one of the four b-tree page types


def bad_cell_count(data: bytearray, sample: Path) -> None:
    start = (root_page(sample, "applications") - 1) * page_size(data)
    data[start + 3 : start + 5] = b"\xff\xff"


def flip_index_bytes(index: str) -> Callable[[bytearray, Path], None]:
    def flip(data: bytearray, sample: Path) -> None:
        size = page_size(data)
        start = (root_page(sample, index) - 1) * size
        for offset in range(size - 40, size - 20):  # inside the cells, at the end of the page
            data[start + offset] ^= 0xFF

    return flip


DAMAGES = {
    "truncated-to-half": truncate_to_half,
    "truncated-last-page": truncate_last_page,
    "truncated-mid-page": truncate_mid_page,
    "middle-pages-overwritten": overwrite_middle_pages,
    "middle-pages-zeroed": zero_middle_pages,
    "btree-page-type": bad_page_type,
    "btree-cell-count": bad_cell_count,
    "index-freelancer-name": flip_index_bytes("ix_freelancers_name"),
    "index-activity-entity": flip_index_bytes("ix_activity_log_entity"),
    "index-applications-board": flip_index_bytes("ix_applications_board"),
}


@pytest.mark.parametrize("damage", list(DAMAGES), ids=list(DAMAGES))
def test_a_damaged_copy_is_refused_and_left_untouched(sample_file: Path, tmp_path: Path, damage: str) -> None:
    data = bytearray(sample_file.read_bytes())
    DAMAGES[damage](data, sample_file)
    path = tmp_path / "vivier.db"
    path.write_bytes(bytes(data))
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    with pytest.raises(DamagedDatabaseError) as refused:
        opened = open_database(sqlite_location(path))
        opened.db.dispose()
    assert "damaged" in refused.value.message
    assert str(path) in refused.value.message
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    assert sorted(os.listdir(tmp_path)) == ["vivier.db"]  # no -wal, -shm or copy left beside it


def test_an_intact_copy_opens(sample_file: Path, tmp_path: Path) -> None:
    path = tmp_path / "vivier.db"
    path.write_bytes(sample_file.read_bytes())
    opened = open_database(sqlite_location(path))
    opened.db.dispose()
