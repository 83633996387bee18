"""Rebuilds the bundle's ICU data library with French and English only: 31 MB down to a few.

Qt's wheels link QtCore against ICU, whose data (libicudata.so.NN: one symbol, icudtNN_dat, holding an
ICU "common data" package) covers every language. Vivier speaks French and English and uses no ICU
converter or transliterator of its own, so this keeps the root, en* and fr* locales of each tree, the
shared tables (normalisation, properties, collation base, time zones, plural rules) and drops the other
locales, the legacy character-set converters, the transliterators and the Asian word dictionaries
(ICU falls back to its break rules without them). The package is rewritten (the TOC format is
documented in ICU's udatamem/ucmndata.h) and linked back into a library of the same soname with gcc.

    python scripts/trim_icu.py dist/vivier/_internal/PySide6/Qt/lib/libicudata.so.73
"""

from __future__ import annotations

import re
import struct
import subprocess
import sys
import tempfile
from pathlib import Path

KEPT_LOCALE = re.compile(r"(root|en|fr)(_[A-Za-z0-9]+)*")
LOCALE = re.compile(r"[a-z]{2,3}(_[A-Za-z0-9]+)*")
ALIGNMENT = 16  # ICU reads its tables in place: each item starts on a 16-byte boundary, as genccode lays them


def _symbol(library: Path) -> tuple[str, bytes]:
    """The data symbol's name and bytes, located through nm and the section table."""
    listing = subprocess.run(["nm", "-S", "-D", "--defined-only", str(library)], capture_output=True, text=True)
    match = re.search(r"^([0-9a-f]+) ([0-9a-f]+) R (icudt\d+_dat)$", listing.stdout, re.MULTILINE)
    if match is None:
        raise SystemExit(f"{library}: no icudtNN_dat symbol")
    address, size, name = int(match[1], 16), int(match[2], 16), match[3]
    sections = subprocess.run(["readelf", "-S", "-W", str(library)], capture_output=True, text=True).stdout
    rodata = re.search(r"\.rodata\s+PROGBITS\s+([0-9a-f]+) ([0-9a-f]+)", sections)
    if rodata is None:
        raise SystemExit(f"{library}: no .rodata section")
    offset = address - int(rodata[1], 16) + int(rodata[2], 16)
    return name, library.read_bytes()[offset : offset + size]


def _kept(item: str) -> bool:
    parts = item.split("/")[1:]  # "icudt73l/coll/fr.res" -> ["coll", "fr.res"]
    leaf = parts[-1]
    if parts[0] == "translit" or leaf.endswith((".cnv", "dict.dict")):
        return False
    stem, _, suffix = leaf.rpartition(".")
    if suffix == "res" and LOCALE.fullmatch(stem):
        return KEPT_LOCALE.fullmatch(stem) is not None
    return True


def trim(package: bytes) -> bytes:
    """The common-data package without the items _kept() refuses."""
    header_size = struct.unpack_from("<H", package, 0)[0]
    if package[2:4] != b"\xda\x27" or package[12:16] != b"CmnD":
        raise SystemExit("not an ICU common data package")
    count = struct.unpack_from("<I", package, header_size)[0]
    toc = [struct.unpack_from("<II", package, header_size + 4 + 8 * i) for i in range(count)]
    ends = [data for _, data in toc[1:]] + [len(package) - header_size]
    items = []
    for (name_offset, data_offset), end in zip(toc, ends, strict=True):
        start = header_size + name_offset
        name = package[start : package.index(b"\0", start)]
        if _kept(name.decode("ascii")):
            items.append((name, package[header_size + data_offset : header_size + end]))
    names = b"".join(name + b"\0" for name, _ in items)
    names_at = 4 + 8 * len(items)
    data_at = -(-(names_at + len(names)) // ALIGNMENT) * ALIGNMENT
    entries, blobs, position, name_position = [], [], data_at, names_at
    for name, blob in items:
        entries.append(struct.pack("<II", name_position, position))
        name_position += len(name) + 1
        padded = blob + b"\0" * (-len(blob) % ALIGNMENT)
        blobs.append(padded)
        position += len(padded)
    body = struct.pack("<I", len(items)) + b"".join(entries) + names
    body += b"\0" * (data_at - len(body))
    return package[:header_size] + body + b"".join(blobs)


def main(library: Path) -> None:
    symbol, package = _symbol(library)
    trimmed = trim(package)
    with tempfile.TemporaryDirectory() as folder:
        data, source = Path(folder) / "icudt.dat", Path(folder) / "icudt.s"
        data.write_bytes(trimmed)
        source.write_text(
            f"\t.section .rodata\n\t.globl {symbol}\n\t.type {symbol}, @object\n\t.balign {ALIGNMENT}\n"
            f'{symbol}:\n\t.incbin "{data}"\n\t.size {symbol}, {len(trimmed)}\n'
            '\t.section .note.GNU-stack,"",@progbits\n',
            encoding="ascii",
        )
        output = Path(folder) / library.name
        command = ["gcc", "-shared", "-nostdlib", f"-Wl,-soname,{library.name}", "-o", str(output), str(source)]
        subprocess.run(command, check=True)
        library.write_bytes(output.read_bytes())
    print(f"ICU data: {len(package) // 2**20} MB -> {len(trimmed) // 2**20} MB ({library.name})")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
