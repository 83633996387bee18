"""The collector paused around a bulk build: off inside, as it was after, whatever happens inside."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from fms.core.collector import collector_paused


@pytest.fixture
def collector_state() -> Iterator[None]:
    enabled = gc.isenabled()
    yield
    gc.enable() if enabled else gc.disable()


def test_the_collector_is_off_inside_and_on_again_after(collector_state: None) -> None:
    gc.enable()
    with collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_a_collector_held_off_stays_off(collector_state: None) -> None:
    gc.disable()  # as during start-up
    with collector_paused():
        assert not gc.isenabled()
    assert not gc.isenabled()


def test_an_error_inside_turns_it_on_again(collector_state: None) -> None:
    gc.enable()
    with pytest.raises(ValueError), collector_paused():
        raise ValueError("a bad row")
    assert gc.isenabled()
