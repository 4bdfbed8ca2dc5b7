"""Column widths from the texts a table shows, measured quickly.

``resizeColumnsToContents`` asks the delegate for every role of every cell, and a grid or a
scorecard of 40 indicators then takes a good part of a tenth of a second on the UI thread. The
texts are digits, a few letters and symbols, so their width is the sum of per-character advances,
cached per font (kerning, which the sum leaves out, is covered by the margin).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable

from PySide6.QtGui import QFont, QFontMetricsF
from PySide6.QtWidgets import QHeaderView, QStyle, QWidget

#: Extra pixels beside the focus-frame margins: kerning and rounding.
SLACK = 4


def text_width(font: QFont) -> Callable[[str], int]:
    """A function giving the width in pixels of a one-line text in ``font``."""
    metrics = QFontMetricsF(font)
    advances: dict[str, float] = {}
    widths: dict[str, int] = {}  # a grid repeats its texts ("", "Uppnådd", "0 %")

    def width(text: str) -> int:
        known = widths.get(text)
        if known is not None:
            return known
        total = 0.0
        for ch in text:
            w = advances.get(ch)
            if w is None:
                w = advances[ch] = metrics.horizontalAdvance(ch)
            total += w
        known = widths[text] = math.ceil(total)
        return known

    return width


def cell_margin(view: QWidget) -> int:
    return 2 * (view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1) + SLACK


def fit_columns(view: QWidget, header: QHeaderView, texts: Iterable[Iterable[str]], *,
                minimum: int = 0, maximum: int | None = None) -> None:
    """Each column as wide as its header and the widest of its ``texts`` (one iterable per
    column), within ``minimum`` and ``maximum``."""
    width_of, margin = text_width(view.font()), cell_margin(view)
    for c, column in enumerate(texts):
        width = header.sectionSizeHint(c)
        for text in column:
            if text:
                width = max(width, width_of(text) + margin)
        width = max(width, minimum)
        header.resizeSection(c, width if maximum is None else min(width, maximum))
