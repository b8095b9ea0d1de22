"""Full-batch gradient descent for the course's models, vectorized.

One Python loop over steps; array operations over the samples inside (for
large data, over blocks of a few thousand rows at a time, so temporaries stay
in the CPU cache: see "Passes over the samples" below). Every
trainer accepts a *batch* of learning rates (``lr`` a 1-D array) and/or of
starting points (a leading batch axis on the starting parameters) and trains
them all at once by broadcasting. The history holds the parameters and the
cost at every step (``steps + 1`` entries: the start, then after each update),
which the plots and step sliders consume.

Update rule, as in the lecture:  theta := theta - lr * d cost / d theta,
with every cost a mean over the m samples (see ``losses``).

Divergence (the cost becomes inf/NaN or grows past ``1e8 * (cost at start + 1)``)
stops a run. A single run raises :class:`DivergenceError` naming the step and
suggesting a smaller learning rate (``on_divergence="stop"`` returns the history
up to that step instead). In a batch, diverged members stop and the others go
on: their entries after the step named in ``history.diverged_at`` are NaN, on
purpose, so that plots leave a gap; ``history.diverged_at`` is -1 for members
that did not diverge.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from . import _validate as v
from .activations import get_activation, sigmoid

#: the cost may grow to this many times (cost at start + 1) before a run counts as diverged
EXPLODE_FACTOR = 1e8


class DivergenceError(RuntimeError):
    """Gradient descent diverged: the message names the step and the learning rate."""


@dataclass
class History:
    """Parameters and cost at every step of a gradient-descent run (or batch of runs).

    ``params[name]`` has shape ``(steps + 1, *batch, *param_shape)``; ``cost`` has
    shape ``(steps + 1, *batch)``. Index 0 is the starting point.
    """

    params: dict
    cost: np.ndarray
    lr: np.ndarray
    diverged_at: np.ndarray
    batched: bool
    model: str
    extra: dict = field(default_factory=dict)

    @property
    def w(self):
        return self.params["w"]

    @property
    def b(self):
        return self.params["b"]

    @property
    def steps(self) -> int:
        return self.cost.shape[0] - 1

    def final(self, name="cost"):
        """The last finite value of ``cost`` or of a parameter, per batch member."""
        arr = self.cost if name == "cost" else self.params[name]
        if not self.batched:
            return arr[-1]
        ok = np.isfinite(self.cost)
        last = ok.shape[0] - 1 - np.argmax(ok[::-1], axis=0)  # last finite index per member
        return arr[last, np.arange(arr.shape[1])]

    def message(self, j=None) -> str:
        """One line saying how the run ended (member ``j`` of a batch)."""
        d = int(self.diverged_at if j is None else self.diverged_at[j])
        lr = float(np.ravel(self.lr)[0 if j is None or np.size(self.lr) == 1 else j])
        if d >= 0:
            return f"diverged at step {d} with learning rate {lr:g}: try a smaller learning rate"
        cost = self.final() if j is None else self.final()[j]
        return f"{self.steps} steps with learning rate {lr:g}: cost {float(cost):.6g}"

    def __repr__(self) -> str:
        shape = f"batch of {self.cost.shape[1]}" if self.batched else "single run"
        n_div = int(np.sum(np.asarray(self.diverged_at) >= 0))
        tail = f", {n_div} diverged" if n_div else ""
        return f"History({self.model}, {shape}, {self.steps} steps{tail}; params {list(self.params)})"


# ---------------------------------------------------------------------------
# The loop shared by every model


def _batch(lr, starts: dict, n_param_dims: dict):
    """Broadcast learning rates and starting points to one batch size k.

    Returns (lr of shape (k,), starts with a leading k axis, batched?).
    """
    lr = v.positive("lr", lr)
    sizes = {"lr": lr.size} if lr.ndim == 1 else {}
    for name, arr in starts.items():
        if arr.ndim == n_param_dims[name] + 1:
            sizes[name] = arr.shape[0]
        elif arr.ndim != n_param_dims[name]:
            raise ValueError(
                f"{name}0 must have {n_param_dims[name]} dimension(s) "
                f"(or one more for a batch of starting points); got shape {arr.shape}"
            )
    ks = set(sizes.values())
    if len(ks) > 1:
        raise ValueError(f"batch sizes disagree: {sizes} (lr and the starting points must match)")
    k = ks.pop() if ks else 1
    batched = bool(sizes)
    lr = np.broadcast_to(lr, (k,)).astype(np.float64)
    out = {}
    for name, arr in starts.items():
        shape = (k,) + arr.shape[arr.ndim - n_param_dims[name] :]
        out[name] = np.array(np.broadcast_to(arr, shape), dtype=np.float64)
    return lr, out, batched


def _descend(model, params, cost_and_grads, lr, steps, batched, on_divergence):
    """Run ``steps`` updates for a batch of k parameter sets; record everything."""
    steps = v.positive("steps", steps, integer=True, allow_zero=True)
    if on_divergence is None:
        on_divergence = "stop" if batched else "raise"
    v.one_of("on_divergence", on_divergence, {"raise", "stop"})
    k = lr.shape[0]
    hist = {n: np.full((steps + 1,) + p.shape, np.nan) for n, p in params.items()}
    cost_hist = np.full((steps + 1, k), np.nan)
    diverged = np.full(k, -1)
    alive = np.ones(k, dtype=bool)
    everyone = True  # no member has diverged yet
    # the lr broadcast against each parameter: shape (k, 1, ...)
    lr_for = {n: lr.reshape((k,) + (1,) * (p.ndim - 1)) for n, p in params.items()}
    with np.errstate(over="ignore", invalid="ignore", divide="ignore"):
        cost, grads = cost_and_grads(params)
        limit = EXPLODE_FACTOR * (np.where(np.isfinite(cost), cost, 0.0) + 1.0)
        for t in range(steps + 1):
            bad = alive & ~(np.isfinite(cost) & (cost <= limit))
            if bad.any():
                diverged[bad] = t
                alive &= ~bad
                if not batched and on_divergence == "raise":
                    raise DivergenceError(
                        f"gradient descent diverged at step {t}: the cost became "
                        f"{float(cost[0]):.3g} with learning rate {float(lr[0]):g}. "
                        "Try a smaller learning rate."
                    )
                if not alive.any():
                    break
                everyone = False
            if everyone:  # the common case: plain copies, no boolean indexing (same values)
                for n, p in params.items():
                    hist[n][t] = p
                cost_hist[t] = cost
            else:
                for n, p in params.items():
                    hist[n][t][alive] = p[alive]
                cost_hist[t][alive] = cost[alive]
            if t == steps:
                break
            for n, p in params.items():
                step = lr_for[n] * grads[n]
                if everyone:
                    p -= step
                else:
                    p[alive] -= step[alive]
            cost, grads = cost_and_grads(params)
    if not batched:
        d = int(diverged[0])
        end = d if d >= 0 else steps + 1
        hist = {n: h[:end, 0] for n, h in hist.items()}
        cost_hist = cost_hist[:end, 0]
        return History(hist, cost_hist, lr[:1].copy(), np.asarray(d), False, model)
    return History(hist, cost_hist, lr.copy(), diverged, True, model)


def _features(X):
    X = v.as_array("X", X, ndim=(1, 2))
    if X.shape[0] == 0:
        raise ValueError("X must hold at least one sample; got 0")
    return X


def _targets(y, X):
    y = v.as_array("y", y, ndim=1)
    v.same_length("X", X, "y", y)
    return y


def _check_weights(w0, n, wdim):
    if wdim and w0.shape[-1] != n:
        raise ValueError(f"w0 must have {n} weights, one per column of X; got shape {w0.shape}")


def _start(name, value, default_shape):
    if value is None:
        return np.zeros(default_shape)
    return v.as_array(name, value, ndim=(len(default_shape), len(default_shape) + 1))


# ---------------------------------------------------------------------------
# Passes over the samples, a block of rows at a time
#
# A whole-array expression over m samples and k batch members makes each
# temporary an (m, k) array: at m = 10^6 every one is a fresh allocation that
# streams through main memory (and page-faults on first touch). Walking the rows
# in blocks of about BLOCK_ELEMENTS numbers keeps every temporary in the CPU
# cache and reuses the same buffers: the same arithmetic per sample, in the
# same order within a row, only the final sums over the samples are split
# into per-block partial sums (results agree to ~1e-14 relative).

#: numbers per block of rows (x 8 bytes: 256 KiB per temporary, inside L2)
BLOCK_ELEMENTS = 1 << 15
#: numbers per block factored by LAPACK in _r_factor: ~1-2k rows, fastest per row, and below
#: OpenBLAS's threshold for threading the matrix-vector products inside the QR (threads on a
#: busy 2-core machine wait for each other and made the setup 5-30x slower)
QR_ELEMENTS = 8192


def _row_blocks(m, width, minimum=1):
    """Row ranges (start, stop) of blocks holding about BLOCK_ELEMENTS numbers."""
    rows = max(minimum, BLOCK_ELEMENTS // max(width, 1))
    return [(i, min(i + rows, m)) for i in range(0, m, rows)], min(rows, m)


def _r_factor(F, y, bias):
    """The triangular factor R of the thin QR of A = [F, 1, y] (R^T R = A^T A).

    Tall-skinny QR: factor each block of rows (in cache), then the stacked
    block factors. One pass over the data instead of LAPACK's column-by-column
    passes over a full copy of A; R is the same up to the signs of its rows,
    which ||R v|| and R^T R v do not see.
    """
    m, n = F.shape
    c = n + (1 if bias else 0) + 1
    step = max(2 * c, QR_ELEMENTS // c)
    rows = min(step, m)
    blocks = [(i, min(i + step, m)) for i in range(0, m, step)]
    buf = np.empty((rows, c))
    if bias:
        buf[:, n] = 1.0
    parts = []
    for i, j in blocks:
        A = buf[: j - i]
        A[:, :n] = F[i:j]
        A[:, -1] = y[i:j]
        parts.append(np.linalg.qr(A, mode="r"))
    return parts[0] if len(parts) == 1 else np.linalg.qr(np.vstack(parts), mode="r")


def _logistic_pass(F, y, k, loss, bias):
    """cost and gradients of a sigmoid model for k parameter sets, by blocks of rows.

    Returns ``run(W, b) -> (cost (k,), dW (k, n), db (k,))`` computing exactly
    the formulas of the whole-array version::

        Z = F @ W.T + b;  S = sigmoid(Z)
        bce: cost = mean(logaddexp(0, Z) - y Z),  dZ = (S - y) / m
        mse: cost = mean((S - y)^2),              dZ = 2 (S - y) S (1 - S) / m
        dW = (F.T @ dZ).T,  db = sum(dZ)

    with logaddexp(0, Z) = max(Z, 0) + log1p(e) and S = where(Z >= 0, 1, e) / (1 + e),
    e = exp(-|Z|) (what numpy's logaddexp and the course's sigmoid compute): nothing overflows.
    """
    m, n = F.shape
    blocks, rows = _row_blocks(m, k)
    Z, E, T = (np.empty((rows, k)) for _ in range(3))
    ys = y[:, None]

    def run(W, b):
        cost, dW, db = np.zeros(k), np.zeros((n, k)), np.zeros(k)
        Wt = W.T
        for i, j in blocks:
            r = j - i
            Fb, yb, z, e, t = F[i:j], ys[i:j], Z[:r], E[:r], T[:r]
            np.matmul(Fb, Wt, out=z)
            if bias:
                z += b
            np.abs(z, out=e)
            np.negative(e, out=e)
            np.exp(e, out=e)  # e = exp(-|z|), in (0, 1]
            S = np.exp(np.minimum(z, 0.0))  # where(z >= 0, 1, e), bit for bit, 4x faster than np.where
            if loss == "bce":
                np.log1p(e, out=t)
            e += 1.0
            S /= e  # sigmoid(z)
            if loss == "bce":
                np.maximum(z, 0.0, out=e)
                e += t  # logaddexp(0, z)
                z *= yb
                e -= z
                cost += e.sum(axis=0)
                S -= yb
                dZ = np.divide(S, m, out=S)
            else:
                np.subtract(S, yb, out=t)  # S - y
                cost += np.einsum("ij,ij->j", t, t)
                np.subtract(1.0, S, out=e)
                t *= 2.0
                t *= S
                t *= e
                dZ = np.divide(t, m, out=t)
            dW += Fb.T @ dZ
            db += dZ.sum(axis=0)
        return cost / m, dW.T, db

    return run


def _linear_starts(lr, w0, b0, n, wdim, bias):
    """Learning rates and starting (w, b) of a linear or logistic model, batched together."""
    starts = {"w": _start("w0", w0, (n,) if wdim else ())}
    _check_weights(starts["w"], n, wdim)
    if bias:
        starts["b"] = _start("b0", b0, ())
    elif b0 is not None:
        raise ValueError("b0 was given but bias=False; leave b0 out or set bias=True")
    return _batch(lr, starts, {"w": wdim, "b": 0})


# ---------------------------------------------------------------------------
# Linear regression


def train_linear(X, y, lr, steps, w0=None, b0=None, *, bias=True, loss="mse", on_divergence=None) -> History:
    """Gradient descent for linear regression H(x) = X @ w + b.

    ``X`` of shape (m,) means one feature and a scalar ``w``; shape (m, n) means a
    weight vector of length n. ``lr`` a number or a 1-D batch of learning rates;
    ``w0``/``b0`` default to zeros and may carry a leading batch axis.
    ``bias=False`` fixes b at 0 (the slides' "Bias Existence X"). ``loss`` is
    "mse" or "mae".

    For MSE the step is computed from the thin QR factor R of [X, 1, y]: with
    v = [w, b, -1], the residual is r = [X, 1, y] v, so ||r||^2 = ||R v||^2 and
    X^T r = (R^T R v)[:n]. That is the same update as r = X @ w + b - y;
    w -= lr * (2/m) X.T @ r, but each step costs O(n^2) instead of O(m n):
    a step's cost no longer grows with the number of samples. R is found in one
    pass over the data, block of rows by block of rows (see ``_r_factor``).
    """
    X = _features(X)
    y = _targets(y, X)
    v.one_of("loss", loss, {"mse", "mae"})
    m = X.shape[0]
    F = X.reshape(m, -1)  # (m, n)
    n = F.shape[1]
    wdim = X.ndim - 1  # 0 for scalar w, 1 for a vector
    lr, params, batched = _linear_starts(lr, w0, b0, n, wdim, bias)

    def as_matrix(w):  # (k,) or (k, n) -> (k, n)
        return w.reshape(w.shape[0], n)

    if loss == "mse":
        R = _r_factor(F, y, bias)
        scale = 2.0 / m

        def cost_and_grads(p):
            V = [as_matrix(p["w"])] + ([p["b"][:, None]] if bias else [])
            V = np.hstack(V + [-np.ones((lr.size, 1))])  # (k, n + bias + 1)
            RV = V @ R.T  # rows: R v for each member
            G = RV @ R  # rows: A^T r = R^T R v
            g = {"w": scale * G[:, :n].reshape(p["w"].shape)}
            if bias:
                g["b"] = scale * G[:, n]
            return np.einsum("ij,ij->i", RV, RV) / m, g

    else:

        def cost_and_grads(p):
            Rm = F @ as_matrix(p["w"]).T - y[:, None]  # (m, k) residuals
            if bias:
                Rm = Rm + p["b"]
            s = np.sign(Rm) / m
            g = {"w": (F.T @ s).T.reshape(p["w"].shape)}
            if bias:
                g["b"] = s.sum(axis=0)
            return np.abs(Rm).mean(axis=0), g

    return _descend("linear", params, cost_and_grads, lr, steps, batched, on_divergence)


def predict_linear(X, w, b=0.0):
    """H(X) = X @ w + b for one parameter set (X of shape (m,) with scalar w, or (m, n))."""
    X = _features(X)
    w = v.as_array("w", w, ndim=X.ndim - 1)
    if X.ndim == 2 and w.shape != (X.shape[1],):
        raise ValueError(f"w must have shape ({X.shape[1]},) to match X; got {w.shape}")
    return X @ w + float(v.as_array("b", b, ndim=0)) if X.ndim == 2 else X * w + float(b)


# ---------------------------------------------------------------------------
# Logistic regression (a sigmoid hypothesis)


def train_logistic(
    X, y, lr, steps, w0=None, b0=None, *, bias=True, loss="bce", on_divergence=None
) -> History:
    """Gradient descent for H(x) = sigmoid(X @ w + b) with labels y in {0, 1}.

    ``loss="bce"`` is cross entropy (convex in w, b); ``loss="mse"`` is the
    lecture's deliberately bad example of MSE on a sigmoid (notebook 09).
    Shapes and batching as in :func:`train_linear`.
    """
    X = _features(X)
    y = _targets(y, X)
    v.labels01("y", y)
    v.one_of("loss", loss, {"bce", "mse"})
    m = X.shape[0]
    F = X.reshape(m, -1)
    n = F.shape[1]
    wdim = X.ndim - 1
    lr, params, batched = _linear_starts(lr, w0, b0, n, wdim, bias)
    # Z = F @ W.T (+ b) are the (m, k) logits; see _logistic_pass for the formulas
    pass_ = _logistic_pass(np.ascontiguousarray(F), y, lr.size, loss, bias)

    def cost_and_grads(p):
        cost, dW, db = pass_(p["w"].reshape(p["w"].shape[0], n), p["b"] if bias else None)
        g = {"w": dW.reshape(p["w"].shape)}
        if bias:
            g["b"] = db
        return cost, g

    return _descend("logistic", params, cost_and_grads, lr, steps, batched, on_divergence)


def predict_logistic(X, w, b=0.0):
    """sigmoid(X @ w + b): the predicted probability of class 1."""
    return sigmoid(predict_linear(X, w, b))


# ---------------------------------------------------------------------------
# A network with one hidden layer, 1-D input and output (notebook 08)


def init_mlp(hidden=16, seed=0, x_range=(-3.0, 3.0)):
    """Starting parameters: hidden units whose kinks/centres spread over ``x_range``."""
    hidden = v.positive("hidden", hidden, integer=True)
    lo, hi = (float(t) for t in v.as_array("x_range", x_range, ndim=1))
    rng = np.random.default_rng(seed)
    W1 = rng.choice([-1.0, 1.0], size=hidden) * rng.uniform(0.5, 1.5, size=hidden)
    centres = rng.uniform(lo, hi, size=hidden)
    return {
        "W1": W1,
        "b1": -W1 * centres,
        "W2": rng.standard_normal(hidden) / np.sqrt(hidden),
        "b2": np.array(0.0),
    }


def mlp_forward(x, params, activation="tanh", **act_params):
    """h(x) = act(x W1 + b1) @ W2 + b2 for 1-D x and one parameter set; returns (m,)."""
    x = v.as_array("x", x, ndim=1)
    f, _ = get_activation(activation, **act_params)
    return f(x[:, None] * params["W1"] + params["b1"]) @ params["W2"] + params["b2"]


def train_mlp(
    x,
    y,
    lr,
    steps,
    params0=None,
    *,
    hidden=16,
    activation="tanh",
    seed=0,
    on_divergence=None,
    **act_params,
) -> History:
    """Gradient descent with backpropagation for a one-hidden-layer network, MSE cost.

    Forward:  A = x W1 + b1 (m, H);  Z = act(A);  h = Z W2 + b2.
    Backward: dh = (2/m)(h - y);  dW2 = Z^T dh;  db2 = sum dh;
              dA = (dh W2^T) * act'(A);  dW1 = x^T dA;  db1 = sum dA.
    ``lr`` may be a batch of learning rates (all from the same start).
    """
    x = v.as_array("x", x, ndim=1)
    y = _targets(y, x)
    if params0 is None:
        params0 = init_mlp(hidden, seed, (float(x.min()), float(x.max()) + 1e-9))
    missing = {"W1", "b1", "W2", "b2"} - set(params0)
    if missing:
        raise ValueError(f"params0 must have keys W1, b1, W2, b2; missing {sorted(missing)}")
    H = np.shape(params0["W1"])[-1] if np.ndim(params0["W1"]) else 1  # hidden units (last axis)
    starts = {k: v.as_array(f"params0['{k}']", p) for k, p in params0.items()}
    for k in ("W1", "b1", "W2"):
        if starts[k].shape[-1] != H:
            raise ValueError(f"params0['{k}'] must end with {H} hidden units; got {starts[k].shape}")
    f, df = get_activation(activation, raw=True, **act_params)
    lr, params, batched = _batch(lr, starts, {"W1": 1, "b1": 1, "W2": 1, "b2": 0})
    m = x.shape[0]
    xc, yc = x[None, :, None], y[None, :]

    def cost_and_grads(p):
        A = xc * p["W1"][:, None, :] + p["b1"][:, None, :]  # (k, m, H)
        Z = f(A)
        h = np.einsum("kmh,kh->km", Z, p["W2"]) + p["b2"][:, None]
        dh = 2.0 * (h - yc) / m  # (k, m)
        dA = dh[:, :, None] * p["W2"][:, None, :] * df(A)
        g = {
            "W2": np.einsum("kmh,km->kh", Z, dh),
            "b2": dh.sum(axis=1),
            "W1": np.einsum("km,kmh->kh", x[None, :], dA),
            "b1": dA.sum(axis=1),
        }
        return np.mean((h - yc) ** 2, axis=1), g

    hist = _descend("mlp", params, cost_and_grads, lr, steps, batched, on_divergence)
    hist.extra.update(activation=activation, act_params=act_params)
    return hist
