"""What the slider figures of notebooks 06-10 show, value by value (explorers_optimization.py,
explorers_networks.py, explorers_classification.py).

As in tests/test_explorer_values.py: each control moved as a slider moves it, to its ends, middle and
starting value (a step slider through every step), the artists read back and compared with plain
numpy written here, on small cases and on each notebook's own call (NOTEBOOK_CALLS).
"""

from __future__ import annotations

import numpy as np
import pytest
from _figure_values import build, calls_of, close, covers, offsets, same_text, xy

import lecture_utils as lu


def f06(w):
    return w**4 / 4 - w**2 + w / 2


def df06(w):
    return w**3 - 2 * w + 0.5


def notebook_08():
    x, y = lu.make_curve(m=60, noise=0.05, seed=0)
    lr, steps = 0.025, 2000
    start = lu.training.init_mlp(hidden=16, seed=0, x_range=(x.min(), x.max()))
    hist = lu.train_mlp(x, y, lr, steps, params0=start, activation="relu", hidden=16)
    return {"x": x, "y": y, "lr": lr, "steps": steps, "hist": hist, "X": lu.load_multivariable()[0]}


def notebook_07():
    X, y = lu.load_multivariable()
    return {"X": X, "y": y, "w_guess": np.array([0.5, 0.5, -0.5, 0.2, 0.1]), "b_guess": -0.5}


def samples():
    x, y = lu.load_regression_samples()
    return {"x": x, "y": y}


def binary():
    x, y = lu.load_binary()
    X2, y2 = lu.make_two_class(m=100, separation=2.0, seed=0)
    return {"x": x, "y": y, "X2": X2, "y2": y2}


#: every slider figure of notebooks 06-10, as the notebook builds it, and the names it uses
NOTEBOOK_CALLS = {
    (
        "06",
        "lu.explorers.learning_rate_explorer(x, y, lr=0.05, lr_range=(0.001, 0.3), steps=30, w0=0.0)",
    ): samples,
    (
        "06",
        "lu.explorers.minima_explorer(f, df, w0=1.5, lr=0.1, formula='f(w) = w^4/4 - w^2 + w/2')",
    ): lambda: {
        "f": f06,
        "df": df06,
    },
    ("07", "lu.explorers.matrix_explorer(X, y, w=w_guess, b=b_guess)"): notebook_07,
    ("07", "lu.explorers.null_space_explorer(X, y, t=0.0, t_range=(-3.0, 3.0))"): notebook_07,
    ("08", "lu.explorers.network_shapes_explorer(X, hidden=8)"): lambda: {"X": lu.load_multivariable()[0]},
    ("08", "lu.explorers.activation_explorer('leaky_relu', slope=0.1)"): dict,
    ("08", "lu.explorers.activation_explorer('maxout', w1=0.0, b1=0.0, w2=1.0, b2=0.0)"): dict,
    ("08", "lu.explorers.activation_explorer('elu', alpha=1.0)"): dict,
    (
        "08",
        "lu.explorers.network_fit_explorer(x, y, activation='relu', hidden=16, lr=lr, steps=steps, history=hist)",
    ): notebook_08,
    ("09", "lu.explorers.sigmoid_cost_explorer(x, y, w=2.0, w_range=(-20.0, 20.0), loss='mse')"): binary,
    (
        "10",
        "lu.explorers.logistic_training_explorer(X2, y2, lr=0.2, steps=40, w0=(-1.0, 0.5), b0=1.0)",
    ): binary,
}


def notebook_cases(name):
    """pytest params, one per notebook call of ``name``: a function returning (figure, the names it used)."""

    def make(nb, call):
        ns = NOTEBOOK_CALLS[nb, call]()
        return build(call, **ns), ns

    return [
        pytest.param(lambda nb=nb, call=call: make(nb, call), id=f"nb{nb}-{i}")
        for i, (nb, call) in enumerate(calls_of(NOTEBOOK_CALLS, name))
    ]


def positions(control, extra=()):
    return [*control.sweep_values(), control.value, *extra]


def by_label(ax, label):
    (found,) = [a for a in [*ax.lines, *ax.collections] if a.get_label() == label]
    return found


# ---------------------------------------------------------------------------
# notebook 06: the learning rate


def plain_descent(x, y, lr, steps, w0):
    """W and cost(W) at each step of W := W - lr (2/m) sum (W x - y) x, stopped where the trainer
    stops a run (cost past 1e8 (cost at start + 1), training.py); and the step it diverged at (-1)."""
    w, ws, cs = w0, [], []
    for t in range(steps + 1):
        c = sum((w * xi - yi) ** 2 for xi, yi in zip(x, y, strict=True)) / len(x)
        if cs and not c <= 1e8 * (cs[0] + 1):
            return np.array(ws), np.array(cs), t
        ws.append(w)
        cs.append(c)
        w -= lr * sum(2 * (w * xi - yi) * xi for xi, yi in zip(x, y, strict=True)) / len(x)
    return np.array(ws), np.array(cs), -1


@covers("learning_rate_explorer")
@pytest.mark.parametrize(
    "make",
    [
        lambda: (
            lu.explorers.learning_rate_explorer(
                np.array([1.0, 2.0]), np.array([1.5, 2.5]), lr=0.1, lr_range=(0.01, 1.0), steps=8
            ),
            {"x": np.array([1.0, 2.0]), "y": np.array([1.5, 2.5])},
        ),
        *notebook_cases("learning_rate_explorer"),
    ],
)
def test_learning_rate_explorer_values(make):
    sf, ns = make()
    x, y = ns["x"], ns["y"]
    w0 = 0.0
    steps = 8 if len(x) == 2 else 30
    ax1, ax2 = sf.fig.axes
    c = 2 * sum(xi * xi for xi in x) / len(x)
    w_star = sum(xi * yi for xi, yi in zip(x, y, strict=True)) / sum(xi * xi for xi in x)
    close(by_label(ax1, f"minimum W* = {w_star:.3g}").get_xdata(), [w_star, w_star])
    trail, dot = by_label(ax1, "W at each step"), ax1.lines[1]
    regimes = set()
    for lr in positions(sf.controls[0], extra=(1 / c, 0.5 / c, 1.5 / c)):
        sf.update(lr=lr)
        ws, cs, bad = plain_descent(x, y, lr, steps, w0)
        close(xy(trail), [ws, cs], rtol=1e-7)
        close(xy(dot), [[ws[-1]], [cs[-1]]], rtol=1e-7)
        close(
            xy(by_label(ax2, "cost at each step")), [np.arange(len(cs)), np.clip(cs, 1e-16, 1e11)], rtol=1e-7
        )
        lo, hi = ax1.get_xlim()
        off = "" if lo <= ws[-1] <= hi else "\n(off the plot)"
        same_text(ax1.texts[0].get_text(), f"W = {ws[-1]:.4g}\ncost = {cs[-1]:.4g}{off}")
        if bad >= 0:
            assert f"diverged at step {bad} " in ax2.get_title().replace("\n", " ")
        same_text(ax1.get_title(), f"each step multiplies W - W* by 1 - alpha c = {1 - lr * c:.3g}")
        head, edges = sf.fig._suptitle.get_text().split("\n")
        same_text(
            edges,
            f"c = (2/m) sum x^2 = {c:.3g};  alpha = 1/c = {1 / c:.3g} lands on W* in one step;  2/c = {2 / c:.3g} is the edge",
        )
        verdict = head.split(": ", 1)[1]
        same_text(head.split(": ")[0], f"learning rate alpha = {lr:.3g}")
        if bad >= 0:
            regimes.add("diverged")
            assert verdict == "too large: the run diverged"
        elif np.isclose(lr, 1 / c):
            regimes.add("good")
            assert verdict.startswith("good") and abs(ws[1] - w_star) < 1e-9  # one step lands on W*
        elif lr * c < 0.2:
            regimes.add("small")
            assert verdict.startswith("too small")
        elif lr * c > 1:
            assert "zig-zag" in verdict
    assert regimes == {"diverged", "good", "small"}


def minima_of(df_poly, lo, hi, f):
    """The local minima of a polynomial f in (lo, hi) from the roots of f' (np.roots): where f'' > 0."""
    roots = np.roots(df_poly)
    roots = np.sort(roots[np.abs(roots.imag) < 1e-9].real)
    d2 = np.polyval(np.polyder(df_poly), roots)
    w_min = roots[(d2 > 0) & (roots > lo) & (roots < hi)]
    return w_min, f(w_min)


def f_small(w):
    return (w * w - 1) ** 2 + 0.3 * w


def df_small(w):
    return 4 * w * (w * w - 1) + 0.3


@covers("minima_explorer")
@pytest.mark.parametrize(
    "make",
    [
        lambda: (
            lu.explorers.minima_explorer(
                f_small, df_small, w0=0.5, lr=0.05, w_range=(-2.0, 2.0), lr_range=(0.01, 0.3), steps=25
            ),
            None,
        ),
        *notebook_cases("minima_explorer"),
    ],
)
def test_minima_explorer_values(make):
    sf, ns = make()
    if ns is None:
        f, poly, (lo, hi), steps = f_small, [4.0, 0.0, -4.0, 0.3], (-2.0, 2.0), 25
    else:
        f, poly, (lo, hi), steps = f06, [1.0, 0.0, -2.0, 0.5], (-2.5, 2.5), 60
    df = np.poly1d(poly)
    w_min, f_min = minima_of(poly, lo, hi, f)
    best = int(np.argmin(f_min))
    starts = np.linspace(lo, hi, 200)
    tol = 0.02 * (hi - lo)
    colours = {
        "grey": [0.85, 0.85, 0.85],
        "global": [0.17, 0.63, 0.17],
        "local": [1.0, 0.5, 0.05],
        "diverged": [0.7, 0.0, 0.0],
    }
    ax1, ax2 = sf.fig.axes
    strip = ax1.images[0]
    trail, start, end = by_label(ax1, "path from w0"), by_label(ax1, "start w0"), ax1.lines[-1]
    fline = by_label(ax2, "f(w) at each step")
    seen = set()
    for w0 in positions(sf.controls[0]):
        for lr in positions(sf.controls[1]):
            sf.update(w0=w0, lr=lr)
            # every start at once, a plain loop over steps: w := w - lr f'(w); |w| past 1e6 diverges
            w = np.r_[w0, starts]
            path, dead = [w.copy()], np.zeros(w.size, bool)
            with np.errstate(all="ignore"):
                for _ in range(steps):
                    w = w - lr * df(w)
                    dead |= ~(np.abs(w) <= 1e6)
                    path.append(np.where(dead, np.nan, w))
            end_w = path[-1]
            kinds = []
            for e, d in zip(end_w, dead, strict=True):
                if d:
                    kinds.append("diverged")
                    continue
                k = int(np.argmin(np.abs(e - w_min)))
                kinds.append(("global" if k == best else "local") if abs(e - w_min[k]) < tol else "grey")
            seen |= set(kinds[1:])
            close(strip.get_array()[0], [colours[k] for k in kinds[1:]])
            p = np.array([q[0] for q in path])
            p = p[np.isfinite(p)]
            close(xy(trail), [p, f(p)], rtol=1e-7)
            close(xy(fline), [np.arange(p.size), f(p)], rtol=1e-7)
            close(xy(end), [[p[-1]], [f(p[-1])]], rtol=1e-7)
            close(xy(start), [[w0], [f(w0)]])
            head, tail = sf.fig._suptitle.get_text().split("\n")
            n_glob = kinds[1:].count("global")
            same_text(
                tail,
                f"of 200 starts in [{lo:g}, {hi:g}], {n_glob} end in the global minimum w = {w_min[best]:.3g} (f = {f_min[best]:.3g})",
            )
            assert head.startswith(f"start w0 = {w0:.2f}, learning rate {lr:.3g}: ")
            assert ax2.texts[0].get_visible() == (kinds[0] == "diverged")
            if kinds[0] == "diverged":
                assert f"diverged at step {p.size}" in head
            elif kinds[0] == "grey":
                assert "has not settled" in head
            else:
                assert ("the global minimum" if kinds[0] == "global" else "a local minimum") in head
    assert seen == set(colours)  # the strip shows every outcome somewhere in the sweep


# ---------------------------------------------------------------------------
# notebook 07


def cells(ax, label, rows):
    """The texts of a one-column block of matrix_explorer: under the block's label, one per row."""
    (lab,) = [t for t in ax.texts if t.get_text() == label]
    x0 = lab.get_position()[0]
    found = {
        round(-t.get_position()[1] - 0.5): t
        for t in ax.texts
        if t is not lab and np.isclose(t.get_position()[0], x0)
    }
    return [found[i] for i in range(rows)]


@covers("matrix_explorer")
@pytest.mark.parametrize(
    "make",
    [
        lambda: (
            lu.explorers.matrix_explorer(
                np.array([[1.0, 2.0], [0.0, -1.0], [3.0, 0.5]]), np.array([1.0, -2.0, 4.0]), w=[0.5, 0.0]
            ),
            None,
        ),
        *notebook_cases("matrix_explorer"),
    ],
)
def test_matrix_explorer_values(make):
    sf, ns = make()
    if ns is None:
        X, y = np.array([[1.0, 2.0], [0.0, -1.0], [3.0, 0.5]]), np.array([1.0, -2.0, 4.0])
    else:
        X, y = ns["X"], ns["y"]
    m, n = X.shape
    (ax,) = sf.fig.axes
    tW, tb, tH = (
        cells(ax, f"W  ({n},)", n),
        cells(ax, "b, one number\nrepeated", m),
        cells(ax, f"H  ({m},)", m),
    )
    ty, tr = cells(ax, f"y  ({m},)", m), cells(ax, "H - y", m)
    assert [t.get_text() for t in ty] == [f"{v:g}" for v in y]
    resid = [t for t in ax.patches if np.isclose(t.get_x() + t.get_width() / 2, tr[0].get_position()[0])][-m:]
    start = dict(sf.values)
    settings = [dict(start, **{c.name: v}) for c in sf.controls for v in positions(c)]
    settings += [{c.name: c.min for c in sf.controls}, {c.name: c.max for c in sf.controls}]
    for setting in settings:
        sf.update(**setting)
        w = np.array([setting[f"w{j + 1}"] for j in range(n)])
        b = setting["b"]
        h = [sum(X[i, j] * w[j] for j in range(n)) + b for i in range(m)]
        r = [hi - yi for hi, yi in zip(h, y, strict=True)]
        for t, v in zip(tW, w, strict=True):
            same_text(t.get_text(), f"{v:.2f}")
        for i in range(m):
            same_text(tb[i].get_text(), f"{b:.2f}")
            same_text(tH[i].get_text(), f"{h[i]:.2f}")
            same_text(tr[i].get_text(), f"{r[i]:+.2f}")
        # the colour strip of residuals: the larger |H - y|, the darker its cell
        shade = [sum(p.get_facecolor()[:3]) for p in resid]
        for i in range(m):
            for k in range(m):
                if abs(r[i]) < abs(r[k]) - 1e-9:
                    assert shade[i] >= shade[k] - 1e-9
        first, second = ax.get_title().split("\n")
        assert first.startswith("H(X1) = ")
        same_text(first.rsplit(" = ", 1)[1], f"{h[0]:.2f}")
        same_text(second, f"cost(W, b) = (1/{m}) sum (H - y)^2 = {sum(ri * ri for ri in r) / m:.4f}")


@covers("null_space_explorer")
@pytest.mark.parametrize(
    "make",
    [
        lambda: (
            lu.explorers.null_space_explorer(
                np.array([[1.0, 0.0], [0.0, 1.0]]), np.array([1.0, 2.0]), t=0.5, t_range=(-1.0, 1.0)
            ),
            None,
        ),
        *notebook_cases("null_space_explorer"),
    ],
)
def test_null_space_explorer_values(make):
    sf, ns = make()
    X, y = (np.array([[1.0, 0.0], [0.0, 1.0]]), np.array([1.0, 2.0])) if ns is None else (ns["X"], ns["y"])
    m, n = X.shape
    A = np.column_stack([X, np.ones(m)])
    theta0 = np.linalg.pinv(A) @ y  # the minimum-norm solution
    ax1, ax2, ax3 = sf.fig.axes
    bars = [p for p in ax2.patches if p.get_label() != "minimum norm (t = 0)"][-(n + 1) :]
    seen = {}
    for t in positions(sf.controls[0], extra=(0.0,)):
        sf.update(t=t)
        theta = np.array([p.get_height() for p in bars])
        seen[t] = theta
        close(A @ theta, y, atol=1e-9)  # every theta(t) fits the data exactly
        close(np.linalg.norm(theta - theta0), abs(t), atol=1e-9)  # t is the distance from theta_0
        close(xy(by_label(ax1, "H(X) = XW + b"))[1], X @ theta[:n] + theta[n], atol=1e-9)
        nrm = np.sqrt(np.sum(theta**2))
        close(xy(ax3.lines[-1]), [[t], [nrm]], atol=1e-9)
        same_text(ax3.get_title(), f"t = {t:.2f}: ||theta|| = {nrm:.3f}")
        parts = [
            f"{nm} = {v:.2f}" for nm, v in zip([f"w{j + 1}" for j in range(n)] + ["b"], theta, strict=True)
        ]
        same_text(ax2.get_title().replace("\n", ", "), ", ".join(parts))
        cost = np.mean((A @ theta - y) ** 2)
        assert cost < 1e-20 and ax1.texts[0].get_text().startswith("cost = ")
    close(seen[0.0], theta0, atol=1e-9)
    ts = sorted(t for t in seen if t != 0)
    direction = (seen[ts[-1]] - theta0) / ts[-1]
    for t in ts:
        close(seen[t], theta0 + t * direction, atol=1e-9)  # one straight line through theta_0


# ---------------------------------------------------------------------------
# notebook 08


@covers("network_shapes_explorer")
@pytest.mark.parametrize(
    "make",
    [
        lambda: (lu.explorers.network_shapes_explorer(np.zeros((3, 2)), hidden=2, hidden_range=(1, 4)), None),
        *notebook_cases("network_shapes_explorer"),
    ],
)
def test_network_shapes_explorer_values(make):
    sf, _ = make()
    (ax,) = sf.fig.axes
    n = len(ax.lines[0].get_xdata())  # the input nodes
    m = 3 if n == 2 else 5
    edges1, edges2 = ax.collections[:2]
    texts = {t.get_text().split("\n")[0].split(":")[0].split(" (")[0]: t for t in ax.texts}
    c = sf.controls[0]
    for k in range(int(c.min), int(c.max) + 1):  # every number of hidden units
        sf.update(hidden=k)
        hx, hy = xy(ax.lines[1])
        close(hx, np.ones(k))
        assert len(set(np.round(hy, 9))) == k and np.isclose(np.mean(hy), 0)  # k distinct nodes, centred
        assert len(edges1.get_segments()) == n * k and len(edges2.get_segments()) == k
        params = sum(a.size for a in (np.zeros((n, k)), np.zeros(k), np.zeros((k, 1)), np.zeros(1)))
        unit = "unit" if k == 1 else "units"
        assert texts["hidden layer"].get_text() == f"hidden layer\n{k} hidden {unit}"
        assert texts["W1"].get_text() == f"W1: ({n}, {k})\nb1: ({k},)"
        assert texts["W2"].get_text() == f"W2: ({k}, 1)\nb2: (1,)"
        shapes = texts["X"].get_text()
        assert f"X ({m}, {n}) @ W1 ({n}, {k})" in shapes and shapes.endswith(f"= {params}")
        assert ax.get_title() == f"{n} features -> {k} hidden {unit} -> 1 output"


def leaky(s):
    return (lambda t: np.where(t > 0, t, s * t)), (lambda t: np.where(t > 0, 1.0, s))


def elu(a):
    return (lambda t: np.where(t >= 0, t, a * (np.exp(np.minimum(t, 0)) - 1))), (
        lambda t: np.where(t >= 0, 1.0, a * np.exp(np.minimum(t, 0)))
    )


def maxout(w1, b1, w2, b2):
    return (lambda t: np.maximum(w1 * t + b1, w2 * t + b2)), (
        lambda t: np.where(w1 * t + b1 >= w2 * t + b2, w1, w2)
    )


@covers("activation_explorer")
@pytest.mark.parametrize(
    "make",
    [
        lambda: (lu.explorers.activation_explorer("leaky_relu", slope=0.3), None),
        lambda: (lu.explorers.activation_explorer("elu", alpha=2.0), None),
        lambda: (lu.explorers.activation_explorer("maxout", w1=1.0, b1=0.5, w2=-1.0, b2=0.0), None),
        *notebook_cases("activation_explorer"),
    ],
)
def test_activation_explorer_values(make):
    sf, _ = make()
    ax_f, ax_d = sf.fig.axes
    start = dict(sf.values)
    extra = (1.0,) if len(sf.controls) == 1 else ()  # the edge note at 1
    settings = [dict(start, **{c.name: v}) for c in sf.controls for v in positions(c, extra)]
    if len(sf.controls) > 1:
        settings += [{c.name: c.min for c in sf.controls}, {c.name: c.max for c in sf.controls}]
        settings += [dict(w1=0.0, b1=0.0, w2=1.0, b2=0.0), dict(w1=1.0, b1=0.0, w2=-1.0, b2=0.0)]
    notes = set()
    for p in settings:
        sf.update(**p)
        if "slope" in p:
            f, df = leaky(p["slope"])
        elif "alpha" in p:
            f, df = elu(p["alpha"])
        else:
            f, df = maxout(p["w1"], p["b1"], p["w2"], p["b2"])
            x = xy(by_label(ax_f, "piece 1: w1 x + b1"))[0]
            close(xy(by_label(ax_f, "piece 1: w1 x + b1"))[1], p["w1"] * x + p["b1"])
            close(xy(by_label(ax_f, "piece 2: w2 x + b2"))[1], p["w2"] * x + p["b2"])
            title = ax_f.get_title()
            if (p["w1"], p["b1"], p["w2"], p["b2"]) in [(0, 0, 1, 0), (1, 0, 0, 0)]:
                assert title.endswith(": ReLU")
                notes.add("relu")
            elif {(p["w1"], p["b1"]), (p["w2"], p["b2"])} == {(1, 0), (-1, 0)}:
                assert title.endswith(": |x|")
                notes.add("abs")
        x, fx = xy(by_label(ax_f, "f(x)"))
        close(x, np.linspace(-5, 5, 401))
        close(fx, f(x))
        close(xy(by_label(ax_d, "f'(x) (formula)"))[1], df(x))
        xd, dots = xy(by_label(ax_d, "central differences"))
        close(dots, (f(xd + 1e-5) - f(xd - 1e-5)) / 2e-5, atol=1e-6)
        assert ax_d.texts[0].get_text() == f"f'(-5) = {float(df(-5.0)):.3g}   f'(5) = {float(df(5.0)):.3g}"
        if "slope" in p or "alpha" in p:
            k = p.get("slope", p.get("alpha"))
            note = ax_f.texts[0].get_text()
            low = "0" if k == 0 else (f"{-k:.1f}" if "alpha" in p else "-inf")
            assert note.startswith(f"output range: {'[' if k == 0 else '('}{low}, inf)")
            if k in (0.0, 1.0):
                assert "\n" in note  # the edge notes: plain ReLU at 0; no bend / no jump at 1
                notes.add(k)
            else:
                assert "\n" not in note
    if len(sf.controls) == 1:
        assert notes == {0.0, 1.0}
    elif sf.values["b2"] == 0:
        assert notes == {"relu", "abs"}


def act(name):
    return {"relu": lambda z: np.maximum(z, 0), "tanh": np.tanh, "identity": lambda z: z}[name]


def plain_mlp(x, y, P, lr, steps, activation):
    """A plain backpropagation loop (one hidden layer, MSE), for comparing with the trainer's run."""
    W1, b1, W2, b2 = (np.array(P[k], float) for k in ("W1", "b1", "W2", "b2"))
    d = {"relu": lambda a: (a > 0) * 1.0, "tanh": lambda a: 1 - np.tanh(a) ** 2, "identity": np.ones_like}[
        activation
    ]
    for _ in range(steps):
        A = np.outer(x, W1) + b1
        h = act(activation)(A) @ W2 + b2
        dh = 2 * (h - y) / len(x)
        dA = np.outer(dh, W2) * d(A)
        W1, b1, W2, b2 = (
            W1 - lr * (x @ dA),
            b1 - lr * dA.sum(0),
            W2 - lr * (act(activation)(A).T @ dh),
            b2 - lr * dh.sum(),
        )
    return W1, b1, W2, b2


@covers("network_fit_explorer")
@pytest.mark.parametrize(
    "make",
    [
        lambda: (
            lu.explorers.network_fit_explorer(
                np.linspace(-1, 1, 8),
                np.linspace(-1, 1, 8) ** 2,
                lr=0.2,
                steps=20,
                every=5,
                hidden=3,
                hidden_options=(1, 3),
                activations=("relu", "tanh", "identity"),
            ),
            {"x": np.linspace(-1, 1, 8), "y": np.linspace(-1, 1, 8) ** 2, "lr": 0.2, "steps": 20},
        ),
        *notebook_cases("network_fit_explorer"),
    ],
)
def test_network_fit_explorer_values(make):
    sf, ns = make()
    x, y, lr, steps = ns["x"], ns["y"], ns["lr"], ns["steps"]
    ax1, ax2 = sf.fig.axes
    wl, bl = np.polyfit(x, y, 1)
    line_cost = np.mean((wl * x + bl - y) ** 2)
    xs, ys = xy(by_label(ax1, "best straight line"))
    close(ys, wl * xs + bl, atol=1e-9)
    close(
        by_label(ax2, f"best straight line ({line_cost:.3f})").get_ydata(), [line_cost, line_cost], rtol=1e-9
    )
    combos = (
        [("relu", 3), ("tanh", 1), ("identity", 3)]
        if "hist" not in ns
        else [("relu", 16), ("tanh", 4), ("identity", 2)]
    )
    for activation, k in combos:
        run = (
            ns["hist"]
            if (activation, k) == ("relu", 16)
            else lu.train_mlp(x, y, lr, steps, hidden=k, activation=activation, seed=0, on_divergence="stop")
        )
        if "hist" not in ns:  # the run the figure shows is plain gradient descent with backpropagation
            P0 = {key: run.params[key][0] for key in ("W1", "b1", "W2", "b2")}
            for got, want in zip(
                [run.params[key][-1] for key in ("W1", "b1", "W2", "b2")],
                plain_mlp(x, y, P0, lr, steps, activation),
                strict=True,
            ):
                close(got, want, rtol=1e-9, atol=1e-12)
        for t in sf.controls[0].sweep_values() if "hist" not in ns else [0, 100, 1000, 2000]:
            sf.update(step=t, activation=activation, hidden=k)
            W1, b1, W2, b2 = (run.params[key][t] for key in ("W1", "b1", "W2", "b2"))
            xs, hs = xy(by_label(ax1, "network h(x)"))
            shares = act(activation)(np.outer(xs, W1) + b1) * W2
            close(hs, shares.sum(axis=1) + b2, rtol=1e-9, atol=1e-12)
            segs = by_label(ax1, "hidden units' shares").get_segments()
            close(np.array([s[:, 1] for s in segs]), shares.T, rtol=1e-9, atol=1e-12)
            cost = np.mean((act(activation)(np.outer(x, W1) + b1) @ W2 + b2 - y) ** 2)
            close(xy(ax2.lines[-1]), [[t], [cost]], rtol=1e-9)  # the marker: this step's cost, recomputed
            unit = "unit" if k == 1 else "units"
            assert ax1.get_title() == f"{activation}, {k} hidden {unit}: step {t}"
            same_text(ax2.get_title(), f"cost at step {t}: {cost:.4f}")


# ---------------------------------------------------------------------------
# notebooks 09-10


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


@covers("sigmoid_cost_explorer")
@pytest.mark.parametrize(
    "make",
    [
        lambda: (
            lu.explorers.sigmoid_cost_explorer(
                np.array([-1.0, 0.0, 0.5, 2.0]), np.array([0.0, 1.0, 0.0, 1.0]), w=1.0, w_range=(-4, 4)
            ),
            "mse",
        ),
        lambda: (
            lu.explorers.sigmoid_cost_explorer(
                np.array([-1.0, 0.0, 0.5, 2.0]), np.array([0.0, 1.0, 0.0, 1.0]), w_range=(-4, 4), loss="bce"
            ),
            "bce",
        ),
        *notebook_cases("sigmoid_cost_explorer"),
    ],
)
def test_sigmoid_cost_explorer_values(make):
    sf, loss = make()
    loss = loss if isinstance(loss, str) else "mse"
    ax1, ax2 = sf.fig.axes
    x, y = offsets(by_label(ax1, "data")).T
    curve_w, curve_c = xy(ax2.lines[0])

    def cost(w):
        z = w * x
        if loss == "mse":
            return np.mean((sigmoid(z) - y) ** 2)
        return np.mean(y * np.logaddexp(0, -z) + (1 - y) * np.logaddexp(0, z))  # -log sigma, -log(1 - sigma)

    close(curve_c, [cost(w) for w in curve_w], rtol=1e-9)
    if loss == "mse":  # the levels cost(W) tends to: H is a step at W -> +-inf (0.5 at x = 0)
        for sign, name in ((-1, "-inf"), (1, "+inf")):
            h = np.where(sign * x > 0, 1.0, np.where(sign * x < 0, 0.0, 0.5))
            level = np.mean((h - y) ** 2)
            (ln,) = [a for a in ax2.lines if a.get_label() == f"W -> {name}: {level:.3f}"]
            close(ln.get_ydata(), [level, level])
    for w in positions(sf.controls[0], extra=(0.0,)):
        sf.update(w=w)
        xs, hs = xy(ax1.lines[-1])
        close(hs, sigmoid(w * xs), rtol=1e-9)
        segs = np.array(by_label(ax1, "H(x) - y").get_segments())
        close(segs[:, 1, 1], sigmoid(w * x), rtol=1e-9)
        close(segs[:, 0, :], np.column_stack([x, y]))
        close(xy(ax2.lines[1]), [[w], [cost(w)]], rtol=1e-9)
        same_text(ax1.get_title(), f"H(x) = sigmoid({w:.2f} x)")


def plain_logistic(X, y, lr, steps, w0, b0):
    """Gradient descent on the cross entropy of sigmoid(X w + b), a plain loop; (w, b, cost) per step."""
    w, b, out = np.array(w0, float), float(b0), []
    for _ in range(steps + 1):
        z = X @ w + b
        p = sigmoid(z)
        out.append((w.copy(), b, np.mean(y * np.logaddexp(0, -z) + (1 - y) * np.logaddexp(0, z))))
        w, b = w - lr * X.T @ (p - y) / len(y), b - lr * np.mean(p - y)
    return out


@covers("logistic_training_explorer")
@pytest.mark.parametrize(
    "make",
    [
        lambda: (
            lu.explorers.logistic_training_explorer(
                np.array([[0.0, 0.0], [1.0, 0.5], [2.0, 2.0], [0.5, 2.0]]),
                np.array([0.0, 0.0, 1.0, 1.0]),
                lr=0.5,
                steps=6,
            ),
            (0.5, (-1.0, 0.5), 1.0),
        ),
        *[
            pytest.param(lambda p=p: (p.values[0]()[0], (0.2, (-1.0, 0.5), 1.0)), id=p.id)
            for p in notebook_cases("logistic_training_explorer")
        ],
    ],
)
def test_logistic_training_explorer_values(make):
    sf, (lr, w0, b0) = make()
    ax1, ax2 = sf.fig.axes
    X = np.vstack([offsets(c) for c in ax1.collections if c.get_label() in ("y = 0", "y = 1")])
    y = np.concatenate(
        [
            np.full(len(offsets(c)), float(c.get_label()[-1]))
            for c in ax1.collections
            if c.get_label() in ("y = 0", "y = 1")
        ]
    )
    steps = int(sf.controls[0].max)
    run = plain_logistic(X, y, lr, steps, w0, b0)
    img = ax1.images[0]
    x0, x1, y0, y1 = img.get_extent()
    gx, gy = np.meshgrid(np.linspace(x0, x1, 120), np.linspace(y0, y1, 120))
    boundary = by_label(ax1, "boundary P(y=1) = 0.5")
    for t in sf.controls[0].sweep_values():
        sf.update(step=t)
        w, b, c = run[t]
        close(img.get_array(), sigmoid(w[0] * gx + w[1] * gy + b), rtol=1e-7, atol=1e-12)
        bx, by = xy(boundary)
        close(w[0] * bx + w[1] * by + b, [0, 0], atol=1e-7)  # both ends on w.x + b = 0
        close(xy(ax2.lines[-1]), [[t], [c]], rtol=1e-7)
        close(
            xy(by_label(ax2, "cross entropy cost")),
            [np.arange(t + 1), [r[2] for r in run[: t + 1]]],
            rtol=1e-7,
        )
        acc = np.mean((X @ w + b >= 0) == (y == 1))
        same_text(ax1.get_title(), f"step {t}: boundary {w[0]:.2f} x1 {w[1]:+.2f} x2 {b:+.2f} = 0")
        same_text(ax2.get_title(), f"step {t}: cost {c:.3f}, accuracy {acc:.0%}")
        assert ax2.texts[0].get_text() == f"W := W - {lr:g} * dcost/dW"
