"""Writes the sample PDFs to docs/samples/ and their first pages as PNG to docs/ (needs pdftoppm).

python scripts/report_samples.py
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from fms.reports.letter import render_letter  # noqa: E402
from fms.reports.profile_sheet import render_profile_sheet  # noqa: E402
from fms.reports.samples import sample_letter, sample_sheet  # noqa: E402


def main() -> None:
    samples = ROOT / "docs" / "samples"
    samples.mkdir(parents=True, exist_ok=True)
    documents = {
        "letter-en": render_letter(sample_letter("en")),
        "letter-fr": render_letter(sample_letter("fr")),
        "profile-sheet-en": render_profile_sheet(sample_sheet("en")),
        "profile-sheet-fr": render_profile_sheet(sample_sheet("fr")),
    }
    for name, pdf in documents.items():
        path = samples / f"{name}.pdf"
        path.write_bytes(pdf)
        # First page only, 80 dpi: enough to judge the layout in the README.
        subprocess.run(
            ["pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile", str(path), str(ROOT / "docs" / name)],
            check=True,
        )
        print(path, ROOT / "docs" / f"{name}.png")


if __name__ == "__main__":
    main()
