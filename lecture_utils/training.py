"""Full-batch gradient descent, written as the notebooks write it.

One Python loop over the steps (``_descend``); inside it, one step is a few
lines of numpy over all m samples at once, the formulas the notebooks teach:

    linear regression, MSE     r = X w + b - y               (notebook 07, section 5)
                               cost = (1/m) sum r^2          (notebook 04)
                               dw = (2/m) X^T r,  db = (2/m) sum r
    linear regression, MAE     cost = (1/m) sum |r|          (notebook 05, section 8)
                               dw = (1/m) X^T sign(r),  db = (1/m) sum sign(r)
    logistic, cross entropy    z = X w + b,  H = sigmoid(z)  (notebook 09, section 3: no overflow)
                               cost = (1/m) sum log(1 + e^z) - y z   (notebook 10, section 2)
                               dz = (H - y) / m,  dw = X^T dz,  db = sum dz   (notebook 10, section 4)
    logistic, MSE              cost = (1/m) sum (H - y)^2    (notebook 09, sections 4 and 6)
                               dz = (2/m) (H - y) H (1 - H)
    every model                theta := theta - lr * dcost/dtheta   (notebook 05, section 4)

**Batches.** Every trainer accepts a batch of learning rates (``lr`` a 1-D array)
and/or of starting points (a leading batch axis on ``w0``, ``b0``): k runs at
once. The k weight vectors are the k rows of a matrix W, so ``X @ W.T`` gives
one column of predictions per run, and the formulas above broadcast over the
runs (notebook 06, section 3 trains sixty learning rates this way). Batching
pays when a step is small (the lecture's tables: Python's overhead per step is
shared by all k runs); on large data each step streams the m x k residuals
through memory, so k runs cost about k times one run.

**History.** The parameters and the cost at every step (``steps + 1`` entries:
the start, then after each update), which the plots and step sliders consume.
A history that would need more than ``_validate.MAX_BYTES`` (2 GiB) is refused
before training, saying how much it would need, and so is a run of more than
``MAX_STEPS`` (one million) steps, which would leave a notebook silent for
minutes: train in parts instead, each starting where the last one ended.

**Divergence** (notebook 06): a run diverges when its cost becomes inf or NaN,
grows past ``EXPLODE_FACTOR`` = 10^8 times (its cost at the start + 1), or climbs:
rises at each of ``RISING_STEPS`` = 5 steps in a row to more than
``GROWTH_FACTOR`` = 100 times (its start + 1). Below the edge 2/lambda_max a step
never raises the cost of linear regression, so a climb like that means a learning
rate past the edge, even when the cost grows slowly (by 1.21 a step on the
lecture's table with lr = 0.14, bias=False: a hundredfold by step 25); the steps
in a row keep one large step that raises the cost (a result worth looking at)
from counting as divergence on its own. A single
run raises :class:`DivergenceError`, naming the step, how the cost grew and the
learning rate (``on_divergence="stop"`` returns the history up to that step
instead). In a batch, diverged runs stop and the others go on: their entries
from the step in ``history.diverged_at`` on are NaN, on purpose, so that plots
leave a gap; ``diverged_at`` is -1 for runs that did not diverge.
A cost that is inf or NaN at the start is not the learning rate's fault (no step
was taken): if it is so even with every parameter at 0, the data overflow and a
``ValueError`` says so; otherwise the run diverged at step 0 and its message says
to start closer to 0.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from . import _validate as v
from . import i18n
from .activations import _sigmoid, get_activation, sigmoid
from .i18n import _

#: a run has diverged once its cost passes this many times (cost at start + 1) ...
EXPLODE_FACTOR = 1e8
#: ... or once it has risen at each of RISING_STEPS steps in a row to GROWTH_FACTOR times (start + 1)
GROWTH_FACTOR = 100.0
RISING_STEPS = 5
#: the longest run a trainer accepts (a million steps take tens of seconds, even on the lecture's tables)
MAX_STEPS = 1_000_000


class DivergenceError(RuntimeError):
    """Gradient descent diverged: the message names the step, the cost and the learning rate."""


@dataclass
class History:
    """Parameters and cost at every step of a gradient-descent run (or batch of runs).

    ``params[name]`` has shape ``(steps + 1, *batch, *param_shape)``; ``cost`` has
    shape ``(steps + 1, *batch)``. Index 0 is the starting point. A run trained
    with ``bias=False`` has no ``params["b"]``; its ``.b`` and ``final("b")`` are
    0 (the bias it was held at), NaN where a diverged run has no entries.
    """

    params: dict
    cost: np.ndarray
    lr: np.ndarray
    diverged_at: np.ndarray
    batched: bool
    model: str
    extra: dict = field(default_factory=dict)

    def _param(self, name):
        if name in self.params:
            return self.params[name]
        if name == "b" and "w" in self.params:  # trained with bias=False: b stayed 0
            return np.where(np.isnan(self.cost), np.nan, 0.0)
        raise AttributeError(
            _(
                "this History (model {model!r}) has no parameter {name!r}; "
                "its parameters are {params}: use history.params[name]"
            ).format(model=self.model, name=name, params=", ".join(self.params))
        )

    @property
    def w(self):
        return self._param("w")

    @property
    def b(self):
        return self._param("b")

    @property
    def steps(self) -> int:
        return self.cost.shape[0] - 1

    def names(self) -> list:
        """What :meth:`final` accepts: "cost" and the parameters (and "b" after bias=False)."""
        extra = ["b"] if "w" in self.params and "b" not in self.params else []
        return ["cost", *self.params, *extra]

    def final(self, name="cost"):
        """The last finite value of ``cost`` or of a parameter, per batch member."""
        v.one_of("name", name, self.names())
        arr = self.cost if name == "cost" else self._param(name)
        if not self.batched:
            return arr[-1]
        ok = np.isfinite(self.cost)
        last = ok.shape[0] - 1 - np.argmax(ok[::-1], axis=0)  # last finite index per member
        return arr[last, np.arange(arr.shape[1])]

    def message(self, j=None) -> str:
        """One line saying how the run ended (member ``j`` of a batch), in the learner's language."""
        return self._message(j, _)

    def _figure_message(self, j=None) -> str:
        """:meth:`message` in English, for text drawn inside a figure (figures stay English: Colab
        has no Korean font)."""
        return self._message(j, str)

    def _message(self, j, tr) -> str:
        if self.batched and j is None:
            raise ValueError(
                _("j must name one run of this batch of {k}: message(0), message(1), ...").format(
                    k=self.cost.shape[1]
                )
            )
        d = int(self.diverged_at if j is None else self.diverged_at[j])
        lr = float(np.ravel(self.lr)[0 if j is None or np.size(self.lr) == 1 else j])
        if d == 0:
            return tr(i18n.N_("diverged at step 0: the cost at the start is inf or NaN; start closer to 0"))
        if d >= 0:
            return tr(
                i18n.N_("diverged at step {d} with learning rate {lr:g}: try a smaller learning rate")
            ).format(d=d, lr=lr)
        cost = self.final() if j is None else self.final()[j]
        return tr(i18n.N_("{steps} steps with learning rate {lr:g}: cost {cost:.6g}")).format(
            steps=self.steps, lr=lr, cost=float(cost)
        )

    def __repr__(self) -> str:
        shape = _("batch of {k}").format(k=self.cost.shape[1]) if self.batched else _("single run")
        n_div = int(np.sum(np.asarray(self.diverged_at) >= 0))
        tail = _(", {n} diverged").format(n=n_div) if n_div else ""
        return _("History({model}, {shape}, {steps} steps{tail}; params {params})").format(
            model=self.model, shape=shape, steps=self.steps, tail=tail, params=list(self.params)
        )


# ---------------------------------------------------------------------------
# The loop shared by every model


def _batch(lr, starts: dict, n_param_dims: dict):
    """Broadcast learning rates and starting points to one batch size k.

    Returns (lr of shape (k,), starts with a leading k axis, batched?).
    """
    v.not_none("lr", lr, i18n.N_("a positive number (or a 1-D array of them)"))
    lr = v.positive("lr", lr)
    sizes = {"lr": lr.size} if lr.ndim == 1 else {}
    for name, arr in starts.items():
        if arr.ndim == n_param_dims[name] + 1:
            sizes[name] = arr.shape[0]
        elif arr.ndim != n_param_dims[name]:
            raise ValueError(
                _(
                    "{name}0 must have {ndim} dimension(s) "
                    "(or one more for a batch of starting points); got shape {shape}"
                ).format(name=name, ndim=n_param_dims[name], shape=arr.shape)
            )
    ks = set(sizes.values())
    if len(ks) > 1:
        raise ValueError(
            _("batch sizes disagree: {sizes} (lr and the starting points must match)").format(sizes=sizes)
        )
    k = ks.pop() if ks else 1
    lr = np.broadcast_to(lr, (k,)).astype(np.float64)
    out = {}
    for name, arr in starts.items():
        shape = (k,) + arr.shape[arr.ndim - n_param_dims[name] :]
        out[name] = np.array(np.broadcast_to(arr, shape), dtype=np.float64)
    return lr, out, bool(sizes)


def _steps(steps, numbers_per_step):
    """Check ``steps``: a whole number, a history that fits in memory, a run that finishes."""
    v.not_none("steps", steps, i18n.N_("a whole number >= 0"))
    steps = v.positive("steps", steps, integer=True, allow_zero=True)
    n = numbers_per_step
    what = _("a history of {rows:,} x {cols:,} numbers").format(rows=steps + 1, cols=n)
    v.fits_in_memory("steps", steps, 8.0 * (steps + 1) * n, what)
    if steps > MAX_STEPS:
        raise ValueError(
            _(
                "steps must be at most {limit:,}; got {steps:,}, which would run for minutes with no "
                "sign of life. Train in parts: continue from where a run ended, e.g. "
                "w0=hist.w[-1], b0=hist.b[-1], and look at the cost in between"
            ).format(limit=MAX_STEPS, steps=steps)
        )
    return steps


def _descend(model, params, cost_and_grads, lr, steps, batched, on_divergence, data="X and y"):
    """``steps`` updates theta := theta - lr * grad for k runs at once; record every step.

    ``params`` maps names to arrays with a leading axis of k runs (updated in
    place); ``cost_and_grads(params)`` returns the k costs and a dict of
    gradients shaped like ``params``.
    """
    k = lr.shape[0]
    steps = _steps(steps, k + sum(p.size for p in params.values()))
    if on_divergence is None:
        on_divergence = "stop" if batched else "raise"
    v.one_of("on_divergence", on_divergence, {"raise", "stop"})
    hist = {n: np.empty((steps + 1,) + p.shape) for n, p in params.items()}
    cost_hist = np.empty((steps + 1, k))
    diverged_at = np.full(k, -1)
    rising = np.zeros(k, dtype=int)  # how many steps in a row raised each run's cost
    lr_for = {n: lr.reshape((k,) + (1,) * (p.ndim - 1)) for n, p in params.items()}  # lr of each run
    with np.errstate(all="ignore"):  # overflow shows as inf/NaN in the cost: caught below
        for t in range(steps + 1):
            cost, grads = cost_and_grads(params)
            if t == 0:
                _check_data(cost, params, cost_and_grads, data)
                explode, climb = EXPLODE_FACTOR * (cost + 1.0), GROWTH_FACTOR * (cost + 1.0)
            else:
                rising = np.where(cost > cost_hist[t - 1], rising + 1, 0)
            new = ~np.isfinite(cost) | (cost > explode) | ((rising >= RISING_STEPS) & (cost > climb))
            new &= diverged_at < 0
            if new.any():
                diverged_at[new] = t
                if on_divergence == "raise":
                    j = int(np.argmax(new))
                    raise DivergenceError(
                        _diverged(t, cost_hist[0, j], cost[j], lr[j], j if batched else None)
                    )
                if (diverged_at >= 0).all():
                    break
            for n, p in params.items():
                hist[n][t] = p
            cost_hist[t] = cost
            if t < steps:
                for n, p in params.items():
                    p -= lr_for[n] * grads[n]
    for j in np.flatnonzero(diverged_at >= 0):  # nothing to plot after a run diverged
        cost_hist[diverged_at[j] :, j] = np.nan
        for h in hist.values():
            h[diverged_at[j] :, j] = np.nan
    if not batched:
        end = diverged_at[0] if diverged_at[0] >= 0 else steps + 1
        hist = {n: h[:end, 0] for n, h in hist.items()}
        return History(hist, cost_hist[:end, 0], lr[:1].copy(), np.asarray(diverged_at[0]), False, model)
    return History(hist, cost_hist, lr.copy(), diverged_at, True, model)


def _check_data(cost, params, cost_and_grads, data):
    """A cost that is inf or NaN before any step, even with every parameter at 0: the data overflow.

    ``data`` names the arrays to scale ("X and y", marked ``N_`` by the caller).
    No learning rate can help there. (A start that overflows only from large w0, b0 is a
    divergence at step 0, and its message says so.)
    """
    if np.all(np.isfinite(cost)):
        return
    at_zero, _grads = cost_and_grads({n: np.zeros_like(p[:1]) for n, p in params.items()})
    if not np.isfinite(at_zero[0]):
        raise ValueError(
            _(
                "the cost at the start (step 0, before any update) is already {cost}, even with every "
                "parameter at 0: the data overflow: scale {data}, for example divide each by its largest "
                "absolute value, and train again. A smaller learning rate cannot help here"
            ).format(cost=at_zero[0], data=_(data))
        )


def _diverged(t, start, cost, lr, j):
    """The DivergenceError's message: the step, how the cost grew, the learning rate."""
    who = "" if j is None else _(" (run {j} of the batch)").format(j=j)
    if t == 0:
        return _(
            "gradient descent diverged at step 0{who}: the cost at the start is already {cost}, before "
            "any update: the starting point is too large for these data. Start closer to 0"
        ).format(who=who, cost=cost)
    if not np.isfinite(cost):
        grew = _("the cost became {cost}").format(cost=cost)
    elif cost > EXPLODE_FACTOR * (start + 1.0):
        grew = _("the cost grew from {start:.3g} to {cost:.3g}, past {factor:.0e} times its start").format(
            start=start, cost=cost, factor=EXPLODE_FACTOR
        )
    else:
        grew = _(
            "the cost rose at each of the last {n} steps, from {start:.3g} at the start "
            "to {cost:.3g}, more than {factor:g} times its start"
        ).format(n=RISING_STEPS, start=start, cost=cost, factor=GROWTH_FACTOR)
    return _(
        "gradient descent diverged at step {t}{who}: {grew}, with learning rate {lr:g}. "
        "Try a smaller learning rate."
    ).format(t=t, who=who, grew=grew, lr=lr)


# ---------------------------------------------------------------------------
# Checks of the data and the starting point


def _features(X):
    v.not_none("X", X, i18n.N_("numbers: an array of shape (m,) or (m, n)"))
    X = v.as_array("X", X, ndim=(1, 2))
    if X.shape[0] == 0:
        raise ValueError(_("X must hold at least one sample; got 0"))
    return X


def _targets(y, X, name_X="X"):
    v.not_none("y", y, i18n.N_("numbers: a 1-D array with one target per sample"))
    y = v.as_array("y", y, ndim=1)
    v.same_length(name_X, X, "y", y)
    return y


def _start(name, value, default_shape):
    if value is None:
        return np.zeros(default_shape)
    return v.as_array(name, value, ndim=(len(default_shape), len(default_shape) + 1))


def _linear_starts(lr, w0, b0, n, wdim, bias):
    """Learning rates and starting (w, b) of a linear or logistic model, batched together."""
    starts = {"w": _start("w0", w0, (n,) if wdim else ())}
    if wdim and starts["w"].shape[-1] != n:
        raise ValueError(
            _("w0 must have {n} weights, one per column of X; got shape {shape}").format(
                n=n, shape=starts["w"].shape
            )
        )
    if bias:
        starts["b"] = _start("b0", b0, ())
    elif b0 is not None:
        raise ValueError(_("b0 was given but bias=False; leave b0 out or set bias=True"))
    return _batch(lr, starts, {"w": wdim, "b": 0})


# ---------------------------------------------------------------------------
# Linear regression


def _linear_cost_and_gradients(X, y, W, b, loss="mse"):
    """Cost and gradients of H(X) = X w + b for k runs at once, as notebooks 05 and 07 write them.

    ``X`` (m, n); ``y`` (m,); ``W`` (k, n): one row of weights per run; ``b`` (k,)
    (or 0 for a model without bias). Returns the costs (k,), dw (k, n) and db (k,).
    ``X @ W.T`` is ``X @ w`` for every run side by side, one column per run.

    Two numpy details keep a step as fast as the bare loop on a million samples:
    r is built in place (``+=``, ``-=``), and the sum of squares is ``np.einsum``,
    which multiplies each column of r by itself and sums it without making the
    m x k array ``r**2``: a fresh array that large costs page faults on every step.
    """
    m = len(y)
    r = X @ W.T  # (m, k): the predictions X w, a column per run (07 §3)
    r += b  # + b, one number per run, the same for every sample (07 §3)
    r -= y[:, None]  # - y: the residuals r = X w + b - y (07 §5)
    if loss == "mse":
        cost = np.einsum("ij,ij->j", r, r) / m  # (1/m) sum r^2, a sum per column (04)
        dw = 2 / m * (r.T @ X)  # (2/m) X^T r, transposed: a row per run (07 §5)
        db = 2 / m * r.sum(axis=0)  # (2/m) sum r (05 §6)
    else:
        cost = np.mean(np.abs(r), axis=0)  # (1/m) sum |r| (04)
        s = np.sign(r)  # the derivative of |r| (05 §8)
        dw = (s.T @ X) / m  # (1/m) X^T sign(r)
        db = s.sum(axis=0) / m  # (1/m) sum sign(r)
    return cost, dw, db


def _batch_fits(m: int, k: int) -> None:
    """Refuse up front a batch whose step arrays (m x k: the logits or residuals and what is made
    from them, about four at once) need more than ``_validate.MAX_BYTES``."""
    nbytes = 4 * 8.0 * m * k
    if nbytes > v.MAX_BYTES:
        raise ValueError(
            _(
                "a batch of {k:,} runs on {m:,} samples is too large: each step works on arrays of "
                "{m:,} x {k:,} numbers, about {gib:,.1f} GiB, more than the "
                "{limit:g} GiB a helper may use. Train fewer runs at once (fewer learning "
                "rates lr or starting points w0, b0), or fewer samples"
            ).format(k=k, m=m, gib=nbytes / 2**30, limit=v.MAX_BYTES / 2**30)
        )


def train_linear(X, y, lr, steps, w0=None, b0=None, *, bias=True, loss="mse", on_divergence=None) -> History:
    """Gradient descent for linear regression H(x) = X @ w + b.

    ``X`` of shape (m,) means one feature and a scalar ``w``; shape (m, n) means a
    weight vector of length n. ``lr`` a number or a 1-D batch of learning rates;
    ``w0``/``b0`` default to zeros and may carry a leading batch axis.
    ``bias=False`` fixes b at 0 (the slides' "Bias Existence X"). ``loss`` is
    "mse" or "mae". Each step is :func:`_linear_cost_and_gradients`, then
    w -= lr * dw, b -= lr * db. A run whose cost climbs (five rising steps to over
    100 times its start) or explodes raises :class:`DivergenceError` (see the
    module's docstring).
    """
    X = _features(X)
    y = _targets(y, X)
    v.one_of("loss", loss, {"mse", "mae"})
    m = X.shape[0]
    F = X.reshape(m, -1)  # (m, n): one feature is a column too
    n = F.shape[1]
    lr, params, batched = _linear_starts(lr, w0, b0, n, X.ndim - 1, bias)
    _batch_fits(m, lr.shape[0])

    def cost_and_grads(p):
        W = p["w"].reshape(-1, n)  # (k, n)
        cost, dw, db = _linear_cost_and_gradients(F, y, W, p["b"] if bias else 0.0, loss)
        return cost, {"w": dw.reshape(p["w"].shape), "b": db}

    return _descend("linear", params, cost_and_grads, lr, steps, batched, on_divergence, i18n.N_("X and y"))


def predict_linear(X, w, b=0.0):
    """H(X) = X @ w + b for one parameter set (X of shape (m,) with scalar w, or (m, n))."""
    X = _features(X)
    v.not_none("w", w, i18n.N_("numbers: one weight per column of X"))
    w = v.as_array("w", w, ndim=X.ndim - 1)
    if X.ndim == 2 and w.shape != (X.shape[1],):
        raise ValueError(
            _("w must have shape ({n},) to match X; got {shape}").format(n=X.shape[1], shape=w.shape)
        )
    v.not_none("b", b, i18n.N_("one number"))
    b = float(v.as_array("b", b, ndim=0))
    return X @ w + b if X.ndim == 2 else X * w + b


# ---------------------------------------------------------------------------
# Logistic regression (a sigmoid hypothesis)


def _logistic_cost_and_gradients(X, y, W, b, loss="bce"):
    """Cost and gradients of H(X) = sigmoid(X w + b) for k runs at once (notebooks 09 and 10).

    Shapes as in :func:`_linear_cost_and_gradients`. Nothing overflows, whatever
    the logits: the sigmoid exponentiates only -|z| (09 §3) and the cross entropy
    is log(1 + e^z) - y z, computed by ``np.logaddexp(0, z)`` (10 §2).
    """
    m = len(y)
    Y = y[:, None]  # the labels as a column: they broadcast against every run
    z = X @ W.T  # (m, k): X w, a column per run
    z += b  # the logits z = X w + b (10 §2)
    H = _sigmoid(z)  # sigmoid(z) = 1/(1 + e^-z), the stable form of 09 §3
    if loss == "bce":
        cost = np.mean(np.logaddexp(0, z) - Y * z, axis=0)  # cross entropy (10 §2)
        dz = (H - Y) / m  # d cost / dz = (H - y) / m (10 §4)
    else:
        cost = np.mean((H - Y) ** 2, axis=0)  # MSE of the sigmoid (09 §4)
        dz = 2 / m * (H - Y) * H * (1 - H)  # chain rule with sigmoid' = H (1 - H) (09 §6)
    return cost, dz.T @ X, dz.sum(axis=0)  # dw = X^T dz (a row per run), db = sum dz


def train_logistic(
    X, y, lr, steps, w0=None, b0=None, *, bias=True, loss="bce", on_divergence=None
) -> History:
    """Gradient descent for H(x) = sigmoid(X @ w + b) with labels y in {0, 1}.

    ``loss="bce"`` is cross entropy (convex in w, b); ``loss="mse"`` is the
    lecture's deliberately bad example of MSE on a sigmoid (notebook 09).
    Shapes, batching and divergence as in :func:`train_linear`; each step is
    :func:`_logistic_cost_and_gradients`, then w -= lr * dw, b -= lr * db.
    """
    X = _features(X)
    y = _targets(y, X)
    v.labels01("y", y)
    v.one_of("loss", loss, {"bce", "mse"})
    m = X.shape[0]
    F = X.reshape(m, -1)
    n = F.shape[1]
    lr, params, batched = _linear_starts(lr, w0, b0, n, X.ndim - 1, bias)
    _batch_fits(m, lr.shape[0])

    def cost_and_grads(p):
        W = p["w"].reshape(-1, n)
        cost, dw, db = _logistic_cost_and_gradients(F, y, W, p["b"] if bias else 0.0, loss)
        return cost, {"w": dw.reshape(p["w"].shape), "b": db}

    return _descend("logistic", params, cost_and_grads, lr, steps, batched, on_divergence, "X")


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


def _mlp_params(name, params):
    """Check a network's parameters: a dict with W1, b1, W2, b2 (what init_mlp returns)."""
    v.not_none(name, params, i18n.N_("a dict with keys W1, b1, W2, b2 (what init_mlp returns)"))
    if not isinstance(params, dict):
        raise ValueError(
            _("{name} must be a dict with keys W1, b1, W2, b2 (what init_mlp returns); got {kind}").format(
                name=name, kind=type(params).__name__
            )
        )
    missing = {"W1", "b1", "W2", "b2"} - set(params)
    if missing:
        raise ValueError(
            _("{name} must have keys W1, b1, W2, b2; missing {missing}").format(
                name=name, missing=sorted(missing)
            )
        )
    return {k: v.as_array(f"{name}['{k}']", params[k]) for k in ("W1", "b1", "W2", "b2")}


def mlp_forward(x, params, activation="tanh", **act_params):
    """h(x) = act(x W1 + b1) @ W2 + b2 for 1-D x and one parameter set; returns (m,)."""
    v.not_none("x", x, i18n.N_("numbers: a 1-D array"))
    x = v.as_array("x", x, ndim=1)
    p = _mlp_params("params", params)
    f, _df = get_activation(activation, **act_params)
    return f(x[:, None] * p["W1"] + p["b1"]) @ p["W2"] + p["b2"]


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
    Divergence as in :func:`train_linear`.
    """
    v.not_none("x", x, i18n.N_("numbers: a 1-D array"))
    x = v.as_array("x", x, ndim=1)
    y = _targets(y, x, "x")
    if params0 is None:
        params0 = init_mlp(hidden, seed, (float(x.min()), float(x.max()) + 1e-9))
    starts = _mlp_params("params0", params0)
    H = starts["W1"].shape[-1] if starts["W1"].ndim else 1  # hidden units (last axis)
    for k in ("W1", "b1", "W2"):
        if starts[k].shape[-1:] != (H,):
            raise ValueError(
                _("params0['{key}'] must end with {n} hidden units; got {shape}").format(
                    key=k, n=H, shape=starts[k].shape
                )
            )
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

    hist = _descend("mlp", params, cost_and_grads, lr, steps, batched, on_divergence, i18n.N_("x and y"))
    hist.extra.update(activation=activation, act_params=act_params)
    return hist
