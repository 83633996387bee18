"""Phone numbers with phonenumbers: E.164 stored, France by default, nonsense refused wherever one is typed."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from fms.core.errors import ValidationError
from fms.models import ClientContact, Freelancer
from fms.services.crm import Contact
from fms.services.crm.clients import ClientInput, create_client
from fms.services.file import ProfileInput, likely_duplicates, save_profile
from fms.storage.database import Database
from fms.values.phone import comparable_phone, normalised_phone, show_phone


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("+33 (0)6 12 34 56 78", "+33612345678"),
        ("06.12.34.56.78", "+33612345678"),
        ("0033 6 12 34 56 78", "+33612345678"),
        ("01 23 45 67 89", "+33123456789"),
        ("+44 20 7946 0958", "+442079460958"),
        ("", ""),
    ],
)
def test_phones_are_stored_in_e164(typed: str, stored: str) -> None:
    assert normalised_phone(typed) == stored


@pytest.mark.parametrize("typed", ["0-0-0-0-0-0", "call me", "01", "+33 6 12", "06 12 34 56 78 90 12"])
def test_what_cannot_be_dialled_is_refused(typed: str) -> None:
    with pytest.raises(ValueError):
        normalised_phone(typed)
    assert comparable_phone(typed) == ""


def test_phones_show_national_at_home_and_international_abroad() -> None:
    assert show_phone("+33612345678") == "06 12 34 56 78"
    assert show_phone("+442079460958") == "+44 20 7946 0958"
    assert show_phone("call me") == "call me"  # an older record, shown as it was typed
    assert show_phone("") == ""


def test_the_profile_stores_e164_and_refuses_a_row_of_zeros(db: Database) -> None:
    saved = save_profile(db, None, ProfileInput("Élodie", "Lefèvre", phone="+33 (0)6 12 34 56 78"))
    with db.reading() as session:
        assert session.get_one(Freelancer, saved.id).phone == "+33612345678"
    with pytest.raises(ValidationError) as invalid:
        save_profile(db, None, ProfileInput("Hugo", "Durand", phone="0-0-0-0-0-0"))
    assert invalid.value.field_errors == {"phone": "This is not a phone number."}


def test_a_contact_phone_is_stored_in_e164_and_nonsense_is_refused(db: Database) -> None:
    client = create_client(db, ClientInput(name="Hexa", contacts=(Contact("Nadia", phone="01.23.45.67.89"),)))
    with db.reading() as session:
        assert session.get_one(ClientContact, client.contacts[0].id).phone == "+33123456789"
    with pytest.raises(ValidationError) as invalid:
        create_client(db, ClientInput(name="Lumen", contacts=(Contact("Tom", phone="0-0-0-0-0-0"),)))
    assert invalid.value.field_errors == {"contacts": "A contact's phone number is not valid."}


def test_a_phone_typed_with_the_trunk_zero_finds_the_same_person(db: Database) -> None:
    camille = save_profile(db, None, ProfileInput("Camille", "Lefèvre", phone="06 12 34 56 78")).id
    hints = likely_duplicates(db, ProfileInput("Someone", "Else", phone="+33 (0)6 12 34 56 78"))
    assert [(hint.freelancer_id, hint.reason) for hint in hints] == [(camille, "phone")]


def test_the_file_shows_the_stored_number_as_people_read_it(
    qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    from fms.ui.file.freelancer_file import FreelancerFileDialog

    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Discard)
    dialog = FreelancerFileDialog(db, None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.fields.first_name, "Camille")
    qtbot.keyClicks(dialog.fields.last_name, "Martin")
    qtbot.keyClicks(dialog.fields.phone, "+33 (0)6 12 34 56 78")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible() and dialog.freelancer_id is not None
    with db.reading() as session:
        assert session.get_one(Freelancer, dialog.freelancer_id).phone == "+33612345678"
    reopened = FreelancerFileDialog(db, dialog.freelancer_id)
    qtbot.addWidget(reopened)
    assert reopened.fields.phone.text() == "06 12 34 56 78"


def test_a_number_kept_as_typed_by_an_older_version_is_still_found(db: Database) -> None:
    with db.transaction() as session:
        older = Freelancer(first_name="Camille", last_name="Lefèvre", phone="+33 (0)6.12.34.56.78")
        session.add(older)
        session.flush()
        older_id = older.id
    hints = likely_duplicates(db, ProfileInput("Someone", "Else", phone="06 12 34 56 78"))
    assert [(hint.freelancer_id, hint.reason) for hint in hints] == [(older_id, "phone")]
    assert likely_duplicates(db, ProfileInput("Someone", "Else", phone="06 12 34 56 79")) == []
