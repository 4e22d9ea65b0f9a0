"""The A4 page every report shares (header, footer with "page N of M", confidentiality marking), the
embedded DejaVu fonts, and a story that pulls flowables from a generator so big lists stream.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import partial
from typing import Any, BinaryIO

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    ActionFlowable,
    BaseDocTemplate,
    Flowable,
    Frame,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from inspector_desk.resources import resource_path

FONT = "InspectorDeskSans"
FONT_BOLD = "InspectorDeskSans-Bold"
FONT_FILES = {FONT: "DejaVuSans.ttf", FONT_BOLD: "DejaVuSans-Bold.ttf"}

PAGE_W, PAGE_H = A4
MARGIN = 14 * mm
HEADER_H = 22 * mm
FOOTER_H = 14 * mm
FRAME_W = PAGE_W - 2 * MARGIN
TOTAL_FORM = "inspector_desk_total_pages"
# Rows per table chunk: small enough that a split is cheap, big enough to fill a page.
CHUNK_ROWS = 40
CELL_SIZE = 7.5
CELL_LEADING = 9
CELL_PAD = 2.5

_fonts_lock = threading.Lock()
_fonts_ready = False


def register_fonts() -> None:
    """Register the shipped TrueType fonts once per process (embedded, subset, in every PDF)."""
    global _fonts_ready
    with _fonts_lock:
        if _fonts_ready:
            return
        for name, filename in FONT_FILES.items():
            pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", filename))))
        pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD)
        _fonts_ready = True


class ReportCancelled(Exception):
    """The user cancelled the report while it was being built; no file was written."""


@dataclass(frozen=True, slots=True)
class PageFurniture:
    """What every page prints around the content."""

    unit: str
    title: str
    period: str
    filters: str
    confidential: str
    page_of: str  # "Page {n} of" with {n} filled per page
    generated: str


class Styles:
    def __init__(self) -> None:
        register_fonts()
        self.body = ParagraphStyle("body", fontName=FONT, fontSize=8.5, leading=10.5)
        self.cell = ParagraphStyle("cell", fontName=FONT, fontSize=CELL_SIZE, leading=CELL_LEADING)
        self.cell_bold = ParagraphStyle("cell_bold", parent=self.cell, fontName=FONT_BOLD)
        self.head = ParagraphStyle(
            "head", fontName=FONT_BOLD, fontSize=7, leading=8.5, textColor=colors.white
        )
        self.head_small = ParagraphStyle("head_small", parent=self.head, fontSize=6, leading=7.2)
        self.h1 = ParagraphStyle("h1", fontName=FONT_BOLD, fontSize=13, leading=16, spaceAfter=4)
        self.h2 = ParagraphStyle(
            "h2", fontName=FONT_BOLD, fontSize=10.5, leading=13, spaceBefore=8, spaceAfter=3, keepWithNext=1
        )
        self.h3 = ParagraphStyle(
            "h3", fontName=FONT_BOLD, fontSize=9, leading=11, spaceBefore=5, spaceAfter=2, keepWithNext=1
        )
        self.note = ParagraphStyle(
            "note", fontName=FONT, fontSize=8.5, leading=11, textColor=colors.HexColor("#555555")
        )
        self.empty = ParagraphStyle(
            "empty", fontName=FONT_BOLD, fontSize=10, leading=13, textColor=colors.HexColor("#555555")
        )


HEAD_BG = colors.HexColor("#34495e")
ZEBRA = colors.HexColor("#f2f4f6")
GRID = colors.HexColor("#b8c0c8")


def esc(text: object) -> str:
    """Text for a Paragraph (which reads a little XML)."""
    return str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def table_style(header: bool, zebra_from: int = 0) -> TableStyle:
    cmds: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), FONT, CELL_SIZE),
        ("LEADING", (0, 0), (-1, -1), CELL_LEADING),
        ("GRID", (0, 0), (-1, -1), 0.3, GRID),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PAD),
        ("ROWBACKGROUNDS", (0, 1 if header else 0), (-1, -1), [colors.white, ZEBRA]),
    ]
    if header:
        cmds.append(("BACKGROUND", (0, 0), (-1, 0), HEAD_BG))
    return TableStyle(cmds)


class SetPageTop(ActionFlowable):  # type: ignore[misc]
    """Set (or clear) the flowables drawn at the top of each following page: a list's column header."""

    def __init__(self, flowables: Sequence[Flowable]) -> None:
        super().__init__()
        self.flowables = list(flowables)

    def apply(self, doc: Any) -> None:
        doc._pageTopFlowables = list(self.flowables)


class Checkpoint(ActionFlowable):  # type: ignore[misc]
    """Reports progress and honours cancel between chunks of the story."""

    def __init__(self, callback: Callable[[], None]) -> None:
        super().__init__()
        self.callback = callback

    def apply(self, doc: Any) -> None:
        self.callback()


class LazyStory(list[Flowable]):
    """A list as platypus reads it, filled from a generator a few flowables ahead of the layout.

    BaseDocTemplate.build only looks at the front of the list (``[0]``, ``del [0]``, inserts at 0 and a
    short keep-with-next look-ahead), so the whole report never exists as flowables at once.
    """

    LOOKAHEAD = 6

    def __init__(self, source: Iterator[Flowable]) -> None:
        super().__init__()
        self._source: Iterator[Flowable] | None = source

    def _fill(self, n: int) -> None:
        while self._source is not None and super().__len__() < n:
            try:
                super().append(next(self._source))
            except StopIteration:
                self._source = None

    def __len__(self) -> int:
        self._fill(self.LOOKAHEAD)
        return super().__len__()

    def __getitem__(self, index: Any) -> Any:
        if isinstance(index, slice):
            self._fill(index.stop if index.stop is not None and index.stop >= 0 else 1 << 30)
        elif isinstance(index, int) and index >= 0:
            self._fill(index + 1)
        return super().__getitem__(index)

    def __bool__(self) -> bool:
        return len(self) > 0


class ReportDoc(BaseDocTemplate):  # type: ignore[misc]
    """A4 portrait, one frame, header and footer drawn on every page."""

    def __init__(self, out: str | BinaryIO, furniture: PageFurniture, on_page_end: Callable[[int], None]):
        super().__init__(
            out,
            pagesize=A4,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=MARGIN + HEADER_H,
            bottomMargin=MARGIN + FOOTER_H,
            title=furniture.title,
            author=furniture.generated,
            subject=furniture.unit,
            creator="Inspector Desk",
            pageCompression=1,
            initialFontName=FONT,
            initialFontSize=8,
        )
        self.furniture = furniture
        self._on_page_end = on_page_end
        frame = Frame(
            MARGIN,
            MARGIN + FOOTER_H,
            FRAME_W,
            PAGE_H - 2 * MARGIN - HEADER_H - FOOTER_H,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            id="body",
        )
        self.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=self._decorate)])

    def _decorate(self, canv: Canvas, doc: Any) -> None:
        f = self.furniture
        canv.saveState()
        top = PAGE_H - MARGIN
        canv.setFillColor(colors.HexColor("#8b0000"))
        canv.setFont(FONT_BOLD, 7.5)
        canv.drawRightString(PAGE_W - MARGIN, top - 2, f.confidential)
        canv.setFillColor(colors.black)
        canv.setFont(FONT, 8)
        canv.drawString(MARGIN, top - 2, _fit(f.unit, FONT, 8, FRAME_W * 0.55))
        canv.setFont(FONT_BOLD, 11)
        canv.drawString(MARGIN, top - 15, _fit(f.title, FONT_BOLD, 11, FRAME_W))
        canv.setFont(FONT, 8)
        canv.drawString(MARGIN, top - 26, _fit(f.period, FONT, 8, FRAME_W))
        if f.filters:
            canv.setFillColor(colors.HexColor("#444444"))
            canv.drawString(MARGIN, top - 36, _fit(f.filters, FONT, 7.5, FRAME_W))
        canv.setStrokeColor(GRID)
        canv.setLineWidth(0.6)
        canv.line(MARGIN, top - HEADER_H + 2, PAGE_W - MARGIN, top - HEADER_H + 2)
        # footer
        y = MARGIN + FOOTER_H - 6
        canv.line(MARGIN, y + 2, PAGE_W - MARGIN, y + 2)
        canv.setFillColor(colors.black)
        canv.setFont(FONT, 7.5)
        canv.drawString(MARGIN, y - 8, _fit(f.generated, FONT, 7.5, FRAME_W * 0.62))
        label = f.page_of.format(n=doc.page) + " "
        width = pdfmetrics.stringWidth(label, FONT, 7.5)
        # "of M": M is a form drawn once at the end, when the page count is known.
        x = PAGE_W - MARGIN - width - 16
        canv.drawString(x, y - 8, label)
        canv.saveState()
        canv.translate(x + width, y - 8)
        canv.doForm(TOTAL_FORM)
        canv.restoreState()
        canv.setFillColor(colors.HexColor("#8b0000"))
        canv.setFont(FONT_BOLD, 7)
        canv.drawCentredString(PAGE_W / 2, MARGIN - 2, f.confidential)
        canv.restoreState()

    def afterPage(self) -> None:
        self.pages_done = self.page
        self._on_page_end(self.page)

    def write(self, story: list[Flowable]) -> int:
        """Lay out the story, then define the page-count form every footer refers to, then save."""
        self.pages_done = 0
        self._doSave = 0
        self.build(story)
        canv = self.canv
        canv.beginForm(TOTAL_FORM)
        canv.setFont(FONT, 7.5)
        canv.drawString(0, 0, str(self.pages_done))
        canv.endForm()
        canv.save()
        return int(self.pages_done)


def _fit(text: str, font: str, size: float, width: float) -> str:
    if pdfmetrics.stringWidth(text, font, size) <= width:
        return text
    while text and pdfmetrics.stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"


def cell(text: object, style: ParagraphStyle) -> Paragraph:
    return Paragraph(esc(text).replace("\n", "<br/>"), style)


def list_table(
    styles: Styles,
    columns: Sequence[tuple[str, float]],
    rows: Iterator[Sequence[object]],
    *,
    empty_text: str,
    on_chunk: Callable[[int], None] | None = None,
) -> Iterator[Flowable]:
    """A long table as chunks of CHUNK_ROWS rows; its column header repeats at the top of every page.

    ``columns``: (header, width as a fraction of the frame). Yields "no records" when there are none.
    """
    widths = [FRAME_W * w for _, w in columns]
    header = Table([[cell(h, styles.head) for h, _ in columns]], colWidths=widths, style=table_style(True))
    # A plain string cell draws in microseconds; a Paragraph (which wraps) costs milliseconds. Only
    # text wider than its column becomes a Paragraph, which keeps 20,000-row reports fast.
    room = [w - 2 * CELL_PAD - 0.5 for w in widths]
    font, size = styles.cell.fontName, styles.cell.fontSize

    def fast(value: object, i: int) -> object:
        if isinstance(value, Flowable):
            return value
        text = str(value)
        if "\n" not in text and stringWidth(text, font, size) <= room[i]:
            return text
        return cell(text, styles.cell)

    chunk: list[list[object]] = []
    emitted = 0
    first = True

    def flush() -> Iterator[Flowable]:
        nonlocal first
        data: list[list[object]] = []
        if first:
            data.append([cell(h, styles.head) for h, _ in columns])
        # No repeatRows: when a chunk splits, the page-top header (SetPageTop) is the one repeated.
        table = Table(data + chunk, colWidths=widths, style=table_style(first))
        if first:
            yield SetPageTop([header])
            first = False
        yield table

    for row in rows:
        chunk.append([fast(v, i) for i, v in enumerate(row)])
        if len(chunk) >= CHUNK_ROWS:
            yield from flush()
            emitted += len(chunk)
            chunk = []
            if on_chunk is not None:
                yield Checkpoint(partial(on_chunk, emitted))
    if chunk:
        yield from flush()
        emitted += len(chunk)
        if on_chunk is not None:
            yield Checkpoint(partial(on_chunk, emitted))
    if emitted == 0:
        yield Paragraph(esc(empty_text), styles.empty)
        return
    yield SetPageTop([])
    yield Spacer(1, 4)
