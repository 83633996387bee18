"""The interface ships in English and French: every string translated, the .qm up to date."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from fms.core.errors import ValidationError
from fms.core.resources import resource_path
from fms.ui.context import AppContext
from fms.ui.i18n import error_text, field_error_texts, label

TS_FILE = resource_path("i18n", "vivier_fr.ts")
QM_FILE = resource_path("i18n", "vivier_fr.qm")
BIN = Path(sys.executable).parent


def test_every_french_string_is_translated() -> None:
    unfinished = [
        message.findtext("source")
        for message in ET.parse(TS_FILE).getroot().iter("message")
        if message.find("translation").get("type") in ("unfinished", "vanished", "obsolete")  # type: ignore[union-attr]
    ]
    assert unfinished == []


def test_the_code_has_no_string_missing_from_the_translation(tmp_path: Path) -> None:
    """lupdate over the code finds nothing new: run scripts/update_translations.sh after adding strings."""
    copy = tmp_path / "check.ts"
    shutil.copyfile(TS_FILE, copy)
    files = sorted(str(path) for path in Path("fms").rglob("*.py"))
    result = subprocess.run(
        [
            str(BIN / "pyside6-lupdate"),
            "-extensions",
            "py",
            "-no-obsolete",
            "-locations",
            "none",
            *files,
            "-ts",
            str(copy),
        ],
        capture_output=True,
        text=True,
        check=True,
        cwd=resource_path().parent,
    )
    assert "(0 new and" in result.stdout, result.stdout
    assert ET.parse(copy).getroot().findall(".//translation[@type='unfinished']") == []


def test_the_compiled_translation_matches_its_source(tmp_path: Path) -> None:
    compiled = tmp_path / "fresh.qm"
    subprocess.run([str(BIN / "pyside6-lrelease"), "-silent", str(TS_FILE), "-qm", str(compiled)], check=True)
    assert compiled.read_bytes() == QM_FILE.read_bytes(), "run scripts/update_translations.sh"


def test_the_window_speaks_french(qtbot: QtBot, tmp_path: Path, french: None) -> None:
    from fms.ui.main_window import MainWindow

    window = MainWindow(AppContext("fr"), QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat), "x.db")
    qtbot.addWidget(window)
    titles = [window.navigation.item(row).text() for row in range(window.navigation.count())]
    assert titles[:3] == ["Tableau", "Missions", "Clients"]
    assert window.menuBar().actions()[0].text() == "&Fichier"
    clients = window.show_screen("clients")
    assert clients.findChild(type(clients.search), "clientsScreenSearch").placeholderText() == "Rechercher"


def test_messages_from_the_domain_arrive_in_french(french: None) -> None:
    from fms.core.enums import Stage
    from fms.services.pipeline import MoveRefused, classify_move

    with pytest.raises(MoveRefused) as refused:
        classify_move(Stage.SOURCED, Stage.PROFILE_SENT, None)
    assert error_text(refused.value) == (
        "Les étapes se franchissent une à une : déplacez d'abord la carte vers Appel de positionnement."
    )
    assert label(Stage.FINAL_ANSWER) == "Réponse finale"
    assert field_error_texts(ValidationError({"name": "The name is required."}).field_errors) == {
        "name": "Le nom est obligatoire."
    }


EN_TS_FILE = resource_path("i18n", "vivier_en.ts")
EN_QM_FILE = resource_path("i18n", "vivier_en.qm")


def test_english_counts_read_as_english_not_with_brackets(english: None) -> None:
    from fms.ui.plurals import Plurals

    plurals = Plurals()
    assert (plurals.rows(1), plurals.rows(3)) == ("1 row", "3 rows")
    assert (plurals.people(1), plurals.people(2)) == ("1 person", "2 people")
    assert plurals.days_late(2) == "2 days late"


def test_every_counted_phrase_has_its_english_forms(tmp_path: Path) -> None:
    """Each "%n …(s)" phrase of the code has its English singular and plural, and the .qm is compiled from them."""
    forms = {
        message.findtext("source"): [form.text for form in message.iter("numerusform")]
        for message in ET.parse(EN_TS_FILE).getroot().iter("message")
    }
    assert forms and all(len(texts) == 2 and all(texts) and "(s)" not in "".join(texts) for texts in forms.values())
    compiled = tmp_path / "fresh.qm"
    subprocess.run([str(BIN / "pyside6-lrelease"), "-silent", str(EN_TS_FILE), "-qm", str(compiled)], check=True)
    assert compiled.read_bytes() == EN_QM_FILE.read_bytes(), "run scripts/update_translations.sh"
