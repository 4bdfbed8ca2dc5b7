"""The fonts a PDF is written in: TrueType, embedded, with every character the reports print.

The reports print Swedish (å ä ö), dashes and the traffic-light symbols (● ▲ ■ ○). DejaVu Sans
has them all and is always at hand: matplotlib, which draws the charts, ships it (with its
licence, ``mpl-data/fonts/ttf/LICENSE_DEJAVU``) on every platform and inside the PyInstaller
bundle. The charts are drawn in the same file, so a report embeds one font, not two. Should
that copy be missing, the system's DejaVu Sans (Linux: fonts-dejavu-core), Arial (Windows,
macOS) or Segoe UI are tried; a font is only taken when it has every character needed.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from hallbar_desktop.errors import HallbarError

#: Characters every report font must have: Swedish letters, dashes and the traffic-light symbols.
REQUIRED = "åäöÅÄÖéü–—…●▲■○«»"


@dataclass(frozen=True)
class Fonts:
    """ReportLab names of the registered regular and bold fonts, and the files they come from."""

    regular: str
    bold: str
    regular_file: Path
    bold_file: Path


def _matplotlib_dejavu() -> Iterator[tuple[Path, Path]]:
    try:
        import matplotlib
    except ImportError:  # pragma: no cover - matplotlib is a dependency
        return
    ttf = Path(matplotlib.get_data_path()) / "fonts" / "ttf"
    yield ttf / "DejaVuSans.ttf", ttf / "DejaVuSans-Bold.ttf"


def _system_fonts() -> Iterator[tuple[Path, Path]]:
    if sys.platform == "win32":
        windows = Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts"
        local = Path(os.environ.get("LOCALAPPDATA", "")) / "Microsoft" / "Windows" / "Fonts"
        for folder in (windows, local):
            yield folder / "DejaVuSans.ttf", folder / "DejaVuSans-Bold.ttf"
            yield folder / "arial.ttf", folder / "arialbd.ttf"
            yield folder / "segoeui.ttf", folder / "segoeuib.ttf"
    elif sys.platform == "darwin":
        for folder in (Path.home() / "Library" / "Fonts", Path("/Library/Fonts"),
                       Path("/System/Library/Fonts/Supplemental")):
            yield folder / "DejaVuSans.ttf", folder / "DejaVuSans-Bold.ttf"
            yield folder / "Arial.ttf", folder / "Arial Bold.ttf"
    else:
        for folder in ("/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/TTF", "/usr/share/fonts/dejavu",
                       "/usr/share/fonts/dejavu-sans-fonts", "/usr/local/share/fonts"):
            yield Path(folder) / "DejaVuSans.ttf", Path(folder) / "DejaVuSans-Bold.ttf"


def candidates() -> Iterator[tuple[Path, Path]]:
    """(regular, bold) font files in the order they are tried."""
    yield from _matplotlib_dejavu()
    yield from _system_fonts()


def _has_characters(font: object, characters: str) -> bool:
    glyphs = font.face.charToGlyph  # type: ignore[attr-defined]
    return all(ord(c) in glyphs for c in characters)


@cache
def register_file(path: Path) -> str:
    """Register a TrueType file with ReportLab (once) and return its name there.

    Charts use this for whatever font matplotlib picked, so a chart drawn in the document's own
    font shares its embedded subset.
    """
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    name = f"Hallbar-{path.stem}"
    try:
        pdfmetrics.getFont(name)
    except KeyError:
        pdfmetrics.registerFont(TTFont(name, str(path)))
    return name


@cache
def document_fonts() -> Fonts:
    """The first regular/bold pair that exists and prints every character in ``REQUIRED``."""
    from reportlab.pdfbase import pdfmetrics

    tried = []
    for regular, bold in candidates():
        if not (regular.is_file() and bold.is_file()):
            continue
        tried.append(str(regular))
        try:
            names = register_file(regular), register_file(bold)
        except Exception:  # noqa: BLE001 - a damaged or unreadable font file: try the next one
            continue
        if all(_has_characters(pdfmetrics.getFont(n), REQUIRED) for n in names):
            pdfmetrics.registerFontFamily(names[0], normal=names[0], bold=names[1], italic=names[0],
                                          boldItalic=names[1])
            return Fonts(names[0], names[1], regular, bold)
    where = ", ".join(tried) or "DejaVu Sans, Arial"
    raise HallbarError(
        f"Inget typsnitt med svenska tecken hittades för PDF-rapporten (sökte {where}). "
        "Installera typsnittet DejaVu Sans och försök igen.")
