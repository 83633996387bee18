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
