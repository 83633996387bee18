"""The dialogs the File and Edit menus open on the current database: each does nothing while none is open."""

from __future__ import annotations

from PySide6.QtWidgets import QMainWindow, QWidget

from fms.ui.context import AppContext


def import_people(context: AppContext, parent: QMainWindow) -> None:
    if not context.is_open:
        return
    from fms.ui.data_import.preview_dialog import import_from_file

    import_from_file(context.db, parent)
    context.notify("freelancer")


def offboarding_template(context: AppContext, parent: QWidget) -> None:
    if not context.is_open:
        return
    from fms.ui.offboarding.template_dialog import OffboardingTemplateDialog

    OffboardingTemplateDialog(context.db, parent).exec()


def message_templates(context: AppContext, parent: QWidget) -> None:
    if not context.is_open:
        return
    from fms.ui.i18n import default_language
    from fms.ui.messages.templates_dialog import MessageTemplatesDialog

    MessageTemplatesDialog(context.db, default_language(), parent).exec()


def export_data(context: AppContext, parent: QWidget) -> None:
    if not context.is_open:
        return
    from fms.ui.data_export import ExportDialog

    ExportDialog(context.db, parent).exec()
