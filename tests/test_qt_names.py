"""No class of ours hides a Qt member under the same name.

`dialog.result = combo` makes QDialog.result() uncallable, `self.thread = QThread()` hides
QObject.thread(), and a `render()` with another signature breaks whoever calls QWidget.render:
Qt and PySide6 both reach members by name. A method may reuse a Qt name only to reimplement one
of Qt's virtual functions, listed here on purpose.
"""

from __future__ import annotations

from shiboken6 import Shiboken

from tests.ui_classes import ui_classes

# Qt virtual functions our classes reimplement, with Qt's own signature.
REIMPLEMENTED = frozenset(
    {
        # QRunnable
        "run",
        # QDialog, QWizard, QWizardPage
        "accept",
        "reject",
        "initializePage",
        "validatePage",
        # QWidget and QObject event handlers
        "closeEvent",
        "showEvent",
        "keyPressEvent",
        "dragEnterEvent",
        "dragMoveEvent",
        "dropEvent",
        "event",
        "eventFilter",
        "changeEvent",
        "focusInEvent",
        "focusOutEvent",
        "paintEvent",
        "focusNextPrevChild",
        "mousePressEvent",
        "mouseMoveEvent",
        "mouseReleaseEvent",
        "leaveEvent",
        "contextMenuEvent",
        # item models and proxies
        "rowCount",
        "columnCount",
        "data",
        "headerData",
        "flags",
        "setData",
        "sort",
        "canFetchMore",
        "fetchMore",
        "mimeTypes",
        "mimeData",
        "supportedDragActions",
        "supportedDropActions",
        "filterAcceptsRow",
        "insertRows",
        "removeRows",
        "moveRows",
        # QStyledItemDelegate (and QWidget's size hints)
        "paint",
        "sizeHint",
        "minimumSizeHint",
        # QUndoCommand
        "redo",
        "undo",
        # QIconEngine
        "pixmap",
        "clone",
    }
)


def _qt_names(cls: type) -> set[str]:
    qt_bases = [base for base in cls.__mro__ if base.__module__.startswith(("PySide6.", "Shiboken"))]
    return {name for base in qt_bases for name in dir(base) if not name.startswith("__")}


def test_no_attribute_or_method_of_ours_hides_a_qt_member() -> None:
    checked: set[str] = set()
    hiding: list[str] = []
    for ui_class in ui_classes():
        if not issubclass(ui_class.cls, Shiboken.Object):
            continue
        checked.add(ui_class.cls.__name__)
        qt_names = _qt_names(ui_class.cls)
        for name, kind in sorted(ui_class.names.items()):
            if name in qt_names and not (kind == "method" and name in REIMPLEMENTED):
                hiding.append(f"{ui_class.cls.__qualname__}.{name} ({kind})")
    assert {"InterviewDialog", "BatchExport", "PipelineBoard", "PdfDialog", "LetterDialog", "MainWindow"} <= checked
    assert not hiding, "Rename these (or list a reimplemented Qt virtual):\n" + "\n".join(hiding)
