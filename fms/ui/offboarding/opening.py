"""Starting (or reopening) an offboarding from anywhere; the letter follows Finish when it was asked for."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from fms.core.enums import Stage
from fms.core.errors import KnownError
from fms.ui.context import AppContext
from fms.ui.errors import show_error
from fms.ui.i18n import arg, label
from fms.ui.offboarding.wizard import OffboardingWizard
from fms.ui.status import tell


def run_offboarding(context: AppContext, engagement_id: int, parent: QWidget) -> OffboardingWizard | None:
    try:
        wizard = OffboardingWizard(context.db, engagement_id, parent)
    except KnownError as error:
        show_error(parent, error, title=QCoreApplication.translate("Offboarding", "Offboarding"))
        return None
    wizard.exec()
    if wizard.result_ is not None:
        context.notify("application")  # the card is now in Alumni; the file, the pool and the dashboard follow
        tell(parent, finished_text(wizard))
        if wizard.wants_letter:
            write_letter_after(context, wizard, parent)
    return wizard


def finished_text(wizard: OffboardingWizard) -> str:
    """What Finish did, for the status bar: the wizard may have been opened from the file or a list."""
    name, alumni = wizard.state.freelancer_name, label(Stage.ALUMNI)
    assert wizard.result_ is not None
    if wizard.result_.joined_talent_pool:
        return arg(
            QCoreApplication.translate("Offboarding", "%1 offboarded, now in %2 and in the talent pool."), name, alumni
        )
    return arg(QCoreApplication.translate("Offboarding", "%1 offboarded, now in %2."), name, alumni)


def renew_engagement(context: AppContext, engagement_id: int, parent: QWidget) -> bool:
    from fms.services.pipeline import get_engagement
    from fms.ui.offboarding.renewal_dialog import RenewalDialog

    try:
        engagement = get_engagement(context.db, engagement_id)
    except KnownError as error:
        show_error(parent, error, title=QCoreApplication.translate("Offboarding", "Renew"))
        return False
    renewed = RenewalDialog(context.db, engagement, parent).exec() == RenewalDialog.DialogCode.Accepted
    if renewed:
        context.notify("engagement")
    return renewed


def write_letter_after(context: AppContext, wizard: OffboardingWizard, parent: QWidget) -> None:
    """The letter dialog, on this engagement, starting from the recommendation just written."""
    from fms.services.reports import letter_draft
    from fms.ui.reports.letter_dialog import LetterDialog

    # The same drafting as from the file: it starts from the recommendation the wizard kept.
    draft = letter_draft(context.db, wizard.engagement_id)
    language = wizard.state.answers.get("recommendation", {}).get("letter_language")
    LetterDialog(context.db, [draft], parent, language=language).exec()
