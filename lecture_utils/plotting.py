"""The course's figures, in one style.

Two layers:

* ``draw_*(ax, ...)`` draw onto an axes and return an *updater*: a function
  that moves the drawn artists to new parameter values without re-plotting.
  The slider figures in ``sliders`` and ``explorers`` are built from these.
* ``plot_*(...)`` make a whole figure, show it and return nothing, so a
  notebook cell that calls one prints no ``<Figure ...>`` text.

Figures are plain ``matplotlib.figure.Figure`` objects (not pyplot figures),
so they are never shown twice and never pile up in memory. ``show(fig)``
publishes the PNG alone. Figure text is English only (Colab has no Korean font).
"""

from __future__ import annotations

import base64
import numbers

import matplotlib as mpl
import numpy as np

from . import _render, i18n
from . import _validate as v
from .activations import ACTIVATIONS, get_activation
from .i18n import _

#: the course style: applied to every course figure, and to pyplot on import
STYLE = {
    "figure.dpi": 100,
    "savefig.dpi": 100,
    "figure.facecolor": "white",
    "axes.facecolor": "white",
    "axes.grid": True,
    "grid.alpha": 0.3,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.titlesize": 12,
    "axes.labelsize": 11,
    "xtick.labelsize": 9,
    "ytick.labelsize": 9,
    "legend.fontsize": 9,
    "legend.framealpha": 0.85,
    "lines.linewidth": 2.0,
    "lines.markersize": 7,
    "font.family": "DejaVu Sans",
    "axes.prop_cycle": mpl.cycler(color=["#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b"]),
    "image.cmap": "viridis",
}

DATA = "#1f77b4"  # data points
MODEL = "#d62728"  # the hypothesis / current parameters
RESID = "#7f7f7f"  # residual segments
PATH = "#ff7f0e"  # a gradient-descent path


def use_style() -> None:
    """Apply the course style to pyplot too, so a learner's own plots match."""
    mpl.rcParams.update(STYLE)


def figure(ncols=1, nrows=1, *, size=None, three_d=()):
    """A new course figure and its axes (a list when there are several).

    ``three_d`` lists the (0-based) panel numbers that get 3-D axes.
    """
    from matplotlib.figure import Figure  # here, not at the top: it is most of `import lecture_utils`

    ncols = v.whole("ncols", ncols, minimum=1)
    nrows = v.whole("nrows", nrows, minimum=1)
    if size is not None:
        size = tuple(v.positive("size", size))
        if len(size) != 2:
            raise ValueError(
                _("size must be (width, height) in inches, two numbers; got {size!r}").format(size=size)
            )
    v.not_none("three_d", three_d, i18n.N_("a list of panel numbers, e.g. (1,)"))
    if isinstance(three_d, numbers.Integral):
        three_d = (three_d,)
    for i in three_d:
        if isinstance(i, bool) or not isinstance(i, numbers.Integral) or not 0 <= i < nrows * ncols:
            raise ValueError(
                _("three_d must list panel numbers 0 ... {last} (counted from 0); got {three_d!r}").format(
                    last=nrows * ncols - 1, three_d=three_d
                )
            )

    with mpl.rc_context(STYLE):
        w, h = size or (4.6 * ncols + 0.4, 3.6 * nrows)
        fig = Figure(figsize=(w, h), layout="constrained")
        axes = [
            fig.add_subplot(nrows, ncols, i + 1, projection="3d" if i in three_d else None)
            for i in range(nrows * ncols)
        ]
    return fig, (axes[0] if len(axes) == 1 else axes)


def render_png(fig) -> bytes:
    """The figure as PNG bytes, at the figure's own size (no tight bounding box: faster).

    A course figure (a plain ``Figure``) is drawn on its own Agg canvas, and a slider move
    redraws only what it changed (see ``_render``): the same pixels as ``savefig``, to within
    antialiasing noise, in a fraction of its time.
    """
    v.figure("fig", fig)
    with mpl.rc_context(STYLE):
        return _render.png(fig)


def show(fig) -> None:
    """Display a course figure as a PNG image (no text repr) in a notebook."""
    v.figure("fig", fig)
    try:
        from IPython.display import publish_display_data
    except ImportError:  # plain Python: nothing to show on
        return
    data = base64.b64encode(render_png(fig)).decode("ascii")
    w, h = fig.get_size_inches() * fig.dpi
    publish_display_data({"image/png": data}, {"image/png": {"width": int(w), "height": int(h)}})


# ---------------------------------------------------------------------------
# Cost of a 1-D linear model over a grid of parameters


def cost_grid(x, y, w_values, b_values=None, *, loss="mse", model="linear"):
    """Cost of H(x) = w x + b (``model="logistic"``: sigmoid(w x + b)) at every grid point.

    Returns an array of shape (len(w_values),), or (len(b_values), len(w_values))
    when ``b_values`` is given (rows follow b, columns follow w, ready for contour).
    ``loss`` is "mse", "mae" or "bce" (bce needs the logistic model).
    """
    x, y = v.samples_1d(x, y)
    v.one_of("loss", loss, {"mse", "mae", "bce"})
    v.one_of("model", model, {"linear", "logistic"})
    if loss == "bce" and model != "logistic":
        raise ValueError(_("loss='bce' needs model='logistic' (cross entropy takes probabilities)"))
    if loss == "bce":
        v.labels01("y", y)
    w = v.as_array("w_values", w_values, ndim=1, nonempty=True)
    b = np.zeros(1) if b_values is None else v.as_array("b_values", b_values, ndim=1, nonempty=True)
    v.fits_in_memory(
        "w_values",
        _("{n:,} values").format(n=w.size),
        8.0 * 3 * b.size * w.size * x.size,
        _("the cost at {nb:,} b values x {nw:,} w values x {m:,} samples").format(
            nb=b.size, nw=w.size, m=x.size
        ),
    )
    Z = w[None, :, None] * x + b[:, None, None]  # (nb, nw, m)
    if model == "logistic":
        from .activations import _sigmoid

        H = _sigmoid(Z)
    else:
        H = Z
    if loss == "mse":
        C = np.mean((H - y) ** 2, axis=-1)
    elif loss == "mae":
        C = np.mean(np.abs(H - y), axis=-1)
    else:
        C = np.mean(np.logaddexp(0.0, Z) - y * Z, axis=-1)
    return C[0] if b_values is None else C


# ---------------------------------------------------------------------------
# Drawers: draw onto an axes, return an updater


def draw_fit(ax, x, y, w, b=0.0, *, residuals=True, predict_at=None, xlim=None, ylim=None):
    """Data, the line H(x) = w x + b, residual segments H(x) - y and an optional prediction.

    Returns ``update(w, b=0.0)``.
    """
    v.axes("ax", ax)
    x, y = v.samples_1d(x, y)
    w, b = v.number("w", w), v.number("b", b)
    predict_at = v.optional_number("predict_at", predict_at)
    xlim = None if xlim is None else v.interval("xlim", xlim)
    ylim = None if ylim is None else v.interval("ylim", ylim)
    if xlim is None:  # a margin so that a sample at the edge (x = 0) shows whole
        lo, hi = min(x.min(), 0.0), max(x.max(), predict_at if predict_at is not None else x.max()) + 0.5
        lo -= 0.04 * (hi - lo)
    else:
        lo, hi = xlim
    grid = np.array([lo, hi])
    ax.scatter(x, y, color=DATA, zorder=3, label="data")
    (line,) = ax.plot(grid, w * grid + b, color=MODEL, label="H(x) = Wx + b")
    segs = None
    if residuals:
        from matplotlib.collections import LineCollection

        segs = LineCollection([], colors=RESID, linestyles="--", linewidths=1.2, label="H(x) - y")
        ax.add_collection(segs)
    pred = None
    if predict_at is not None:
        (pred,) = ax.plot([predict_at], [w * predict_at + b], "*", color=MODEL, ms=14, zorder=4)
        ptxt = ax.annotate(
            "", (predict_at, 0), xytext=(-10, 10), textcoords="offset points", ha="right", fontsize=10
        )
    ax.set(xlim=(lo, hi), xlabel="x", ylabel="y")
    if ylim is not None:
        ax.set_ylim(*ylim)
    ax.legend(loc="upper left")

    def update(w, b=0.0):
        line.set_ydata(w * grid + b)
        h = w * x + b
        if segs is not None:
            segs.set_segments([[(xi, yi), (xi, hi_)] for xi, yi, hi_ in zip(x, y, h, strict=True)])
        if pred is not None:
            yp = w * predict_at + b
            pred.set_data([predict_at], [yp])
            ptxt.xy = (predict_at, yp)
            ptxt.set_text(f"H({predict_at:g}) = {yp:.2f}")

    update(w, b)
    return update


def draw_cost_curve(
    ax, w_values, costs, w=None, *, label="cost(W)", ylabel="cost(W)", log=False, readout=True
):
    """The curve cost(W) with a marker at the current W. Returns ``update(w, cost)``.

    ``readout=False`` hides the "W = ..., cost = ..." text in the corner (put it in a title instead).
    """
    v.axes("ax", ax)
    w_values = v.as_array("w_values", w_values, ndim=1, nonempty=True)
    costs = v.as_array("costs", costs, ndim=1)
    v.same_length("w_values", w_values, "costs", costs)
    w = v.optional_number("w", w)
    v.text("label", label)
    v.text("ylabel", ylabel)
    ax.plot(w_values, costs, color=DATA, label=label)
    (dot,) = ax.plot([], [], "o", color=MODEL, ms=9, zorder=4, clip_on=False)
    dot.set_in_layout(False)  # unclipped, so keep it out of the layout's size sums
    txt = ax.text(0.97, 0.95, "", transform=ax.transAxes, ha="right", va="top", fontsize=10, visible=readout)
    ax.set(xlabel="W", ylabel=ylabel, xlim=(w_values[0], w_values[-1]))
    if log:
        ax.set_yscale("log")

    def update(w, cost):
        dot.set_data([w], [cost])
        txt.set_text(f"W = {w:.2f}\ncost = {cost:.4g}")

    if w is not None:
        update(w, float(np.interp(w, w_values, costs)))
    return update


def _grid(w_values, b_values, C):
    """Check a cost grid C whose rows follow b_values and columns follow w_values."""
    w_values = v.as_array("w_values", w_values, ndim=1, nonempty=True)
    b_values = v.as_array("b_values", b_values, ndim=1, nonempty=True)
    C = v.as_array("C", C, ndim=2)
    if C.shape != (b_values.size, w_values.size):
        raise ValueError(
            _(
                "C must have one row per b value and one column per w value, shape ({n_b}, {n_w}); got shape {shape}"
            ).format(n_b=b_values.size, n_w=w_values.size, shape=C.shape)
        )
    return w_values, b_values, C


def draw_cost_contour(ax, w_values, b_values, C, *, levels=None, log_levels=True):
    """Contours of cost(W, b) (rows of C follow b). Returns ``update(w, b, path=None)``.

    ``path`` is an optional pair of arrays (ws, bs) drawn as a descent path.
    """
    v.axes("ax", ax)
    w_values, b_values, C = _grid(w_values, b_values, C)
    if levels is None:
        lo, hi = max(C.min(), 1e-3 * C.max(), 1e-12), C.max()
        levels = np.geomspace(lo, hi, 18) if log_levels else 18
    norm = None
    if log_levels and np.ndim(levels) == 1 and np.min(levels) > 0:
        from matplotlib.colors import LogNorm

        norm = LogNorm(float(np.min(levels)), float(np.max(levels)))  # colours spread over the rings
    # a log colour scale cannot take a cost of 0; below the lowest ring nothing is drawn anyway
    shown = C if norm is None else np.maximum(C, 0.5 * float(np.min(levels)))
    rings = ax.contour(w_values, b_values, shown, levels=levels, cmap="viridis", norm=norm, linewidths=1.0)
    _cost_colorbar(ax, rings, log=norm is not None)
    ij = np.unravel_index(np.argmin(C), C.shape)
    ax.plot(w_values[ij[1]], b_values[ij[0]], "x", color="black", ms=9, mew=2, label="grid minimum")
    (trail,) = ax.plot([], [], ".-", color=PATH, lw=1.5, ms=4, label="descent path")
    (dot,) = ax.plot([], [], "o", color=MODEL, ms=9, zorder=4, label="(W, b)", clip_on=False)
    dot.set_in_layout(False)
    ax.set(xlabel="W", ylabel="b", title="cost(W, b) contours")
    ax.legend(loc="upper right")

    def update(w, b, path=None):
        dot.set_data([w], [b])
        if path is not None:
            trail.set_data(*path)

    return update


def _cost_colorbar(ax, mappable, *, log=False, label="cost"):
    """A colorbar beside ``ax`` that reads the cost of each colour (plain tick labels: 0.1, 1, 10)."""
    bar = ax.figure.colorbar(mappable, ax=ax, label=label, pad=0.02, fraction=0.06)
    if log:
        from matplotlib.ticker import FuncFormatter, LogLocator, NullFormatter

        bar.ax.yaxis.set_major_locator(LogLocator(subs=(1.0, 3.0)))
        bar.ax.yaxis.set_major_formatter(FuncFormatter(lambda val, _: f"{val:g}"))
        bar.ax.yaxis.set_minor_formatter(NullFormatter())
    return bar


def draw_cost_surface(ax3d, w_values, b_values, C, *, elev=28, azim=-60):
    """The 3-D surface cost(W, b) with a marker. Returns ``update(w, b, cost)``."""
    v.axes("ax3d", ax3d)
    if not hasattr(ax3d, "plot_surface"):
        raise TypeError(_("ax3d must be 3-D axes: make them with lu.figure(..., three_d=(panel number,))"))
    w_values, b_values, C = _grid(w_values, b_values, C)
    elev, azim = v.number("elev", elev), v.number("azim", azim)
    Wg, Bg = np.meshgrid(w_values, b_values)
    ax3d.plot_surface(Wg, Bg, C, cmap="viridis", alpha=0.75, rstride=2, cstride=2, linewidth=0)
    (dot,) = ax3d.plot([], [], [], "o", color=MODEL, ms=9, zorder=10)
    from matplotlib.ticker import MaxNLocator

    for axis, n in ((ax3d.xaxis, 5), (ax3d.yaxis, 5), (ax3d.zaxis, 4)):
        axis.set_major_locator(MaxNLocator(n))  # fewer ticks: labels that do not run into each other
    # no z label: beside the z ticks it collides with them or is cut off at the figure's edge;
    # the title says what the height is
    ax3d.set(xlabel="W", ylabel="b", title="cost(W, b) as a height")
    ax3d.view_init(elev=elev, azim=azim)

    def update(w, b, cost):
        dot.set_data_3d([w], [b], [cost])

    return update


def draw_activation(ax_f, ax_df, name, x=None, **params):
    """An activation (left) and its derivative (right). Returns ``update(**params)``."""
    v.axes("ax_f", ax_f)
    v.axes("ax_df", ax_df)
    v.one_of("name", name, ACTIVATIONS)
    x = np.linspace(-5, 5, 401) if x is None else v.as_array("x", x, ndim=1)
    f, df = get_activation(name, **params)
    (lf,) = ax_f.plot(x, f(x), color=MODEL)
    (ld,) = ax_df.plot(x, df(x), color=DATA)
    for ax, what in ((ax_f, f"{name}(x)"), (ax_df, f"{name}'(x)")):
        ax.axhline(0, color="black", lw=0.8)
        ax.axvline(0, color="black", lw=0.8)
        ax.set(xlabel="x", title=what)

    def update(**new):
        f, df = get_activation(name, **new)
        lf.set_ydata(f(x))
        ld.set_ydata(df(x))
        for ax, arr in ((ax_f, f(x)), (ax_df, df(x))):
            lo, hi = float(arr.min()), float(arr.max())
            pad = 0.08 * (hi - lo or 1.0)
            ax.set_ylim(lo - pad, hi + pad)

    update(**params)
    return update


def _weights2(w):
    """The two weights of a 2-D logistic model: one parameter set, not a batch."""
    w = v.as_array("w", w)
    if w.shape != (2,):
        if w.ndim == 0:
            msg = _("w must be two numbers, one weight per column of X; got one number, {w:g}")
        elif w.ndim == 2 and w.shape[-1] == 2:
            msg = _(
                "w must be two numbers, one weight per column of X; got shape {shape} "
                "(one row per run of a batch? pick one, e.g. w[0])"
            )
        else:
            msg = _("w must be two numbers, one weight per column of X; got shape {shape}")
        raise ValueError(msg.format(w=float(w) if w.ndim == 0 else 0.0, shape=w.shape))
    return w


def draw_decision_boundary(ax, X, y, w, b=0.0, *, shade=True):
    """2-D two-class data, P(y=1) shading and the boundary w.x + b = 0. Returns ``update(w, b)``."""
    v.axes("ax", ax)
    X = v.as_array("X", X, ndim=2)
    y = v.as_array("y", y, ndim=1)
    v.same_length("X", X, "y", y)
    if X.shape[1] != 2 or X.shape[0] == 0:
        raise ValueError(
            _("X must have 2 columns (2-D points) and at least one row; got shape {shape}").format(
                shape=X.shape
            )
        )
    v.labels("y", y)
    w = _weights2(w)
    b = v.number("b", b)
    pad = 0.5
    (x0, x1), (y0, y1) = (
        (X[:, 0].min() - pad, X[:, 0].max() + pad),
        (X[:, 1].min() - pad, X[:, 1].max() + pad),
    )
    gx, gy = np.meshgrid(np.linspace(x0, x1, 120), np.linspace(y0, y1, 120))
    img = None
    if shade:
        img = ax.imshow(
            np.zeros_like(gx),
            extent=(x0, x1, y0, y1),
            origin="lower",
            cmap="RdBu_r",
            vmin=0,
            vmax=1,
            alpha=0.35,
            aspect="auto",
        )
    for cls, color, marker in ((0, DATA, "o"), (1, MODEL, "^")):
        pts = X[y == cls]
        ax.scatter(pts[:, 0], pts[:, 1], c=color, marker=marker, s=22, label=f"y = {cls}", zorder=3)
    (line,) = ax.plot([], [], color="black", lw=2, label="boundary P(y=1) = 0.5")
    ax.set(xlim=(x0, x1), ylim=(y0, y1), xlabel="x1", ylabel="x2")
    ax.legend(loc="lower right")

    def update(w, b=0.0):
        w = np.asarray(w, dtype=float)
        if img is not None:
            from .activations import _sigmoid

            img.set_data(_sigmoid(w[0] * gx + w[1] * gy + b))
        if abs(w[1]) >= abs(w[0]) and w[1] != 0:
            xs = np.array([x0, x1])
            line.set_data(xs, -(w[0] * xs + b) / w[1])
        elif w[0] != 0:
            ys = np.array([y0, y1])
            line.set_data(-(w[1] * ys + b) / w[0], ys)
        else:
            line.set_data([], [])

    update(w, b)
    return update


# ---------------------------------------------------------------------------
# One-call figures


def plot_fit(x, y, w, b=0.0, *, residuals=True, predict_at=None, title=None):
    """Data with the line H(x) = w x + b and its residuals."""
    w, b = v.number("w", w), v.number("b", b)
    title = v.text("title", title, optional=True)
    fig, ax = figure()
    draw_fit(ax, x, y, w, b, residuals=residuals, predict_at=predict_at)
    ax.set_title(title or f"H(x) = {w:.2f} x + {b:.2f}")
    show(fig)


def _linear_loss(loss):
    """The costs of the line H(x) = W x + b that the cost plots draw: mse and mae."""
    if loss == "bce":
        raise ValueError(
            _(
                "loss must be 'mse' or 'mae' here: this plot draws the cost of the line H(x) = W x + b, and "
                "cross entropy ('bce') needs probabilities from a sigmoid; for it use "
                "lu.explorers.sigmoid_cost_explorer(x, y, loss='bce')"
            )
        )
    v.one_of("loss", loss, {"mse", "mae"})


def plot_cost_curve(x, y, w_values=None, *, b=0.0, loss="mse", mark=None):
    """cost(W) for H(x) = W x + b over a range of W (default -1 ... 3)."""
    _linear_loss(loss)
    w_values = np.linspace(-1, 3, 201) if w_values is None else w_values
    b = v.number("b", b)
    mark = v.optional_number("mark", mark)
    costs = cost_grid(x, y, w_values, [b], loss=loss)[0]
    fig, ax = figure()
    draw_cost_curve(ax, w_values, costs, mark, label=f"{loss.upper()} cost(W)")
    ax.set_title(f"{loss.upper()} as a function of W (b = {b:g})")
    show(fig)


def _path(path):
    """A descent path: a History of one linear run, or a pair (ws, bs) of equal length."""
    if hasattr(path, "params"):
        if getattr(path, "batched", False) or set(path.params) != {"w", "b"} or np.ndim(path.w) != 1:
            raise ValueError(
                _(
                    "path must be the History of one run of a 1-D linear model with a bias; got {path!r}"
                ).format(path=path)
            )
        path = (path.w, path.b)
    v.not_none("path", path, i18n.N_("a training History or a pair (ws, bs)"))
    if isinstance(path, str) or len(path) != 2:
        raise ValueError(
            _("path must be a training History or a pair (ws, bs); got {got}").format(got=v.describe(path))
        )
    ws = v.as_array("path", path[0], ndim=1, nonempty=True, finite=False)
    bs = v.as_array("path", path[1], ndim=1, nonempty=True, finite=False)
    if ws.size != bs.size:
        raise ValueError(
            _("path must be a pair (ws, bs) of the same length; got {n_ws} and {n_bs}").format(
                n_ws=ws.size, n_bs=bs.size
            )
        )
    return ws, bs


def plot_cost_surface(x, y, w_values=None, b_values=None, *, loss="mse", path=None, mark=None):
    """cost(W, b) as contours (left) and a 3-D surface (right), with an optional descent path.

    ``path`` is a training History (linear, single run) or a pair (ws, bs).
    """
    _linear_loss(loss)
    path = None if path is None else _path(path)
    if mark is not None:
        mark = tuple(v.as_array("mark", mark, ndim=1))
        if len(mark) != 2:
            raise ValueError(_("mark must be (w, b), two numbers; got {n} numbers").format(n=len(mark)))
    w_values = np.linspace(-1, 3, 81) if w_values is None else v.as_array("w_values", w_values, ndim=1)
    b_values = np.linspace(-2, 2, 81) if b_values is None else v.as_array("b_values", b_values, ndim=1)
    C = cost_grid(x, y, w_values, b_values, loss=loss)
    fig, (ax1, ax2) = figure(2, three_d=(1,))
    up_c = draw_cost_contour(ax1, w_values, b_values, C)
    up_s = draw_cost_surface(ax2, w_values, b_values, C)
    if path is not None:
        ws, bs = path
        up_c(ws[-1], bs[-1], (ws, bs))
        up_s(ws[-1], bs[-1], float(cost_grid(x, y, [ws[-1]], [bs[-1]], loss=loss)[0, 0]))
    elif mark is not None:
        up_c(*mark)
        up_s(*mark, float(cost_grid(x, y, [mark[0]], [mark[1]], loss=loss)[0, 0]))
    show(fig)


def plot_activation(name, **params):
    """An activation function and its derivative side by side."""
    v.one_of("name", name, ACTIVATIONS)
    get_activation(name, **params)  # checks the parameters before a figure is made
    fig, (a, b) = figure(2, size=(9.4, 3.4))
    draw_activation(a, b, name, **params)
    show(fig)


def plot_decision_boundary(X, y, w, b=0.0, *, title=None):
    """2-D two-class data with the logistic model's boundary and P(y=1) shading."""
    title = v.text("title", title, optional=True)
    fig, ax = figure(size=(5.4, 4.4))
    draw_decision_boundary(ax, X, y, w, b)
    ax.set_title(title or "Decision boundary")
    show(fig)


def plot_cost_history(history, *, log=True, labels=None, title="Cost during gradient descent"):
    """Cost against step for a History (every member of a batch as its own line)."""
    v.history("history", history)
    cost = np.asarray(history.cost)
    n_lines = 1 if cost.ndim == 1 else cost.shape[1]
    if labels is not None and (isinstance(labels, str) or len(labels) != n_lines):
        raise ValueError(
            _("labels must list one name per run ({n}); got {got}").format(n=n_lines, got=v.describe(labels))
        )
    title = v.text("title", title, optional=True)
    fig, ax = figure(size=(5.6, 3.6))
    cols = cost[:, None] if cost.ndim == 1 else cost
    for j in range(cols.shape[1]):
        lab = labels[j] if labels is not None else None
        ax.plot(np.arange(cols.shape[0]), cols[:, j], label=lab)
    finite = cols[np.isfinite(cols)]  # a diverged run may hold NaN only, or no step at all
    if log and finite.size and finite.min() > 0:
        ax.set_yscale("log")
    if not finite.size:
        ax.text(
            0.5,
            0.5,
            "no finite cost to plot: diverged at the start",
            transform=ax.transAxes,
            ha="center",
            va="center",
        )
    ax.set(xlabel="step", ylabel="cost", title=title)
    if labels is not None:
        ax.legend()
    show(fig)


#: the most numbers plot_arrays writes out for one array
MAX_CELLS = 400


def plot_arrays(items, *, columns=(), size=None):
    """Notebook 01: each ``(name, array)`` of ``items`` drawn as a grid of its numbers, titled with its
    shape. A 1-D array whose name is in ``columns`` stands upright (a column) instead of lying in a row."""
    v.not_none("items", items, i18n.N_("a non-empty list of (name, array) pairs"))
    if not isinstance(items, list | tuple) or not items:
        raise ValueError(
            _("items must be a non-empty list of (name, array) pairs; got {got}").format(
                got=v.describe(items)
            )
        )
    arrays = []
    for i, item in enumerate(items):
        if not (isinstance(item, tuple) and len(item) == 2):
            raise ValueError(
                _("items must be a non-empty list of (name, array) pairs; items[{i}] is {got}").format(
                    i=i, got=v.describe(item)
                )
            )
        name = v.text(_("the name of items[{i}]").format(i=i), item[0])
        a = v.as_array(
            _("items[{i}], the array {name!r},").format(i=i, name=name),
            item[1],
            ndim=(0, 1, 2),
            nonempty=True,
        )
        if a.size > MAX_CELLS:  # every number is written out: a big array would take minutes to draw
            raise ValueError(
                _(
                    "items[{i}], the array {name!r}, must hold at most {limit} numbers to be written out; "
                    "got shape {shape}"
                ).format(i=i, name=name, limit=MAX_CELLS, shape=a.shape)
            )
        arrays.append((name, a))
    v.not_none("columns", columns, i18n.N_("a list of the names of 1-D arrays to stand upright"))
    if isinstance(columns, str) or not isinstance(columns, list | tuple | set):
        raise TypeError(
            _("columns must be a list of names, e.g. ['X @ w']; got {got}").format(got=v.describe(columns))
        )
    for c in columns:
        v.text("columns", c)
    fig, axes = figure(len(arrays), size=size)
    for ax, (name, a) in zip(np.atleast_1d(axes), arrays, strict=True):
        grid = np.atleast_2d(a).T if (a.ndim == 1 and name in columns) else np.atleast_2d(a)
        rows, cols = grid.shape
        for (i, j), val in np.ndenumerate(grid):
            ax.text(j, i, f"{val:g}", ha="center", va="center", fontsize=10)
        ax.hlines(np.arange(rows + 1) - 0.5, -0.5, cols - 0.5, color="white", lw=2)
        ax.vlines(np.arange(cols + 1) - 0.5, -0.5, rows - 0.5, color="white", lw=2)
        ax.set(xlim=(-0.5, cols - 0.5), ylim=(rows - 0.5, -0.5), aspect="equal", facecolor="#d6e6f5")
        ax.set_title(f"{name}\nshape {a.shape}")
        ax.tick_params(left=False, bottom=False, labelleft=False, labelbottom=False)
        ax.grid(False)
        ax.spines[:].set_visible(False)
    show(fig)
