"""The licence texts the About box shows: the shipped files under resources/, else the installed packages' own."""

from __future__ import annotations

from dataclasses import dataclass
from importlib.metadata import distributions
from pathlib import Path
from typing import Any

from fms.core.resources import resource_path

LICENCE_FILES = ("LICENSE", "THIRD_PARTY_NOTICES")


@dataclass(frozen=True)
class LicenceText:
    title: str
    text: str


def licence_texts() -> list[LicenceText]:
    """The project's licence and the third-party notices, as shipped; the packages' metadata when not shipped yet."""
    texts = [LicenceText(name, path.read_text(encoding="utf-8")) for name in LICENCE_FILES if (path := _found(name))]
    icons = resource_path("icons", "LICENSE")
    if icons.is_file():
        texts.append(LicenceText("Lucide icons", icons.read_text(encoding="utf-8")))
    if not any(text.title == "THIRD_PARTY_NOTICES" for text in texts):
        texts.append(LicenceText("THIRD_PARTY_NOTICES", installed_licences()))
    return texts


def _found(name: str) -> Path | None:
    # The bundle copies LICENSE into resources/; a source checkout keeps it at the project's root.
    root = Path(__file__).resolve().parents[2]
    for candidate in (resource_path(name), resource_path(f"{name}.txt"), resource_path(f"{name}.md"), root / name):
        if candidate.is_file():
            return candidate
    return None


def installed_licences() -> str:
    """'PySide6 6.11.3: LGPL-3.0-only' per installed package, sorted by name (the metadata's own words)."""
    lines = set()
    for dist in distributions():
        meta: Any = dist.metadata  # an email.message.Message: `.get` is there, the protocol omits it
        name = meta.get("Name")
        if not name:
            continue
        licence = meta.get("License-Expression") or meta.get("License") or ""
        if not licence or len(licence) > 80:  # some packages put the whole text in the field
            classifiers = [c for c in meta.get_all("Classifier") or [] if c.startswith("License ::")]
            first_line = licence.splitlines()[0] if licence else ""
            licence = "; ".join(c.rpartition(" :: ")[2] for c in classifiers) or first_line
        lines.add(f"{name} {dist.version}: {licence or '?'}")
    return "\n".join(sorted(lines, key=str.casefold))
