"""Timing helpers shared by the benchmarks (run as scripts: `python bench/<name>.py`)."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable


def median_ms(action: Callable[[], object], runs: int, setup: Callable[[], object] | None = None) -> float:
    """The median duration of `action` over `runs`, in milliseconds; `setup` runs untimed before each."""
    times = []
    for _ in range(runs):
        if setup:
            setup()
        started = time.perf_counter()
        action()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def paired_ms(
    action: Callable[[], object], baseline: Callable[[], object], runs: int
) -> tuple[list[float], list[float]]:
    """`action` and `baseline` timed in turns, `runs` times each, in milliseconds: a burst of load from
    another job weighs on both rather than on whichever ran during it. One untimed run of each first:
    a statement's first compilation and a cold page cache are not what each later search costs."""
    action(), baseline()
    timed: tuple[list[float], list[float]] = ([], [])
    for _ in range(runs):
        for times, run in zip(timed, (action, baseline), strict=True):
            started = time.perf_counter()
            run()
            times.append((time.perf_counter() - started) * 1000)
    return timed
