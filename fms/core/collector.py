"""Python's cyclic garbage collector: held off while Vivier starts, then kept off its long-lived objects.

Start-up creates about 100,000 objects that live as long as the process (modules, classes, Qt
wrappers, translations); every collection during it walks them all again: about 20 ms before the
board's first paint and 100 ms before it can be used, on the sample database. So `main.py` turns
the collector off before the first import and `resume_after_start_up` turns it back on once the
window is usable, after moving every object alive then out of its sight (`gc.freeze`): the later
collections, which the board's tens of thousands of card keys trigger, walk only what came after.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


def hold_during_start_up() -> None:
    gc.disable()


def resume_after_start_up() -> None:
    """Once, when start-up is over; nothing when the collector was never held (tests, another caller)."""
    if gc.isenabled():
        return
    gc.freeze()
    gc.enable()


@contextmanager
def collector_paused() -> Iterator[None]:
    """No collection while tens of thousands of tuples are built that hold no cycle (the board's card keys):
    every 700 of them would start one, walking them all again (cutting 46,000 keys: 23.7 → 18.3 ms; the
    collections skipped partly run afterwards). The collector is as it was afterwards; nothing when it
    is already off."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()
