"""The effect chain's diagram: every indicator code as real text in the SVG with its light's symbol,
Swedish text intact, long names wrapped inside their boxes, A4 landscape, and the arrow that skips
the results drawn as the user's choice."""

from __future__ import annotations

import re
import struct
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

import pytest

from hallbar_desktop.domain.status import SYMBOL
from hallbar_desktop.errors import HallbarError
from hallbar_desktop.reporting.effect_chain_diagram import (
    A4_PORTRAIT_TEXT_WIDTH,
    _width,
    effect_chain_figure,
    effect_chain_image,
    figure_bytes,
    save_effect_chain,
    wrap,
)
from hallbar_desktop.services.effect_chain import EffectChain, effect_chain
from hallbar_desktop.store.register import Register

TODAY = date(2026, 11, 29)
SVG = "{http://www.w3.org/2000/svg}"


@pytest.fixture(scope="module")
def chains(demo_template: Path) -> dict[str, EffectChain]:
    from hallbar_desktop.store.register import open_register

    reg = open_register(demo_template, create=False)
    try:
        with reg.reading() as s:
            return {code: effect_chain(s, code, today=TODAY) for code in ("RJH", "RJL")}
    finally:
        reg.close()


def svg_texts(data: bytes) -> list[str]:
    root = ET.fromstring(data)
    return ["".join(t.itertext()) for t in root.iter(f"{SVG}text")]


@pytest.mark.parametrize("code", ["RJH", "RJL"])
def test_every_indicator_code_of_the_chain_is_real_text_with_its_symbol(chains: dict[str, EffectChain],
                                                                       code: str) -> None:
    chain = chains[code]
    texts = svg_texts(figure_bytes(effect_chain_figure(chain), "svg"))
    assert len(chain.indicator_codes()) >= 11
    for box in chain.boxes:
        for ind in box.indicators:
            label = f"{SYMBOL[ind.light]} {ind.code}"
            assert label in texts, f"{label} missing from the SVG"
    # not drawn as paths: the text is there to search, copy and read aloud
    tokens = {w for t in texts for w in t.split()}
    assert set(chain.indicator_codes()) <= tokens


def test_swedish_text_and_the_levels_are_written_as_they_are(chains: dict[str, EffectChain]) -> None:
    texts = svg_texts(figure_bytes(effect_chain_figure(chains["RJH"]), "svg"))
    joined = "\n".join(texts)
    for word in ("Aktiviteter", "Resultat", "Effekter", "Effektkedja – Hållbar regional utveckling",
                 "2. Systematiskt", "målkonflikter", "Hållbarhetssäkra", "förutsättningar",
                 "Exempeldata", "● grön", "▲ gul", "■ röd", "○ grå"):
        assert word in joined, word
    # the arrow the user chose to let skip the results is named in its box
    assert any("direkt till E3.1, hoppar över resultatnivån (valt)" in t for t in texts)


def test_the_skip_is_dashed_and_the_follow_up_is_named(chains: dict[str, EffectChain]) -> None:
    svg = figure_bytes(effect_chain_figure(chains["RJH"]), "svg").decode()
    assert "stroke-dasharray" in svg  # the one dashed arrow
    plain = figure_bytes(effect_chain_figure(chains["RJL"]), "svg").decode()
    assert "stroke-dasharray" not in plain  # no arrow skips the results in Jönköping's chain
    texts = svg_texts(plain.encode())
    assert "1.4 följs upp efter projektslut, t.o.m. 2024 kv 4" in texts
    assert any("1.4 (följs upp efter projektslut) 2024 kv 4" in t for t in texts)


@pytest.mark.parametrize("code", ["RJH", "RJL"])
def test_a4_landscape_and_readable(chains: dict[str, EffectChain], code: str) -> None:
    figure = effect_chain_figure(chains[code])
    assert tuple(round(x, 2) for x in figure.get_size_inches()) == (11.69, 8.27)
    sizes = [t.get_fontsize() for t in figure.axes[0].texts]
    assert min(sizes) >= 7.5  # at A4 landscape, printed at 100 %
    png = figure_bytes(figure, "png", dpi=100)
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", png[16:24])
    assert (width, height) == (1169, 827)


@pytest.mark.parametrize("code", ["RJH", "RJL"])
def test_every_text_of_a_box_stays_inside_it(chains: dict[str, EffectChain], code: str) -> None:
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.patches import FancyBboxPatch

    figure = effect_chain_figure(chains[code])
    canvas = FigureCanvasAgg(figure)
    canvas.draw()
    renderer = canvas.get_renderer()
    ax = figure.axes[0]
    boxes = [p.get_window_extent(renderer) for p in ax.patches if isinstance(p, FancyBboxPatch) and p.zorder == 3]
    assert len(boxes) == len(chains[code].boxes)
    inside = 0
    for text in ax.texts:
        if text.get_zorder() < 4:
            continue
        extent = text.get_window_extent(renderer)
        holder = [b for b in boxes if b.x0 <= extent.x0 + 1 and extent.y0 >= b.y0 - 1 and extent.y1 <= b.y1 + 1
                  and extent.x0 <= b.x1]
        assert holder, f"«{text.get_text()}» is outside every box"
        assert extent.x1 <= holder[0].x1 + 1, f"«{text.get_text()}» runs over the right edge of its box"
        inside += 1
    assert inside > 50


def test_wrap_measures_the_font() -> None:
    long = "Medlen investeras i omställningsfrämjande satsningar kopplade till regionala strategiska mål"
    lines = wrap(long, 2.0, 8.5, bold=True)
    assert len(lines) > 1 and " ".join(lines) == long
    assert all(_width(line, 8.5, True) <= 2.0 for line in lines)
    split = wrap("Hållbarhetssäkringsprojektmedelsfördelningsstrukturen", 1.0, 8.5)
    assert all(_width(line, 8.5) <= 1.0 for line in split) and split[0].endswith("-")


def test_one_focus_area_the_width_of_a_page(chains: dict[str, EffectChain]) -> None:
    lane = chains["RJL"].lane(2)
    assert [b.code for b in lane.boxes] == ["AK2.1", "AK2.2", "R2.1", "R2.2", "E2.1", "E2.2"]
    assert {(x.source, x.target) for x in lane.links} == {("AK2.1", "R2.1"), ("AK2.2", "R2.2"), ("R2.1", "E2.1"),
                                                          ("R2.2", "E2.2")}
    figure = effect_chain_figure(lane, width=A4_PORTRAIT_TEXT_WIDTH, min_height=0)
    width, height = figure.get_size_inches()
    assert round(width, 2) == 6.69 and height < 6
    texts = svg_texts(figure_bytes(figure, "svg"))
    assert any(t.startswith("Insatsområde 2. Hållbarhetsdriven") for t in texts)


def test_an_empty_chain_and_a_wrong_format_are_refused(demo: Register, tmp_path: Path,
                                                       chains: dict[str, EffectChain]) -> None:
    from hallbar_desktop.services.actor import Actor
    from hallbar_desktop.services.effect_chain_edit import delete_box

    with demo.transaction() as s:
        for box in effect_chain(s, "RJL", focus_area_number=3).boxes:
            delete_box(s, "RJL", box.code, Actor("t", "window"))
    with demo.reading() as s, pytest.raises(HallbarError, match="ingen effektkedja för insatsområde 3"):
        effect_chain_image(s, "RJL", focus_area_number=3)
    with pytest.raises(HallbarError, match=r"\.png eller \.svg"):
        save_effect_chain(chains["RJL"], tmp_path / "kedja.pdf")
    with demo.reading() as s:  # the report's one call: PNG bytes of a focus area
        png = effect_chain_image(s, "RJL", focus_area_number=1, width=A4_PORTRAIT_TEXT_WIDTH, dpi=100)
        svg = effect_chain_image(s, "RJL", fmt="svg")
    assert png[:4] == b"\x89PNG"
    assert re.search(rb"<text[^>]*>[^<]*1\.4", svg)
