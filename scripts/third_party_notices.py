"""Writes resources/THIRD_PARTY_NOTICES.txt: each installed package Vivier ships, its licence and licence files.

Read from the installed distributions' metadata (importlib.metadata), so it names exactly what the
bundle was built from. PySide6 (Qt) is LGPL-3.0: it ships as separate shared libraries a user may replace.

    .venv/bin/python scripts/third_party_notices.py [OUTPUT]
"""

from __future__ import annotations

import re
import sys
from importlib.metadata import Distribution, distribution, requires
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUTPUT = ROOT / "resources" / "THIRD_PARTY_NOTICES.txt"
LICENCE_FILE = re.compile(r"(LICEN[CS]E|COPYING|NOTICE|AUTHORS)", re.IGNORECASE)


# The team-server driver (the `postgres` extra) goes into the bundle when installed.
SHIPPED_EXTRAS = ("psycopg", "psycopg-binary")


def shipped(name: str = "vivier") -> list[Distribution]:
    """The runtime dependencies of `name`, recursively (no test tools), and the shipped extras."""
    seen: dict[str, Distribution] = {}
    pending = [name]
    for extra in SHIPPED_EXTRAS:
        try:
            seen[extra] = distribution(extra)
        except Exception:  # noqa: BLE001 - not installed: not shipped
            continue
        pending.append(extra)
    while pending:
        current = pending.pop()
        for requirement in requires(current) or []:
            if "extra ==" in requirement:
                continue
            if ";" in requirement and not _applies(requirement.split(";", 1)[1]):
                continue
            dependency = re.split(r"[ <>=!~;\[(]", requirement.strip(), maxsplit=1)[0]
            key = dependency.lower().replace("_", "-")
            if key in seen:
                continue
            try:
                seen[key] = distribution(dependency)
            except Exception:  # noqa: BLE001 - a marker-excluded or absent package is not shipped
                continue
            pending.append(dependency)
    return sorted(seen.values(), key=lambda dist: dist.metadata["Name"].lower())


def _applies(marker: str) -> bool:
    from packaging.markers import Marker

    return Marker(marker).evaluate()


def licence_of(dist: Distribution) -> str:
    meta = dist.metadata
    expression = meta.get("License-Expression")
    if expression:
        return expression
    classifiers = [c.split("::")[-1].strip() for c in meta.get_all("Classifier") or [] if c.startswith("License ::")]
    text = (meta.get("License") or "").strip()
    if classifiers:
        return ", ".join(classifiers)
    return text.splitlines()[0] if text else "see the licence text below"


def licence_texts(dist: Distribution) -> list[tuple[str, str]]:
    texts = []
    for file in dist.files or []:
        if LICENCE_FILE.search(file.name) and not file.name.endswith((".py", ".pyc")):
            try:
                texts.append((str(file), file.read_text(encoding="utf-8")))
            except (OSError, UnicodeDecodeError):
                continue
    return texts


def notices() -> str:
    parts = [
        "Vivier ships the following third-party software. Each is used under its own licence, reproduced below.",
        "Qt and PySide6 (LGPL-3.0) are shipped as separate shared libraries which you may replace;",
        "their source is available from https://download.qt.io/ and https://code.qt.io/.",
        "The DejaVu fonts are under the licence in resources/fonts/LICENSE-DejaVu.txt.",
        "",
    ]
    for dist in shipped():
        meta = dist.metadata
        parts.append("=" * 78)
        parts.append(f"{meta['Name']} {dist.version} - {licence_of(dist)}")
        if meta.get("Home-page"):
            parts.append(meta["Home-page"])
        parts.append("=" * 78)
        for name, text in licence_texts(dist):
            parts.append(f"--- {name}")
            parts.append(text.strip())
        parts.append("")
    return "\n".join(parts) + "\n"


def main() -> int:
    output = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_OUTPUT
    output.write_text(notices(), encoding="utf-8")
    print(f"wrote {output} ({output.stat().st_size // 1024} KiB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
