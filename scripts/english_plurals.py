"""Writes the English plural forms into resources/i18n/vivier_en.ts (lupdate -pluralonly made it).

English needs a translation file only for counted phrases: the source says "%n row(s)", the
interface says "1 row" and "3 rows". Each "(s)" is dropped for one and becomes "s" for several;
the few words whose plural is not regular are listed here.
"""

from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

IRREGULAR = {"person(s)": ("person", "people")}
TS_FILE = Path("resources/i18n/vivier_en.ts")


def forms(source: str) -> tuple[str, str]:
    """'%n row(s)' -> ('%n row', '%n rows')."""
    one, many = source, source
    for word, (singular, plural) in IRREGULAR.items():
        one, many = one.replace(word, singular), many.replace(word, plural)
    return re.sub(r"\(s\)", "", one), re.sub(r"\(s\)", "s", many)


def main(path: Path = TS_FILE) -> int:
    tree = ET.parse(path)
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None or message.get("numerus") != "yes":
            continue
        translation.attrib.pop("type", None)
        for child in list(translation):
            translation.remove(child)
        for text in forms(source):
            ET.SubElement(translation, "numerusform").text = text
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
