"""The first page of a PDF, drawn on white paper, scaled to the width available."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QLabel, QScrollArea, QWidget

PREVIEW_WIDTH = 520


def first_page_image(pdf: bytes, width: int = PREVIEW_WIDTH) -> QImage:
    """The first page at `width` pixels; a null image when the bytes are no readable PDF."""
    buffer = QBuffer()
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    if document.status() != QPdfDocument.Status.Ready or document.pageCount() == 0:
        return QImage()
    points = document.pagePointSize(0)
    size = QSize(width, round(width * points.height() / points.width()))
    page = document.render(0, size)
    # QtPdf leaves the page transparent where nothing is printed: paper is white.
    paper = QImage(size, QImage.Format.Format_RGB32)
    paper.fill(QColor("white"))
    painter = QPainter(paper)
    painter.drawImage(0, 0, page)
    painter.end()
    document.close()
    return paper


class PdfPreview(QScrollArea):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pdfPreview")
        self.setAccessibleName(self.tr("Preview of the first page"))
        self.page = QLabel(self)
        self.page.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.page.setStyleSheet("background: #6b7280; padding: 12px;")
        self.setWidget(self.page)
        self.setWidgetResizable(True)
        self.setMinimumWidth(PREVIEW_WIDTH + 40)
        self.image = QImage()

    def show_pdf(self, pdf: bytes) -> None:
        self.image = first_page_image(pdf)
        if self.image.isNull():
            self.page.setText(self.tr("The preview could not be drawn."))
        else:
            self.page.setPixmap(QPixmap.fromImage(self.image))

    def show_problem(self, text: str) -> None:
        self.image = QImage()
        self.page.setPixmap(QPixmap())
        self.page.setText(text)
