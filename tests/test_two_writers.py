"""Two Vivier processes writing to one SQLite file: every transaction waits its turn, none fails.

Each child process does what a user's clicks do (create a client, create a freelancer, edit that
freelancer's profile), each a service call with its own transaction, in a loop until a shared
deadline, and reports what it committed and what failed. A write transaction that began deferred
and read first used to fail at once with "database is locked" whatever the busy timeout.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
import time

import pytest

from fms.storage.database import Database

# About SQLite's file locks and data_version: a server has its own (row locks, LISTEN/NOTIFY).
pytestmark = pytest.mark.sqlite_only

SECONDS = 10.0

_WRITER = textwrap.dedent(
    """
    import json, sys, time
    from collections import Counter
    from fms.services.crm.clients import ClientInput, create_client
    from fms.services.file import ProfileInput, save_profile
    from fms.storage.locations import sqlite_location
    from fms.storage.opening import open_database

    path, tag, start, deadline = sys.argv[1], sys.argv[2], float(sys.argv[3]), float(sys.argv[4])
    db = open_database(sqlite_location(__import__("pathlib").Path(path))).db
    clients, freelancers, edits, failures = [], [], 0, Counter()
    time.sleep(max(0.0, start - time.time()))
    number, slowest = 0, 0.0
    while time.time() < deadline:
        number += 1
        began = time.perf_counter()
        try:  # one round: three user actions, three transactions
            clients.append(create_client(db, ClientInput(name=f"{tag} client {number}")).id)
            person = save_profile(db, None, ProfileInput(first_name=tag, last_name=f"Person {number}"))
            freelancers.append(person.id)
            save_profile(db, person.id, ProfileInput(first_name=tag, last_name=f"Person {number}", phone="0612345678"))
            edits += 1
            slowest = max(slowest, time.perf_counter() - began)
        except Exception as error:  # counted, not raised: the parent judges
            failures[f"{type(error).__name__}: {error}"[:160]] += 1
    db.dispose()
    print(json.dumps({"rounds": number, "clients": clients, "freelancers": freelancers, "edits": edits,
                      "slowest": slowest, "failures": failures}))
    """
)


def test_two_processes_writing_for_ten_seconds_lose_no_transaction(db: Database) -> None:
    path = str(db.location.sqlite_path)
    start = time.time() + 3.0  # both children have imported everything by then
    deadline = start + SECONDS
    children = [
        subprocess.Popen(
            [sys.executable, "-c", _WRITER, path, tag, str(start), str(deadline)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for tag in ("left", "right")
    ]
    reports = []
    for child in children:
        out, err = child.communicate(timeout=SECONDS + 60)
        assert child.returncode == 0, err[-800:]
        reports.append(json.loads(out))
    failures = {message: n for report in reports for message, n in report["failures"].items()}
    rounds = sum(report["rounds"] for report in reports)
    slowest = max(report["slowest"] for report in reports)
    print(
        f"two writers, {SECONDS:.0f} s: {rounds} rounds of 3 writes, {sum(failures.values())} failed, "
        f"slowest round {slowest * 1000:.0f} ms"
    )
    assert failures == {}
    assert all(report["edits"] > 20 for report in reports), [report["edits"] for report in reports]
    # Every commit a child reported is in the file, and nothing else.
    from fms.services.crm.clients import list_clients
    from fms.services.file import get_file

    reported_clients = sorted(client for report in reports for client in report["clients"])
    assert sorted(client.id for client in list_clients(db)) == reported_clients
    for report in reports:
        for freelancer_id in report["freelancers"][-5:]:
            assert get_file(db, freelancer_id).profile.phone == "0612345678"
