"""The child of the SIGKILL test: writes clients through the services and reports each commit.

Kept apart from the test module so the fork server preloads only this (and what it imports),
not pytest-qt: each child then starts in milliseconds.
"""

from __future__ import annotations

from multiprocessing.connection import Connection
from pathlib import Path

from fms.services.crm.clients import ClientInput, create_client
from fms.storage.locations import sqlite_location
from fms.storage.opening import open_database


def write_clients(path: str, cycle: int, report: Connection) -> None:
    """Creates clients until killed; each id is sent only once its transaction is committed."""
    db = open_database(sqlite_location(Path(path))).db
    report.send_bytes(b"ready")
    number = 0
    while True:
        number += 1
        row = create_client(db, ClientInput(name=f"Client {cycle}-{number}", notes="written before a kill " * 20))
        report.send_bytes(str(row.id).encode())  # one write(2) under PIPE_BUF: never half sent
