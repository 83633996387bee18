"""Pipeline board speed on 10,000 applications, against the bare SQL for the same rows.

Measured in one process, offscreen, median of several runs:
- open: the board loads every card of every mission and paints, vs the same query in sqlite3;
- filter: a text filter over the loaded cards, vs a LIKE query in sqlite3;
- move: a card dragged to the next stage (service, history, redraw), vs a bare UPDATE;
and the process's peak memory.

    python bench/board.py [--freelancers 20000] [--applications 10000] [--runs 5]
"""

from __future__ import annotations

import argparse
import os
import resource
import sqlite3
import statistics
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtWidgets import QApplication  # noqa: E402
from sqlalchemy.dialects import sqlite  # noqa: E402
from timing import median_ms  # noqa: E402 - bench/ is the script's own folder

from fms.core.enums import Stage  # noqa: E402
from fms.sampledata.generator import fill_demo  # noqa: E402
from fms.services.pipeline.cards import _card_query  # noqa: E402
from fms.storage.locations import sqlite_location  # noqa: E402
from fms.storage.opening import open_database  # noqa: E402
from fms.ui.board.board_widget import PipelineBoard  # noqa: E402
from fms.ui.context import AppContext  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--freelancers", type=int, default=20_000)
    parser.add_argument("--applications", type=int, default=None, help="about N (default: half the freelancers)")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    app = QApplication([])
    with tempfile.TemporaryDirectory(prefix="vivier-board-") as folder:
        path = Path(folder) / "board.db"
        opened = open_database(sqlite_location(path))
        db = opened.db
        summary = fill_demo(db, freelancers=args.freelancers, with_files=False, applications=args.applications)
        print(
            f"{summary.applications:,} applications, {summary.freelancers:,} freelancers, {summary.missions:,} missions"
        )
        bare = sqlite3.connect(path)
        card_sql = str(_card_query().compile(dialect=sqlite.dialect(), compile_kwargs={"literal_binds": True}))
        rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss

        context = AppContext()
        context.set_database(db)
        board = PipelineBoard(context)
        board.resize(1600, 900)
        board.show()
        board.reload()
        app.processEvents()

        def open_board() -> None:
            board.reload_cards()
            app.processEvents()

        bare_open = median_ms(lambda: bare.execute(card_sql).fetchall(), args.runs)
        board_open = median_ms(open_board, args.runs)
        tracemalloc.start()
        open_board()
        board_memory = tracemalloc.get_traced_memory()[1] / 2**20
        tracemalloc.stop()
        cards = sum(model.rowCount() for model in board.models.values())

        needle = "camille"
        like = (
            "SELECT applications.id FROM applications"
            " JOIN freelancers ON freelancers.id = applications.freelancer_id"
            " WHERE applications.archived_at IS NULL"
            f" AND (lower(freelancers.first_name || ' ' || freelancers.last_name) LIKE '%{needle}%'"
            f" OR lower(freelancers.headline) LIKE '%{needle}%')"
        )
        bare_filter = median_ms(lambda: bare.execute(like).fetchall(), args.runs)

        def filter_board() -> None:
            board.text_filter.setText(needle)
            board.apply_filters()  # what the pause after typing runs (typing itself is debounced)
            app.processEvents()

        board_filter = median_ms(
            filter_board, args.runs, setup=lambda: (board.text_filter.clear(), app.processEvents())
        )
        shown = sum(proxy.rowCount() for proxy in board.proxies.values())
        board.text_filter.clear()

        movable = [card.id for card in board.models[Stage.SOURCED].cards][: args.runs + 1]
        moves = iter(movable)
        bare_ids = iter(movable)

        paints: list[float] = []

        def move_card() -> None:
            board.moves.move(next(moves), Stage.POSITIONING_CALL)
            started = time.perf_counter()
            app.processEvents()
            paints.append((time.perf_counter() - started) * 1000)

        def bare_move() -> None:
            with bare:
                bare.execute("UPDATE applications SET position = position WHERE id = ?", (next(bare_ids),))

        bare_update = median_ms(bare_move, len(movable))
        board.moves.move(movable.pop(), Stage.POSITIONING_CALL)  # warms SQLAlchemy's statement cache
        app.processEvents()
        moves = iter(movable)
        board_move = median_ms(move_card, len(movable)) - statistics.median(paints)
        rss_after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        bare.close()

        rows = (
            ("open, all missions", board_open, bare_open, f"{cards:,} cards"),
            ("filter by text", board_filter, bare_filter, f"{shown} shown"),
            ("move a card", board_move, bare_update, "service, history, card model"),
            ("repaint after a move", statistics.median(paints), bare_update, "the two columns' visible cards"),
        )
        print(f"\n{'':<22}{'board':>10}{'bare SQL':>12}{'ratio':>8}")
        for name, measured, baseline, note in rows:
            print(f"{name:<22}{measured:>7.1f} ms{baseline:>9.2f} ms{measured / baseline:>7.1f}x   ({note})")
        print(
            f"\nmemory: peak {board_memory:.0f} MiB of Python objects while the board loads its cards; "
            f"process max RSS {rss_after / 1024:.0f} MiB (was {rss_before / 1024:.0f} MiB before the board)"
        )
        print("Targets: open within 5x the bare query and under 300 ms; a move under 20 ms.")
        board.close()
        board.deleteLater()
        app.processEvents()
        db.dispose()


if __name__ == "__main__":
    main()
