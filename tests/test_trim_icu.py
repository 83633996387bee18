"""scripts/trim_icu.py: the bundle's ICU data keeps French, English and the shared tables, drops the rest."""

from __future__ import annotations

import importlib.util
import struct
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("trim_icu", ROOT / "scripts" / "trim_icu.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["trim_icu"] = module
    spec.loader.exec_module(module)
    return module


def _package(items: dict[str, bytes]) -> bytes:
    """An ICU common-data package laid out as ICU's own tools lay it (names, then 16-byte aligned items)."""
    header = struct.pack("<HBB", 32, 0xDA, 0x27) + struct.pack("<HHBBBB", 20, 0, 0, 0, 2, 0) + b"CmnD"
    header = header.ljust(32, b"\0")
    names = b"".join(name.encode() + b"\0" for name in items)
    names_at = 4 + 8 * len(items)
    position = -(-(names_at + len(names)) // 16) * 16
    entries, blobs, name_position = [], [], names_at
    for name, blob in items.items():
        entries.append(struct.pack("<II", name_position, position))
        name_position += len(name) + 1
        blobs.append(blob.ljust(-(-len(blob) // 16) * 16, b"\0"))
        position += len(blobs[-1])
    body = struct.pack("<I", len(items)) + b"".join(entries) + names
    return header + body.ljust(-(-len(body) // 16) * 16, b"\0") + b"".join(blobs)


def _read(package: bytes) -> dict[str, bytes]:
    header_size = struct.unpack_from("<H", package, 0)[0]
    count = struct.unpack_from("<I", package, header_size)[0]
    toc = [struct.unpack_from("<II", package, header_size + 4 + 8 * i) for i in range(count)]
    ends = [data for _, data in toc[1:]] + [len(package) - header_size]
    items = {}
    for (name_offset, data_offset), end in zip(toc, ends, strict=True):
        start = header_size + name_offset
        name = package[start : package.index(b"\0", start)].decode()
        items[name] = package[header_size + data_offset : header_size + end]
        assert (header_size + data_offset) % 16 == 0, name
    return items


def test_trimming_keeps_french_english_and_the_shared_tables_only() -> None:
    kept = {
        "icudt73l/coll/fr.res": b"french collation",
        "icudt73l/coll/root.res": b"root collation",
        "icudt73l/coll/ucadata.icu": b"collation base",
        "icudt73l/en_GB.res": b"british english",
        "icudt73l/fr_CA.res": b"canadian french",
        "icudt73l/nfkc.nrm": b"normalisation",
        "icudt73l/pool.res": b"shared keys",
        "icudt73l/zone/fr.res": b"zone names in french",
        "icudt73l/zoneinfo64.res": b"time zones",
    }
    dropped = {
        "icudt73l/brkitr/cjdict.dict": b"chinese and japanese words",
        "icudt73l/coll/sv.res": b"swedish collation",
        "icudt73l/ibm-943_P15A-2003.cnv": b"a shift-jis converter",
        "icudt73l/translit/root.res": b"transliterators",
        "icudt73l/zh_Hant_TW.res": b"traditional chinese",
    }
    package = _package(dict(sorted({**kept, **dropped}.items())))

    trimmed = _script().trim(package)

    assert _read(trimmed) == {name: blob.ljust(-(-len(blob) // 16) * 16, b"\0") for name, blob in sorted(kept.items())}
    assert trimmed[:32] == package[:32]  # the same header: ICU checks its format and version there
    assert len(trimmed) < len(package)
