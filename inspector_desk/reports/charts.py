"""Charts for the caseload reports, drawn with reportlab.graphics (vector, fonts embedded like the text)."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors

from inspector_desk.reports.document import FONT, FONT_BOLD, FRAME_W

PALETTE = (
    colors.HexColor("#2e6da4"),
    colors.HexColor("#d9822b"),
    colors.HexColor("#5aa469"),
    colors.HexColor("#c0392b"),
    colors.HexColor("#8e44ad"),
)
RISK_COLORS = {
    "low": colors.HexColor("#5aa469"),
    "medium": colors.HexColor("#e0b33a"),
    "high": colors.HexColor("#d9822b"),
    "extreme": colors.HexColor("#c0392b"),
    "unassessed": colors.HexColor("#95a5a6"),
}


def _nice_max(value: float) -> float:
    if value <= 5:
        return 5
    step = 10 ** (len(str(int(value))) - 1)
    return float((int(value / step) + 1) * step)


def _title(d: Drawing, text: str) -> None:
    d.add(String(0, d.height - 11, text, fontName=FONT_BOLD, fontSize=9))


def grouped_bars(
    title: str,
    categories: Sequence[str],
    series: Sequence[tuple[str, Sequence[int]]],
    *,
    height: float = 190,
) -> Drawing:
    """Vertical bars per category (e.g. inspector), one bar per series, with a legend."""
    d = Drawing(FRAME_W, height)
    _title(d, title)
    chart = VerticalBarChart()
    chart.x, chart.y = 30, 62
    chart.width, chart.height = FRAME_W - 40, height - 62 - 34
    chart.data = [list(values) or [0] for _, values in series] or [[0]]
    chart.categoryAxis.categoryNames = list(categories) or [""]
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 6 if len(categories) > 12 else 7
    chart.categoryAxis.labels.angle = 45 if len(categories) > 6 else 0
    chart.categoryAxis.labels.boxAnchor = "ne" if len(categories) > 6 else "n"
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = _nice_max(max((max(v, default=0) for _, v in series), default=0))
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = colors.HexColor("#dddddd")
    chart.barSpacing = 0.5
    chart.groupSpacing = 3
    for i in range(len(series)):
        chart.bars[i].fillColor = PALETTE[i % len(PALETTE)]
        chart.bars[i].strokeColor = None
    d.add(chart)
    if len(series) > 1:
        legend = Legend()
        legend.x, legend.y = FRAME_W - 10, height - 6
        legend.boxAnchor = "ne"
        legend.alignment = "right"
        legend.columnMaximum = 1
        legend.fontName = FONT
        legend.fontSize = 7
        legend.dx = legend.dy = 6
        legend.deltax = 80
        legend.colorNamePairs = [(PALETTE[i % len(PALETTE)], name) for i, (name, _) in enumerate(series)]
        d.add(legend)
    return d


def risk_bars(title: str, levels: Sequence[tuple[str, str, int]], *, height: float = 150) -> Drawing:
    """One coloured bar per risk level: (level code, label, count)."""
    d = Drawing(FRAME_W / 2 - 6, height)
    _title(d, title)
    chart = VerticalBarChart()
    chart.x, chart.y = 30, 34
    chart.width, chart.height = d.width - 40, height - 34 - 22
    chart.data = [[n for _, _, n in levels] or [0]]
    chart.categoryAxis.categoryNames = [lab.replace(" ", "\n") for _, lab, _ in levels] or [""]
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 6.5
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = _nice_max(max((n for _, _, n in levels), default=0))
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = colors.HexColor("#dddddd")
    chart.bars[0].strokeColor = None
    for i, (code, _, _) in enumerate(levels):
        chart.bars[(0, i)].fillColor = RISK_COLORS.get(code, PALETTE[0])
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = FONT
    chart.barLabels.fontSize = 7
    chart.barLabels.nudge = 6
    d.add(chart)
    return d


def weekly_line(title: str, weeks: Sequence[str], values: Sequence[int], *, height: float = 150) -> Drawing:
    """Visits per week as a line with points."""
    d = Drawing(FRAME_W / 2 - 6, height)
    _title(d, title)
    chart = HorizontalLineChart()
    chart.x, chart.y = 30, 34
    chart.width, chart.height = d.width - 40, height - 34 - 22
    chart.data = [list(values) or [0]]
    chart.categoryAxis.categoryNames = list(weeks) or [""]
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 6
    chart.categoryAxis.labels.angle = 45
    chart.categoryAxis.labels.boxAnchor = "ne"
    # Many weeks: label every n-th so the dates stay readable.
    step = max(1, len(weeks) // 10)
    if step > 1:
        chart.categoryAxis.categoryNames = [w if i % step == 0 else "" for i, w in enumerate(weeks)]
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = _nice_max(max(values, default=0))
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = colors.HexColor("#dddddd")
    chart.lines[0].strokeColor = PALETTE[0]
    chart.lines[0].strokeWidth = 1.5
    chart.joinedLines = 1
    d.add(chart)
    return d
