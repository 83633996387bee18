"""The offboarding wizard by keyboard: unique mnemonics per page, tab order down the page, and the whole wizard
completed with key events alone (Tab, Space, typing)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QCheckBox, QLabel, QWidget, QWizard
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from fms.models import CollaborationNote, Offboarding
from fms.storage.database import Database
from fms.ui.offboarding.pages import OffboardingWizardPage
from fms.ui.offboarding.wizard import OffboardingWizard


@pytest.fixture
def wizard(qtbot: QtBot, db: Database, engagement_id: int) -> OffboardingWizard:
    shown = OffboardingWizard(db, engagement_id)
    qtbot.addWidget(shown)
    shown.show()
    shown.activateWindow()
    qtbot.waitActive(shown)
    return shown


def mnemonic(text: str) -> str | None:
    at = text.replace("&&", "").find("&")
    return text.replace("&&", "")[at + 1].lower() if at >= 0 else None


def visible_mnemonics(wizard: OffboardingWizard) -> list[str]:
    """The Alt+letter of every visible caption and button on the current page and the wizard's buttons."""
    found = []
    widgets: list[QWidget] = [*wizard.current().findChildren(QLabel), *wizard.current().findChildren(QAbstractButton)]
    widgets += [wizard.button(which) for which in (QWizard.WizardButton.BackButton, QWizard.WizardButton.NextButton,
                                                    QWizard.WizardButton.FinishButton)]  # fmt: skip
    for widget in widgets:
        letter = mnemonic(widget.text()) if widget.isVisibleTo(wizard) else None  # type: ignore[attr-defined]
        if letter:
            found.append(letter)
    return found


def alt(qtbot: QtBot, letter: str) -> None:
    focused = QApplication.focusWidget()
    assert focused is not None
    qtbot.keyClick(focused, getattr(Qt.Key, f"Key_{letter.upper()}"), Qt.KeyboardModifier.AltModifier)


def type_text(qtbot: QtBot, text: str) -> None:
    focused = QApplication.focusWidget()
    assert focused is not None
    qtbot.keyClicks(focused, text)


def press(qtbot: QtBot, key: Qt.Key, times: int = 1) -> None:
    for _ in range(times):
        focused = QApplication.focusWidget()
        assert focused is not None
        qtbot.keyClick(focused, key)


def test_each_page_has_unique_mnemonics_and_tabs_down_the_page(
    qtbot: QtBot, wizard: OffboardingWizard, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(OffboardingWizardPage, "validatePage", lambda self: True)  # every page, filled or not
    for page in wizard.pages:
        while wizard.current() is not page:
            wizard.next()
        letters = visible_mnemonics(wizard)
        assert len(letters) == len(set(letters)), (page.key, sorted(letters))
        chain = [widget for widget in page.fields.values() if widget.isVisibleTo(page)]
        for first, second in zip(chain, chain[1:], strict=False):
            following = first.nextInFocusChain()
            while following is not second and (
                first.isAncestorOf(following)  # a spin box's own line edit
                or not (following.isVisibleTo(page) and following.focusPolicy() & Qt.FocusPolicy.TabFocus)
            ):
                following = following.nextInFocusChain()
            assert following is second, (page.key, first.objectName(), second.objectName())


# What the keyboard-only walk types (or the key it presses) in each page's fields; items are ticked with Space.
TYPED: dict[str, dict[str, str | Qt.Key]] = {
    "handover": {"handed_to": "Nadia, tech lead", "what": "Runbooks"},
    "feedback": {"mission_view": "Demanding but clear"},
    "recommendation": {
        "text": "Reliable, calm under pressure.",
        "rating": "4",
        "strengths": "Rigour",
        "rehire": Qt.Key.Key_Down,
    },
    "trace": {"note": "Give her the hard problems"},
}


def fill_page_by_keyboard(qtbot: QtBot, wizard: OffboardingWizard, last: QWizard.WizardButton) -> None:
    """Tabs down the page: Space on each unticked item, the page's text typed into its fields, Space on `last`."""
    page = wizard.current()
    texts = {page.fields[key]: text for key, text in TYPED.get(page.key, {}).items() if key in page.fields}
    target = wizard.button(last)
    if QApplication.focusWidget() is target:  # the wizard gives the button focus on some pages: go round once
        press(qtbot, Qt.Key.Key_Tab)
    for _ in range(80):
        focused = QApplication.focusWidget()
        if focused is target:
            press(qtbot, Qt.Key.Key_Space)
            return
        if isinstance(focused, QCheckBox) and focused.objectName().startswith("item") and not focused.isChecked():
            press(qtbot, Qt.Key.Key_Space)
        elif focused in texts:
            typed = texts.pop(focused)
            press(qtbot, typed) if isinstance(typed, Qt.Key) else type_text(qtbot, typed)
        press(qtbot, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {target.text()} on {page.key}")


def test_the_whole_wizard_by_keyboard_alone(qtbot: QtBot, db: Database, wizard: OffboardingWizard) -> None:
    seen = []
    while wizard.current().key != "summary":
        seen.append(wizard.current().key)
        fill_page_by_keyboard(qtbot, wizard, QWizard.WizardButton.NextButton)
        assert wizard.current().key not in seen, f"refused on {seen[-1]}: {wizard.current().key}"
    fill_page_by_keyboard(qtbot, wizard, QWizard.WizardButton.FinishButton)
    assert wizard.result_ is not None and not wizard.isVisible()
    assert len(seen) == 7
    with db.reading() as session:
        offboarding = session.scalars(select(Offboarding)).one()
        completed, all_done = offboarding.completed_at is not None, all(item.done for item in offboarding.items)
        note = session.get_one(CollaborationNote, wizard.result_.note_id)
    assert completed and all_done
    assert (note.text, note.rating, note.strengths, note.would_rehire) == (
        "Give her the hard problems",
        4,
        "Rigour",
        True,
    )
