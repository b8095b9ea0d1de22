"""Activation functions and their derivatives (slides "Activation Functions").

Each function takes an array (or a number) and returns an array of the same
shape. ``d_name`` is the derivative with respect to the input. At a kink
(ReLU at 0) the left-hand slope is used: 0 for ReLU, the slope for Leaky ReLU.
"""

from __future__ import annotations

from functools import partial

import numpy as np

from . import _validate as v
from .i18n import _

# ---- the formulas, on arrays that are already checked -----------------------


def _sigmoid(x):
    e = np.exp(-np.abs(x))  # in (0, 1]: never overflows
    return np.where(x >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


def _d_sigmoid(x):
    s = _sigmoid(x)
    return s * (1.0 - s)


def _leaky(x, slope=0.1):
    return np.where(x > 0, x, slope * x)


def _d_leaky(x, slope=0.1):
    return np.where(x > 0, 1.0, slope)


def _elu(x, alpha=1.0):
    return np.where(x >= 0, x, alpha * np.expm1(np.minimum(x, 0.0)))


def _d_elu(x, alpha=1.0):
    return np.where(x >= 0, 1.0, alpha * np.exp(np.minimum(x, 0.0)))


def _maxout(x, w=(1.0, -1.0), b=(0.0, 0.0)):
    return np.max(x[..., None] * np.asarray(w) + np.asarray(b), axis=-1)


def _d_maxout(x, w=(1.0, -1.0), b=(0.0, 0.0)):
    w = np.asarray(w, dtype=np.float64)
    return w[np.argmax(x[..., None] * w + np.asarray(b), axis=-1)]


#: name -> (function, derivative), without input checks (for the trainers' inner loop)
RAW = {
    "identity": (lambda x: x + 0.0, np.ones_like),
    "sigmoid": (_sigmoid, _d_sigmoid),
    "tanh": (np.tanh, lambda x: 1.0 - np.tanh(x) ** 2),
    "relu": (lambda x: np.maximum(0.0, x), lambda x: (x > 0).astype(np.float64)),
    "leaky_relu": (_leaky, _d_leaky),
    "elu": (_elu, _d_elu),
    "maxout": (_maxout, _d_maxout),
}

# ---- checks ------------------------------------------------------------------


def _x(x):
    return v.as_array("x", x)


def _slope(slope):
    slope = float(v.as_array("slope", slope, ndim=0))
    if not 0 <= slope < 1:
        raise ValueError(_("slope must be in [0, 1); got {slope:g}").format(slope=slope))
    return slope


def _alpha(alpha):
    alpha = float(v.as_array("alpha", alpha, ndim=0))
    if alpha <= 0:
        raise ValueError(_("alpha must be positive; got {alpha:g}").format(alpha=alpha))
    return alpha


def _pieces(w, b):
    w = v.as_array("w", w, ndim=1)
    b = v.as_array("b", b, ndim=1)
    if w.size < 2 or w.shape != b.shape:
        raise ValueError(
            _(
                "w and b must be 1-D with the same length >= 2 (one entry per linear piece); "
                "got shapes {shape_w} and {shape_b}"
            ).format(shape_w=w.shape, shape_b=b.shape)
        )
    return w, b


# ---- the public functions -----------------------------------------------------


def identity(x):
    """h(x) = x: no activation at all."""
    return _x(x).copy()


def d_identity(x):
    return np.ones_like(_x(x))


def sigmoid(x):
    """sigma(x) = 1 / (1 + e^(-x)), computed without overflow for any x; output in (0, 1)."""
    return _sigmoid(_x(x))


def d_sigmoid(x):
    """sigma'(x) = sigma(x) (1 - sigma(x)); at most 0.25, at x = 0."""
    return _d_sigmoid(_x(x))


def tanh(x):
    """tanh(x) = (e^x - e^-x) / (e^x + e^-x); output in (-1, 1)."""
    return np.tanh(_x(x))


def d_tanh(x):
    """tanh'(x) = 1 - tanh(x)^2; at most 1, at x = 0."""
    return 1.0 - np.tanh(_x(x)) ** 2


def relu(x):
    """ReLU(x) = max(0, x)."""
    return np.maximum(0.0, _x(x))


def d_relu(x):
    """1 for x > 0, else 0."""
    return (_x(x) > 0).astype(np.float64)


def leaky_relu(x, slope=0.1):
    """Leaky ReLU max(slope * x, x); the lecture uses slope 0.1."""
    return _leaky(_x(x), _slope(slope))


def d_leaky_relu(x, slope=0.1):
    """1 for x > 0, else the slope."""
    return _d_leaky(_x(x), _slope(slope))


def elu(x, alpha=1.0):
    """ELU: x for x >= 0, alpha (e^x - 1) for x < 0 (saturates at -alpha)."""
    return _elu(_x(x), _alpha(alpha))


def d_elu(x, alpha=1.0):
    """1 for x >= 0, alpha e^x for x < 0."""
    return _d_elu(_x(x), _alpha(alpha))


def maxout(x, w=(1.0, -1.0), b=(0.0, 0.0)):
    """Maxout max_k (w_k x + b_k) over linear pieces; the default pieces give |x|."""
    w, b = _pieces(w, b)
    return _maxout(_x(x), w, b)


def d_maxout(x, w=(1.0, -1.0), b=(0.0, 0.0)):
    """Slope of the winning piece (the first one on a tie)."""
    w, b = _pieces(w, b)
    return _d_maxout(_x(x), w, b)


#: name -> (function, derivative)
ACTIVATIONS = {
    "identity": (identity, d_identity),
    "sigmoid": (sigmoid, d_sigmoid),
    "tanh": (tanh, d_tanh),
    "relu": (relu, d_relu),
    "leaky_relu": (leaky_relu, d_leaky_relu),
    "elu": (elu, d_elu),
    "maxout": (maxout, d_maxout),
}


def get_activation(name, *, raw=False, **params):
    """Return ``(f, df)`` for an activation name, with parameters such as ``slope`` bound.

    ``raw=True`` returns the unchecked formulas (used inside the trainers' loop).
    """
    v.one_of(_("activation name"), name, ACTIVATIONS)
    f, df = ACTIVATIONS[name]
    if params:
        import inspect

        known = [p for p in inspect.signature(f).parameters if p != "x"]
        unknown = sorted(set(params) - set(known))
        if unknown:
            raise ValueError(
                _("{name} has no parameter {unknown}; its parameters: {known}").format(
                    name=name, unknown=", ".join(unknown), known=", ".join(known) or _("none")
                )
            )
        f(0.0, **params)  # validates the parameters' values
    if raw:
        f, df = RAW[name]
    if params:
        return partial(f, **params), partial(df, **params)
    return f, df
