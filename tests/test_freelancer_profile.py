"""A freelancer's profile: every rule checked on save, skills kept as shared tags, history kept."""

from __future__ import annotations

from datetime import date

import pytest

from fms.core.enums import SourcingChannel, Stage
from fms.core.errors import ValidationError
from fms.services.file import ProfileInput, get_file, save_profile
from fms.storage.database import Database
from tests.conftest import Factory


def errors_of(db: Database, data: ProfileInput, freelancer_id: int | None = None) -> set[str]:
    with pytest.raises(ValidationError) as invalid:
        save_profile(db, freelancer_id, data)
    return set(invalid.value.field_errors)


def test_each_bad_value_is_named(db: Database, make: Factory) -> None:
    make.freelancer("Hugo", "Durand")  # person1@example.com
    bad = ProfileInput(
        first_name=" ",
        last_name="",
        email="person1@EXAMPLE.com",
        phone="call me",
        linkedin_url="linkedin.com/in/x",
        daily_rate_cents=-100,
        sourcing_channel=SourcingChannel.PORTAGE,
        skills=(("Python", 7),),
    )
    assert errors_of(db, bad) == {
        "first_name",
        "last_name",
        "email",
        "phone",
        "linkedin_url",
        "daily_rate",
        "portage_company",
        "skills",
    }
    assert errors_of(db, ProfileInput("A", "B", email="not-an-email")) == {"email"}


def test_a_profile_is_saved_normalised_with_its_skills_and_history(db: Database) -> None:
    data = ProfileInput(
        first_name=" Élodie ",
        last_name="Lefèvre",
        email=" Elodie@Example.com ",
        phone="+33 6 12 34 56 78",
        headline="Développeuse   Python",
        daily_rate_cents=65000,
        talent_pool_consent=True,
        skills=(("Python", 5), ("SQL", 3)),
    )
    saved = save_profile(db, None, data)
    assert (saved.profile.first_name, saved.profile.email, saved.profile.headline) == (
        "Élodie",
        "elodie@example.com",
        "Développeuse Python",
    )
    assert saved.profile.consent_date == date.today()
    assert saved.profile.skills == (("Python", 5), ("SQL", 3))
    edited = save_profile(
        db, saved.id, ProfileInput("Élodie", "Lefèvre", email="elodie@example.com", skills=(("sql", 4),))
    )
    assert edited.profile.skills == (("SQL", 4),)
    assert edited.profile.talent_pool_consent is False and edited.profile.consent_date is None
    assert [line.action for line in edited.history] == ["edited", "created"]


def test_the_file_lists_the_applications(db: Database, make: Factory) -> None:
    freelancer_id = make.freelancer()
    make.application(make.mission(), freelancer_id)
    application_file = get_file(db, freelancer_id)
    assert [line.stage for line in application_file.applications] == [Stage.SOURCED]


def test_do_not_rehire_needs_a_reason_and_flags_the_cards(db: Database, make: Factory) -> None:
    from fms.core.enums import RehireStatus
    from fms.services.pipeline import load_card

    freelancer_id = make.freelancer("Hugo", "Durand")
    application_id = make.application(freelancer_id=freelancer_id)
    profile = get_file(db, freelancer_id).profile
    refused = ProfileInput(**{**profile.__dict__, "rehire_status": RehireStatus.DO_NOT_REHIRE})
    assert errors_of(db, refused, freelancer_id) == {"do_not_rehire_reason"}
    reason = "Left the mission without notice."
    save_profile(db, freelancer_id, ProfileInput(**{**refused.__dict__, "do_not_rehire_reason": reason}))
    assert get_file(db, freelancer_id).profile.do_not_rehire_reason == reason
    card = load_card(db, application_id)
    assert card is not None and card.do_not_rehire  # the card says so; the reason stays in the file
