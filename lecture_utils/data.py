"""The lecture's data tables and seeded synthetic data for larger demos.

The tables live in ``data/*.csv`` at the repository root. They are found from
this file's location (never from the working directory), so a notebook works
from any folder; a pip-installed copy carries them inside the package.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from . import _validate as v
from .i18n import _

_HERE = Path(__file__).resolve().parent


def data_dir() -> Path:
    """The folder holding the lecture's CSV files."""
    for candidate in (_HERE / "data", _HERE.parent / "data"):
        if (candidate / "binary.csv").is_file():
            return candidate
    raise FileNotFoundError(
        _(
            "the course data folder was not found next to {here}; "
            "reinstall lecture_utils from the course repository"
        ).format(here=_HERE)
    )


def _read(name: str) -> tuple[list[str], np.ndarray]:
    path = data_dir() / name
    with path.open(encoding="utf-8") as f:
        header = f.readline().strip().split(",")
    usecols = [i for i, h in enumerate(header) if h != "sample"]
    table = np.loadtxt(path, delimiter=",", skiprows=1, usecols=usecols, ndmin=2)
    return [header[i] for i in usecols], table


def load_regression_samples() -> tuple[np.ndarray, np.ndarray]:
    """The samples (1, 1) ... (4, 4) of "Basic Regression Notion": returns ``x, y``."""
    _header, t = _read("regression_samples.csv")
    return t[:, 0], t[:, 1]


def load_cost_table() -> tuple[np.ndarray, np.ndarray]:
    """The "Cost Function" table, x = y for 0 ... 4: returns ``x, y``."""
    _header, t = _read("cost_table.csv")
    return t[:, 0], t[:, 1]


def load_multivariable() -> tuple[np.ndarray, np.ndarray]:
    """The 5-feature table (samples X1 ... X5): returns ``X`` of shape (5, 5) and ``y`` of shape (5,)."""
    _header, t = _read("multivariable.csv")
    return t[:, :5], t[:, 5]


def load_binary() -> tuple[np.ndarray, np.ndarray]:
    """The 10-point binary table, x = 0.0 ... 0.9: returns ``x, y`` (labels 0/1)."""
    _header, t = _read("binary.csv")
    return t[:, 0], t[:, 1]


def make_linear(m=100, w=2.0, b=1.0, noise=0.5, seed=0, x_range=(0.0, 5.0)):
    """Linear data ``y = X @ w + b + noise``.

    ``w`` a number gives 1-D ``x`` of shape (m,); ``w`` a list of n numbers
    gives ``X`` of shape (m, n). Returns ``X, y``.
    """
    m = v.positive("m", m, integer=True)
    w_arr = v.as_array("w", w, ndim=(0, 1))
    b = float(v.as_array("b", b, ndim=0))
    noise = float(v.positive("noise", noise, allow_zero=True))
    bounds = v.as_array("x_range", x_range, ndim=1)
    if bounds.size != 2:
        raise ValueError(
            _("x_range must be (low, high), two numbers; got {x_range!r}").format(x_range=x_range)
        )
    lo, hi = (float(t) for t in bounds)
    if not lo < hi:
        raise ValueError(
            _("x_range must be (low, high) with low < high; got {x_range!r}").format(x_range=x_range)
        )
    seed = v.seed("seed", seed)
    v.fits_in_memory("m", m, 8.0 * m * (w_arr.size + 2), _("{m:,} samples (x, y and the noise)").format(m=m))
    rng = np.random.default_rng(seed)
    if w_arr.ndim == 0:
        x = rng.uniform(lo, hi, size=m)
        return x, w_arr * x + b + noise * rng.standard_normal(m)
    X = rng.uniform(lo, hi, size=(m, w_arr.size))
    return X, X @ w_arr + b + noise * rng.standard_normal(m)


def make_two_class(m=200, separation=2.0, seed=0):
    """Two Gaussian clouds in 2-D: class 0 around (-s/2, -s/2), class 1 around (s/2, s/2).

    Returns ``X`` of shape (m, 2) and labels ``y`` of shape (m,) with values 0 and 1
    (the first half class 0). Small ``separation`` makes the classes overlap.
    """
    m = v.positive("m", m, integer=True)
    if m < 2:
        raise ValueError(_("m must be at least 2 (one sample per class); got {m}").format(m=m))
    sep = float(v.positive("separation", separation, allow_zero=True))
    seed = v.seed("seed", seed)
    v.fits_in_memory("m", m, 8.0 * m * 7, _("{m:,} points (X, y, the centres and the noise)").format(m=m))
    rng = np.random.default_rng(seed)
    n0 = m // 2
    y = np.r_[np.zeros(n0), np.ones(m - n0)]
    centers = np.where(y[:, None] == 1, sep / 2, -sep / 2)
    return centers + rng.standard_normal((m, 2)), y


def make_curve(m=60, noise=0.05, seed=0):
    """A 1-D nonlinear curve ``y = sin(2x) + 0.3 x`` on [-3, 3] with noise, sorted by x.

    No straight line fits it well; a small network with a nonlinear activation does.
    Returns ``x, y`` of shape (m,).
    """
    m = v.positive("m", m, integer=True)
    noise = float(v.positive("noise", noise, allow_zero=True))
    seed = v.seed("seed", seed)
    v.fits_in_memory("m", m, 8.0 * m * 4, _("{m:,} samples (x, y and the noise)").format(m=m))
    rng = np.random.default_rng(seed)
    x = np.sort(rng.uniform(-3.0, 3.0, size=m))
    return x, np.sin(2 * x) + 0.3 * x + noise * rng.standard_normal(m)
