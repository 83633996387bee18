"""No module under fms/ is over 400 lines (migrations aside): past that, a module has more than one job."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent / "fms"
MAX_LINES = 400
# A migration is a record of one schema change, written once and never read as code to maintain.
EXEMPT = ROOT / "migrations" / "versions"


def oversized(root: Path, exempt: Path | None = None) -> dict[str, int]:
    """Each Python module under `root` over MAX_LINES, with its line count."""
    sizes: dict[str, int] = {}
    for path in sorted(root.rglob("*.py")):
        if exempt is not None and path.is_relative_to(exempt):
            continue
        lines = len(path.read_text(encoding="utf-8").splitlines())
        if lines > MAX_LINES:
            sizes[str(path.relative_to(root))] = lines
    return sizes


def test_no_module_is_over_400_lines() -> None:
    assert oversized(ROOT, EXEMPT) == {}


def test_a_long_module_is_found_and_a_long_migration_is_not(tmp_path: Path) -> None:
    long_text = "x = 1\n" * (MAX_LINES + 1)
    (tmp_path / "services").mkdir()
    (tmp_path / "services" / "long.py").write_text(long_text, encoding="utf-8")
    (tmp_path / "services" / "short.py").write_text("x = 1\n" * MAX_LINES, encoding="utf-8")
    versions = tmp_path / "migrations" / "versions"
    versions.mkdir(parents=True)
    (versions / "0001_initial.py").write_text(long_text, encoding="utf-8")

    assert oversized(tmp_path, versions) == {"services/long.py": MAX_LINES + 1}
