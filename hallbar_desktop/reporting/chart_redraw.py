"""Redrawing a chart after a new value without drawing its texts again (blitting, on Agg).

Most of a chart's drawing time is matplotlib drawing text: tick labels, the title, the legend.
A new value moves only a few artists (the line of values, its markers, a bar, the label of a
bar): the builders in :mod:`hallbar_desktop.reporting.charts` name those with :func:`moving`.
:func:`draw` keeps the rest as a rendered background and, while the figure's size and the axes'
limits stay as they were, puts that background back and draws only the moving artists and the
few static ones drawn over them (the spines, a target marker, a line across the plot), in the
order a full draw uses. When the size or a limit changes, the figure is drawn in full and its
background kept anew. The image is the same as a full draw's: what is left out of the background
is exactly what is drawn over it, in the same order; a static artist drawn after a moving one is
left in the background only when it lies outside the plot, where nothing moving is drawn.

Saving (``savefig``) draws every artist as usual: ``animated`` is set only during a draw here.
"""

from __future__ import annotations

from dataclasses import dataclass
from operator import attrgetter
from typing import Any

#: Device pixels added around an axes' box: antialiased edges and markers on the spines.
PAD = 3.0


def moving(figure: Any, artists: list[Any]) -> None:
    """Name the artists of ``figure`` that change with its values (drawn over the kept background)."""
    figure._hallbar_moving = [a for a in artists if a is not None]


@dataclass
class _Kept:
    key: tuple[Any, ...]
    region: Any  # the background without the overlay, from canvas.copy_from_bbox
    overlay: list[Any]  # drawn over it, in this order
    areas: list[Any]  # Bboxes (device pixels) where moving artists may draw


def _key(figure: Any) -> tuple[Any, ...]:
    """What the background depends on beyond the static artists: the canvas (an export makes a
    new one), size, resolution, layout, limits."""
    return (id(figure.canvas), tuple(figure.bbox.bounds), figure.dpi,
            tuple((tuple(ax.bbox.bounds), tuple(ax.viewLim.bounds)) for ax in figure.axes))


def _sequence(figure: Any) -> list[Any]:
    """The figure's artists in the order ``Figure.draw`` and ``Axes.draw`` draw them."""
    from matplotlib.axes import Axes

    order: list[Any] = []
    for child in sorted((a for a in figure.get_children() if a is not figure.patch), key=attrgetter("zorder")):
        if isinstance(child, Axes):
            children = [a for a in child.get_children() if a is not child.patch]
            if not (child.axison and child.get_frame_on()):
                children = [a for a in children if a not in child.spines.values()]
            order.extend(sorted(children, key=attrgetter("zorder")))
        else:
            order.append(child)
    return order


def _areas(moving_artists: list[Any]) -> list[Any]:
    """Where the moving artists draw: their axes' boxes, padded (they are clipped to them, and a
    bar's label is kept inside)."""
    axes = []
    for artist in moving_artists:
        if artist.axes is not None and artist.axes not in axes:
            axes.append(artist.axes)
    return [ax.bbox.padded(PAD) for ax in axes]


def _overlaps(artist: Any, areas: list[Any], renderer: Any) -> bool:
    from matplotlib.text import Text

    if not artist.get_visible() or (isinstance(artist, Text) and not artist.get_text()):
        return False  # draws nothing
    try:
        box = artist.get_tightbbox(renderer)
    except Exception:  # noqa: BLE001 - an artist that cannot say where it draws is drawn over
        return True
    if box is None:
        return False
    return any(box.overlaps(area) for area in areas)


def _inside(artist: Any, areas: list[Any], renderer: Any) -> bool:
    """A moving text (a bar's label, not clipped) still draws where the background was left out;
    the rest are clipped to their axes."""
    from matplotlib.text import Text

    if not isinstance(artist, Text) or not artist.get_visible():
        return True
    box = artist.get_window_extent(renderer).padded(PAD)
    return any(area.containsx(box.x0) and area.containsx(box.x1) and area.containsy(box.y0)
               and area.containsy(box.y1) for area in areas)


def draw(figure: Any) -> bool:
    """Draw ``figure`` on its Agg canvas; True when only its moving artists were drawn."""
    from matplotlib.layout_engine import PlaceHolderLayoutEngine

    canvas = figure.canvas
    movers = getattr(figure, "_hallbar_moving", None)
    engine = figure.get_layout_engine()
    if not movers or (engine is not None and not isinstance(engine, PlaceHolderLayoutEngine)):
        canvas.draw()  # nothing moves, or the layout is solved again in the draw: artists may move
        figure._hallbar_background = None
        return False
    kept: _Kept | None = getattr(figure, "_hallbar_background", None)
    key = _key(figure)
    renderer = canvas.get_renderer()
    if kept is not None and kept.key == key and all(_inside(a, kept.areas, renderer) for a in movers):
        canvas.restore_region(kept.region)
        for artist in kept.overlay:
            artist.draw(renderer)
        return True
    figure._hallbar_background = None
    sequence = _sequence(figure)
    areas = _areas(movers)
    wanted = set(map(id, movers))
    first = next((i for i, a in enumerate(sequence) if id(a) in wanted), len(sequence))
    overlay = [a for a in sequence[first:] if id(a) in wanted or _overlaps(a, areas, renderer)]
    for artist in overlay:
        artist.set_animated(True)
    try:
        canvas.draw()  # all but the overlay
        region = canvas.copy_from_bbox(figure.bbox)
        renderer = canvas.get_renderer()
        for artist in overlay:
            artist.draw(renderer)
    finally:
        for artist in overlay:
            artist.set_animated(False)
    figure._hallbar_background = _Kept(_key(figure), region, overlay, areas)
    return False
