"""Email addresses with email-validator (offline): one normal form, and what is not an address refused."""

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
from fms.values.email import comparable_email, normalised_email


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        (" Elodie@Example.com ", "elodie@example.com"),
        ("nadia@hexa.example", "nadia@hexa.example"),
        ("Élodie@Exämple.fr", "élodie@exämple.fr"),
        ("", ""),
    ],
)
def test_addresses_are_stored_in_one_normal_form(typed: str, stored: str) -> None:
    assert normalised_email(typed) == stored


@pytest.mark.parametrize("typed", ["a@b..c", "tom@", "a@localhost", "two@at@signs.fr", "Élodie <e@x.fr>", "a b@x.fr"])
def test_what_is_not_an_address_is_refused(typed: str) -> None:
    with pytest.raises(ValueError):
        normalised_email(typed)
    assert comparable_email(typed) == ""


def test_the_profile_refuses_a_double_dot(db: Database) -> None:
    with pytest.raises(ValidationError) as invalid:
        save_profile(db, None, ProfileInput("Hugo", "Durand", email="hugo@example..com"))
    assert invalid.value.field_errors == {"email": "This is not an email address."}


def test_a_contact_address_with_a_double_dot_is_refused(db: Database) -> None:
    with pytest.raises(ValidationError) as invalid:
        create_client(db, ClientInput(name="Hexa", contacts=(Contact("Tom", email="a@b..c"),)))
    assert invalid.value.field_errors == {"contacts": "A contact's email address is not valid."}
    client = create_client(db, ClientInput(name="Hexa", contacts=(Contact("Tom", email=" Tom@Hexa.Example "),)))
    with db.reading() as session:
        assert session.get_one(ClientContact, client.contacts[0].id).email == "tom@hexa.example"


def test_an_address_differing_by_case_is_the_same_person(db: Database) -> None:
    camille = save_profile(db, None, ProfileInput("Camille", "Martin", email="Camille@Example.com")).id
    hints = likely_duplicates(db, ProfileInput("C.", "Else", email=" CAMILLE@example.COM"))
    assert [(hint.freelancer_id, hint.reason) for hint in hints] == [(camille, "email")]
    with pytest.raises(ValidationError) as invalid:
        save_profile(db, None, ProfileInput("C.", "Else", email="camille@EXAMPLE.com"))
    assert invalid.value.field_errors == {"email": "Another freelancer has this email address."}


def test_the_file_shows_the_address_error_beside_its_field(
    qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    from fms.ui.file.freelancer_file import FreelancerFileDialog

    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Discard)
    dialog = FreelancerFileDialog(db, None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.fields.first_name, "Camille")
    qtbot.keyClicks(dialog.fields.last_name, "Martin")
    qtbot.keyClicks(dialog.fields.email, "camille@example..com")
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert dialog.error_for("email") == "This is not an email address."
    dialog.fields.email.setText("Camille@Example.com")
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    with db.reading() as session:
        assert session.get_one(Freelancer, dialog.freelancer_id).email == "camille@example.com"
