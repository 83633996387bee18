"""Killed at any moment, a writer loses nothing it reported and leaves a sound database.

A child process creates clients through the services (one transaction each: the client and its
history line) and reports every committed id; it is killed with SIGKILL at a random moment,
then the file is checked: integrity, foreign keys, and every reported commit whole.
"""

from __future__ import annotations

import multiprocessing
import random
import sqlite3
import time
from contextlib import closing
from pathlib import Path

from tests import kill_writer

CYCLES = 24
SEED = 20_260_111


def test_no_reported_commit_is_lost_and_the_file_stays_sound_after_sigkill(
    tmp_path: Path, migrated_template: Path
) -> None:
    path = tmp_path / "vivier.db"
    path.write_bytes(migrated_template.read_bytes())
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["tests.kill_writer"])  # imported once, then each child is a fork
    chance = random.Random(SEED)
    reported: set[int] = set()
    killed_after: list[int] = []
    for cycle in range(CYCLES):
        reader, writer = context.Pipe(duplex=False)
        child = context.Process(target=kill_writer.write_clients, args=(str(path), cycle, writer))
        child.start()
        writer.close()
        assert reader.poll(60) and reader.recv_bytes() == b"ready"
        if cycle % 2:
            # Every other cycle once a commit is in: on a loaded machine the random moment alone can
            # fall before the first commit every time, and the test would then prove nothing.
            assert reader.poll(60)
        time.sleep(chance.uniform(0, 0.25))  # a random moment: between, inside or at the end of a commit
        child.kill()
        child.join()
        assert child.exitcode == -9
        count = 0
        while True:
            try:
                reported.add(int(reader.recv_bytes()))
            except EOFError:
                break
            count += 1
        reader.close()
        killed_after.append(count)
        with closing(sqlite3.connect(path)) as connection:
            assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
            assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
            clients = {row[0] for row in connection.execute("SELECT id FROM clients")}
            logged = {
                row[0]
                for row in connection.execute(
                    "SELECT entity_id FROM activity_log WHERE entity_type = 'client' AND action = 'created'"
                )
            }
        assert reported <= clients, f"cycle {cycle}: reported commits missing: {sorted(reported - clients)[:5]}"
        assert clients == logged  # every client with its history line: no half-done action
    print(f"{CYCLES} kills, {len(reported)} reported commits, per cycle {killed_after}")
    assert sum(killed_after) > 0
