"""Input checks shared by every public function.

Each check raises an error that names the argument, says what was expected and
shows what was given, in a beginner's words, so a learner can fix the call at
once: ``ValueError`` for a wrong value (NaN, a negative size, a label 2, text
where numbers belong, None), ``TypeError`` for a wrong kind of object (an Axes
where a figure belongs, an array where a training History belongs).

None gets a message of its own: it usually comes from a function that forgot
its ``return``.
"""

from __future__ import annotations

import numbers

import numpy as np

from .i18n import N_, _

#: the largest array a helper will make, in bytes (a laptop or Colab has a few GB to spare)
MAX_BYTES = 2 * 2**30

NONE_HINT = N_("None (did a function forget its `return`? A function without one gives None)")


def describe(value) -> str:
    """A short description of ``value`` for an error message."""
    if value is None:
        return _(NONE_HINT)
    if isinstance(value, str):
        if len(value) <= 40:
            return _("the text {value!r}").format(value=value)
        return _("a text of {n} characters").format(n=len(value))
    if isinstance(value, np.ndarray):
        return _("an array of shape {shape}").format(shape=value.shape)
    kind = type(value).__name__
    if kind in {"Axes", "Axes3D"} or kind.endswith("AxesSubplot"):
        return _("an Axes (one panel of a figure)")
    if kind in {"Figure", "SubFigure"}:
        return _("a Figure")
    if kind == "History":
        return _("a training History")
    if callable(value) and not isinstance(value, type):
        return _("a function ({name})").format(name=getattr(value, "__name__", kind))
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


_describe = describe  # the name the modules used first


def not_none(name: str, value, want: str) -> None:
    """Refuse None, naming it and the usual cause (a function without ``return``).

    ``want`` is marked with ``N_`` where it is written and translated here."""
    if value is None:
        raise ValueError(
            _("{name} must be {want}; got {got}").format(name=name, want=_(want), got=_(NONE_HINT))
        )


def as_array(name: str, value, *, ndim=None, finite=True, nonempty=False) -> np.ndarray:
    """Return ``value`` as a float64 array, checking dimensions and finiteness.

    ``ndim`` may be an int or a tuple of allowed ints. Text, None and complex
    numbers are refused (numpy would turn the text "2" into the number 2).
    ``nonempty=True`` refuses an array with no numbers.
    """
    not_none(name, value, N_("numbers (an array or a list of numbers)"))
    try:
        raw = np.asarray(value)
        if raw.dtype.kind in "USc":  # text, or complex numbers (casting would drop the imaginary part)
            raise TypeError
        arr = np.asarray(raw if raw.dtype.kind != "O" else value, dtype=np.float64)
    except (TypeError, ValueError):
        raise ValueError(
            _("{name} must be numbers (an array or a list of numbers); got {got}").format(
                name=name, got=describe(value)
            )
        ) from None
    if ndim is not None:
        allowed = (ndim,) if isinstance(ndim, int) else tuple(ndim)
        if arr.ndim not in allowed:
            want = _(" or ").join(f"{d}-D" for d in allowed)
            raise ValueError(
                _("{name} must be {want}; got {ndim}-D with shape {shape}").format(
                    name=name, want=want, ndim=arr.ndim, shape=arr.shape
                )
            )
    if nonempty and arr.size == 0:
        raise ValueError(
            _("{name} must hold at least one number; got an empty array of shape {shape}").format(
                name=name, shape=arr.shape
            )
        )
    if finite and not np.all(np.isfinite(arr)):
        bad = int(np.size(arr) - np.count_nonzero(np.isfinite(arr)))
        raise ValueError(_("{name} must be finite; got {bad} NaN or inf value(s)").format(name=name, bad=bad))
    return arr


def number(name: str, value, *, finite=True) -> float:
    """One number (a parameter such as w or b), returned as a float.

    An array of several numbers is refused with a hint: it is usually the
    parameters of a whole batch of runs, where one run's were meant.
    """
    not_none(name, value, N_("one number"))
    if isinstance(value, str):
        raise ValueError(
            _("{name} must be one number, not text; got {got}").format(name=name, got=describe(value))
        )
    arr = as_array(name, value, finite=False)
    if arr.size != 1:
        raise ValueError(
            _(
                "{name} must be one number; got {got}. "
                "(Several numbers are often one per run of a batch: pick one, e.g. hist.final('w')[0].)"
            ).format(name=name, got=describe(np.asarray(value)))
        )
    out = float(arr.reshape(()))
    if finite and not np.isfinite(out):
        raise ValueError(_("{name} must be a finite number; got {out}").format(name=name, out=out))
    return out


def optional_number(name: str, value):
    """None, or one finite number."""
    return None if value is None else number(name, value)


def interval(name: str, value) -> tuple[float, float]:
    """A pair (low, high) of finite numbers with low < high."""
    not_none(name, value, N_("(low, high), two numbers"))
    arr = as_array(name, value, ndim=1)
    if arr.size != 2:
        raise ValueError(
            _("{name} must be (low, high), two numbers; got {got}").format(name=name, got=describe(value))
        )
    lo, hi = float(arr[0]), float(arr[1])
    if not lo < hi:
        raise ValueError(
            _("{name} must be (low, high) with low < high; got {value!r}").format(name=name, value=value)
        )
    return lo, hi


def whole(name: str, value, *, minimum=0) -> int:
    """A whole number >= ``minimum``."""
    if isinstance(value, bool) or not isinstance(value, numbers.Integral):
        raise ValueError(
            _("{name} must be a whole number (>= {minimum}); got {got}").format(
                name=name, minimum=minimum, got=describe(value)
            )
        )
    value = int(value)
    if value < minimum:
        raise ValueError(
            _("{name} must be a whole number >= {minimum}; got {value}").format(
                name=name, minimum=minimum, value=value
            )
        )
    return value


def seed(name: str, value):
    """A random seed: None or a whole number >= 0 (the same seed gives the same data)."""
    if value is None:
        return None
    return whole(name, value, minimum=0)


def text(name: str, value, *, optional=False, identifier=False) -> str | None:
    """A piece of text (``optional``: or None)."""
    if value is None and optional:
        return None
    if not isinstance(value, str):
        raise TypeError(_("{name} must be text (a str); got {got}").format(name=name, got=describe(value)))
    if identifier and not value.isidentifier():
        raise ValueError(
            _("{name} must be a name usable as a Python variable, e.g. 'w' or 'lr'; got {value!r}").format(
                name=name, value=value
            )
        )
    return value


def function(name: str, value) -> None:
    """A function (anything callable)."""
    if not callable(value):
        raise TypeError(_("{name} must be a function; got {got}").format(name=name, got=describe(value)))


def fits_in_memory(name: str, value, nbytes: float, what: str) -> None:
    """Refuse up front work whose arrays need more than :data:`MAX_BYTES`.

    ``what`` (the arrays, "a history of 1,001 x 5 numbers") comes already translated."""
    if nbytes > MAX_BYTES:
        shown = f"{value:,}" if isinstance(value, numbers.Integral) else value
        raise ValueError(
            _(
                "{name} = {shown} is too large: {what} would need {gib:,.1f} GiB of memory, "
                "more than the {limit:g} GiB a helper may use; choose a smaller {name}"
            ).format(name=name, shown=shown, what=what, gib=nbytes / 2**30, limit=MAX_BYTES / 2**30)
        )


def same_length(name_a: str, a: np.ndarray, name_b: str, b: np.ndarray) -> None:
    if len(a) != len(b):
        raise ValueError(
            _("{name_a} and {name_b} must have the same number of samples; got {len_a} and {len_b}").format(
                name_a=name_a, name_b=name_b, len_a=len(a), len_b=len(b)
            )
        )


def same_shape(name_a: str, a: np.ndarray, name_b: str, b: np.ndarray) -> None:
    if a.shape != b.shape:
        raise ValueError(
            _("{name_a} and {name_b} must have the same shape; got {shape_a} and {shape_b}").format(
                name_a=name_a, name_b=name_b, shape_a=a.shape, shape_b=b.shape
            )
        )


def positive(name: str, value, *, integer=False, allow_zero=False):
    """Check a positive number (or array of them) and return it."""
    if integer:
        if isinstance(value, bool) or not isinstance(value, numbers.Integral):
            raise ValueError(
                _("{name} must be a whole number; got {got}").format(name=name, got=describe(value))
            )
        value = int(value)
        if value < 0 or (value == 0 and not allow_zero):
            msg = (
                _("{name} must be >= 0; got {value}") if allow_zero else _("{name} must be > 0; got {value}")
            )
            raise ValueError(msg.format(name=name, value=value))
        return value
    arr = as_array(name, value, ndim=(0, 1))
    if arr.size == 0:
        raise ValueError(_("{name} must not be empty").format(name=name))
    if np.any(arr < 0) or (not allow_zero and np.any(arr == 0)):
        bad = arr[arr <= 0] if not allow_zero else arr[arr < 0]
        msg = (
            _("{name} must be >= 0; got {value:g}")
            if allow_zero
            else _("{name} must be positive; got {value:g}")
        )
        raise ValueError(msg.format(name=name, value=bad.ravel()[0]))
    return arr


def labels01(name: str, y: np.ndarray) -> None:
    """Check that ``y`` holds probabilities (labels 0/1 or values in [0, 1])."""
    if np.any((y < 0) | (y > 1)):
        raise ValueError(
            _("{name} must lie in [0, 1] (labels 0 and 1); got min {low:g}, max {high:g}").format(
                name=name, low=y.min(), high=y.max()
            )
        )


def labels(name: str, y: np.ndarray) -> None:
    """Check class labels: every value exactly 0 or 1 (not -1/1, not 1/2)."""
    other = np.unique(y[(y != 0) & (y != 1)])
    if other.size:
        shown = ", ".join(f"{t:g}" for t in other[:5]) + (", ..." if other.size > 5 else "")
        raise ValueError(
            _(
                "{name} must be class labels 0 and 1; got also {shown}. "
                "(Labels -1/1 become 0/1 with (y + 1) / 2; labels 1/2 with y - 1.)"
            ).format(name=name, shown=shown)
        )


def one_of(name: str, value, options) -> None:
    try:
        ok = value in options
    except TypeError:  # an unhashable value (a list) is not one of the options either
        ok = False
    if not ok:
        got = _(NONE_HINT) if value is None else repr(value)
        raise ValueError(
            _("{name} must be one of {options}; got {got}").format(
                name=name, options=sorted(options), got=got
            )
        )


def samples_1d(x, y):
    """Check 1-D ``x`` and ``y`` of one length with at least one sample; return them as arrays."""
    x = as_array("x", x, ndim=1)
    y = as_array("y", y, ndim=1)
    same_length("x", x, "y", y)
    if x.size == 0:
        raise ValueError(_("x and y must hold at least one sample; got 0"))
    return x, y


# ---- matplotlib objects and training results ---------------------------------


def _is_axes(value) -> bool:
    from matplotlib.axes import Axes

    return isinstance(value, Axes)


def axes(name: str, value) -> None:
    """One panel of a figure (``fig, ax = lu.figure()``)."""
    if not _is_axes(value):
        raise TypeError(
            _("{name} must be an Axes, one panel of a figure (fig, {name} = lu.figure()); got {got}").format(
                name=name, got=describe(value)
            )
        )


def figure(name: str, value) -> None:
    """A whole matplotlib figure; an Axes or a slider figure is refused with the fix."""
    from matplotlib.figure import FigureBase

    if isinstance(value, FigureBase):
        return
    if _is_axes(value):
        raise TypeError(
            _(
                "{name} must be a Figure, the whole picture; got an Axes (one panel of it). "
                "Pass the figure: ax.figure, or keep both from fig, ax = lu.figure() and pass fig"
            ).format(name=name)
        )
    if type(value).__name__ == "SliderFigure":
        raise TypeError(
            _(
                "{name} must be a Figure; got a slider figure: make it the last line of a cell to show it, "
                "or pass its .fig"
            ).format(name=name)
        )
    raise TypeError(
        _("{name} must be a Figure (fig, ax = lu.figure()); got {got}").format(name=name, got=describe(value))
    )


def history(name: str, value) -> None:
    """A training History (what lu.train_linear and friends return)."""
    if hasattr(value, "cost"):
        return
    if isinstance(value, (np.ndarray, list, tuple)):
        msg = _(
            "{name} must be a training History (what lu.train_linear returns) "
            "(pass the History itself, e.g. {name}=hist, not hist.cost); got {got}"
        )
    else:
        msg = _("{name} must be a training History (what lu.train_linear returns); got {got}")
    raise TypeError(msg.format(name=name, got=describe(value)))


def positive_number(name: str, value, *, allow_zero=False) -> float:
    """One finite number > 0 (``allow_zero``: >= 0), such as a learning rate."""
    out = number(name, value)
    if out < 0 or (out == 0 and not allow_zero):
        msg = (
            _("{name} must be >= 0; got {value:g}")
            if allow_zero
            else _("{name} must be positive (> 0); got {value:g}")
        )
        raise ValueError(msg.format(name=name, value=out))
    return out
