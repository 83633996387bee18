"""PDF speed: a letter, a profile sheet and a batch of sheets, against a one-paragraph ReportLab
document (same font, same machine, same run).

    python bench/reports.py [--runs 21] [--batch 500]
"""

from __future__ import annotations

import argparse
import sys
import time
from io import BytesIO
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.platypus import Paragraph, SimpleDocTemplate  # noqa: E402
from timing import median_ms  # noqa: E402 - bench/ is the script's own folder

from fms.reports.fonts import REGULAR, register_fonts  # noqa: E402
from fms.reports.letter import render_letter  # noqa: E402
from fms.reports.profile_sheet import render_profile_sheet  # noqa: E402
from fms.reports.samples import sample_letter, sample_sheet  # noqa: E402


def minimal() -> bytes:
    buffer = BytesIO()
    style = ParagraphStyle("body", fontName=REGULAR, fontSize=10.5, leading=15)
    SimpleDocTemplate(buffer, pagesize=A4, initialFontName=REGULAR).build([Paragraph("Une lettre courte.", style)])
    return buffer.getvalue()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=21)
    parser.add_argument("--batch", type=int, default=500)
    args = parser.parse_args()
    register_fonts()
    letter, sheet = sample_letter("fr"), sample_sheet("fr")
    for warm_up in (minimal, lambda: render_letter(letter), lambda: render_profile_sheet(sheet)):
        warm_up()
    baseline = median_ms(minimal, args.runs)
    rows = [
        ("letter", median_ms(lambda: render_letter(letter), args.runs)),
        ("profile sheet", median_ms(lambda: render_profile_sheet(sheet), args.runs)),
    ]
    started = time.perf_counter()
    for _ in range(args.batch):
        render_profile_sheet(sheet)
    batch_ms = (time.perf_counter() - started) * 1000
    print(f"{'':<22}{'time':>10}{'ratio':>8}")
    print(f"{'minimal document':<22}{baseline:>7.1f} ms{1:>7.1f}x")
    for name, measured in rows:
        print(f"{name:<22}{measured:>7.1f} ms{measured / baseline:>7.1f}x")
    per_sheet = batch_ms / args.batch
    batch_name = f"{args.batch} sheets (batch)"
    print(f"{batch_name:<22}{batch_ms / 1000:>8.2f} s{per_sheet / baseline:>7.1f}x per sheet")
    print("Target: a letter under 60 ms.")


if __name__ == "__main__":
    main()
