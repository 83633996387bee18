"""The board's cards under the light and dark themes: every text drawn reads at 4.5:1 on what it is drawn on."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from PySide6.QtCore import QRect, QRectF, QSize
from PySide6.QtGui import QColor, QImage, QPainter, QPalette, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QListView, QStyle, QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from fms.core.enums import Outcome, Seniority, Stage
from fms.services.pipeline import Card
from fms.ui.board.card_colours import card_colours
from fms.ui.board.card_delegate import MARGIN, CardDelegate
from fms.ui.board.card_model import CARD_ROLE
from fms.ui.contrast import TEXT_CONTRAST, contrast_ratio
from fms.ui.theme import dark_palette, light_palette


class RecordingPainter(QPainter):
    """Paints as usual, and notes each filled shape and each text with the pen it was drawn in."""

    def __init__(self, image: QImage) -> None:
        super().__init__(image)
        self.fills: list[tuple[QRectF, QColor]] = []
        self.texts: list[tuple[str, QRectF, QColor]] = []

    def _fill(self, rect: QRectF | QRect) -> None:
        if self.brush().style().value:  # NoBrush draws no background
            self.fills.append((QRectF(rect), QColor(self.brush().color())))

    def drawRoundedRect(self, rect: Any, *args: Any) -> None:  # noqa: N802 - Qt override
        self._fill(rect)
        super().drawRoundedRect(rect, *args)

    def drawEllipse(self, rect: Any, *args: Any) -> None:  # noqa: N802 - Qt override
        self._fill(rect)
        super().drawEllipse(rect, *args)

    def drawText(self, *args: Any) -> None:  # type: ignore[override]  # noqa: N802 - the delegate's (rect, flags, text)
        rect, _flags, text = args
        self.texts.append((text, QRectF(rect), QColor(self.pen().color())))
        super().drawText(*args)

    def background_of(self, rect: QRectF) -> QColor:
        """The last shape filled under the text's centre: what the text is read against."""
        return next(colour for shape, colour in reversed(self.fills) if shape.contains(rect.center()))


def card(days: int, **values: Any) -> Card:
    fields: dict[str, Any] = {
        "id": 1,
        "freelancer_id": 1,
        "freelancer_name": "Camille Moreau",
        "headline": "Data engineer",
        "seniority": Seniority.SENIOR,
        "daily_rate_cents": 70000,
        "mission_id": 1,
        "mission_title": "Data platform",
        "budget_cents": 60000,  # over budget: the rate shows in red
        "client_id": 1,
        "client_name": "Acme",
        "stage": Stage.CLIENT_INTERVIEW,
        "position": 0,
        "stage_entered_at": datetime.now(UTC) - timedelta(days=days),
        "outcome": None,
        "interview_count": 1,
        "feedback_owed": True,
        "documents_to_sign": 1,
        "do_not_rehire": True,
    }
    fields.update(values)
    return Card(**fields)


@pytest.fixture
def restore_palette() -> Iterator[None]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = QPalette(app.palette())
    yield
    app.setPalette(before)


CARDS = [
    card(1),
    card(20, freelancer_name="Léa Roux"),
    card(45, freelancer_name="Zoé Martin", feedback_owed=False, outcome=Outcome.REJECTED_BY_CLIENT, stage=Stage.ALUMNI),
]
# More names, more of the badge colours drawn (the pair test below checks all eight).
CARDS += [card(3, freelancer_name=name) for name in ("Ana Bo", "Jo Li", "Ed Ng", "Al Ku", "Mo Sa", "Ty Vo", "Ki Ro")]


@pytest.mark.parametrize("palette", [light_palette(), dark_palette()], ids=["light", "dark"])
@pytest.mark.parametrize("selected", [False, True], ids=["plain", "selected"])
def test_every_text_on_a_card_reads(qtbot: QtBot, restore_palette: None, palette: QPalette, selected: bool) -> None:
    QApplication.setPalette(palette)
    delegate = CardDelegate()
    model = QStandardItemModel()
    checked = 0
    for shown in CARDS:
        item = QStandardItem()
        item.setData(shown, CARD_ROLE)
        model.appendRow(item)
        option = QStyleOptionViewItem()
        option.rect = QRect(0, 0, 300, delegate.sizeHint(option, model.index(0, 0)).height())
        option.palette = palette
        if selected:
            option.state |= QStyle.StateFlag.State_Selected
        image = QImage(QSize(300, option.rect.height()), QImage.Format.Format_ARGB32)
        image.fill(card_colours(palette).column)
        painter = RecordingPainter(image)
        delegate.paint(painter, option, model.index(model.rowCount() - 1, 0))
        painter.end()
        assert painter.texts
        for text, rect, pen in painter.texts:
            background = painter.background_of(rect)
            ratio = contrast_ratio(pen, background)
            assert ratio >= TEXT_CONTRAST, f"{text!r}: {pen.name()} on {background.name()} is {ratio:.2f}:1"
            checked += 1
    assert checked > 40  # names, headlines, terms, tags, badges and ages were all drawn


@pytest.mark.parametrize("palette", [light_palette(), dark_palette()], ids=["light", "dark"])
def test_every_colour_pair_of_the_board_reads(palette: QPalette) -> None:
    colours = card_colours(palette)
    for name, text, background in colours.text_pairs():
        assert contrast_ratio(text, background) >= TEXT_CONTRAST, name
    assert colours.dark == (palette.color(QPalette.ColorRole.Window).lightness() < 128)


def test_the_selected_card_in_a_column_is_painted_selected(qtbot: QtBot, restore_palette: None) -> None:
    """The view's own selection decides (not the option's state): the selected card only is filled as selected."""
    QApplication.setPalette(light_palette())
    model = QStandardItemModel()
    for shown in CARDS[:3]:
        item = QStandardItem()
        item.setData(shown, CARD_ROLE)
        model.appendRow(item)
    view = QListView()
    qtbot.addWidget(view)
    view.setItemDelegate(CardDelegate(view))
    view.setModel(model)
    view.resize(320, 400)
    view.setCurrentIndex(model.index(1, 0))
    image = view.viewport().grab().toImage()
    colours = card_colours(light_palette())
    fills = []
    for row in range(3):
        rect = view.visualRect(model.index(row, 0))
        fills.append(image.pixelColor(rect.left() + MARGIN + 8, rect.top() + MARGIN // 2 + 4).name())
    assert fills == [colours.card.name(), colours.selected.name(), colours.card.name()]
