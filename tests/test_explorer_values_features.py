"""What the slider figures of notebooks 07-08 show, value by value: the matrix picture and the null
space of many features, the network's shapes, activations with a parameter, a network fitting a
curve (explorers_optimization.py, explorers_networks.py).

As in tests/test_explorer_values.py: each control moved as a slider moves it, the artists compared
with plain numpy written here (a plain backpropagation loop for the network's training).
"""

from __future__ import annotations

import numpy as np
import pytest
from _figure_values import (
    by_label,
    close,
    covers,
    notebook_cases,
    positions,
    same_text,
    small,
    xy,
)

import lecture_utils as lu


def notebook_08():
    x, y = lu.make_curve(m=60, noise=0.05, seed=0)
    lr, steps = 0.025, 2000
    start = lu.training.init_mlp(hidden=16, seed=0, x_range=(x.min(), x.max()))
    hist = lu.train_mlp(x, y, lr, steps, params0=start, activation="relu", hidden=16)
    return {"x": x, "y": y, "lr": lr, "steps": steps, "hist": hist, "X": lu.load_multivariable()[0]}


def notebook_07():
    X, y = lu.load_multivariable()
    return {
        "X": X,
        "y": y,
        "w_guess": np.array([0.5, 0.5, -0.5, 0.2, 0.1]),
        "b_guess": -0.5,
        "x_new": np.ones(X.shape[1]),
    }


#: every slider figure of notebooks 07-08, as the notebook builds it, and the names it uses
NOTEBOOK_CALLS = {
    ("07", "lu.explorers.matrix_explorer(X, y, w=w_guess, b=b_guess)"): notebook_07,
    ("07", "lu.explorers.null_space_explorer(X, y, t=0.0, t_range=(-3.0, 3.0), x_new=x_new)"): notebook_07,
    ("08", "lu.explorers.network_shapes_explorer(X, hidden=8)"): lambda: {"X": lu.load_multivariable()[0]},
    ("08", "lu.explorers.activation_explorer('leaky_relu', slope=0.1)"): dict,
    ("08", "lu.explorers.activation_explorer('maxout', w1=0.0, b1=0.0, w2=1.0, b2=0.0)"): dict,
    ("08", "lu.explorers.activation_explorer('elu', alpha=1.0)"): dict,
    (
        "08",
        "lu.explorers.network_fit_explorer(x, y, activation='relu', hidden=16, lr=lr, steps=steps, history=hist)",
    ): notebook_08,
}


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
        small(
            lambda: (
                lu.explorers.matrix_explorer(
                    np.array([[1.0, 2.0], [0.0, -1.0], [3.0, 0.5]]), np.array([1.0, -2.0, 4.0]), w=[0.5, 0.0]
                ),
                None,
            ),
            "small-1",
        ),
        *notebook_cases(NOTEBOOK_CALLS, "matrix_explorer"),
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
        same_text(second, f"cost(W, b) = (1/{m}) Σ (H − y)² = {sum(ri * ri for ri in r) / m:.4f}")


NULL_SMALL = (np.array([[1.0, 0.0], [0.0, 1.0]]), np.array([1.0, 2.0]))


@covers("null_space_explorer")
@pytest.mark.parametrize(
    "make",
    [
        small(
            lambda: (lu.explorers.null_space_explorer(*NULL_SMALL, t=0.5, t_range=(-1.0, 1.0)), None),
            "small-1",
        ),
        small(  # a new sample whose prediction moves with t ([2, 1, 1] . v is not 0)
            lambda: (
                lu.explorers.null_space_explorer(
                    *NULL_SMALL, t_range=(-2.0, 1.0), x_new=np.array([2.0, 1.0])
                ),
                {"x_new": np.array([2.0, 1.0])},
            ),
            "small-new",
        ),
        *notebook_cases(NOTEBOOK_CALLS, "null_space_explorer"),
    ],
)
def test_null_space_explorer_values(make):
    sf, ns = make()
    X, y = NULL_SMALL if ns is None or "X" not in ns else (ns["X"], ns["y"])
    x_new = None if ns is None else ns["x_new"]
    m, n = X.shape
    A = np.column_stack([X, np.ones(m)])
    theta0 = np.linalg.pinv(A) @ y  # the minimum-norm solution, theta_gd
    ax1, ax2, ax3 = sf.fig.axes
    bars = [p for p in ax2.patches if p.get_label() != r"$\theta_{gd}$ ($t = 0$)"][-(n + 1) :]
    new_dots = [ln for ln in ax1.lines if ln.get_marker() == "D"]
    names = [f"X{i + 1}" for i in range(m)] + ([] if x_new is None else ["new"])
    fmt = ax1.xaxis.get_major_formatter()
    assert [fmt(i, i) for i in range(len(names))] == names
    close(ax1.get_xlim(), (-0.6, len(names) - 0.4))  # a column for the new sample, if any
    t_lo, t_hi = sf.controls[0].min, sf.controls[0].max
    close(
        ax3.get_xlim(), (t_lo - 0.04 * (t_hi - t_lo), t_hi + 0.04 * (t_hi - t_lo))
    )  # room for the whole dot
    limits = [(ax.get_xlim(), ax.get_ylim()) for ax in sf.fig.axes]
    seen = {}
    for t in positions(sf.controls[0], extra=(0.0,)):
        sf.update(t=t)
        theta = np.array([p.get_height() for p in bars])
        seen[t] = theta
        close(A @ theta, y, atol=1e-9)  # every theta(t) fits the data exactly
        close(np.linalg.norm(theta - theta0), abs(t), atol=1e-9)  # t is the distance from theta_gd
        close(xy(by_label(ax1, "$H(X) = XW + b$"))[1], X @ theta[:n] + theta[n], atol=1e-9)
        nrm = np.sqrt(np.sum(theta**2))
        close(xy(ax3.lines[-1]), [[t], [nrm]], atol=1e-9)
        same_text(ax3.get_title(), f"t = {t:.2f}: ‖θ‖ = {nrm:.3f}")
        parts = [
            f"{nm} = {v:.2f}" for nm, v in zip([f"w{j + 1}" for j in range(n)] + ["b"], theta, strict=True)
        ]
        same_text(ax2.get_title().replace("\n", ", "), ", ".join(parts))
        cost = np.mean((A @ theta - y) ** 2)
        assert cost < 1e-20 and ax1.texts[0].get_text().startswith("cost = ")
        if x_new is None:
            assert not new_dots and "new sample" not in ax1.get_title()
        else:
            h_new = sum(xj * wj for xj, wj in zip(x_new, theta[:n], strict=True)) + theta[n]
            (new_dot,) = new_dots
            close(xy(new_dot), [[m], [h_new]], atol=1e-9)  # the new sample's prediction, in its column
            lo, hi = ax1.get_ylim()
            assert lo < h_new < hi
            assert ax1.get_title().startswith("predictions: max |H - y| = ")
            same_text(ax1.get_title().split("; ")[1], f"new sample: {h_new:.2f}")
        assert [(ax.get_xlim(), ax.get_ylim()) for ax in sf.fig.axes] == limits  # no move rescales
    close(seen[0.0], theta0, atol=1e-9)
    ts = sorted(t for t in seen if t != 0)
    direction = (seen[ts[-1]] - theta0) / ts[-1]
    for t in ts:
        close(seen[t], theta0 + t * direction, atol=1e-9)  # one straight line through theta_gd


# ---------------------------------------------------------------------------
# notebook 08


@covers("network_shapes_explorer")
@pytest.mark.parametrize(
    "make",
    [
        small(
            lambda: (
                lu.explorers.network_shapes_explorer(np.zeros((3, 2)), hidden=2, hidden_range=(1, 4)),
                None,
            ),
            "small-1",
        ),
        *notebook_cases(NOTEBOOK_CALLS, "network_shapes_explorer"),
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
        small(lambda: (lu.explorers.activation_explorer("leaky_relu", slope=0.3), None), "small-1"),
        small(lambda: (lu.explorers.activation_explorer("elu", alpha=2.0), None), "small-2"),
        small(
            lambda: (lu.explorers.activation_explorer("maxout", w1=1.0, b1=0.5, w2=-1.0, b2=0.0), None),
            "small-3",
        ),
        *notebook_cases(NOTEBOOK_CALLS, "activation_explorer"),
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


def drawn_shares(xs, shares):
    """Each unit's share drawn where it is not 0: one piece per run of points that are not 0 or next to
    one that is not (so a ReLU piece starts at its bend), pieces of one point left out."""
    pieces = []
    for j in range(shares.shape[1]):
        s = shares[:, j]
        near = [i for i in range(len(s)) if any(s[k] != 0 for k in (i - 1, i, i + 1) if 0 <= k < len(s))]
        runs = []
        for i in near:
            if runs and i == runs[-1][-1] + 1:
                runs[-1].append(i)
            else:
                runs.append([i])
        pieces += [np.column_stack([xs[r], s[r]]) for r in runs if len(r) >= 2]
    return pieces


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
        small(
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
            "small-1",
        ),
        *notebook_cases(NOTEBOOK_CALLS, "network_fit_explorer"),
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
        else [("relu", 16), ("tanh", 4), ("identity", 2), ("relu", 32)]  # 32 diverges, as the notebook says
    )
    diverged = set()
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
        # the trainer's rule: a run stops at the first step whose cost passes 1e8 (cost at start + 1)
        costs = [
            np.mean((act(activation)(np.outer(x, w1) + c1) @ w2 + c2 - y) ** 2)
            for w1, c1, w2, c2 in zip(*(run.params[key] for key in ("W1", "b1", "W2", "b2")), strict=True)
        ]
        last = len(costs) - 1
        assert last == steps or int(run.diverged_at) == last + 1
        warn = ax2.texts[0]
        for t in sf.controls[0].sweep_values():  # every step of the slider
            sf.update(step=t, activation=activation, hidden=k)
            shown = min(t, last)
            W1, b1, W2, b2 = (run.params[key][shown] for key in ("W1", "b1", "W2", "b2"))
            xs, hs = xy(by_label(ax1, "network h(x)"))
            shares = act(activation)(np.outer(xs, W1) + b1) * W2
            close(hs, shares.sum(axis=1) + b2, rtol=1e-9, atol=1e-12)
            segs = by_label(ax1, "hidden units' shares").get_segments()
            want = drawn_shares(xs, shares)
            assert len(segs) == len(want)
            for got, part in zip(segs, want, strict=True):
                close(got, part, rtol=1e-9, atol=1e-12)
            cost = np.mean((act(activation)(np.outer(x, W1) + b1) @ W2 + b2 - y) ** 2)
            close(xy(ax2.lines[-1]), [[shown], [cost]], rtol=1e-9)  # the marker: this step's cost, recomputed
            close(xy(ax2.lines[-2]), [np.arange(last + 1), costs], rtol=1e-9)
            unit = "unit" if k == 1 else "units"
            stop = f" (stopped: diverged at step {last + 1})" if last < steps else ""
            assert ax1.get_title() == f"{activation}, {k} hidden {unit}: step {shown}{stop}"
            assert sf.fig._suptitle.get_text() == (
                f"h(x) = {activation}(x W1 + b1) W2 + b2, learning rate α = {lr:g}"
            )
            same_text(ax2.get_title(), f"cost at step {shown}: {cost:.4f}")
            assert (f"diverged at step {last + 1}" in warn.get_text()) == (last < steps)
            if last < steps:
                diverged.add((activation, k))
    if "hist" in ns:
        assert diverged == {("relu", 32)}
