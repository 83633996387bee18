"""The board's lean reads: the mission selector's choices and the filter's folded text."""

from __future__ import annotations

from fms.core.text import fold
from fms.services.crm import set_mission_archived
from fms.services.pipeline import mission_choices
from fms.storage.database import Database
from tests.conftest import Factory


def test_mission_choices_are_live_missions_by_client_then_title_accents_ignored(db: Database, make: Factory) -> None:
    zola, eclat = make.client("Zola"), make.client("Éclat")
    late = make.mission(zola, title="Audit")
    second = make.mission(eclat, title="zèbre")
    first = make.mission(eclat, title="Abri")
    gone = make.mission(eclat, title="Archivée")
    set_mission_archived(db, gone, True)
    choices = mission_choices(db)
    assert [choice.id for choice in choices] == [first, second, late]
    assert (choices[0].title, choices[0].client_id, choices[0].client_name) == ("Abri", eclat, "Éclat")
    assert choices[0].start_date is not None and choices[0].end_date is not None


def test_fold_takes_the_ascii_fast_path_with_the_same_result() -> None:
    for text in ("Camille MARTIN", "Straße", "Élodie Ørsted", "ﬁne", "  Hugo  "):
        assert fold(text) == fold(text.encode("ascii", "ignore").decode()) or not text.isascii()
    assert fold("Camille MARTIN") == "camille martin"
    assert fold("Élodie") == "elodie" and fold("Straße") == "strasse"


def test_the_database_filters_the_cards_accent_blind(db: Database, make: Factory) -> None:
    from fms.services.pipeline import CardFilter, column_keys

    make.application(freelancer_id=make.freelancer("Zoé", "Roux"))
    make.application(freelancer_id=make.freelancer("Hugo", "Durand"))
    (found,) = column_keys(db, None, CardFilter(text="ZOE r")).values()
    assert len(found) == 1
