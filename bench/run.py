"""Runs every benchmark under bench/ at a quick size and prints one table: figure, baseline, ratio.

Each benchmark compares Vivier with a baseline measured in the same run (bare SQL, a file copy, a bare
window, a minimal PDF); this collects the lines that carry a ratio. The quick sizes keep the whole run to
a few minutes: the figures in the README from a full-size run come from each script alone.

    python bench/run.py [--only startup,board] [--full]
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
QUICK = {
    "attachments": ["--mib", "8", "--runs", "1", "--postgres", ""],
    "board": ["--freelancers", "2000", "--runs", "2"],
    "dashboard": ["--freelancers", "5000", "--runs", "2"],
    "duplicates": ["--freelancers", "5000", "--runs", "3"],
    "export": ["--freelancers", "5000", "--no-memory"],
    "freelancers": ["--freelancers", "5000", "--runs", "2"],
    "reports": ["--runs", "5", "--batch", "20"],
    "search": ["--freelancers", "5000", "--notes", "10000", "--runs", "3"],
    "startup": ["--runs", "3", "--freelancers", "2000"],
    "storage": ["--freelancers", "5000", "--runs", "1"],
}
HELPERS = {"run", "timing"}
RATIO = re.compile(r"(\d+(?:\.\d+)?)x")
# A table's column headings: words separated by one space, columns by two or more.
COLUMN = re.compile(r"\S+(?: \S+)*")
FIGURE = re.compile(r"(\d[\d,]*(?:\.\d+)?)\s*(ms|s|MiB|MB)\b")


@dataclass(frozen=True)
class Row:
    bench: str
    what: str
    figure: str
    baseline: str
    ratio: str


def rows_of(bench: str, output: str) -> list[Row]:
    """The lines that carry a ratio: their label, first figure, second figure (the baseline, if any), ratio.

    A line of a table with several "figure ratio" columns (start-up: window shown, board + cards, ready)
    gives one row per column, named after the heading above it. The targets' line is not a measure.
    """
    rows = []
    heading: list[tuple[int, str]] = []
    reference = "same run"  # a table's baseline, said on a line of its own ("bare QMainWindow shown: 165 ms")
    for line in output.splitlines():
        ratios = list(RATIO.finditer(line))
        figures = list(FIGURE.finditer(line))
        if not figures and "ratio" in line:
            heading = [(match.end(), match.group(0)) for match in COLUMN.finditer(line)]
        if figures and not ratios and line.lstrip().startswith("bare"):
            reference = f"bare {' '.join(figures[0].groups())}"
        if not ratios or not figures or figures[0].start() == 0 or line.lstrip().startswith("Targets"):
            continue
        what = line[: figures[0].start()].strip().rstrip(":") or "-"
        paired = [figure for figure in figures if any(figure.end() < ratio.start() for ratio in ratios)]
        # One figure before each ratio: a column per measure (a ratio after another, "worst", is the same one's).
        columns = len(ratios) > 1 and all(
            any(before.end() <= figure.start() and figure.end() < ratio.start() for figure in figures)
            for before, ratio in zip(ratios, ratios[1:], strict=False)
        )
        if columns and heading:
            for ratio in ratios:
                figure = max((f for f in paired if f.end() < ratio.start()), key=lambda f: f.end())
                column = min(heading, key=lambda entry: abs(entry[0] - figure.end()))[1]
                rows.append(
                    Row(bench, f"{what[:20]}: {column}"[:36], " ".join(figure.groups()), reference, ratio.group(0))
                )
            continue
        ratio = ratios[0]
        baseline = (
            " ".join(figures[1].groups()) if len(figures) > 1 and figures[1].start() < ratio.start() else "same run"
        )
        rows.append(Row(bench, what[:36], " ".join(figures[0].groups()), baseline, ratio.group(0)))
    return rows


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--only", default="", help="comma-separated benchmark names")
    parser.add_argument("--full", action="store_true", help="each benchmark's own default size (slow)")
    args = parser.parse_args()
    names = sorted(path.stem for path in HERE.glob("*.py") if path.stem not in HELPERS)
    if args.only:
        names = [name for name in names if name in args.only.split(",")]
    table: list[Row] = []
    failed: list[str] = []
    with tempfile.TemporaryDirectory(prefix="vivier-bench-run-") as tmp:
        # A private temporary folder: some benchmarks cache their databases there between runs.
        env = dict(os.environ, TMPDIR=tmp, QT_QPA_PLATFORM="offscreen")
        env.pop("VIVIER_TEST_POSTGRES_URL", None)
        for name in names:
            command = [sys.executable, str(HERE / f"{name}.py"), *([] if args.full else QUICK.get(name, []))]
            started = time.perf_counter()
            result = subprocess.run(command, env=env, capture_output=True, text=True)
            seconds = time.perf_counter() - started
            print(f"{name:<12} {seconds:6.1f} s {'ok' if result.returncode == 0 else 'FAILED'}", flush=True)
            if result.returncode != 0:
                failed.append(name)
                print(result.stderr[-2000:], file=sys.stderr)
                continue
            table.extend(rows_of(name, result.stdout))
    print(
        f"\n{time.strftime('%Y-%m-%d')}, {platform.node() or 'this machine'}: {platform.platform()}, "
        f"{os.cpu_count()} CPUs, Python {platform.python_version()}\n"
    )
    print(f"| {'benchmark':<12} | {'what':<36} | {'figure':>11} | {'baseline':>11} | {'ratio':>7} |")
    print(f"| {'-' * 12} | {'-' * 36} | {'-' * 11}:| {'-' * 11}:| {'-' * 7}:|")
    for row in table:
        print(f"| {row.bench:<12} | {row.what:<36} | {row.figure:>11} | {row.baseline:>11} | {row.ratio:>7} |")
    if failed:
        print(f"\nfailed: {', '.join(failed)}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
