"""The log file holds no personal data: emails and phone numbers are masked in every record."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from fms.core.log_masking import masked
from fms.core.logging_setup import setup_logging


@pytest.fixture
def log_file(tmp_path: Path) -> Iterator[Path]:
    root = logging.getLogger()
    before, level = list(root.handlers), root.level
    path = setup_logging(tmp_path / "logs")
    yield path
    for handler in list(root.handlers):
        if handler not in before:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)


def test_emails_and_phones_never_reach_the_log_file(log_file: Path) -> None:
    logger = logging.getLogger("fms.services.crm.test")  # a child logger: the root's own filters would miss it
    logger.info("Saved %s (%s)", "Elodie.Durand+cv@Example.co.uk", "+33 6 12 34 56 78")
    logger.warning("Called 06.12.34.56.78 then 0033612345678 for %r", {"email": "tom@b.fr"})
    try:
        raise ValueError("duplicate email: ana@example.com")
    except ValueError:
        logger.exception("Import failed for +33612345678")
    for handler in logging.getLogger().handlers:
        handler.flush()
    text = log_file.read_text(encoding="utf-8")
    for secret in ("Elodie", "Example.co.uk", "tom@b.fr", "ana@example.com", "12 34 56 78", "12.34", "612345678"):
        assert secret not in text
    assert text.count("<email>") == 4  # the traceback quotes the raising line too
    assert text.count("<phone>") == 4
    assert "ValueError: duplicate email: <email>" in text  # the traceback stays, without the address


@pytest.mark.parametrize(
    "kept",
    [
        "Backup written at 2026-12-01 21:05:25, 1000000 bytes",
        "Freelancer 123456789 moved to stage 3",
        "Opened sqlite:///home/me/vivier.db in 0.25 s",
        "version 6.11.3",
    ],
)
def test_dates_ids_and_sizes_stay_readable(kept: str) -> None:
    assert masked(kept) == kept


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("mail ana.b@example.com now", "mail <email> now"),
        ("call +1 (415) 555-0100", "call <phone>"),
        ("tel: 01 23 45 67 89.", "tel: <phone>."),
        ("+447911123456", "<phone>"),
    ],
)
def test_masked_forms(text: str, expected: str) -> None:
    assert masked(text) == expected
