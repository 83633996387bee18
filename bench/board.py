"""Pipeline board speed at scale, against the bare SQL of the same statements, in one process.

Measured offscreen, median of several runs:
- open: all missions, every column's order and counts plus the first batch of cards, painted;
  against the same two statements run through sqlite3 (and, for reference, the one query
  that read every card in full before the columns were fetched a batch at a time);
- filter: the first keystroke's filter ("ca", from no filter), a broad one ("e") and each next
  one ("cam" … "camille") without the typing pause, once the board has read the cards' texts
  while idle (and the first one before, matched by the database); against the statements the
  database would run, in sqlite3;
- move: a card moved to the next stage: the service (checks, write, history, snapshots for
  undo), the card read again with the model updated, the model update alone, the repaint;
  against a bare UPDATE;
and the process's memory.

    python bench/board.py [--freelancers 20000] [--applications 10000] [--runs 5] [--keep DIR]

`--keep DIR` builds the database once into DIR and reuses it on the next runs (each run works on
a copy, so the moves of one run do not change the next).
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from fms.core.collector import hold_during_start_up, resume_after_start_up  # noqa: E402

hold_during_start_up()  # as main.py does: the collector as it is in the app once started

from PySide6.QtWidgets import QApplication  # noqa: E402
from sqlalchemy.dialects import sqlite  # noqa: E402
from timing import median_ms  # noqa: E402 - bench/ is the script's own folder

from fms.core.enums import Stage  # noqa: E402
from fms.models import Application  # noqa: E402
from fms.sampledata.generator import fill_demo  # noqa: E402
from fms.services.pipeline.cards import _card_query  # noqa: E402
from fms.services.pipeline.columns import CardFilter, column_keys, keys_query  # noqa: E402
from fms.storage.locations import sqlite_location  # noqa: E402
from fms.storage.opening import open_database  # noqa: E402
from fms.ui.board.board_widget import PipelineBoard  # noqa: E402
from fms.ui.board.card_model import BATCH  # noqa: E402
from fms.ui.board.text_search import TextSearch  # noqa: E402
from fms.ui.context import AppContext  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--freelancers", type=int, default=20_000)
    parser.add_argument("--applications", type=int, default=None, help="about N (default: half the freelancers)")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--keep", type=Path, default=None, help="build the database once in this folder, reuse it")
    args = parser.parse_args()
    app = QApplication([])
    with tempfile.TemporaryDirectory(prefix="vivier-board-") as folder:
        path = Path(folder) / "board.db"
        kept = args.keep / f"board-{args.freelancers}-{args.applications}.db" if args.keep else None
        if kept is not None and kept.exists():
            shutil.copyfile(kept, path)
        opened = open_database(sqlite_location(path))
        db = opened.db
        if kept is None or not kept.exists():
            fill_demo(db, freelancers=args.freelancers, with_files=False, applications=args.applications)
            if kept is not None:
                kept.parent.mkdir(parents=True, exist_ok=True)
                with sqlite3.connect(path) as source, sqlite3.connect(kept) as copy:
                    source.backup(copy)  # a live WAL database is copied safely, not as a file
        print(_sizes(path))
        bare = sqlite3.connect(path)
        rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        context = AppContext()
        context.set_database(db)
        board = PipelineBoard(context)
        board.resize(1600, 900)
        board.show()
        board.reload()
        app.processEvents()
        resume_after_start_up()

        def open_board() -> None:
            board.reload_cards()
            app.processEvents()

        first_ids = [key[1] for column in column_keys(db, None, CardFilter()).values() for key in column[:BATCH]]
        open_sql = (_sql(keys_query()), _sql(_card_query().where(Application.id.in_(first_ids))))
        bare_open = median_ms(lambda: [bare.execute(sql).fetchall() for sql in open_sql], args.runs)
        full_sql = _sql(_card_query())
        bare_full = median_ms(lambda: bare.execute(full_sql).fetchall(), args.runs)
        board_open = median_ms(open_board, args.runs)
        tracemalloc.start()
        open_board()
        board_memory = tracemalloc.get_traced_memory()[1] / 2**20
        tracemalloc.stop()
        cards = sum(model.total for model in board.models.values())
        fetched = sum(model.rowCount() for model in board.models.values())

        typed = ("ca", "cam", "cami", "camil", "camill", "camille")

        def type_text(text: str) -> Callable[[], None]:
            def run() -> None:
                board.text_filter.setText(text)
                board.apply_filters()  # what the pause after typing runs (typing itself is debounced)
                app.processEvents()

            return run

        def clear() -> None:
            board.text_filter.clear()
            app.processEvents()
            board.delegate.pixmaps.clear()  # a first keystroke paints cards not painted before

        search = board.cards_in_columns.text_search
        started = time.perf_counter()
        pauses = _read_texts(app, search)
        texts_read = (time.perf_counter() - started) * 1000
        search.ready = False  # as when typed before the texts are read: the database matches the text
        first_by_sql = median_ms(type_text(typed[0]), args.runs, setup=clear)
        search.ready = True
        first_filter = median_ms(type_text(typed[0]), args.runs, setup=clear)
        broad = "e"  # in nearly every card
        broad_filter = median_ms(type_text(broad), args.runs, setup=clear)
        next_filter = statistics.median(
            median_ms(type_text(text), args.runs, setup=type_text(previous))
            for previous, text in zip(typed, typed[1:], strict=False)
        )
        # The board's statements: the first text through every card, each next one among those the previous showed.
        filter_sql = {typed[0]: _sql(keys_query(None, CardFilter(text=typed[0])))}
        for previous, text in zip(typed, typed[1:], strict=False):
            among = [key[1] for column in column_keys(db, None, CardFilter(text=previous)).values() for key in column]
            filter_sql[text] = _sql(keys_query(None, CardFilter(text=text), among))
        bare_first = median_ms(lambda: bare.execute(filter_sql[typed[0]]).fetchall(), args.runs)
        broad_sql = _sql(keys_query(None, CardFilter(text=broad)))
        bare_broad = median_ms(lambda: bare.execute(broad_sql).fetchall(), args.runs)
        broad_shown = sum(len(column) for column in column_keys(db, None, CardFilter(text=broad)).values())
        bare_next = statistics.median(
            median_ms(lambda text=text: bare.execute(filter_sql[text]).fetchall(), args.runs) for text in typed[1:]
        )
        shown = sum(model.total for model in board.models.values())
        clear()

        movable = [card.id for card in board.models[Stage.SOURCED].cards][: 2 * args.runs + 1]
        bare_ids = iter(movable)

        def bare_move() -> None:
            with bare:
                bare.execute("UPDATE applications SET position = position WHERE id = ?", (next(bare_ids),))

        bare_update = median_ms(bare_move, len(movable))
        board.moves.move(movable.pop(), Stage.POSITIONING_CALL)  # warms SQLAlchemy's statement cache
        app.processEvents()
        move = _time_moves(app, board, movable)
        rss_after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        bare.close()

        rows = (
            ("open, all missions", board_open, bare_open, f"{cards:,} cards, {fetched:,} fetched"),
            ("  (the full card query)", bare_full, bare_open, "every card read in full, as before"),
            ("filter, first key", first_filter, bare_first, f"'{typed[0]}', the texts read"),
            ("  before the texts", first_by_sql, bare_first, f"'{typed[0]}' matched by the database"),
            ("filter, broad key", broad_filter, bare_broad, f"'{broad}': {broad_shown:,} shown"),
            ("filter, next keys", next_filter, bare_next, f"'{typed[1]}' … '{typed[-1]}': {shown} shown"),
            ("move: all of it", move["total"], bare_update, "service, card read again, model"),
            ("  service", move["total"] - move["refresh"], bare_update, "checks, write, history, undo snapshots"),
            ("  card and model", move["refresh"], bare_update, "the card read again, the columns updated"),
            ("  model alone", move["model"], bare_update, "remove from one column, put in the other"),
            ("  repaint", move["paint"], bare_update, "the two columns' visible cards"),
        )
        print(f"\n{'':<26}{'board':>10}{'bare SQL':>12}{'ratio':>8}")
        for name, measured, baseline, note in rows:
            print(f"{name:<26}{measured:>7.1f} ms{baseline:>9.2f} ms{measured / baseline:>7.1f}x   ({note})")
        print(
            f"\nmemory: peak {board_memory:.0f} MiB of Python objects while the board loads its cards; "
            f"process max RSS {rss_after / 1024:.0f} MiB (was {rss_before / 1024:.0f} MiB before the board)"
        )
        print(
            f"texts for the filter: read in {len(pauses)} idle steps, {sum(pauses):.0f} ms in all "
            f"(longest {max(pauses):.1f} ms), {texts_read:.0f} ms after the board opened"
        )
        print(f"load: {os.getloadavg()[0]:.2f} (1 min average)")
        print("Targets: open under 300 ms and within 3x its bare SQL; a filter under 100 ms; a move under 20 ms.")
        board.close()
        board.deleteLater()
        app.processEvents()
        db.dispose()


def _read_texts(app: QApplication, search: TextSearch) -> list[float]:
    """The board idle until its texts are read: how long each step held the event loop."""
    pauses = []
    search.restart()
    while not search.ready:
        started = time.perf_counter()
        app.processEvents()
        if (pause := (time.perf_counter() - started) * 1000) > 0.2:  # a batch read, not an idle turn
            pauses.append(pause)
    return pauses


def _sql(query: Any) -> str:
    return str(query.compile(dialect=sqlite.dialect(), compile_kwargs={"literal_binds": True}))


def _time_moves(app: QApplication, board: PipelineBoard, movable: list[int]) -> dict[str, float]:
    """Medians over the moves of `movable`, each part timed on its own."""
    parts: dict[str, list[float]] = {"total": [], "refresh": [], "model": [], "paint": []}
    refresh, model_time = board.refresh_card, [0.0]

    def timed_refresh(application_id: int) -> None:
        started = time.perf_counter()
        refresh(application_id)
        parts["refresh"].append((time.perf_counter() - started) * 1000)

    def timed(method: Callable[..., Any]) -> Callable[..., Any]:
        def run(*args: Any) -> Any:
            started = time.perf_counter()
            try:
                return method(*args)
            finally:
                model_time[0] += time.perf_counter() - started

        return run

    board.refresh_card = timed_refresh  # type: ignore[method-assign]
    for model in board.models.values():
        model.remove_card = timed(model.remove_card)  # type: ignore[method-assign]
        model.put_card = timed(model.put_card)  # type: ignore[method-assign]
    for application_id in movable:
        model_time[0] = 0.0
        started = time.perf_counter()
        board.moves.move(application_id, Stage.POSITIONING_CALL)
        parts["total"].append((time.perf_counter() - started) * 1000)
        parts["model"].append(model_time[0] * 1000)
        started = time.perf_counter()
        app.processEvents()
        parts["paint"].append((time.perf_counter() - started) * 1000)
    return {name: statistics.median(values) for name, values in parts.items()}


def _sizes(path: Path) -> str:
    with sqlite3.connect(path) as bare:
        counts = [
            bare.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("applications", "freelancers", "missions")
        ]
    return "{:,} applications, {:,} freelancers, {:,} missions".format(*counts)


if __name__ == "__main__":
    main()
