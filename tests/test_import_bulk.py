"""The import writes freelancers in bulk: what it writes must be what saving the profile by hand writes."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import inspect, select, text

from fms.core.enums import Seniority, SourcingChannel
from fms.core.errors import KnownError
from fms.models import ActivityEntry, Freelancer, FreelancerSkill, Skill
from fms.services.data import import_freelancers
from fms.services.data import import_people as import_module
from fms.services.file import ProfileInput, save_profile
from fms.storage.database import Database
from fms.values.people_csv import read_people_csv

HEADER = "first_name,last_name,email,phone,linkedin_url,headline,seniority,daily_rate,skills"
# The profile's own columns; the rest differ between two people by nature or by the clock.
DIFFERENT = {"id", "email", "phone", "linkedin_url", "search_text", "created_at", "updated_at"}


def csv_file(*rows: str) -> bytes:
    return "\n".join((HEADER, *rows)).encode()


def snapshot(db: Database, freelancer_id: int) -> dict[str, Any]:
    with db.reading() as session:
        freelancer = session.get(Freelancer, freelancer_id)
        assert freelancer is not None
        keys = [column.key for column in inspect(Freelancer).column_attrs if column.key not in DIFFERENT]
        columns = {key: getattr(freelancer, key) for key in keys}
        skills = session.execute(
            select(Skill.id, Skill.key, Skill.name, FreelancerSkill.level)
            .join(FreelancerSkill, FreelancerSkill.skill_id == Skill.id)
            .where(FreelancerSkill.freelancer_id == freelancer_id)
            .order_by(Skill.key)
        ).all()
        entries = session.execute(
            select(ActivityEntry.actor, ActivityEntry.entity_type, ActivityEntry.entity_id, ActivityEntry.action)
            .add_columns(ActivityEntry.details)
            .where(ActivityEntry.freelancer_id == freelancer_id)
        ).all()
        stats = session.execute(
            text("SELECT * FROM pool_stats WHERE freelancer_id = :id"), {"id": freelancer_id}
        ).mappings()
        key = "rowid" if db.engine.dialect.name == "sqlite" else "freelancer_id"
        words = session.execute(text(f"SELECT body FROM pool_text WHERE {key} = :id"), {"id": freelancer_id}).all()
        return {
            "columns": columns,
            "search_text": freelancer.search_text,
            "skills": [tuple(row) for row in skills],
            "activity": [tuple(row) for row in entries],
            "pool_stats": [{k: v for k, v in row.items() if k != "freelancer_id"} for row in stats],
            "pool_text": [tuple(row) for row in words],
            "id": freelancer_id,
        }


def test_an_imported_freelancer_is_the_one_a_saved_profile_makes(db: Database) -> None:
    data = csv_file(
        "Élodie, Fauré ,a.elodie@Example.fr,06 12 34 56 78,https://fr.linkedin.com/in/Elodie-F/,"
        '"Data  engineer",senior,"600","Python 4, sql 3, Python 5"'
    )
    summary = import_freelancers(db, read_people_csv(data))
    assert summary.imported == 1
    with db.reading() as session:
        imported_id = session.scalars(select(Freelancer.id)).one()
    saved = save_profile(
        db,
        None,
        ProfileInput(
            "Élodie",
            "Fauré",
            email="b.elodie@example.fr",
            phone="07 98 76 54 32",
            linkedin_url="https://www.linkedin.com/in/elodie-g",
            headline="Data  engineer",
            seniority=Seniority.SENIOR,
            daily_rate_cents=60_000,
            sourcing_channel=SourcingChannel.DIRECT,
            skills=(("Python", 4), ("sql", 3), ("Python", 5)),
        ),
    )
    imported, by_hand = snapshot(db, imported_id), snapshot(db, saved.id)
    assert imported["columns"] == by_hand["columns"]
    assert imported["columns"]["version"] == 1 and imported["columns"]["headline"] == "Data engineer"
    assert imported["search_text"] == by_hand["search_text"].replace("b.elodie", "a.elodie")
    assert (
        imported["skills"]
        == by_hand["skills"]
        == [(imported["skills"][0][0], "python", "Python", 5)] + [(imported["skills"][1][0], "sql", "sql", 3)]
    )
    assert [entry[:2] + entry[3:] for entry in imported["activity"]] == [
        entry[:2] + entry[3:] for entry in by_hand["activity"]
    ]
    assert [entry[2] for entry in imported["activity"]] == [imported_id]
    assert imported["pool_stats"] == by_hand["pool_stats"] and len(imported["pool_stats"]) == 1
    assert imported["pool_text"] == by_hand["pool_text"]
    with db.reading() as session:
        assert session.get(Freelancer, imported_id).email == "a.elodie@example.fr"  # type: ignore[union-attr]
        assert session.get(Freelancer, imported_id).phone == "+33612345678"  # type: ignore[union-attr]


def test_a_row_merged_into_an_earlier_row_of_the_file_fills_its_empty_fields(db: Database) -> None:
    data = csv_file(
        "Karim,Haddad,,,https://www.linkedin.com/in/karim-h/,,,,",
        "K,H,karim@example.com,,https://www.linkedin.com/in/karim-h/,Architect,,,",
    )
    summary = import_freelancers(db, read_people_csv(data), decisions={3: "merge"})
    assert (summary.imported, summary.merged) == (1, 1)
    with db.reading() as session:
        karim = session.scalars(select(Freelancer)).one()
        assert (karim.first_name, karim.email, karim.headline) == ("Karim", "karim@example.com", "Architect")
        assert "karim@example.com" in karim.search_text


def test_cancelling_while_the_rows_are_written_leaves_nothing(db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(import_module, "PROGRESS_EVERY", 10_000)
    rows = [f"P,N{number},p{number}@example.com,,,,,,Go 3" for number in range(3)]
    asked: list[int] = []

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) > 1  # the first check, before the rows are read, says go on

    with pytest.raises(KnownError):
        import_freelancers(db, read_people_csv(csv_file(*rows)), cancelled=cancelled)
    with db.reading() as session:
        assert session.scalars(select(Freelancer)).all() == []
        assert session.scalars(select(Skill)).all() == []
