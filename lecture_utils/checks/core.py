"""The machinery of the exercise checks: calling a learner's function, comparing, diagnosing, printing.

The notebooks' own references, cases and catalogues of usual mistakes live in ``nb01.py`` ...
``nb10.py``; each registers its checks here with :func:`exercise`.
"""

from __future__ import annotations

import functools
import warnings
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

PASS = "Correct!"
FAIL = "Not yet:"


class Feedback:
    """A check's verdict: true when every case passed. The message is already printed,
    so in a notebook it shows nothing more (no stray ``True``/``False`` under the message)."""

    __slots__ = ("passed",)

    def __init__(self, passed):
        self.passed = bool(passed)

    def __bool__(self):
        return self.passed

    def __repr__(self):
        return f"Feedback(passed={self.passed})"

    def _ipython_display_(self):
        pass


def _returns_feedback(check):
    """Make ``check`` (which prints and returns a bool) return a :class:`Feedback`."""

    @functools.wraps(check)
    def wrapper(*args, **kwargs):
        return Feedback(check(*args, **kwargs))

    return wrapper


def _fmt(value) -> str:
    if isinstance(value, np.ndarray):
        return np.array2string(value, precision=4, threshold=8, suppress_small=True)
    if isinstance(value, float):
        return f"{value:.6g}"
    return repr(value)


def _call_repr(name, args) -> str:
    return f"{name}({', '.join(_fmt(a) for a in args)})"


def _as_result(value):
    """Numbers, arrays and tuples of them become float arrays / tuples of arrays."""
    if isinstance(value, tuple):
        return tuple(_as_result(v) for v in value)
    return np.asarray(value, dtype=np.float64)


def _diagnose(got, want, where, rtol=1e-6, atol=1e-9) -> str | None:
    """A specific message when ``got`` differs from ``want``; None when they agree."""
    if got is None:
        return f"{where} returned None: did you forget `return`?"
    if isinstance(want, tuple):
        if not isinstance(got, tuple | list) or len(got) != len(want):
            return f"{where} should return {len(want)} values (a tuple); got {_fmt(got)}"
        for i, (g, w) in enumerate(zip(got, want, strict=True)):
            msg = _diagnose(g, w, f"{where}, value {i + 1} of {len(want)},", rtol, atol)
            if msg:
                return msg
        return None
    try:
        if np.iscomplexobj(got):  # casting would warn and drop the imaginary part
            return f"{where} returned complex numbers {_fmt(got)}; expected real numbers"
        g = np.asarray(got, dtype=np.float64)
    except (TypeError, ValueError):
        return f"{where} returned {type(got).__name__} {_fmt(got)}; expected numbers"
    if g.shape != want.shape:
        expected = "a single number" if want.ndim == 0 else f"shape {want.shape}"
        hint = ""
        if want.ndim == 0 and g.size > 1:
            hint = ": did you forget to sum or average over the samples?"
        elif g.ndim == 0 and want.ndim > 0:
            hint = ": one value per sample was expected; did you sum too early?"
        return f"{where} returns shape {g.shape}, expected {expected}{hint}"
    if not np.all(np.isfinite(g)) and np.all(np.isfinite(want)):
        return f"{where} returned NaN or inf ({_fmt(g)}); expected {_fmt(want)}"
    if np.allclose(g, want, rtol=rtol, atol=atol):
        return None
    nz = np.abs(want) > 1e-12
    if nz.any() and np.all(np.abs(g[~nz]) < 1e-9):
        with np.errstate(all="ignore"):  # a huge wrong answer must not overflow here
            ratio = g[nz] / want[nz]
        if np.allclose(ratio, ratio.flat[0], rtol=1e-6):
            r = float(ratio.flat[0])
            for factor, text in (
                (
                    2.0,
                    "twice the expected value: off by a factor of 2. Did you divide by m instead of 2m, or keep a 2 the formula does not have?",
                ),
                (
                    0.5,
                    "half the expected value: off by a factor of 2. Did you divide by 2m instead of m, or drop the 2 from the derivative of the square?",
                ),
                (
                    -1.0,
                    "the right size but the wrong sign: check H(x) - y against y - H(x), or a missing minus sign.",
                ),
            ):
                if np.isclose(r, factor):
                    return f"{where} returned {_fmt(g)}: {text}"
            if want.size > 1 or want.ndim == 0:
                return f"{where} returned {_fmt(g)}, which is {r:.4g} times the expected {_fmt(want)}: a constant factor is off (1/m?)"
    return f"{where} returned {_fmt(g)}; expected {_fmt(want)}"


@_returns_feedback
def check_function(
    learner_fn,
    reference_fn,
    cases,
    *,
    name=None,
    mistakes=(),
    extra=None,
    rtol=1e-6,
    atol=1e-9,
    time_limit=None,
) -> bool:
    """Compare ``learner_fn(*args)`` with ``reference_fn(*args)`` for each args tuple in ``cases``.

    ``extra(learner_fn)`` may return a message for a problem the comparison cannot see.
    Prints one line of feedback; returns True when all cases pass.
    """
    name = name or getattr(reference_fn, "__name__", "function")
    if not callable(learner_fn):
        print(f"{FAIL} pass your function itself, e.g. check(my_function), not {_fmt(learner_fn)}")
        return False
    for args in cases:
        where = _call_repr(getattr(learner_fn, "__name__", name), args)
        copies = tuple(a.copy() if isinstance(a, np.ndarray) else a for a in args)
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("error")
                got = learner_fn(*copies)
        except Warning as w:
            print(f"{FAIL} {where} caused a {type(w).__name__}: {w}. Find a form that avoids it.")
            return False
        except Exception as exc:  # the learner's error, reported instead of raised
            print(f"{FAIL} {where} raised {type(exc).__name__}: {exc}")
            return False
        for a, c in zip(args, copies, strict=True):
            if isinstance(a, np.ndarray) and not np.array_equal(a, c):
                print(f"{FAIL} {where} changed its input array in place; compute a new array instead.")
                return False
        msg = _diagnose(
            got if not isinstance(got, list) else tuple(got),
            _as_result(reference_fn(*args)),
            where,
            rtol,
            atol,
        )
        if msg:
            print(f"{FAIL} {msg}")
            return False
    if extra is not None:
        msg = extra(learner_fn)
        if msg:
            print(f"{FAIL} {msg}")
            return False
    print(f"{PASS} {name} passed all {len(cases)} checks.")
    return True


@_returns_feedback
def check_answers(answers: dict, expected: dict, *, name="answers", explain=None) -> bool:
    """Compare a dict of answers with the expected ones, key by key (for sorting exercises).

    ``explain`` maps a key to a sentence shown when that answer is wrong.
    """
    if not isinstance(answers, dict):
        print(f"{FAIL} answers should be a dict like {{'example': 'label'}}; got {type(answers).__name__}")
        return False
    missing = [k for k in expected if k not in answers]
    if missing:
        print(f"{FAIL} no answer yet for: {', '.join(map(str, missing))}")
        return False
    norm = {k: str(a).strip().lower() for k, a in answers.items()}
    wrong = [k for k, want in expected.items() if norm[k] != str(want).strip().lower()]
    if wrong:
        k = wrong[0]
        why = f" {explain[k]}" if explain and k in explain else ""
        print(f"{FAIL} {len(wrong)} of {len(expected)} wrong. '{k}' is not '{answers[k]}'.{why}")
        return False
    print(f"{PASS} all {len(expected)} {name} are right.")
    return True


# ---------------------------------------------------------------------------
# Small helpers the notebook modules share


def _uses_a_loop(fn) -> bool:
    """True when ``fn``'s source has a for/while loop or a comprehension (False if the source is unknown)."""
    import ast
    import inspect
    import textwrap

    try:
        tree = ast.parse(textwrap.dedent(inspect.getsource(fn)))
    except (OSError, TypeError, SyntaxError):
        return False
    loops = (ast.For, ast.While, ast.ListComp, ast.GeneratorExp, ast.SetComp, ast.DictComp)
    return any(isinstance(node, loops) for node in ast.walk(tree))


def _no_loop(fn) -> str | None:
    if _uses_a_loop(fn):
        return (
            "the values are right, but the function uses a Python loop; write it with numpy operations only."
        )
    return None


def _peek(fn, *args):
    """``fn(*args)`` on copies of the arguments, or the exception it raised (warnings count as errors)."""
    if not callable(fn):
        return None
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            return fn(*(a.copy() if isinstance(a, np.ndarray) else a for a in args))
    except Exception as exc:
        return exc


def _same(got, want) -> bool:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error")  # complex values, for one, are not the numbers we want
            g = np.asarray(got, dtype=np.float64)
    except (TypeError, ValueError, Warning):
        return False
    return g.shape == np.shape(want) and np.allclose(g, want)


def _first_hint(fn, x, hints) -> str | None:
    """The message of the first (value, message) in ``hints`` that ``fn(x)`` returns, if any."""
    got = _peek(fn, x)
    for value, message in hints:
        if _same(got, value):
            return message
    return None


def _check_cases(fn, reference, cases, name, arg_names):
    """Like :func:`check_function`, but names each argument by its shape (matrices print too long)."""
    if not callable(fn):
        print(f"{FAIL} pass your function itself, e.g. check({name}), not {_fmt(fn)}")
        return False
    fname = getattr(fn, "__name__", name)
    for args in cases:
        shown = ", ".join(
            f"{n} {np.shape(a)}" if np.ndim(a) else f"{n}={_fmt(a)}"
            for n, a in zip(arg_names, args, strict=True)
        )
        where = f"{fname}({shown})"
        got = _peek(fn, *args)
        if isinstance(got, Warning):
            print(f"{FAIL} {where} caused a {type(got).__name__}: {got}. Find a form that avoids it.")
            return False
        if isinstance(got, Exception):
            print(f"{FAIL} {where} raised {type(got).__name__}: {got}")
            return False
        got = tuple(got) if isinstance(got, list) else got
        msg = _diagnose(got, _as_result(reference(*args)), where)
        if msg:
            print(f"{FAIL} {msg}")
            return False
    print(f"{PASS} {name} passed all {len(cases)} checks.")
    return True


# ---------------------------------------------------------------------------
# Sample arrays several notebooks' cases use

_rng = np.random.default_rng(7)
_X34 = np.array([[1.0, 2.0, 0.5], [0.0, -1.0, 2.0], [3.0, 1.0, 1.0], [-2.0, 0.5, 4.0]])
_x4, _y4 = np.array([1.0, 2.0, 3.0, 4.0]), np.array([1.0, 2.0, 3.0, 4.0])
_x5, _y5 = np.arange(5.0), np.arange(5.0)
_xr, _yr = _rng.uniform(-2, 3, 7), _rng.uniform(-1, 2, 7)


# ---------------------------------------------------------------------------
# What every check returns, and the registry of exercises


@dataclass(frozen=True)
class Mistake:
    """A usual wrong answer of one exercise, and what to tell the learner who made it.

    ``says`` is printed when the learner's output matches this mistake on every case: the mistake in
    a beginner's words and the formula line to look at. ``fn`` is a wrong implementation with the
    reference's signature (function exercises); ``answer`` the wrong arguments a learner passes to an
    answer check (quizzes, numbers, dicts), e.g. ``answer=(2.0, 1.0, 9.0)``.
    """

    says: str
    fn: Callable | None = None
    answer: tuple | None = None


#: check name -> (the check, its reference or None, its catalogue of mistakes)
REGISTRY: dict[str, tuple[Callable, Callable | None, list[Mistake]]] = {}


def exercise(reference=None, mistakes=()):
    """Register a ``check_*`` function in :data:`REGISTRY` and make it return a :class:`Feedback`."""

    def register(check):
        wrapper = _returns_feedback(check)
        REGISTRY[check.__name__] = (wrapper, reference, list(mistakes))
        return wrapper

    return register
