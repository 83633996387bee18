"""`vivier --smoke`: proves an installed copy works end to end, for CI on the frozen bundle.

On a throw-away SQLite database it opens the main window, writes a client through the services,
renders a PDF letter with a PNG logo and a JPEG signature (Pillow's core, which ReportLab reads
images with) and opens it with QtPdf (the preview's library), paints the dashboard's bar chart,
checks hashlib, ssl and psycopg's libpq on the one OpenSSL the bundle carries, and loads the SVG icon
(the svg plugins). Prints `OK` and returns 0, or the reason and 1. Nothing touches the user's own
database or settings.
"""

from __future__ import annotations

import sys
import tempfile
import traceback
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QSettings
from PySide6.QtGui import QColor, QIcon, QImage
from PySide6.QtWidgets import QApplication

from fms.core.resources import resource_path

if TYPE_CHECKING:
    from fms.reports.letter import RecommendationLetter


def run_smoke(app: QCoreApplication) -> int:
    try:
        with tempfile.TemporaryDirectory(prefix="vivier-smoke-") as folder:
            _check(app, Path(folder))
    except Exception as error:  # noqa: BLE001 - any failure is the answer, printed for CI
        traceback.print_exc()
        print(f"FAILED: {type(error).__name__}: {error}", flush=True)
        return 1
    print("OK", flush=True)
    return 0


def _check(app: QCoreApplication, folder: Path) -> None:
    from PySide6.QtPdf import QPdfDocument

    from fms.reports.letter import render_letter
    from fms.reports.samples import sample_letter
    from fms.services.crm import ClientInput, create_client, list_clients
    from fms.storage.locations import sqlite_location
    from fms.storage.opening import open_database
    from fms.ui.context import AppContext
    from fms.ui.main_window import MainWindow

    location = sqlite_location(folder / "smoke.db")
    opened = open_database(location)
    settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    context = AppContext("en")
    window = MainWindow(context, settings, location.display_name)
    try:
        context.set_database(opened.db)
        window.show()
        window.ensure_current_screen()
        app.processEvents()
        _check_chart()
        _check_openssl()

        _check_name_matching()
        create_client(opened.db, ClientInput(name="Smoke test client"))
        if [row.name for row in list_clients(opened.db)] != ["Smoke test client"]:
            raise RuntimeError("the client written through the services was not read back")
        letter = folder / "letter.pdf"
        letter.write_bytes(render_letter(_with_logos(sample_letter("fr"), folder)))
        document = QPdfDocument()
        if document.load(str(letter)) != QPdfDocument.Error.None_ or document.pageCount() < 1:
            raise RuntimeError(f"QtPdf cannot open the rendered letter ({document.error()})")
        document.close()
        icon_path = resource_path("icons", "vivier.svg")
        if not icon_path.is_file():
            raise RuntimeError(f"the SVG icon is missing: {icon_path}")
        icon = QIcon(str(icon_path))
        if icon.pixmap(64, 64).isNull():
            raise RuntimeError("the SVG icon does not load (Qt's svg plugins are missing)")
    finally:
        # Also after a failure: the window's timers must not poll a database that is gone.
        window.close()
        window.deleteLater()
        app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        opened.db.dispose()


if __name__ == "__main__":
    sys.exit(run_smoke(QApplication.instance() or QApplication(sys.argv[:1])))


def _with_logos(letter: RecommendationLetter, folder: Path) -> RecommendationLetter:
    """The letter with a PNG logo and a JPEG signature, each first read back the way the letterhead reads it."""
    from reportlab.lib.utils import ImageReader

    image = QImage(40, 20, QImage.Format.Format_RGB32)
    image.fill(QColor("#2a6f97"))
    paths: dict[str, Path] = {}
    for kind in ("png", "jpg"):
        paths[kind] = folder / f"logo.{kind}"
        if not image.save(str(paths[kind])):
            raise RuntimeError(f"Qt cannot write a {kind} image")
        if ImageReader(str(paths[kind])).getSize() != (40, 20):
            raise RuntimeError(f"ReportLab (Pillow) reads the {kind} logo at the wrong size")
    return replace(
        letter,
        letterhead=replace(letter.letterhead, logo_path=paths["png"]),
        signatory=replace(letter.signatory, signature_path=paths["jpg"]),
    )


def _check_name_matching() -> None:
    """rapidfuzz's compiled scorers, not its pure-Python fallback, find the likely duplicates."""
    from rapidfuzz import fuzz
    from rapidfuzz.utils import default_process

    if fuzz.token_sort_ratio.__module__.endswith("_py"):
        raise RuntimeError(f"rapidfuzz runs its pure-Python fallback ({fuzz.token_sort_ratio.__module__})")
    if fuzz.token_sort_ratio("Élodie Lefèvre", "LEFÈVRE élodie", processor=default_process) != 100:
        raise RuntimeError("rapidfuzz does not match a name written the other way round")


def _check_chart() -> None:
    """The dashboard's bar chart paints, with a bar where a click on its first bar lands."""
    from fms.ui.dashboard.charts import Bar, BarChart

    chart = BarChart("smokeChart", "Smoke")
    chart.set_bars((Bar("Sourced", 3.0), Bar("Hired", 1.0)))
    chart.resize(chart.sizeHint())
    image = chart.grab().toImage()
    centre = chart.bar_center(0).toPoint()
    if image.isNull() or image.pixelColor(centre) == image.pixelColor(0, 0):
        raise RuntimeError("the dashboard's bar chart does not paint its bars")


def _check_openssl() -> None:
    """hashlib and ssl run on OpenSSL, and psycopg's libpq loads beside them (the bundle shares one OpenSSL)."""
    import hashlib
    import ssl

    if hashlib.sha256.__name__ != "openssl_sha256" or hashlib.sha256(b"vivier").hexdigest()[:8] != "a009e5b8":
        raise RuntimeError(f"hashlib does not run on OpenSSL ({hashlib.sha256.__name__})")
    ssl.create_default_context()
    try:
        import psycopg
    except ImportError:  # a build without the team server's driver
        return
    if psycopg.pq.__impl__ != "binary" or psycopg.pq.version() < 120000:
        raise RuntimeError(f"psycopg's libpq does not load ({psycopg.pq.__impl__}, {psycopg.pq.version()})")
