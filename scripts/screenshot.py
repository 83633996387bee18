"""Saves screenshots of the main window's screens on a sample database (offscreen).

python scripts/screenshot.py --db /tmp/shots.db --out docs/ [--screen board ...] [--lang fr] [--theme dark]
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from fms.sampledata.generator import fill_demo  # noqa: E402
from fms.storage.locations import sqlite_location  # noqa: E402
from fms.storage.opening import open_database  # noqa: E402
from fms.ui.context import AppContext  # noqa: E402
from fms.ui.i18n import install_translations  # noqa: E402
from fms.ui.main_window import SCREEN_KEYS, MainWindow  # noqa: E402
from fms.ui.theme import SYSTEM, THEMES, apply_theme  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", required=True)
    parser.add_argument("--out", default="docs")
    parser.add_argument("--screen", action="append", choices=SCREEN_KEYS)
    parser.add_argument("--lang", default="en")
    parser.add_argument("--size", default="1360x820")
    parser.add_argument("--theme", choices=THEMES, default=SYSTEM, help="View → Theme (files get a -THEME suffix)")
    parser.add_argument("--backups", action="store_true", help="only the backup list and the restore confirmation")
    args = parser.parse_args()
    app = QApplication([sys.argv[0]])
    install_translations(app, args.lang)
    if args.theme != SYSTEM:
        apply_theme(args.theme)
    location = sqlite_location(Path(args.db))
    fresh = not location.sqlite_path or not location.sqlite_path.exists()
    opened = open_database(location)
    if fresh:
        fill_demo(opened.db)
    context = AppContext(args.lang)
    settings = QSettings(str(Path(args.out) / ".screenshot-settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(context, settings, location.display_name)
    width, height = (int(part) for part in args.size.split("x"))
    window.resize(width, height)
    window.show()
    context.set_database(opened.db)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    suffix = ("" if args.lang == "en" else "-" + args.lang) + ("" if args.theme == SYSTEM else "-" + args.theme)
    for key in [] if args.backups else args.screen or SCREEN_KEYS:
        screen = window.show_screen(key)
        for _ in range(5):
            app.processEvents()
        while not getattr(screen, "charts_ready", True):  # the dashboard draws its charts just after it shows
            app.processEvents()
        target = out / f"{key}{suffix}.png"
        window.grab().save(str(target))
        print(target)
    # Beyond each screen: the dialogs and states a screen leads to (a screen's key -> its shots).
    extras = {
        "board": lambda: board_extras(app, window),
        "freelancers": lambda: file_extras(app, window, opened.db) + message_extras(app, window, opened.db, args.lang),
        "talentPool": lambda: pool_extras(app, window),
        "dashboard": lambda: dashboard_extras(app, window) + offboarding_extras(app, window, opened.db),
        "answersOwed": lambda: answer_extras(app, window, opened.db, args.lang),
    }
    if args.backups or not args.screen:
        extras["backups"] = lambda: backup_extras(app, window, opened.db)
    for key, shots in extras.items():
        if key == "backups" or (not args.backups and key in (args.screen or SCREEN_KEYS)):
            for name, image in shots():
                target = out / f"{name}{suffix}.png"
                image.save(str(target))  # type: ignore[attr-defined]
                print(target)
    Path(settings.fileName()).unlink(missing_ok=True)


def backup_extras(app: QApplication, window: MainWindow, db: Any) -> list[tuple[str, object]]:
    """The list of backups (a few days of them) and the confirmation a restore asks for."""
    from datetime import datetime, timedelta

    from fms.storage.backups import BEFORE_UPGRADE, DAILY, MANUAL, backups_folder, create_backup, list_backups
    from fms.ui.backups.dialogs import BackupsDialog, RestoreConfirmation

    path = db.location.sqlite_path
    now = datetime.now().astimezone().replace(hour=9, minute=12, second=0)
    if not list_backups(path):
        for days, kind in ((40, BEFORE_UPGRADE), (9, DAILY), (3, DAILY), (2, MANUAL), (1, DAILY), (0, DAILY)):
            create_backup(path, kind, now=now - timedelta(days=days, minutes=7 * days))
    window.backups.update_label()
    dialog = BackupsDialog(list_backups(path), str(backups_folder(path)), window)
    dialog.show()
    dialog.select(1)
    for _ in range(5):
        app.processEvents()
    shots = [("backup-list", dialog.grab())]
    confirmation = RestoreConfirmation(list_backups(path)[1], dialog)
    confirmation.show()
    for _ in range(5):
        app.processEvents()
    shots.append(("restore-confirmation", confirmation.grab()))
    confirmation.close()
    dialog.close()
    return shots


def answer_extras(app: QApplication, window: MainWindow, db: Any, language: str) -> list[tuple[str, object]]:
    """The answers owed, oldest first, and the answer drafted for a rejection after failed interviews."""
    from sqlalchemy import select

    from fms.core.enums import InterviewResult, Outcome
    from fms.models import Application, Interview
    from fms.services.pipeline import get_answer, redraft_answer
    from fms.ui.board.answer_dialog import AnswerDialog

    def settle() -> None:
        for _ in range(5):
            app.processEvents()

    screen = window.show_screen("answersOwed")
    screen.table.selectRow(0)  # type: ignore[attr-defined]
    settle()
    shots: list[tuple[str, object]] = [("answers-owed", window.grab())]
    with db.reading() as session:
        application_id = session.scalar(
            select(Application.id)
            .join(Interview, Interview.application_id == Application.id)
            .where(
                Application.feedback_owed,
                Application.outcome == Outcome.REJECTED_BY_CLIENT,
                Interview.result == InterviewResult.FAILED,
            )
            .order_by(Application.closed_at)
            .limit(1)
        )
    answer = get_answer(db, application_id, language)

    def redraft(chosen: str) -> tuple[str, str]:
        return redraft_answer(db, application_id, chosen)

    dialog = AnswerDialog(answer, lambda *_: None, redraft, language, parent=window)
    dialog.show()
    settle()
    shots.append(("answer-dialog", dialog.grab()))
    dialog.reject()
    return shots


def message_extras(app: QApplication, window: MainWindow, db: Any, language: str) -> list[tuple[str, object]]:
    """A rejection's message drafted from its template, and the templates' editor previewing it."""
    from sqlalchemy import select

    from fms.core.enums import InterviewResult, Outcome
    from fms.models import Application, Interview
    from fms.services.messages import MessageKind
    from fms.ui.messages.message_dialog import MessageDialog
    from fms.ui.messages.templates_dialog import MessageTemplatesDialog

    def settle() -> None:
        for _ in range(5):
            app.processEvents()

    with db.reading() as session:
        row = session.execute(
            select(Application.id, Application.freelancer_id)
            .join(Interview, Interview.application_id == Application.id)
            .where(Application.outcome == Outcome.REJECTED_BY_CLIENT, Interview.result == InterviewResult.FAILED)
            .order_by(Application.closed_at.desc())
            .limit(1)
        ).one()
    dialog = MessageDialog(db, row.freelancer_id, row.id, language, MessageKind.REJECTION_FEEDBACK, window)
    dialog.show()
    settle()
    shots: list[tuple[str, object]] = [("message-draft", dialog.grab())]
    dialog.reject()
    editor = MessageTemplatesDialog(db, language, window)
    editor.show()
    editor.kinds.setCurrentRow(list(MessageKind).index(MessageKind.REJECTION_FEEDBACK))
    index = editor.person.findData(row.freelancer_id)
    if index < 0:
        editor.search.setText(dialog.draft.recipient_name if dialog.draft else "")
        index = max(0, editor.person.findData(row.freelancer_id))
    editor.person.setCurrentIndex(index)
    editor.about.setCurrentIndex(max(0, editor.about.findData(row.id)))
    settle()
    shots.append(("message-templates", editor.grab()))
    editor.reject()
    return shots


def pool_extras(app: QApplication, window: MainWindow) -> list[tuple[str, object]]:
    """The pool searched by words (with passages), ranked for a mission, and a rate benchmark."""
    screen = window.show_screen("talentPool")

    def settle() -> None:
        for _ in range(10):
            app.processEvents()

    screen.search.setText("kubernetes")
    screen.search_tab.run()
    settle()
    shots = [("talent-pool-search", window.grab())]
    screen.tabs.setCurrentWidget(screen.ranking_tab)
    ranking = screen.ranking_tab
    best = max(
        range(ranking.mission.count()),
        key=lambda index: len(ranking.rank() if ranking.mission.setCurrentIndex(index) is None else []),
    )
    ranking.mission.setCurrentIndex(best)
    ranking.table.selectRow(0)
    settle()
    shots.append(("talent-pool-ranking", window.grab()))
    screen.tabs.setCurrentWidget(screen.rates_tab)
    screen.rates_tab.skill.setText("Python")
    screen.rates_tab.compare.setText("750")
    screen.rates_tab.show_figures()
    settle()
    shots.append(("talent-pool-rates", window.grab()))
    screen.tabs.setCurrentIndex(0)
    return shots


def dashboard_extras(app: QApplication, window: MainWindow) -> list[tuple[str, object]]:
    """The list behind the funnel's "Profile sent" bar."""
    screen: Any = window.show_screen("dashboard")
    while not screen.charts_ready:
        app.processEvents()
    dialog = screen.open_bar("funnel", 2)
    for _ in range(5):
        app.processEvents()
    image = dialog.grab()
    dialog.reject()
    return [("dashboard-list", image)]


def offboarding_extras(app: QApplication, window: MainWindow, db: Any) -> list[tuple[str, object]]:
    """Three pages of an offboarding in progress (checklist, recommendation, summary), and a renewal."""
    from PySide6.QtWidgets import QCheckBox

    from fms.ui.offboarding.renewal_dialog import RenewalDialog
    from fms.ui.offboarding.wizard import OffboardingWizard

    def settle() -> None:
        for _ in range(5):
            app.processEvents()

    from sqlalchemy import select

    from fms.models import Engagement, Offboarding

    with db.reading() as session:
        engagement_id = session.scalar(
            select(Engagement.id)
            .outerjoin(Offboarding, Offboarding.engagement_id == Engagement.id)
            .where(Engagement.real_end_date.is_(None), Offboarding.id.is_(None))
            .order_by(Engagement.planned_end_date)
            .limit(1)
        )
    wizard = OffboardingWizard(db, engagement_id, window)
    wizard.show()
    shots = []
    for box in wizard.current().findChildren(QCheckBox)[:2]:
        box.setChecked(True)
    wizard.current().checklist.comments[2].setText("Two tickets left to the internal team, listed in Jira")
    wizard.next()
    for box in wizard.current().findChildren(QCheckBox):
        box.setChecked(True)
    wizard.current().fields["handed_to"].setText("Nadia Haddad, tech lead")
    wizard.current().fields["what"].setPlainText("Runbooks, the ingestion code and the on-call rota")
    settle()
    shots.append(("offboarding-handover", wizard.grab()))
    wizard.next()
    wizard.current().fields["mission_view"].setPlainText("Demanding but clear; a team that knew what it wanted.")
    wizard.next()
    page = wizard.current()
    page.fields["text"].setPlainText(
        "Took over a late project and delivered it on time, with tests that did not exist before."
    )
    page.fields["rating"].setValue(5)
    page.fields["strengths"].setText("Rigour, teaching, calm under pressure")
    page.fields["rehire"].setCurrentIndex(1)
    page.fields["letter"].setChecked(True)
    settle()
    shots.append(("offboarding-recommendation", wizard.grab()))
    wizard.next()
    wizard.current().fields["note"].setPlainText("Give her the hard problems; brief her early on the politics.")
    wizard.next()
    wizard.current().fields["consent"].setChecked(True)
    from datetime import date, timedelta

    from fms.ui.dialogs.form import set_date_value

    set_date_value(wizard.current().fields["follow_up_on"], date.today() + timedelta(days=90))
    wizard.next()
    for box in wizard.current().findChildren(QCheckBox):
        box.setChecked(True)
    wizard.next()
    settle()
    shots.append(("offboarding-summary", wizard.grab()))
    wizard.reject()
    from fms.services.pipeline import get_engagement

    renewal = RenewalDialog(db, get_engagement(db, engagement_id), window)
    renewal.show()
    settle()
    shots.append(("renewal-dialog", renewal.grab()))
    renewal.close()
    return shots


def file_extras(app: QApplication, window: MainWindow, db: Any) -> list[tuple[str, object]]:
    """The file of the sample freelancer with the most history: each tab, an interview, a merge."""
    from sqlalchemy import func, select

    from fms.models import ActivityEntry, Application, CollaborationNote, Document, Interview
    from fms.ui.file.freelancer_file import FreelancerFileDialog
    from fms.ui.file.merge_dialog import MergeDialog

    with db.reading() as session:
        interviewed = select(Application.freelancer_id).join(Interview, Interview.application_id == Application.id)
        busiest = session.scalar(
            select(ActivityEntry.freelancer_id)
            .where(
                ActivityEntry.freelancer_id.in_(select(Document.freelancer_id)),
                ActivityEntry.freelancer_id.in_(select(CollaborationNote.freelancer_id)),
                ActivityEntry.freelancer_id.in_(interviewed),
            )
            .group_by(ActivityEntry.freelancer_id)
            .order_by(func.count().desc())
            .limit(1)
        )
    dialog = FreelancerFileDialog(db, busiest, window)
    dialog.resize(980, 680)
    dialog.show()
    shots = []
    for index, name in (
        (0, "freelancer-file"),
        (2, "freelancer-interviews"),
        (3, "freelancer-documents"),
        (4, "freelancer-notes"),
    ):
        dialog.tabs.setCurrentIndex(index)
        for _ in range(5):
            app.processEvents()
        shots.append((name, dialog.grab()))
    dialog.interviews.table.selectRow(0)
    editor = dialog.interviews.make_dialog(dialog.interviews.selected().id)
    editor.show()
    for _ in range(5):
        app.processEvents()
    shots.append(("interview-dialog", editor.grab()))
    editor.close()
    from fms.services.reports import engagements_for_letters
    from fms.ui.reports.letter_dialog import LetterDialog

    letter = LetterDialog(db, engagements_for_letters(db, busiest), dialog)
    letter.show()
    for _ in range(5):
        app.processEvents()
    shots.append(("letter-dialog", letter.grab()))
    letter.close()
    dialog.tabs.setCurrentIndex(0)
    shots.append(("stale-save-dialog", stale_save_shot(app, dialog, db, busiest)))
    dialog.close()
    merge = MergeDialog(db, busiest, busiest % 500 + 1, window)
    merge.show()
    for _ in range(5):
        app.processEvents()
    shots.append(("merge-dialog", merge.grab()))
    merge.close()
    return shots


def stale_save_shot(app: QApplication, dialog: Any, db: Any, freelancer_id: int) -> object:
    """Another window saves the phone and the rate while this file's headline is being edited."""
    from dataclasses import replace

    from fms.core.errors import ChangedElsewhere
    from fms.services.file import get_file, save_profile
    from fms.storage.opening import open_database
    from fms.ui.dialogs.stale_save import StaleSaveDialog

    other = open_database(db.location).db
    other.actor = "maya.roux"
    theirs = get_file(other, freelancer_id)
    changed = replace(
        theirs.profile, phone="+33 6 12 48 90 17", daily_rate_cents=(theirs.profile.daily_rate_cents or 0) + 5000
    )
    save_profile(other, freelancer_id, changed, version=theirs.version)
    other.dispose()
    mine = dialog.fields.read()
    try:
        save_profile(db, freelancer_id, replace(mine, headline=mine.headline + " · lead"), version=dialog.version)
    except ChangedElsewhere as error:
        stale = StaleSaveDialog(error, dialog.captions(), dialog)
    stale.show()
    for _ in range(5):
        app.processEvents()
    image = stale.grab()
    stale.close()
    return image


def board_extras(app: QApplication, window: MainWindow) -> list[tuple[str, object]]:
    """The board on its busiest mission, the outcome dialog of a card at Final answer, the closed column."""
    from collections import Counter

    from fms.core.enums import Stage
    from fms.services.pipeline import CLOSING_OUTCOMES
    from fms.ui.board.outcome_dialog import OutcomeDialog

    board = window.show_screen("board").board  # type: ignore[attr-defined]
    cards = [card for model in board.models.values() for card in model.cards if card.stage != Stage.ALUMNI]
    busiest = Counter(card.mission_id for card in cards).most_common(1)[0][0]
    board.mission_selector.setCurrentIndex(board.mission_selector.findData(busiest))
    for _ in range(5):
        app.processEvents()
    shots = [("board-mission", window.grab())]
    board.mission_selector.setCurrentIndex(0)
    deciding = next(card for card in cards if card.stage == Stage.FINAL_ANSWER)
    dialog = OutcomeDialog(deciding, CLOSING_OUTCOMES, lambda outcome: None, parent=window)
    dialog.outcome.setCurrentIndex(1)
    dialog.justification.setPlainText("The team chose a profile with more experience of payment platforms.")
    dialog.show()
    for _ in range(5):
        app.processEvents()
    shots.append(("outcome-dialog", dialog.grab()))
    dialog.close()
    bar = board.scroll_area.horizontalScrollBar()
    bar.setValue(bar.maximum())  # the real alumni, then the applications closed without a hire
    for _ in range(5):
        app.processEvents()
    shots.append(("board-closed", window.grab()))
    bar.setValue(0)
    return shots


if __name__ == "__main__":
    main()
