"""How a course figure becomes PNG bytes fast enough to follow a slider (``plotting.render_png``).

A slider move changes a few artists of a figure that otherwise stays put. Four savings, each
giving the pixels of a full ``savefig`` (to within antialiasing noise):

1. One draw on the figure's own Agg canvas; ``savefig`` draws twice (a layout pass, then paint).
2. The constrained layout is reused while nothing it depends on has changed (``_layout_key``).
3. Layers. Matplotlib marks an artist *stale* when it is changed, so after a move the artists
   the slider drives are known: the *dynamic* ones. The figure is then drawn once without them
   into a background, and the static artists drawn after them (axis ticks and grid, spines,
   legends, notes) once into a transparent overlay. A move that changes only dynamic artists,
   with the same layout and limits, costs a copy of the background, the dynamic artists' own
   drawing and the overlay laid over them. Anything else (new limits, a new artist, a static
   artist changed) draws the whole figure and rebuilds the layers.
4. The PNG is written with zlib directly (``_encode_png``).
"""

from __future__ import annotations

import io
import struct
import weakref
import zlib

import matplotlib as mpl
import numpy as np


def png(fig) -> bytes:
    """The figure as PNG bytes at its own size (no tight bounding box), under the current rcParams."""
    canvas = _own_agg_canvas(fig)
    if canvas is None:  # a pyplot figure, or another resolution: matplotlib's own path
        buf = io.BytesIO()
        fig.savefig(buf, format="png", bbox_inches=None)
        return buf.getvalue()
    return _encode_png(_draw(fig, canvas), fig.dpi)


def _draw(fig, canvas):
    """Draw ``fig`` on ``canvas`` (as cheaply as its layers allow); its (h, w, 4) pixels."""
    renderer = canvas.get_renderer()
    engine = fig.get_layout_engine()
    adaptive = engine is not None and type(engine).__name__.startswith(("Constrained", "Tight"))
    order, unlayered = _draw_order(fig)
    key = _layers_key(fig, renderer, order)
    stale = {a for a in order if a.stale}
    # a legend placed "best" moves when the data under it does
    stale |= {a for a in order if getattr(a, "_loc", None) == 0 and any(b.axes is a.axes for b in stale)}
    layers = _LAYERS.get(fig)
    relayout = adaptive and (key is None or _LAID_OUT.get(fig) != key[0])
    if (
        layers is not None
        and layers.background is not None
        and key is not None
        and layers.key == key
        and not relayout
        and stale <= layers.dynamic
        and not any(a.stale for a in unlayered)
    ):
        pixels = layers.frame(renderer)
    else:
        # what has been seen to change since the first drawing (everything is new then)
        dynamic = set() if layers is None else {a for a in order if a in layers.dynamic or a in stale}
        layers = _Layers(dynamic)
        if dynamic and not any(a.stale for a in unlayered):
            pixels = layers.build(fig, canvas, order, lambda: _full_draw(fig, canvas, engine, relayout))
        else:
            _full_draw(fig, canvas, engine, relayout)
            pixels = np.asarray(renderer.buffer_rgba())
        layers.key = _layers_key(fig, renderer, order)  # as laid out now
        if adaptive and _LAID_OUT.get(fig) is None:
            layers.key = None  # the layout has not settled: the next move lays out again
        _LAYERS[fig] = layers
    for a in order + unlayered:
        a.stale = False  # from now on, stale means "changed since this frame"
    return pixels


def _full_draw(fig, canvas, engine, relayout):
    """Draw the whole figure, laying it out again only when ``relayout``."""
    adaptive = engine is not None and type(engine).__name__.startswith(("Constrained", "Tight"))
    if not adaptive:
        canvas.draw()
        return
    if not relayout:
        fig.set_layout_engine("none")  # the layout in place is still right
        try:
            canvas.draw()
        finally:
            fig.set_layout_engine(engine)
        return
    # Constrained layout starts from the current positions (tick counts depend on the axes'
    # size), so it can take another pass to settle; the layout is kept only once a pass moved no
    # axes by half a pixel. A first picture gets one pass (most notebook figures are drawn once).
    # A figure laid out before (a slider moved it) is laid out again in the same frame, up to 3
    # passes, until it settles: that costs a draw or two now instead of one on each next move.
    for _ in range(3 if fig in _LAID_OUT else 1):
        before = _positions(fig)
        canvas.draw()  # lays out, then paints
        settled = np.max(np.abs(_positions(fig) - before), initial=0.0) < 0.5
        if settled:
            break
    _LAID_OUT[fig] = _layout_key(fig, canvas.get_renderer()) if settled else None


def whole_frame(fig):
    """The figure drawn whole, at the layout it has now, as an (h, w, 4) copy: what a layered
    frame must look like (the tests compare the two after every slider move)."""
    canvas = _own_agg_canvas(fig)
    engine = fig.get_layout_engine()
    if engine is not None:
        fig.set_layout_engine("none")
    try:
        canvas.draw()
    finally:
        if engine is not None:
            fig.set_layout_engine(engine)
    order, unlayered = _draw_order(fig)
    for a in order + unlayered:
        a.stale = False  # drawing changed nothing the next frame must know of
    return np.asarray(canvas.get_renderer().buffer_rgba()).copy()


class _Layers:
    """A figure's background and overlays, valid for one key and one set of dynamic artists."""

    def __init__(self, dynamic):
        self.dynamic = dynamic
        self.key = None
        self.background = None  # the canvas pixels without the dynamic artists and those above
        self.steps = []  # in drawing order: a dynamic artist, or an overlay (pixels, premultiplied, 1 - alpha)

    def build(self, fig, canvas, order, draw_figure):
        """Draw the figure in layers (background, then dynamic artists and overlays); the pixels."""
        from matplotlib.backends.backend_agg import RendererAgg
        from matplotlib.image import AxesImage

        runs = _runs(order, self.dynamic)
        hide = [a for run in runs for a in run if not a.get_animated()]
        # matplotlib before 3.11 draws an animated image all the same: hide those outright
        images = [a for a in hide if isinstance(a, AxesImage) and a.get_visible()]
        for a in hide:
            a.set_animated(True)  # an animated artist is left out of a figure's draw
        for a in images:
            a.set_visible(False)
        try:
            draw_figure()
        finally:
            for a in hide:
                a.set_animated(False)
            for a in images:
                a.set_visible(True)
        renderer = canvas.get_renderer()
        pixels = np.asarray(renderer.buffer_rgba())
        if pixels[..., 3].min() != 255:  # a see-through figure: no overlay arithmetic for it
            for a in hide:
                a.draw(renderer)
            self.dynamic = set()
            return pixels
        self.background = pixels.copy()
        h, w = pixels.shape[:2]
        for run in runs:
            if run[0] in self.dynamic:
                self.steps += run
                continue
            over = RendererAgg(w, h, fig.dpi)  # a transparent layer for this run of static artists
            for a in run:
                a.draw(over)
            ov = np.asarray(over.buffer_rgba()).reshape(-1, 4)
            idx = np.flatnonzero(ov[:, 3])
            alpha = ov[idx, 3:4].astype(np.float32) / 255
            self.steps.append((idx, ov[idx, :3] * alpha + 0.5, 1 - alpha))  # + 0.5: round, not floor
        return self.frame(renderer, restore=False)

    def frame(self, renderer, restore=True):
        """The background, then the dynamic artists as they are now, each overlay in its place."""
        pixels = np.asarray(renderer.buffer_rgba())
        if restore:
            np.copyto(pixels, self.background)
        flat = pixels.reshape(-1, 4)
        for step in self.steps:
            if isinstance(step, tuple):
                idx, rgb, keep = step
                flat[idx, :3] = (flat[idx, :3] * keep + rgb).astype(np.uint8)
                continue
            if hasattr(step, "do_3d_projection") and hasattr(step, "get_paths"):
                step.do_3d_projection()  # a 3-D collection or patch: project its new data
            step.draw(renderer)
        return pixels


def _draw_order(fig):
    """The figure's artists in drawing order, as ``Figure.draw`` and ``Axes.draw`` sort them
    (each axes' children in place of the axes), and the artists drawn otherwise (patches, the
    3-D axes' panes and ticks), whose change the layers cannot follow."""
    order, unlayered = [], [fig.patch]
    children = [a for a in fig.get_children() if a is not fig.patch and not a.get_animated()]
    for a in sorted(children, key=lambda a: a.get_zorder()):
        if a not in fig.axes:
            order.append(a)
            continue
        unlayered.append(a.patch)
        kids = [c for c in a.get_children() if c is not a.patch]
        drawn_by_axes = []
        if not (a.axison and a._frameon) and not hasattr(a, "get_zlim"):
            drawn_by_axes += list(a.spines.values())
        if not a.axison or hasattr(a, "get_zlim"):
            drawn_by_axes += list(a._axis_map.values())
        if hasattr(a, "get_zlim"):  # Axes3D draws its axes and panes itself, first
            drawn_by_axes += list(a.spines.values())
        unlayered += drawn_by_axes
        kids = [c for c in kids if not any(c is d for d in drawn_by_axes) and not c.get_animated()]
        order += sorted(kids, key=lambda c: c.get_zorder())
    return order, unlayered


def _runs(order, dynamic):
    """The dynamic artists and the static ones drawn after the first dynamic one of the same
    axes (or figure), in drawing order, as runs of all-dynamic or all-static artists."""
    runs, seen, last = [], set(), None
    for a in order:
        home = id(a.axes)
        moving = a in dynamic
        if moving:
            seen.add(home)
        elif home not in seen:
            continue
        if runs and last == (home, moving):
            runs[-1].append(a)
        else:
            runs.append([a])
        last = (home, moving)
    return runs


def _layers_key(fig, renderer, order):
    """What a background depends on besides its artists: the layout key, the axes' pixel
    positions, and which artists there are."""
    layout = _layout_key(fig, renderer)
    if layout is None:
        return None
    return (layout, tuple(np.round(_positions(fig), 2).ravel().tolist()), tuple(map(id, order)))


#: figure -> its _Layers
_LAYERS = weakref.WeakKeyDictionary()


def forget(fig):
    """Forget what ``fig``'s sliders have been seen to move: its next frame is drawn whole, and the
    moves after it learn the moving artists afresh. For a change that makes a new picture (another
    cost on the axes, new limits) after which a slider moves fewer artists than that change did."""
    _LAYERS.pop(fig, None)


def _encode_png(rgba, dpi) -> bytes:
    """PNG bytes of an (h, w, 4) uint8 image: RGB when it is opaque, no row filter, zlib level 3.

    Plots are mostly flat colour, which deflate packs well unfiltered: measured on the course's
    slider figures this is 2-3x faster than matplotlib's PNG writer (Pillow, adaptive filters,
    level 6) and the files are 5-20% smaller. The pixels are the same.
    """
    h, w, _ = rgba.shape
    opaque = bool(rgba[..., 3].min() == 255)
    pixels = rgba[..., :3] if opaque else rgba
    c = pixels.shape[2]
    rows = np.empty((h, 1 + w * c), np.uint8)
    rows[:, 0] = 0  # filter type 0 (None) for every row
    np.copyto(rows[:, 1:].reshape(h, w, c), pixels)  # a view of rows: one copy, not two
    ppm = round(dpi / 0.0254)  # the resolution, as matplotlib records it

    def chunk(tag, data):
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data))

    return b"".join(
        [
            b"\x89PNG\r\n\x1a\n",
            chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2 if opaque else 6, 0, 0, 0)),
            chunk(b"pHYs", struct.pack(">IIB", ppm, ppm, 1)),
            chunk(b"IDAT", zlib.compress(rows, 3)),
            chunk(b"IEND", b""),
        ]
    )


#: figure -> the layout key at its last constrained layout (None: not settled yet)
_LAID_OUT = weakref.WeakKeyDictionary()


def _positions(fig):
    """The axes' positions in pixels."""
    w, h = fig.bbox.width, fig.bbox.height
    return np.array([ax.get_position().bounds for ax in fig.axes]).reshape(-1, 4) * [w, h, w, h]


def _own_agg_canvas(fig):
    """The Agg canvas a plain Figure renders on (attached on first use), or None.

    None for figures that savefig should render: pyplot figures (they have a manager
    and their own canvas) and figures whose dpi differs from ``savefig.dpi``.
    """
    from matplotlib.backend_bases import FigureCanvasBase
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    dpi = mpl.rcParams["savefig.dpi"]
    if dpi != "figure" and dpi != fig.dpi:
        return None
    if type(fig.canvas) is FigureCanvasBase:
        FigureCanvasAgg(fig)  # attaches itself as fig.canvas
    if type(fig.canvas) is not FigureCanvasAgg or fig.canvas.manager is not None:
        return None
    if mpl.rcParams["savefig.facecolor"] != "auto" or mpl.rcParams["savefig.edgecolor"] != "auto":
        return None
    return fig.canvas


def _layout_key(fig, renderer):
    """What the constrained layout depends on, so an unchanged key means an unchanged layout.

    Figure size; per axes its limits, scales, tick locators/formatters, 3-D view, legend
    and children count; for every text (titles, labels, ``ax.text`` notes, suptitle) its
    visibility, font size, number of lines and how far it sticks out of its axes (whole
    pixels) -- not its characters, so a title whose numbers change keeps the layout.
    None when the figure has something this key does not cover (then lay out every time).
    """
    key = [tuple(fig.get_size_inches()), fig.dpi, len(fig.texts), len(fig.legends), len(fig.axes)]
    if fig.legends or getattr(fig, "subfigs", None):
        return None
    for t in fig.texts:
        key.append(_text_key(t, fig.bbox, renderer))
    for ax in fig.axes:
        if not ax.get_visible():
            key.append(None)
            continue
        k = [id(ax), ax.get_xlim(), ax.get_ylim(), ax.get_xscale(), ax.get_yscale(), len(ax.get_children())]
        axes = [ax.xaxis, ax.yaxis]
        if hasattr(ax, "get_zlim"):  # 3-D
            k += [ax.get_zlim(), ax.get_zscale(), ax.elev, ax.azim, getattr(ax, "roll", 0)]
            axes.append(ax.zaxis)
        for axis in axes:
            loc, fmt = axis.get_major_locator(), axis.get_major_formatter()
            k += [
                id(loc),
                tuple(
                    np.ravel(
                        getattr(loc, "locs", None) if getattr(loc, "locs", None) is not None else ()
                    ).tolist()
                ),
                id(fmt),
            ]
            k.append(tuple(getattr(fmt, "seq", None) or ()))
            k.append(_text_key(axis.label, ax.bbox, renderer))
            k.append(axis.get_visible())
        titles = [ax.title, ax._left_title, ax._right_title]
        k += [_text_key(t, ax.bbox, renderer) for t in titles + list(ax.texts)]
        leg = ax.get_legend()
        if leg is not None:
            k.append((leg.get_visible(), leg._loc, tuple(t.get_text() for t in leg.get_texts())))
            if leg.get_bbox_to_anchor() is not ax.bbox:  # placed by hand: it may sit outside the axes
                k.append(_legend_key(leg, ax.bbox, renderer))
        key.append(tuple(k))
    return tuple(key)


def _text_key(t, box, renderer):
    """A text's share in the layout: shown?, size, lines, and its overhang out of ``box`` in pixels.

    Measuring a text lays it out (the costliest part of a key), so the answer is kept while
    everything the measurement depends on stays the same.
    """
    text = t.get_text()
    if not (t.get_visible() and text):
        return None
    try:
        where = tuple(np.round(t.get_transform().transform(t.get_unitless_position()), 3).tolist())
    except Exception:  # an unusual transform: measure every time
        where = object()
    inputs = (
        text,
        where,
        box.bounds,
        renderer.dpi,
        t.get_fontsize(),
        t.get_rotation(),
        t.get_rotation_mode(),
        t.get_horizontalalignment(),
        t.get_verticalalignment(),
        getattr(t, "_linespacing", None),  # no public getter before matplotlib 3.11
        hash(t.get_fontproperties()),
        t.get_wrap(),
        t.get_usetex(),
    )
    kept = _TEXT_KEYS.get(t)
    if kept is not None and kept[0] == inputs:
        return kept[1]
    e = t.get_window_extent(renderer)
    over = np.array([box.x0 - e.x0, e.x1 - box.x1, box.y0 - e.y0, e.y1 - box.y1])
    if not np.all(np.isfinite(over)):
        key = ("not finite", text)
    else:
        over = tuple(int(o) for o in np.maximum(np.round(over), 0))
        # a text inside its box takes no room in the layout, whatever it says
        key = (t.get_fontsize(), t.get_rotation(), text.count("\n"), over) if any(over) else None
    _TEXT_KEYS[t] = (inputs, key)
    return key


def _legend_key(leg, box, renderer):
    """A legend's overhang out of ``box`` in pixels (kept while its anchor, box and texts stay)."""
    inputs = (
        leg.get_visible(),
        leg._loc,
        tuple(leg.get_bbox_to_anchor().bounds),
        box.bounds,
        renderer.dpi,
        tuple(t.get_text() for t in leg.get_texts()),
    )
    kept = _TEXT_KEYS.get(leg)
    if kept is not None and kept[0] == inputs:
        return kept[1]
    e = leg.get_window_extent(renderer)
    over = np.array([box.x0 - e.x0, e.x1 - box.x1, box.y0 - e.y0, e.y1 - box.y1])
    key = ("legend", tuple(int(o) for o in np.maximum(np.round(np.nan_to_num(over)), 0)))
    _TEXT_KEYS[leg] = (inputs, key)
    return key


#: text or legend -> (what its measurement depended on, its key)
_TEXT_KEYS = weakref.WeakKeyDictionary()
