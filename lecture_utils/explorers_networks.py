"""Slider figures for notebook 08: activation functions and a one-hidden-layer network.

Re-exported from ``lecture_utils.explorers``: list every builder in ``__all__``.

* :func:`network_shapes_explorer` -- "How to Increase Dimension" / "Basic Model": the
  diagram 5 features -> H hidden units -> 1 output, with every array's shape.
* :func:`activation_explorer` -- the Leaky ReLU leak, the ELU alpha or Maxout's two
  pieces on sliders; the derivative beside it, checked by central differences.
* :func:`network_fit_explorer` -- a network with one hidden layer fitting a curve:
  step through training, change the activation or the number of hidden units.
"""

from __future__ import annotations

import numpy as np

from . import _validate as v
from . import i18n
from .activations import RAW
from .i18n import _
from .plotting import DATA, MODEL, PATH, RESID, figure
from .sliders import Control, SliderFigure
from .training import train_mlp

__all__: list[str] = ["activation_explorer", "network_fit_explorer", "network_shapes_explorer"]


def _fixed_layout(fig, **margins):
    """Fixed margins instead of the constrained layout: a render costs about half as much.

    The figures here keep their size and their labels' lengths, so fixed margins fit every slider value.
    """
    fig.set_layout_engine(None)
    fig.subplots_adjust(**margins)


# ---------------------------------------------------------------------------
# How to Increase Dimension / Basic Model: the network diagram with its shapes


def _pair_of(name, value):
    """Refuse anything but a pair (low, high) before its two entries are checked."""
    if isinstance(value, str) or not hasattr(value, "__len__") or len(value) != 2:
        raise ValueError(
            _("{name} must be (low, high), two whole numbers; got {got}").format(
                name=name, got=v.describe(value)
            )
        )


def _options(name, value):
    """A non-empty list or tuple of choices."""
    if not isinstance(value, (list, tuple)) or not value:
        raise ValueError(
            _("{name} must be a non-empty list of choices; got {got}").format(
                name=name, got=v.describe(value)
            )
        )


def network_shapes_explorer(X, *, hidden=8, hidden_range=(1, 16)):
    """A slider for the number of hidden units H redraws the network
    n features -> H hidden units -> 1 output and the shapes of X, W1, b1, W2, b2.

    ``X`` is the data table (samples in rows, features in columns).
    """
    X = v.as_array("X", X, ndim=2)
    m, n = X.shape
    _pair_of("hidden_range", hidden_range)
    lo, hi = (int(v.positive("hidden_range", h, integer=True)) for h in hidden_range)
    if not lo < hi:
        raise ValueError(
            _("hidden_range must be (low, high) with low < high; got {hidden_range!r}").format(
                hidden_range=hidden_range
            )
        )
    hidden = v.positive("hidden", hidden, integer=True)
    if not lo <= hidden <= hi:
        raise ValueError(
            _("hidden must be in hidden_range {hidden_range!r}; got {hidden}").format(
                hidden_range=hidden_range, hidden=hidden
            )
        )

    fig, ax = figure(size=(7.6, 5.7))
    _fixed_layout(fig, left=0.01, right=0.99, bottom=0.01, top=0.94)
    ax.axis("off")
    ax.set(xlim=(-0.75, 2.75), ylim=(-1.78, 1.4))
    from matplotlib.collections import LineCollection

    def column(k):  # y positions of k nodes, centred, at most 1.9 tall
        if k == 1:
            return np.zeros(1)
        return np.linspace(0.95, -0.95, k) * min(1.0, 0.2 * (k - 1))

    y_in = column(n)
    edges1 = LineCollection([], colors=RESID, linewidths=0.6, alpha=0.6)
    edges2 = LineCollection([], colors=RESID, linewidths=0.6, alpha=0.6)
    ax.add_collection(edges1)
    ax.add_collection(edges2)
    ax.plot(np.zeros(n), y_in, "o", ms=20, color=DATA, zorder=3)
    for j, yj in enumerate(y_in):
        ax.text(-0.13, yj, f"f{j + 1}", ha="right", va="center", fontsize=10)
    (hid,) = ax.plot([], [], "o", ms=20, color=PATH, zorder=3)
    ax.plot([2.0], [0.0], "o", ms=20, color=MODEL, zorder=3)
    ax.text(2.13, 0.0, "output", ha="left", va="center", fontsize=10)
    ax.text(0.0, 1.1, f"input layer\n{n} features", ha="center", va="bottom", fontsize=10)
    hid_label = ax.text(1.0, 1.1, "", ha="center", va="bottom", fontsize=10)
    ax.text(2.0, 1.1, "output layer\n1 output", ha="center", va="bottom", fontsize=10)
    w1_label = ax.text(0.5, -1.08, "", ha="center", va="top", fontsize=10, color="#444")
    w2_label = ax.text(1.5, -1.08, "", ha="center", va="top", fontsize=10, color="#444")
    shapes = ax.text(1.0, -1.76, "", ha="center", va="bottom", fontsize=9.5, family="DejaVu Sans Mono")

    def update(hidden):
        k = int(hidden)
        y_hid = column(k)
        hid.set_data(np.ones(k), y_hid)
        hid.set_markersize(20 if k <= 8 else 13)
        edges1.set_segments([[(0.0, a), (1.0, b)] for a in y_in for b in y_hid])
        edges2.set_segments([[(1.0, b), (2.0, 0.0)] for b in y_hid])
        hid_label.set_text(f"hidden layer\n{k} hidden unit{'s' if k > 1 else ''}")
        w1_label.set_text(f"W1: ({n}, {k})\nb1: ({k},)")
        w2_label.set_text(f"W2: ({k}, 1)\nb2: (1,)")
        n_params = n * k + k + k + 1
        shapes.set_text(
            f"X ({m}, {n}) @ W1 ({n}, {k}) + b1 ({k},)  ->  ({m}, {k})  -> activation ->\n"
            f"({m}, {k}) @ W2 ({k}, 1) + b2 (1,)  ->  output ({m}, 1)\n"
            f"weights and biases to learn: {n}*{k} + {k} + {k}*1 + 1 = {n_params}"
        )
        ax.set_title(f"{n} features -> {k} hidden unit{'s' if k > 1 else ''} -> 1 output")

    control = Control("hidden", lo, hi, 1, hidden, description=i18n.N_("hidden units"), kind="int")
    return SliderFigure(fig, update, [control], title="network shapes")


# ---------------------------------------------------------------------------
# Activation functions with a parameter


def _maxout_pair(x, w1, b1, w2, b2):
    p1, p2 = w1 * x + b1, w2 * x + b2
    return np.maximum(p1, p2), np.where(p1 >= p2, w1, w2)


def _central(f, x, eps=1e-5):
    return (f(x + eps) - f(x - eps)) / (2 * eps)


def _lin(w, b):
    return f"{w:.1f}x {'-' if b < 0 else '+'} {abs(b):.1f}"


def _maxout_name(w1, b1, w2, b2):
    pieces = {(round(w1, 6), round(b1, 6)), (round(w2, 6), round(b2, 6))}
    known = {
        frozenset({(0.0, 0.0), (1.0, 0.0)}): "ReLU",
        frozenset({(0.1, 0.0), (1.0, 0.0)}): "Leaky ReLU",
        frozenset({(1.0, 0.0), (-1.0, 0.0)}): "|x|",
    }
    if len(pieces) == 1:
        return "one straight line"
    return known.get(frozenset(pieces), "")


def activation_explorer(name="leaky_relu", **params):
    """Sliders for an activation's parameter: ``"leaky_relu"`` (slope, the leak),
    ``"elu"`` (alpha) or ``"maxout"`` (w1, b1, w2, b2 of max(w1 x + b1, w2 x + b2)).

    Left: the function (ReLU dotted for comparison; Maxout's two pieces dashed).
    Right: its derivative as a line and, as dots, central differences of the function.
    """
    v.one_of("name", name, {"leaky_relu", "elu", "maxout"})
    defaults = {
        "leaky_relu": {"slope": 0.1},
        "elu": {"alpha": 1.0},
        "maxout": {"w1": 0.0, "b1": 0.0, "w2": 1.0, "b2": 0.0},
    }[name]
    unknown = set(params) - set(defaults)
    if unknown:
        raise ValueError(
            _("{name} takes the parameters {known}; got {unknown}").format(
                name=name, known=sorted(defaults), unknown=sorted(unknown)
            )
        )
    start = {**defaults, **{k: float(v.as_array(k, p, ndim=0)) for k, p in params.items()}}
    if name == "leaky_relu":
        controls = [
            Control("slope", 0.0, 1.0, 0.05, start["slope"], description=i18n.N_("leak (slope for x < 0)"))
        ]
    elif name == "elu":
        controls = [Control("alpha", 0.0, 3.0, 0.1, start["alpha"], description="α")]
    else:
        controls = [Control(k, -2.0, 2.0, 0.1, start[k], description=k) for k in ("w1", "b1", "w2", "b2")]
    x = np.linspace(-5, 5, 401)
    xd = np.linspace(-4.75, 4.75, 20)  # central-difference dots, none at the kink x = 0
    fig, (ax_f, ax_d) = figure(2, size=(10.0, 4.0))
    _fixed_layout(fig, left=0.055, right=0.99, bottom=0.12, top=0.92, wspace=0.15)
    for ax in (ax_f, ax_d):
        ax.axhline(0, color="black", lw=0.8)
        ax.axvline(0, color="black", lw=0.8)
        ax.set(xlim=(-5, 5), xlabel="x")
    if name != "maxout":
        ax_f.plot(x, np.maximum(0, x), ":", color="#555", lw=2.2, zorder=2.5, label="ReLU max(0, x)")
    piece1 = piece2 = None
    if name == "maxout":
        (piece1,) = ax_f.plot([], [], "--", color=DATA, lw=1.2, label="piece 1: w1 x + b1")
        (piece2,) = ax_f.plot([], [], "--", color=PATH, lw=1.2, label="piece 2: w2 x + b2")
    (lf,) = ax_f.plot([], [], color=MODEL, label="f(x)")
    (ld,) = ax_d.plot([], [], color=DATA, label="f'(x) (formula)")
    (dots,) = ax_d.plot([], [], "o", color=PATH, ms=5, label="central differences")
    ax_f.legend(loc="best" if name == "maxout" else "upper left")
    ax_d.legend(loc="upper left")
    note = ax_d.text(0.97, 0.95, "", transform=ax_d.transAxes, ha="right", va="top", fontsize=10)
    range_note = ax_f.text(
        0.97,
        0.05,
        "",
        transform=ax_f.transAxes,
        ha="right",
        va="bottom",
        fontsize=10,
        bbox={"facecolor": "white", "edgecolor": "none", "alpha": 0.85},
    )
    if name == "leaky_relu":
        ax_f.set_ylim(-5.4, 5.4)
        ax_d.set_ylim(-0.15, 1.3)
    elif name == "elu":
        ax_f.set_ylim(-3.4, 5.4)
        ax_d.set_ylim(-0.2, 3.4)
    else:
        ax_d.set_ylim(-2.5, 2.9)

    def update(**p):
        if name == "leaky_relu":
            s = p["slope"]
            f = lambda t: np.where(t > 0, t, s * t)  # noqa: E731
            df = lambda t: np.where(t > 0, 1.0, s)  # noqa: E731
            ax_f.set_title(f"Leaky ReLU: max({s:.2f} x, x)")
            extra = {0.0: "\nleak 0: plain ReLU", 1.0: "\nleak 1: max(x, x) = x, no bend!"}.get(
                round(s, 6), ""
            )
            range_note.set_text(("output range: (-inf, inf)" if s > 0 else "output range: [0, inf)") + extra)
            ax_d.set_title("derivative: 1 for x > 0, the leak for x < 0")
        elif name == "elu":
            a = p["alpha"]
            f = lambda t: np.where(t >= 0, t, a * np.expm1(np.minimum(t, 0.0)))  # noqa: E731
            df = lambda t: np.where(t >= 0, 1.0, a * np.exp(np.minimum(t, 0.0)))  # noqa: E731
            ax_f.set_title(rf"ELU: $x$ for $x \geq 0$, ${a:.1f}\,(e^x - 1)$ for $x < 0$")
            extra = {0.0: "\nα = 0: plain ReLU", 1.0: "\nα = 1: f' has no jump at 0"}.get(round(a, 6), "")
            range = f"output range: ({-a:.1f}, inf)" if a > 0 else "output range: [0, inf)"
            range_note.set_text(range + extra)
            ax_d.set_title(r"derivative: 1 for $x \geq 0$, $\alpha e^x$ for $x < 0$")
        else:
            w1, b1, w2, b2 = p["w1"], p["b1"], p["w2"], p["b2"]
            f = lambda t: _maxout_pair(t, w1, b1, w2, b2)[0]  # noqa: E731
            df = lambda t: _maxout_pair(t, w1, b1, w2, b2)[1]  # noqa: E731
            piece1.set_data(x, w1 * x + b1)
            piece2.set_data(x, w2 * x + b2)
            known = _maxout_name(w1, b1, w2, b2)
            ax_f.set_title(f"Maxout: max({_lin(w1, b1)}, {_lin(w2, b2)})" + (f": {known}" if known else ""))
            fx = f(x)
            # two fixed ranges, not one fitted to each move: a rescaled axis hides how the slopes
            # change (and costs a whole redraw)
            lim = 6.0 if float(np.abs(fx).max()) <= 5.4 else 12.6
            ax_f.set_ylim(-lim, lim)
            ax_d.set_title("derivative: the slope of the winning piece")
        lf.set_data(x, f(x))
        ld.set_data(x, df(x))
        dots.set_data(xd, _central(f, xd))
        note.set_text(f"f'(-5) = {float(df(-5.0)):.3g}   f'(5) = {float(df(5.0)):.3g}")

    return SliderFigure(fig, update, controls, title=f"{name} explorer")


# ---------------------------------------------------------------------------
# A one-hidden-layer network fitting a curve


NET_ACTIVATIONS = ("relu", "tanh", "sigmoid", "leaky_relu", "elu", "identity")


def _drawn_shares(xs, shares):
    """One line per stretch where a hidden unit's share is not 0 (with the point where it starts).

    A ReLU unit's share W2_j relu(W1_j x + b1_j) is exactly 0 on one side of its bend; drawn, the
    zero parts of all units pile up into one thick line along y = 0 that means nothing.
    """
    segments = []
    for share in shares.T:
        keep = share != 0
        keep = keep | np.r_[keep[1:], False] | np.r_[False, keep[:-1]]  # and the zero next to it
        idx = np.flatnonzero(keep)
        for run in np.split(idx, np.flatnonzero(np.diff(idx) > 1) + 1):
            if run.size >= 2:
                segments.append(np.column_stack([xs[run], share[run]]))
    return segments


def network_fit_explorer(
    x,
    y,
    *,
    activation="relu",
    hidden=16,
    lr=0.025,
    steps=2000,
    every=100,
    seed=0,
    hidden_options=(1, 2, 4, 8, 16, 32),
    activations=NET_ACTIVATIONS,
    history=None,
):
    """Step through gradient descent of h(x) = act(x W1 + b1) @ W2 + b2 on (x, y).

    Sliders: the training step (with Play, in strides of ``every``), the activation and
    the number of hidden units. Left: the data, the best straight line (least squares),
    the network's curve at that step and each hidden unit's share W2_j act(W1_j x + b1_j).
    Right: the cost at every step, with the best straight line's cost for reference.
    Each (activation, hidden units) is trained once, with ``lu.train_mlp``, when first shown;
    ``history``, a History of ``lu.train_mlp`` for the starting activation and hidden units with
    this ``lr`` and ``steps``, is used instead of training that one again.
    """
    x = v.as_array("x", x, ndim=1)
    y = v.as_array("y", y, ndim=1)
    v.same_length("x", x, "y", y)
    if x.size < 2:
        raise ValueError(_("x must hold at least 2 samples; got {m}").format(m=x.size))
    steps = v.positive("steps", steps, integer=True)
    every = v.positive("every", every, integer=True)
    if steps % every:
        raise ValueError(
            _("steps must be a multiple of every; got steps={steps}, every={every}").format(
                steps=steps, every=every
            )
        )
    lr = v.positive_number("lr", lr)
    seed = v.seed("seed", seed)
    _options("hidden_options", hidden_options)
    _options("activations", activations)
    hidden_options = tuple(v.positive("hidden_options", h, integer=True) for h in hidden_options)
    for a in activations:
        v.one_of("activations", a, RAW)
    v.one_of("activation", activation, activations)
    v.one_of("hidden", hidden, hidden_options)

    A = np.column_stack([x, np.ones_like(x)])
    (w_line, b_line), *_rest = np.linalg.lstsq(A, y, rcond=None)
    line_cost = float(np.mean((w_line * x + b_line - y) ** 2))
    cache = {}
    if history is not None:
        ok = (
            getattr(history, "model", None) == "mlp"
            and not history.batched
            and history.extra.get("activation") == activation
            and np.shape(history.params["W1"])[-1] == hidden
            and np.isclose(float(np.ravel(history.lr)[0]), lr)
            and (history.steps == steps or int(history.diverged_at) >= 0)
        )
        if not ok:
            raise ValueError(
                _(
                    "history must be a single lu.train_mlp run with activation={activation!r}, "
                    "{hidden} hidden units, lr={lr:g} and {steps} steps; got {history!r}"
                ).format(activation=activation, hidden=hidden, lr=lr, steps=steps, history=history)
            )
        cache[(activation, hidden)] = history

    def run(act, k):
        if (act, k) not in cache:
            cache[(act, k)] = train_mlp(
                x, y, lr, steps, hidden=k, activation=act, seed=seed, on_divergence="stop"
            )
        return cache[(act, k)]

    pad = 0.25 * float(np.ptp(y))
    xs = np.linspace(float(x.min()), float(x.max()), 300)
    fig, (ax1, ax2) = figure(2, size=(11.0, 4.3))
    _fixed_layout(fig, left=0.065, right=0.975, bottom=0.115, top=0.86, wspace=0.22)
    ax1.scatter(x, y, color=DATA, s=18, zorder=3, label="data")
    ax1.plot(xs, w_line * xs + b_line, "--", color=RESID, lw=1.5, label="best straight line")
    from matplotlib.collections import LineCollection

    units = LineCollection([], colors=PATH, linewidths=0.8, alpha=0.45, label="hidden units' shares")
    ax1.add_collection(units)
    (curve,) = ax1.plot([], [], color=MODEL, lw=2.4, label="network h(x)")
    ax1.set(xlim=(xs[0], xs[-1]), ylim=(float(y.min()) - pad, float(y.max()) + pad), xlabel="x", ylabel="y")
    ax1.legend(loc="upper left", fontsize=8.5)
    ax2.axhline(line_cost, ls="--", color=RESID, lw=1.5, label=f"best straight line ({line_cost:.3f})")
    (cost_line,) = ax2.plot([], [], color=DATA, label="network cost")
    (dot,) = ax2.plot([], [], "o", color=MODEL, ms=8, zorder=4)
    ax2.set(xlim=(0, steps), yscale="log", xlabel="step", ylabel="cost (MSE, log scale)")
    from matplotlib.ticker import FuncFormatter, LogLocator, NullLocator

    ax2.yaxis.set_major_formatter(FuncFormatter(lambda val, _: f"{val:g}"))  # 0.01, not 10^-2: faster
    ax2.yaxis.set_minor_locator(NullLocator())  # no minor ticks: half the render time
    ax2.legend(loc="upper right")
    warn = ax2.text(
        0.5,
        0.5,
        "",
        transform=ax2.transAxes,
        ha="center",
        va="center",
        fontsize=11,
        color="#b00",
        bbox={"facecolor": "white", "edgecolor": "#b00", "alpha": 0.9},
    )
    title = fig.suptitle("")
    locators = {True: LogLocator(subs=(1.0,)), False: LogLocator(subs=(1.0, 2.0, 5.0))}

    def update(step, activation, hidden):
        hist = run(activation, int(hidden))
        last = hist.steps  # the last recorded step (earlier than `steps` if it diverged)
        t = min(int(step), last)
        P = {k: hist.params[k][t] for k in ("W1", "b1", "W2", "b2")}
        Z = RAW[activation][0](xs[:, None] * P["W1"] + P["b1"])  # (300, H)
        shares = Z * P["W2"]
        curve.set_data(xs, shares.sum(axis=1) + P["b2"])
        units.set_segments(_drawn_shares(xs, shares))
        c = np.asarray(hist.cost)
        cost_line.set_data(np.arange(c.size), c)
        dot.set_data([t], [c[t]])
        floor = min(float(np.min(c)), line_cost)
        top = max(float(np.max(c)), line_cost)
        ax2.set_ylim(floor / 1.6, top * 1.6)
        # fewer than two powers of 10 in view: label 1, 2 and 5 times each power, so numbers still show
        ax2.yaxis.set_major_locator(locators[top / floor > 40])
        diverged = int(hist.diverged_at) >= 0
        warn.set_text(hist._figure_message().replace(": ", ":\n") if diverged else "")
        where = f"step {t}" + (f" (stopped: diverged at step {int(hist.diverged_at)})" if diverged else "")
        ax1.set_title(f"{activation}, {int(hidden)} hidden unit{'s' if int(hidden) > 1 else ''}: {where}")
        ax2.set_title(f"cost at step {t}: {c[t]:.4f}")
        title.set_text(f"h(x) = {activation}(x W1 + b1) W2 + b2, learning rate α = {lr:g}")

    controls = [
        Control("step", 0, steps, every, steps, description=i18n.N_("step"), kind="int", play=True),
        Control(
            "activation",
            value=activation,
            kind="choice",
            options=tuple(activations),
            description=i18n.N_("activation"),
        ),
        Control(
            "hidden", value=hidden, kind="choice", options=hidden_options, description=i18n.N_("hidden units")
        ),
    ]
    return SliderFigure(fig, update, controls, title="network fit")
