"""Logging to a rotating file in the user's log folder (and warnings to stderr).

The app sets it up right after its first paint: `logging.handlers` alone costs 15 ms.
"""

from __future__ import annotations

import logging
from pathlib import Path

from fms.core.log_masking import PersonalDataFilter

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
LOG_FILE_NAME = "vivier.log"


def log_file_in(folder: Path) -> Path:
    return folder / LOG_FILE_NAME


def setup_logging(folder: Path, level: int = logging.INFO) -> Path:
    from logging.handlers import RotatingFileHandler

    folder.mkdir(parents=True, exist_ok=True)
    log_file = log_file_in(folder)
    root = logging.getLogger()
    root.setLevel(level)
    for handler in list(root.handlers):
        if getattr(handler, "_vivier", False):
            root.removeHandler(handler)
    file_handler = RotatingFileHandler(log_file, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
    file_handler.setFormatter(logging.Formatter(FORMAT))
    console = logging.StreamHandler()
    console.setLevel(logging.WARNING)
    console.setFormatter(logging.Formatter(FORMAT))
    for handler in (file_handler, console):
        # On the handlers, not the root logger: a logger's filters skip records from its children.
        handler.addFilter(PersonalDataFilter())
        handler._vivier = True  # type: ignore[union-attr]  # marks our own handlers for the next set-up
        root.addHandler(handler)
    return log_file
