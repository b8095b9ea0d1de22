"""The machinery of the exercise checks: calling a learner's function safely, comparing, diagnosing, printing.

The notebooks' own references, cases and catalogues of usual mistakes live in ``nb01.py`` ...
``nb10.py``; each registers its checks here with :func:`exercise`.

How a learner's function is called (:func:`_call`): on copies of the arguments (a changed input array
is reported), with warnings as errors, its printed output captured (shown shortened after the
verdict), under a time limit (:data:`TIME_LIMIT` seconds; SIGALRM, so only in the main thread of a
platform that has it), and with the notebook functions it calls watched, so that a None coming from
an earlier exercise's unfinished function is named.

How the feedback is chosen (:func:`check_function`): an earlier exercise's function the learner's calls
comes first: one that returned None is unfinished, one named in ``earlier=`` that is wrong on its own
cases is sent to its check. Then a cause is named only when it explains every case: a catalogued
:class:`Mistake` whose output matches the learner's on every case, or a pattern that holds on every
case (the same constant factor, the sign flipped, the values in another order, the same result
whatever the arguments, close to the expected values but not equal within the tolerance). Otherwise the simplest failing case is shown: what was
passed, what came back and what was expected, with no guess. Under a catalogued mistake's message the
example is the case only (no generic advice to contradict the catalogue's), one where the mistake shows
its own effect (:func:`_telling_case`). Two values that differ never print alike (:func:`_fmt_pair`).
"""

from __future__ import annotations

import collections
import contextlib
import dis
import functools
import inspect
import itertools
import re
import signal
import sys
import sysconfig
import threading
import traceback
import types
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from ..i18n import N_, _, ngettext

#: the verdict's first words, English (the notebook modules print them as ``_(PASS)``, ``_(FAIL)``)
PASS = N_("Correct!")
FAIL = N_("Not yet:")

#: seconds one call of a learner's function may take (change it with set_time_limit, or per check
#: with ``check_xxx(f, time_limit=30)``); 0 or None switches the limit off
TIME_LIMIT = 3.0


def set_time_limit(seconds) -> None:
    """Let every later call of a learner's function run for ``seconds`` (None or 0: no limit)."""
    global TIME_LIMIT
    TIME_LIMIT = seconds


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


@dataclass(frozen=True)
class Mistake:
    """A usual wrong answer of one exercise, and what to tell the learner who made it.

    ``text`` (English, marked ``N_("...")`` for the message catalogue) is what the learner who made
    it is told, in the language of the moment (:attr:`says`), when their output matches this mistake
    on every case: the mistake in a beginner's words and the formula line to look at. ``fn`` is a
    wrong implementation with the reference's signature (function exercises); ``answer`` the wrong
    arguments a learner passes to an answer check (quizzes, numbers, dicts), e.g.
    ``answer=(2.0, 1.0, 9.0)``.
    """

    text: str
    fn: Callable | None = None
    answer: tuple | None = None

    @property
    def says(self) -> str:
        """:attr:`text` in the learner's language (lecture_utils.i18n)."""
        return _(self.text)


#: check name -> (the check, its reference or None, its catalogue of mistakes)
REGISTRY: dict[str, tuple[Callable, Callable | None, list[Mistake]]] = {}


# ---------------------------------------------------------------------------
# A session: one check, from its start to its verdict


class _Printed:
    """A text stream that keeps the first and last few lines written to it, and counts them all."""

    HEAD, TAIL, WIDTH = 4, 3, 120

    def __init__(self):
        self.head, self.tail = [], collections.deque(maxlen=self.TAIL)
        self.lines, self.partial = 0, ""

    def write(self, text) -> int:
        text = self.partial + str(text)
        *done, self.partial = text.split("\n")
        self.partial = self.partial[: 10 * self.WIDTH]  # print(..., end="") forever stays small
        for line in done:
            self._add(line)
        return len(text)

    def flush(self):
        pass

    def _add(self, line):
        self.lines += 1
        line = line if len(line) <= self.WIDTH else line[: self.WIDTH - 3] + "..."
        (self.head if len(self.head) < self.HEAD else self.tail).append(line)

    def shown(self) -> str:
        """The printed text, shortened to its first and last lines; '' when nothing was printed."""
        if self.partial:
            self._add(self.partial)
            self.partial = ""
        if not self.lines:
            return ""
        more = self.lines - len(self.head) - len(self.tail)
        rows = [*self.head, *([_("... {n:,} lines more ...").format(n=more)] if more > 0 else []), *self.tail]
        said = ngettext(
            "Your function printed {n:,} line while it was checked:",
            "Your function printed {n:,} lines while it was checked:",
            self.lines,
        ).format(n=self.lines)
        return said + "\n" + "\n".join(f"  | {r}" for r in rows)


class _Session:
    def __init__(self, time_limit, check="check_xxx"):
        self.time_limit, self.check = time_limit, check
        self.printed = _Printed()
        self.timed_out = {}  # id(fn) -> the outcome of its first call that ran out of time
        self.notes = []


_session_now: _Session | None = None
_told_no_limit = False


@contextlib.contextmanager
def _session(time_limit=None, check="check_xxx"):
    """One check: the learner's printed output and notes are shown after the verdict, once."""
    global _session_now
    if _session_now is not None:  # a check inside a check: the outer one reports
        yield _session_now
        return
    _session_now = s = _Session(time_limit, check)
    try:
        yield s
    finally:
        _session_now = None
        shown = s.printed.shown()
        for text in (shown, *s.notes):
            if text:
                print(text)


def _returns_feedback(check):
    """Run ``check`` (which prints and returns a bool) in a session, and return a :class:`Feedback`.

    Every check also takes ``time_limit=`` (seconds per call of the learner's function)."""
    takes_limit = "time_limit" in inspect.signature(check).parameters

    @functools.wraps(check)
    def wrapper(*args, **kwargs):
        limit = kwargs.get("time_limit") if takes_limit else kwargs.pop("time_limit", None)
        with _session(limit, check.__name__):
            return Feedback(check(*args, **kwargs))

    return wrapper


def exercise(reference=None, mistakes=()):
    """Register a ``check_*`` function in :data:`REGISTRY` and make it return a :class:`Feedback`.

    ``reference`` is the right implementation (None for answer checks), ``mistakes`` the exercise's
    catalogue of usual mistakes; the generic test feeds every check each of its mistakes."""

    def register(check):
        known = REGISTRY.get(check.__name__)
        if known and known[0].__module__ != check.__module__:  # the same module again is a reload
            raise ValueError(f"two exercise checks are named {check.__name__}")
        wrapper = _returns_feedback(check)
        REGISTRY[check.__name__] = (wrapper, reference, list(mistakes))
        return wrapper

    return register


# ---------------------------------------------------------------------------
# Calling a learner's function safely


class _TimeUp(BaseException):
    """Raised inside the learner's function when its time is up (a BaseException, so that the
    learner's own ``except Exception`` does not swallow it)."""


def _stop_at_next_line(frame, event, arg):
    if event == "line":
        raise _TimeUp
    return _stop_at_next_line


def _on_alarm(signum, frame):
    """Time is up: raise in the learner's code. The timer repeats; from the second alarm on, the
    learner's code has caught the first one (``except:`` in a loop), so also raise at the next line
    it runs, which may be inside that ``except`` block, from where the exception escapes."""
    global _alarms
    _alarms += 1
    if _alarms > 1:
        sys.settrace(_stop_at_next_line)
        while frame is not None and frame.f_code is not _call.__code__:  # the learner's frames only
            frame.f_trace = _stop_at_next_line
            frame = frame.f_back
    raise _TimeUp


_alarms = 0


def _can_interrupt() -> bool:
    return (
        hasattr(signal, "setitimer")
        and threading.current_thread() is threading.main_thread()
        and signal.getitimer(signal.ITIMER_REAL)[0] == 0  # nobody else's timer is running
    )


_LIBRARY_DIRS = tuple(
    str(p)
    for p in {
        Path(__file__).resolve().parent.parent,  # lecture_utils
        Path(np.__file__).resolve().parent,
        *(Path(sysconfig.get_paths()[k]).resolve() for k in ("stdlib", "platstdlib", "purelib", "platlib")),
    }
)


def _is_learner_file(filename: str) -> bool:
    if filename.startswith("<frozen"):
        return False
    try:
        resolved = str(Path(filename).resolve())
    except (OSError, ValueError):
        return True
    return not resolved.startswith(_LIBRARY_DIRS)


def _learner_line(tb) -> str:
    """' (line N in f: `source`)' for the last traceback frame in the learner's code, or ''."""
    for fs in reversed(traceback.extract_tb(tb)):
        if _is_learner_file(fs.filename):
            code = (fs.line or "").strip()
            if code:
                return " " + _("(line {lineno} in {function}: {code})").format(
                    lineno=fs.lineno, function=fs.name, code=code
                )
            return " " + _("(line {lineno} in {function})").format(lineno=fs.lineno, function=fs.name)
    return ""


@dataclass
class _Outcome:
    """What one call of a function did."""

    value: object = None
    error: BaseException | None = None  # an exception, or a warning turned into one
    line: str = ""  # where in the learner's code the error (or the time limit) struck
    timed_out: bool = False
    limit: float | None = None
    changed: tuple = ()  # names of the arguments it changed in place
    none_from: str | None = None  # a notebook function it called that returned None

    @property
    def ok(self) -> bool:
        return self.error is None and not self.timed_out and not self.changed


def _copy(a):
    if isinstance(a, np.ndarray):
        return a.copy()
    if type(a) in (list, tuple):
        return type(a)(_copy(v) for v in a)
    return a


def _differs(a, b) -> bool:
    if isinstance(a, np.ndarray):
        if not isinstance(b, np.ndarray) or a.shape != b.shape or a.dtype != b.dtype:
            return True
        return not np.array_equal(a, b, equal_nan=a.dtype.kind in "fc")
    if type(a) in (list, tuple):
        return (
            type(b) is not type(a)
            or len(a) != len(b)
            or any(_differs(x, y) for x, y in zip(a, b, strict=True))
        )
    return False


def _param_names(fn, n) -> list[str]:
    try:
        params = [
            p.name
            for p in inspect.signature(fn).parameters.values()
            if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)
        ]
    except (TypeError, ValueError):
        params = []
    return params[:n] if len(params) >= n else [_("argument {n}").format(n=i + 1) for i in range(n)]


def _global_names(code) -> set[str]:
    names = set(code.co_names)
    for const in code.co_consts:
        if isinstance(const, types.CodeType):
            names |= _global_names(const)
    return names


def _notebook_functions(fn) -> dict:
    """The plain Python functions defined beside ``fn`` (its notebook) that ``fn`` calls by name."""
    g, code = getattr(fn, "__globals__", None), getattr(fn, "__code__", None)
    if g is None or code is None:
        return {}
    found = {}
    for name in _global_names(code):
        f = g.get(name)
        if (
            isinstance(f, types.FunctionType)
            and f is not fn
            and f.__globals__ is g
            and not str(getattr(f, "__module__", "") or "").startswith(("lecture_utils", "numpy"))
        ):
            found[name] = f
    return found


@contextlib.contextmanager
def _watching(fn):
    """While the block runs, ``fn``'s notebook functions record whether one of them returned None."""
    report = []
    helpers = _notebook_functions(fn)
    g = getattr(fn, "__globals__", {})

    def watch(name, f):
        @functools.wraps(f)
        def watched(*args, **kwargs):
            value = f(*args, **kwargs)
            if value is None and name not in report:
                report.append(name)
            return value

        return watched

    for name, f in helpers.items():
        g[name] = watch(name, f)
    try:
        yield report
    finally:
        for name, f in helpers.items():
            g[name] = f


def _call(fn, args, time_limit=None, *, learner=True) -> _Outcome:
    """Call ``fn(*args)`` on copies of ``args``: warnings are errors, printing is captured into the
    session, and (for a learner's function) under the time limit, watching the notebook functions it calls."""
    global _told_no_limit, _alarms
    session = _session_now or _Session(None)
    if learner and id(fn) in session.timed_out:
        return session.timed_out[id(fn)]
    limit = time_limit if time_limit is not None else session.time_limit
    limit = (limit if limit is not None else TIME_LIMIT) if learner else None
    alarm = bool(limit) and limit > 0 and _can_interrupt()
    if learner and limit and not alarm and not _told_no_limit:
        _told_no_limit = True
        session.notes.append(
            _(
                "Note: here a function cannot be interrupted (no SIGALRM: Windows, or not the main thread), "
                "so the checks run without a time limit. A check that never finishes: interrupt the kernel."
            )
        )
    copies = tuple(_copy(a) for a in args)
    out = _Outcome(limit=limit)
    old_handler, none_from, old_trace = None, [], sys.gettrace()
    _alarms = 0
    try:
        with (
            warnings.catch_warnings(),
            contextlib.redirect_stdout(session.printed),
            contextlib.redirect_stderr(session.printed),
            _watching(fn) if learner else contextlib.nullcontext([]) as none_from,
        ):
            warnings.simplefilter("error")
            if alarm:
                old_handler = signal.signal(signal.SIGALRM, _on_alarm)
                # again every 0.25 s, in case the learner's code catches the first one
                signal.setitimer(signal.ITIMER_REAL, limit, 0.25)
            try:
                out.value = fn(*copies)
            finally:
                if alarm:
                    signal.setitimer(signal.ITIMER_REAL, 0)
    except _TimeUp as exc:
        out.timed_out, out.line = True, _learner_line(exc.__traceback__)
    except Exception as exc:  # the learner's error, reported instead of raised
        out.error, out.line = exc, _learner_line(exc.__traceback__)
    finally:
        if old_handler is not None:
            signal.signal(signal.SIGALRM, old_handler)
            if _alarms > 1:
                sys.settrace(old_trace)
    out.none_from = none_from[0] if learner and none_from else None
    out.changed = tuple(
        name for name, a, c in zip(_param_names(fn, len(args)), args, copies, strict=True) if _differs(a, c)
    )
    if out.timed_out:
        session.timed_out[id(fn)] = out
    return out


# ---------------------------------------------------------------------------
# Showing values


def _fmt(value, digits=6) -> str:
    """``value`` in a few characters: numbers to ``digits`` significant digits (arrays to 4 decimals
    when ``digits`` is 6), big matrices by their shape."""
    if isinstance(value, np.ndarray) and value.ndim == 0 and value.dtype.kind in "iuf":
        return f"{float(value) + 0.0:.{digits}g}"  # + 0.0: -0.0 prints as 0
    if isinstance(value, np.ndarray):
        if value.dtype.kind in "fc":
            value = value + 0.0  # -0.0 becomes 0.0
        if value.ndim >= 2 and value.size > 12:
            return _("an array of shape {shape}").format(shape=value.shape)
        # suppress_small would print 1e-12 as 0.: only where no value it would hide is nonzero
        small = value.dtype.kind in "fc" and bool(np.any((value != 0) & (np.abs(value) < 5e-5)))
        precision = 4 if digits <= 6 else digits
        text = np.array2string(value, precision=precision, threshold=8, suppress_small=not small)
        return " ".join(text.split()) if value.ndim >= 2 else text
    if isinstance(value, float | np.floating) and not isinstance(value, bool):
        return f"{float(value) + 0.0:.{digits}g}"
    if isinstance(value, tuple):
        return "(" + ", ".join(_fmt(v, digits) for v in value) + ("," if len(value) == 1 else "") + ")"
    if isinstance(value, types.FunctionType):
        return value.__name__
    text = repr(value)
    return text if len(text) <= 80 else text[:77] + "..."


def _first_difference(got, want, value=None) -> str:
    """Where two same-shaped results that print alike differ first, as a sentence appended to
    "expected ...": '; they differ at [2]: 0.1 returned, 0.2 expected', or ''. ``value``: the number of
    the tuple's value they are (1, 2, ...)."""
    if isinstance(want, tuple):
        for i, (g, w) in enumerate(zip(got, want, strict=True)):
            where = _first_difference(g, w, i + 1)
            if where:
                return where
        return ""
    g, w = np.asarray(got, dtype=np.float64), np.asarray(want, dtype=np.float64)
    if g.shape != w.shape:
        return ""
    diff = np.argwhere(~((g == w) | (np.isnan(g) & np.isnan(w))))
    if not len(diff):
        return ""
    at = tuple(int(i) for i in diff[0])
    values = {"got": repr(float(g[at])), "want": repr(float(w[at])), "value": value}
    if at:
        index = f"[{', '.join(map(str, at))}]"
        if value is None:
            return _("; they differ at {index}: {got} returned, {want} expected").format(
                index=index, **values
            )
        return _("; they differ in value {value}, at {index}: {got} returned, {want} expected").format(
            index=index, **values
        )
    if value is None:
        return _("; they differ at: {got} returned, {want} expected").format(**values)
    return _("; they differ in value {value}, at: {got} returned, {want} expected").format(**values)


def _fmt_pair(got, want) -> tuple[str, str, str]:
    """``got`` and ``want`` formatted so that they never print alike when they differ: with more digits
    when the usual ones hide the difference, and where even those do not show it, the first difference
    (:func:`_first_difference`, else '')."""
    for digits in (6, 8, 10, 12, 17):
        g, w = _fmt(got, digits), _fmt(want, digits)
        if g != w:
            return g, w, ""
    return g, w, _first_difference(got, want)


def _returned_expected(where, got, want) -> str:
    """'f(x=2) returned 3; expected 5', the two values told apart by :func:`_fmt_pair`."""
    shown, expected, difference = _fmt_pair(got, want)
    if difference:
        return _("{where} returned {shown}; expected {expected}{difference}").format(
            where=where, shown=shown, expected=expected, difference=difference
        )
    return _("{where} returned {shown}; expected {expected}").format(
        where=where, shown=shown, expected=expected
    )


def _fmt_arg(name, value) -> str:
    if isinstance(value, np.ndarray) and value.ndim >= 2 and value.size > 12:
        return _("{name} of shape {shape}").format(name=name, shape=value.shape)
    return f"{name}={_fmt(value)}"


def _call_repr(name, args, names=None) -> str:
    if names is None:
        return f"{name}({', '.join(_fmt(a) for a in args)})"
    return f"{name}({', '.join(_fmt_arg(n, a) for n, a in zip(names, args, strict=True))})"


def _as_result(value):
    """Numbers, arrays and tuples of them become float arrays / tuples of arrays."""
    if isinstance(value, tuple):
        return tuple(_as_result(v) for v in value)
    return np.asarray(value, dtype=np.float64)


def _kind(want) -> str:
    if isinstance(want, tuple):
        return _("{n} values (a tuple)").format(n=len(want))
    return (
        _("a single number")
        if np.ndim(want) == 0
        else _("an array of shape {shape}").format(shape=np.shape(want))
    )


# ---------------------------------------------------------------------------
# Judging one call


#: what a method needs inside its brackets when it is returned uncalled (the rest take nothing: .sum())
_METHOD_ARGS = {"astype": "float", "reshape": "-1", "dot": "w", "clip": "lo, hi", "round": "4"}


def _uncalled(got) -> tuple[str, str] | None:
    """(what came back, how to call it) for a method or function returned instead of called
    (``(x * y).sum``, ``return hypothesis``), or None when ``got`` is not one."""
    name = getattr(got, "__name__", None)
    if not isinstance(name, str) or not callable(got):
        return None
    owner = getattr(got, "__self__", None)
    if isinstance(got, types.MethodType | types.BuiltinMethodType) and not isinstance(
        owner, types.ModuleType | type(None)
    ):
        call = f".{name}({_METHOD_ARGS.get(name, '')})"
        return (
            _("the method `{name}` itself, not its result").format(name=name),
            _("add () to call it: write `{call}`, not `.{name}`").format(call=call, name=name),
        )
    if isinstance(got, type):
        return (
            _("the type `{name}` itself, not a number").format(name=name),
            _("call it, or return the number itself"),
        )
    if name == "<lambda>":
        return _("a function (a lambda) itself, not its result"), _("call it with its arguments")
    if str(getattr(got, "__module__", "") or "").startswith("numpy"):
        name = f"np.{name}"
    try:
        params = ", ".join(
            p.name
            for p in inspect.signature(got).parameters.values()
            if p.default is p.empty and p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)
        )
    except (TypeError, ValueError):
        params = "..."
    return (
        _("the function `{name}` itself, not its result").format(name=name),
        _("call it with its arguments: {call}").format(call=f"{name}({params})"),
    )


def _floats(value):
    """``value`` as a float array, or None when it is not one (text, rows of different lengths)."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            return np.asarray(value, dtype=np.float64)
    except (TypeError, ValueError, Warning):
        return None


def _is_number(v) -> bool:
    return isinstance(v, int | float | np.number) and not isinstance(v, bool | np.bool_)


def _what(v) -> str:
    """The kind of one value: 'a number', 'an array of shape (5,)', 'None', 'text', ..."""
    if _is_number(v) or (isinstance(v, np.ndarray) and v.ndim == 0):
        return _("a number")
    if isinstance(v, np.ndarray):
        return _("an array of shape {shape}").format(shape=v.shape)
    if isinstance(v, tuple | list):
        return _values_of(v)
    if v is None:
        return "None"
    return _("text") if isinstance(v, str | bytes) else _("a {type}").format(type=type(v).__name__)


def _values_of(seq) -> str:
    """'a tuple of 2 values', 'a list of 1 value'."""
    return ngettext("a {type} of {n} value", "a {type} of {n} values", len(seq)).format(
        type=type(seq).__name__, n=len(seq)
    )


def _and(items, sep=", ") -> str:
    """'a, b and c' (English joins all but the last with ``sep``; a translation may join them its own way)."""
    items = list(items)
    if len(items) == 1:
        return items[0]
    both = _("{items} and {last}")
    if both != "{items} and {last}":  # translated: its own separator
        sep = ", "
    return both.format(items=sep.join(items[:-1]), last=items[-1])


def _sequence(got) -> str:
    """A tuple or list described: 'a tuple of 2 values (3, 1.5)', 'a tuple of 2 values (an array of shape
    (5,) and a number)'."""
    n = len(got)
    head = _values_of(got)
    if n and all(_is_number(v) for v in got):
        shown = ", ".join(_fmt(v) for v in got[:8]) + (", ..." if n > 8 else "")
        return f"{head} ({shown})" if isinstance(got, tuple) else f"{head} [{shown}]"
    if not n:
        return head
    kinds = [_what(v) for v in got[:4]] + (["..."] if n > 4 else [])
    return f"{head} ({_and(kinds)})"


def _numbers(got, want, where, bare=False, *, each=None):
    """``got`` as float arrays shaped like ``want`` (a float array or a tuple of them), or the
    sentence that says why it cannot be compared with ``want``: (value, None) or (None, message).

    ``bare``: the sentence states only what came back and what was expected, with no advice (under a
    catalogued mistake's own advice). ``each``: what the values of a 1-D result are ('one value per
    sample'), said in brackets after a wrong shape; without it the shape alone is said."""
    if got is None:
        return None, _("{where} returned None").format(where=where)
    if isinstance(want, tuple):
        # a list, or an array along its first axis (np.array([dW, db])), unpacks like the tuple
        unpacks = isinstance(got, tuple | list) or (isinstance(got, np.ndarray) and got.ndim >= 1)
        if not unpacks or len(got) != len(want):
            return None, _("{where} should return {kind}; got {got}").format(
                where=where, kind=_kind(want), got=_fmt(got)
            )
        values = []
        for i, (g, w) in enumerate(zip(got, want, strict=True)):
            part = _("{where}, value {index} of {total},").format(where=where, index=i + 1, total=len(want))
            value, msg = _numbers(g, w, part, bare, each=each)
            if msg:
                return None, msg
            values.append(value)
        return tuple(values), None
    kind = _kind(want)
    if isinstance(got, str | bytes):
        if bare:
            return None, _("{where} returned the text {text}; expected {kind}").format(
                where=where, text=repr(got), kind=kind
            )
        try:
            float(got)
        except ValueError:
            return None, _("{where} returned the text {text}: expected {kind}").format(
                where=where, text=repr(got), kind=kind
            )
        return None, _(
            "{where} returned the text {text}: return the number itself, not str(...) or a formatted string"
        ).format(where=where, text=repr(got))
    if isinstance(got, list | tuple) and any(
        isinstance(v, str | bytes) for v in np.ravel(np.array(got, object))
    ):
        if bare:
            return None, _("{where} returned a list of text {got}; expected {kind}").format(
                where=where, got=_fmt(got), kind=kind
            )
        return None, _(
            "{where} returned a list of text {got}: return numbers (a numpy array), not strings"
        ).format(where=where, got=_fmt(got))
    if isinstance(got, bool | np.bool_):
        return None, _("{where} returned {got} (a yes/no value); expected {kind}").format(
            where=where, got=got, kind=kind
        )
    uncalled = _uncalled(got)
    if uncalled:
        what, how = uncalled
        if bare:
            return None, _("{where} returned {what}; expected {kind}").format(
                where=where, what=what, kind=kind
            )
        return None, _("{where} returned {what}: {how}").format(where=where, what=what, how=how)
    if isinstance(got, dict | set) or callable(got):
        return None, _("{where} returned a {type} {got}; expected {kind}").format(
            where=where, type=type(got).__name__, got=_fmt(got), kind=kind
        )
    if isinstance(got, tuple | list) and (want.ndim == 0 or np.shape(_floats(got)) != want.shape):
        return None, _("{where} returned {what}; expected {kind}").format(
            where=where, what=_sequence(got), kind=kind
        )
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            raw = np.asarray(got)
    except (ValueError, TypeError, Warning):
        if bare:
            return None, _("{where} returned {got}, which is not an array of numbers").format(
                where=where, got=_fmt(got)
            )
        return None, _(
            "{where} returned {got}, which is not an array of numbers (rows of different lengths?)"
        ).format(where=where, got=_fmt(got))
    if raw.dtype.kind in "US":
        if bare:
            return None, _("{where} returned an array of text {got}; expected {kind}").format(
                where=where, got=_fmt(raw), kind=kind
            )
        return None, _("{where} returned an array of text {got}: return numbers, not strings").format(
            where=where, got=_fmt(raw)
        )
    if raw.dtype.kind == "O":
        return (
            None,
            _("{where} returned {got}, an array of Python objects; expected {kind} of numbers").format(
                where=where, got=_fmt(got), kind=kind
            ),
        )
    if raw.dtype.kind == "b":
        if bare:
            return None, _("{where} returned True/False values {got}; expected numbers").format(
                where=where, got=_fmt(raw)
            )
        return None, _(
            "{where} returned True/False values {got}; expected numbers: turn them into 1.0/0.0 with .astype(float)"
        ).format(where=where, got=_fmt(raw))
    if raw.dtype.kind == "c":
        return None, _("{where} returned complex numbers {got}; expected real numbers").format(
            where=where, got=_fmt(raw)
        )
    if raw.dtype.kind not in "iuf":
        return None, _("{where} returned {what}; expected {kind}").format(
            where=where, what=_fmt(got), kind=kind
        )
    g = raw.astype(np.float64)
    if g.shape != want.shape:
        what = _("a single number") if g.ndim == 0 else _("an array of shape {shape}").format(shape=g.shape)
        if each and want.ndim == 1 and not bare:
            return None, _("{where} returned {what}; expected {kind} ({each})").format(
                where=where, what=what, kind=kind, each=_(each)
            )
        return None, _("{where} returned {what}; expected {kind}").format(where=where, what=what, kind=kind)
    bad = ~np.isfinite(g) & np.isfinite(want)
    if bad.any():
        what = _and(
            [
                t
                for t, has in (
                    (_("NaN (not a number)"), np.isnan(g[bad]).any()),
                    (_("inf (infinity)"), np.isinf(g[bad]).any()),
                )
                if has
            ],
            " and ",
        )
        return None, _("{where} returned {got}, which contains {what}; expected {want}").format(
            where=where, got=_fmt(g), what=what, want=_fmt(want)
        )
    return g, None


def _close(g, w, rtol, atol) -> bool:
    if isinstance(w, tuple):
        return all(_close(a, b, rtol, atol) for a, b in zip(g, w, strict=True))
    return g.shape == w.shape and bool(np.allclose(g, w, rtol=rtol, atol=atol))


def _caret_error(error) -> bool:
    """Is ``error`` the TypeError of ^ on floats (numpy's bitwise_xor, or Python's 'for ^:')?"""
    text = str(error)
    return isinstance(error, TypeError) and ("'bitwise_xor' not supported" in text or "for ^:" in text)


def _problem(out: _Outcome, want, where, rtol=1e-6, atol=1e-9, *, bare=False, each=None):
    """(numbers, None) when the call returned numbers shaped like ``want``, else (None, the sentence
    that says what went wrong); the numbers may still differ from ``want``. ``bare``: the sentence
    states only the case (what came back, what was expected), with no advice."""
    if out.timed_out:
        seconds = 1 if out.limit == 1 else 2  # English: "1 second", "0.5 seconds", "3 seconds"
        if bare:
            return None, ngettext(
                "{where} did not finish within {limit:g} second{line}",
                "{where} did not finish within {limit:g} seconds{line}",
                seconds,
            ).format(where=where, limit=out.limit, line=out.line)
        return None, ngettext(
            "{where} did not finish within {limit:g} second{line}: probably a loop whose condition never "
            "becomes false. (A slow but right function can get more time: lu.checks.{check}(f, time_limit=30).)",
            "{where} did not finish within {limit:g} seconds{line}: probably a loop whose condition never "
            "becomes false. (A slow but right function can get more time: lu.checks.{check}(f, time_limit=30).)",
            seconds,
        ).format(
            where=where,
            limit=out.limit,
            line=out.line,
            check=_session_now.check if _session_now else "check_xxx",
        )
    if isinstance(out.error, Warning):
        # the fact only: a warning may come from a slip (log(1 - y), inf * 0) as well as from a form
        return None, _("{where} caused a {error_type}: {error}{line}").format(
            where=where, error_type=type(out.error).__name__, error=out.error, line=out.line
        )
    if out.error is not None:
        said = {"where": where, "error_type": type(out.error).__name__, "error": out.error, "line": out.line}
        if _caret_error(out.error) and not bare:
            return None, _(
                "{where} raised {error_type}: {error}{line}. Note: in Python the power is **; ^ is a different "
                "operation (bitwise xor)."
            ).format(**said)
        return None, _("{where} raised {error_type}: {error}{line}").format(**said)
    if out.changed:
        names = _and(out.changed, " and ")
        if bare:
            return None, _("{where} changed its input {names} in place").format(where=where, names=names)
        return None, _(
            "{where} changed its input {names} in place; compute a new array instead (x = x - 1 makes a new "
            "array, x -= 1 and x[...] = ... change the caller's)."
        ).format(where=where, names=names)
    return _numbers(out.value, want, where, bare, each=each)


def _diagnose(got, want, where, rtol=1e-6, atol=1e-9) -> str | None:
    """A specific message when ``got`` differs from ``want`` (already converted by _as_result);
    None when they agree."""
    if got is None:
        return _("{where} returned None: did you forget `return`?").format(where=where)
    g, msg = _numbers(tuple(got) if isinstance(got, list) else got, want, where)
    if msg:
        return msg
    if _close(g, want, rtol, atol):
        return None
    return _returned_expected(where, g, want)


def _same_value(a, b, rtol=1e-6, atol=1e-9) -> bool:
    """Do two results agree (numbers within the tolerance, text equal, None with None)?"""
    if a is None or b is None:
        return a is None and b is None
    if isinstance(a, str | bytes) or isinstance(b, str | bytes):
        return type(a) is type(b) and a == b
    if isinstance(a, dict) or isinstance(b, dict):
        return (
            isinstance(a, dict)
            and isinstance(b, dict)
            and a.keys() == b.keys()
            and all(_same_value(a[k], b[k], rtol, atol) for k in a)
        )
    if isinstance(a, tuple | list) and isinstance(b, tuple | list):
        if len(a) != len(b):
            return False
        return all(_same_value(x, y, rtol, atol) for x, y in zip(a, b, strict=True))
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            x, y = np.asarray(a, dtype=np.float64), np.asarray(b, dtype=np.float64)
    except (TypeError, ValueError, Warning):
        return False
    return x.shape == y.shape and bool(np.allclose(x, y, rtol=rtol, atol=atol, equal_nan=True))


def _error_text(error) -> str:
    """An error's message with its numbers and addresses replaced by #: 'shapes (#,) (#,)'."""
    text = re.sub(r"0x[0-9a-fA-F]+", "#", str(error))
    return re.sub(r"\d+(\.\d+)?([eE][-+]?\d+)?", "#", text)


def _same_outcome(a: _Outcome, b: _Outcome, rtol=1e-6, atol=1e-9) -> bool:
    """Did two calls do the same: the same error (type and message, numbers and addresses aside), the
    same arguments changed, the same value?"""
    if a.timed_out or b.timed_out or (a.error is None) != (b.error is None):
        return False
    if a.error is not None:
        return type(a.error) is type(b.error) and _error_text(a.error) == _error_text(b.error)
    return set(a.changed) == set(b.changed) and _same_value(a.value, b.value, rtol, atol)


# ---------------------------------------------------------------------------
# Patterns that hold on every case


def _pattern_arrays(G, W, rtol, atol) -> str | None:
    """A cause that explains every case, for lists of same-shaped float arrays ``G`` (got) and ``W``."""
    n = len(W)
    g, w = np.concatenate([a.ravel() for a in G]), np.concatenate([a.ravel() for a in W])
    differ = any(
        W[k].shape != W[0].shape or not np.allclose(W[k], W[0], rtol=rtol, atol=atol) for k in range(n)
    )
    if not differ:  # the expected values are all alike: nothing can be told apart
        return None
    if all(G[k].shape == G[0].shape and np.allclose(G[k], G[0], rtol=rtol, atol=atol) for k in range(n)):
        return _(
            "it returns {got} on all {n} cases, whatever the arguments, though the expected values "
            "differ: compute the result from the function's arguments, not from numbers typed in or "
            "from variables of the notebook."
        ).format(got=_fmt(G[0]), n=n)
    scale = max(float(np.max(np.abs(w))), 1e-300)
    if np.allclose(g, -w, rtol=rtol, atol=atol) and np.any(np.abs(w) > atol):
        return _(
            "the size is right but the sign is flipped, on all {n} cases: look for a subtraction in the "
            "wrong order (a - b for b - a) or a minus sign too many or too few."
        ).format(n=n)
    nz = np.abs(w) > 1e-12 * scale
    if nz.any() and np.allclose(g[~nz], 0.0, atol=atol):
        with np.errstate(all="ignore"):
            ratio = g[nz] / w[nz]
        r = float(ratio[0])
        if np.all(np.isfinite(ratio)) and np.allclose(ratio, r, rtol=1e-6) and not np.isclose(r, 1.0):
            if np.isclose(r, 2.0) or np.isclose(r, 0.5):
                return _(
                    "every value is {ratio:.4g} times the expected one, on all {n} cases: a constant factor is "
                    "off (a factor of 2). Compare the constants of your formula with the exercise's, one by one."
                ).format(ratio=r, n=n)
            return _(
                "every value is {ratio:.4g} times the expected one, on all {n} cases: a constant factor is "
                "off. Compare the constants of your formula with the exercise's, one by one."
            ).format(ratio=r, n=n)
    d = g - w
    if np.allclose(d, d[0], rtol=1e-6, atol=atol) and abs(d[0]) > atol:
        return _(
            "every value is {offset:+.4g} away from the expected one, on all {n} cases: a constant term "
            "is off (a term added or left out)."
        ).format(offset=d[0], n=n)
    return None


def _pattern(G, W, rtol, atol) -> str | None:
    """A cause that explains every case (results as returned by _numbers), or None."""
    if not isinstance(W[0], tuple):
        return _pattern_arrays(G, W, rtol, atol)
    k = len(W[0])
    for perm in itertools.permutations(range(k)):
        if perm != tuple(range(k)) and all(
            _close(tuple(Gc[p] for p in perm), Wc, rtol, atol) for Gc, Wc in zip(G, W, strict=True)
        ):
            return _(
                "the {k} values are right but in the wrong order: return them in the order the exercise asks for."
            ).format(k=k)
    wrong = [
        j for j in range(k) if any(not _close(Gc[j], Wc[j], rtol, atol) for Gc, Wc in zip(G, W, strict=True))
    ]
    if any(G[c][j].shape != W[c][j].shape for c in range(len(W)) for j in wrong):
        return None
    sub = _pattern_arrays(
        [np.concatenate([Gc[j].ravel() for j in wrong]) for Gc in G],
        [np.concatenate([Wc[j].ravel() for j in wrong]) for Wc in W],
        rtol,
        atol,
    )
    if sub is None:
        return None
    names = _and([_("value {n}").format(n=j + 1) for j in wrong], " and ")
    right = [j + 1 for j in range(k) if j not in wrong]
    if not right:  # every value is wrong, in the same way
        return sub
    ok = ngettext("value {numbers} right", "values {numbers} right", len(right)).format(
        numbers=", ".join(map(str, right))
    )
    return ngettext(
        "{names} of {k} is wrong ({right}): {cause}",
        "{names} of {k} are wrong ({right}): {cause}",
        len(wrong),
    ).format(names=names, k=k, right=ok, cause=sub)


def _notebook_variables(fn) -> list[str]:
    """Names of the notebook's data (arrays, numbers, lists) that ``fn`` reads instead of its arguments."""
    g, code = getattr(fn, "__globals__", None), getattr(fn, "__code__", None)
    if g is None or code is None:
        return []
    found = []
    for name in sorted(_global_names(code)):
        value = g.get(name)
        data = isinstance(value, np.ndarray | list | tuple | int | float | np.number)
        constant = len(name) > 1 and name.isupper()  # EPS, SEED: constants by convention
        if data and not isinstance(value, bool) and not constant:
            found.append(name)
    return found


# ---------------------------------------------------------------------------
# The checks' common engine


def _size(args) -> int:
    return sum(int(np.size(a)) if isinstance(a, np.ndarray | list | tuple) else 1 for a in args)


def _relative_difference(G, W) -> float | None:
    """The largest, over the cases, of max |got - expected| / max |expected| (results as returned by
    _numbers); None where a case expects only zeros and got something else."""
    worst = 0.0
    for g, w in zip(G, W, strict=True):
        g, w = (np.concatenate([a.ravel() for a in x]) if isinstance(x, tuple) else x for x in (g, w))
        off, size = float(np.max(np.abs(g - w), initial=0.0)), float(np.max(np.abs(w), initial=0.0))
        if off > 0 and size == 0:
            return None
        worst = max(worst, off / size if off else 0.0)
    return worst


def _sci(x) -> str:
    """A small number to one digit: 3e-4."""
    mantissa, exponent = f"{x:.0e}".split("e")
    return f"{mantissa}e{int(exponent)}"


def _earlier_function_wrong(fn, earlier) -> tuple[str, str] | None:
    """(name, check) of the first earlier exercise's function that ``fn`` calls and that gives a wrong
    result on its own check's cases, or None. A None it returns is left out: the machinery tells it
    ("finish it first"). ``earlier``: {function name: (reference, cases, check name)}."""
    called = _notebook_functions(fn)
    for name, (reference, cases, check) in earlier.items():
        f = called.get(name)
        if f is None:
            continue
        for args in cases:
            out = _call(f, args)
            if out.ok and out.value is None:
                break
            want = _as_result(reference(*args))
            got, msg = _numbers(out.value, want, name) if out.ok else (None, "failed")
            if msg or not _close(got, want, 1e-6, 1e-9):
                return name, check
    return None


def _run_check(
    learner_fn,
    reference_fn,
    cases,
    name,
    mistakes,
    extra,
    rtol,
    atol,
    time_limit,
    arg_names,
    each=None,
    earlier=None,
):
    if not callable(learner_fn):
        return _("pass your function itself, e.g. check(my_function), not {got}").format(got=_fmt(learner_fn))
    fname = getattr(learner_fn, "__name__", name)
    fname = name if fname == "<lambda>" or not fname else fname
    outs, wants, wheres = [], [], []
    for args in cases:
        names = arg_names or _param_names(learner_fn if callable(learner_fn) else reference_fn, len(args))
        wheres.append(_call_repr(fname, args, names))
        wants.append(_as_result(reference_fn(*args)))
        outs.append(_call(learner_fn, args, time_limit))
        if outs[-1].timed_out:
            break
    judged = [
        _problem(o, w, where, rtol, atol, each=each) for o, w, where in zip(outs, wants, wheres, strict=False)
    ]
    failing = [k for k, (g, msg) in enumerate(judged) if msg or not _close(g, wants[k], rtol, atol)]
    if not failing and len(outs) == len(cases):
        return extra(learner_fn) if extra is not None else None

    reads = _notebook_variables(learner_fn)
    note = (
        "\n  "
        + ngettext(
            "Note: {function} reads the notebook's variable {names} instead of only its arguments; use the "
            "arguments.",
            "Note: {function} reads the notebook's variables {names} instead of only its arguments; use the "
            "arguments.",
            len(reads),
        ).format(function=fname, names=", ".join(reads))
        if reads
        else ""
    )

    def example(k, bare=False):
        g, msg = _problem(outs[k], wants[k], wheres[k], rtol, atol, bare=True) if bare else judged[k]
        if msg:
            return msg
        return _returned_expected(wheres[k], g, wants[k])

    simplest = min(failing, key=lambda k: (_size(cases[k]), k))
    # a notebook function it called returned None, and this case broke (an error, or None itself)
    helper = next(
        (
            outs[k].none_from
            for k in failing
            if outs[k].none_from and (outs[k].error is not None or (outs[k].ok and outs[k].value is None))
        ),
        None,
    )
    if helper:
        return _(
            "{helper} returned None: finish the exercise that writes {helper} first "
            "({function} calls it), then run this check again."
        ).format(helper=helper, function=fname)
    wrong = _earlier_function_wrong(learner_fn, earlier) if earlier else None
    if wrong:
        called, check = wrong
        return _(
            "{name} calls your {called}, which is not right yet. Run lu.checks.{check}({called}) to see "
            "what is wrong there, fix {called}, then run this check again."
        ).format(name=name, called=called, check=check)
    if len(outs) == len(cases):
        for mistake in mistakes:
            if mistake.fn is None:
                continue
            theirs = [_call(mistake.fn, args, learner=False) for args in cases]
            if all(_same_outcome(o, t, rtol, atol) for o, t in zip(outs, theirs, strict=True)):
                k = _telling_case(mistake, outs, judged, failing, cases)
                told = "" if any(name in mistake.says for name in reads) else note
                return (
                    f"{mistake.says}\n  "
                    + _("For example: {example}").format(example=example(k, bare=True))
                    + told
                )
    nones = [k for k in range(len(outs)) if outs[k].ok and outs[k].value is None]
    if nones and len(nones) == len(cases):
        return _(
            "{function} returned None, on every case: it does not return a result yet. "
            "Write its body and end it with `return` and the result."
        ).format(function=fname)
    if nones:
        return (
            _(
                "{where} returned None, though other cases returned a value: a path through "
                "the function reaches no `return`."
            ).format(where=wheres[nones[0]])
            + note
        )
    structural = [k for k in failing if judged[k][1]]
    if structural:
        k = min(structural, key=lambda k: (_size(cases[k]), k))
        return judged[k][1] + note
    near = _relative_difference([g for g, _msg in judged], wants)
    if near is not None and rtol < near <= 1e-2:
        return (
            _(
                "close to the expected value (relative difference {difference}) but not equal within "
                "{tolerance}: the formula must be exact, not approximated or rounded."
            ).format(difference=_sci(near), tolerance=_sci(rtol))
            + "\n  "
            + _("For example: {example}").format(example=example(simplest))
            + note
        )
    cause = _pattern([g for g, _msg in judged], wants, rtol, atol)
    if cause:
        return f"{cause}\n  " + _("For example: {example}").format(example=example(simplest)) + note
    return f"{example(simplest)}{note}"


def _outcome_kind(out: _Outcome, judged) -> str:
    """What a failing call did: 'error' (raised, warned, ran out of time), 'changed' (an input in
    place), 'form' (came back as the wrong kind of thing or shape) or 'value' (wrong numbers)."""
    if out.error is not None or out.timed_out:
        return "error"
    if out.changed:
        return "changed"
    return "form" if judged[1] else "value"


def _names_error(mistake, out: _Outcome) -> bool:
    """Does the mistake's message name the error this call ended in (its type, or a warning's first word:
    'overflow')?"""
    if out.error is None:
        return False
    words = [type(out.error).__name__] + (
        str(out.error).split()[:1] if isinstance(out.error, Warning) else []
    )
    return any(w in mistake.says for w in words)


def _telling_case(mistake, outs, judged, failing, cases) -> int:
    """The failing case to show under a catalogued mistake the learner made: the simplest one whose
    outcome is of the mistake's kind. That kind is an error where the message names the error the mistake
    ends in (`if scores >= threshold` raises ValueError on every case but a 1-element one), else the
    kind most of the failing cases share (ties: the smallest case's); the smallest case otherwise."""
    size = lambda k: (_size(cases[k]), k)  # noqa: E731
    named = [k for k in failing if _names_error(mistake, outs[k])]
    if named:
        return min(named, key=size)
    kinds = {k: _outcome_kind(outs[k], judged[k]) for k in failing}
    counts = collections.Counter(kinds.values())
    smallest = min(failing, key=size)
    kind = max(counts, key=lambda c: (counts[c], c == kinds[smallest]))
    return min((k for k in failing if kinds[k] == kind), key=size)


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
    arg_names=None,
    each=None,
    earlier=None,
) -> bool:
    """Compare ``learner_fn(*args)`` with ``reference_fn(*args)`` for each args tuple in ``cases``.

    ``mistakes``: the exercise's catalogue (a :class:`Mistake` matched on every case is named).
    ``extra(learner_fn)`` may return a message for a problem the comparison cannot see (run once
    every case passes). ``time_limit``: seconds per call (default :data:`TIME_LIMIT`).
    ``arg_names`` names the arguments in messages (default: the learner's parameter names).
    ``each`` says what the values of an array result are, e.g. ``each="one value per sample"``: a result
    of the wrong shape is then told "expected an array of shape (4,) (one value per sample)"; without it,
    the shape alone (dW has one value per feature, a null vector one per column: no general rule).
    ``earlier`` names the earlier exercises' functions the learner's may call,
    ``{"gradient_w": (ref_gradient_w, GRADIENT_W_CASES, "check_gradient_w")}``: when the check fails and
    one of them, called by the learner's function, is wrong on its own cases, the learner is sent to
    that exercise's check first ("gradient_step calls your gradient_w, which is not right yet. Run
    lu.checks.check_gradient_w(gradient_w) ..."). One that returns None is told as unfinished.
    Prints the feedback; returns True when all cases pass.
    """
    name = name or getattr(reference_fn, "__name__", "function")
    msg = _run_check(
        learner_fn,
        reference_fn,
        cases,
        name,
        mistakes,
        extra,
        rtol,
        atol,
        time_limit,
        arg_names,
        each,
        earlier,
    )
    if msg:
        print(f"{_(FAIL)} {msg}")
        return False
    print(f"{_(PASS)} " + _("{name} passed all {n} checks.").format(name=name, n=len(cases)))
    return True


def _same_answer(a, b) -> bool:
    if isinstance(a, str) and isinstance(b, str):
        return a.strip().lower() == b.strip().lower()
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(_same_answer(a[k], b[k]) for k in a)
    if isinstance(a, str | dict) or isinstance(b, str | dict):
        return False
    return _same_value(a, b)


def _match_answer(args, mistakes) -> Mistake | None:
    """The first catalogued mistake whose ``answer`` equals ``args`` (answer checks), or None."""
    for mistake in mistakes:
        if mistake.answer is not None and len(mistake.answer) == len(args):
            if all(_same_answer(a, b) for a, b in zip(args, mistake.answer, strict=True)):
                return mistake
    return None


#: what check_answers calls the answers it checks, unless told ("all 4 answers are right.")
_ANSWERS = N_("answers")


@_returns_feedback
def check_answers(answers: dict, expected: dict, *, name=_ANSWERS, explain=None, mistakes=()) -> bool:
    """Compare a dict of answers with the expected ones, key by key (for sorting exercises).

    ``explain`` maps a key to a sentence shown when that answer is wrong; ``mistakes`` are catalogued
    wrong dicts (``Mistake(says, answer=({...},))``), named when the answers are exactly one of them.
    """
    if not isinstance(answers, dict):
        print(
            f"{_(FAIL)} "
            + _("answers should be a dict like {{'example': 'label'}}; got {type}").format(
                type=type(answers).__name__
            )
        )
        return False
    missing = [k for k in expected if k not in answers]
    if missing:
        print(f"{_(FAIL)} " + _("no answer yet for: {keys}").format(keys=", ".join(map(str, missing))))
        return False
    norm = {k: str(a).strip().lower() for k, a in answers.items()}
    wrong = [k for k, want in expected.items() if norm[k] != str(want).strip().lower()]
    if wrong:
        known = _match_answer((answers,), mistakes)
        if known:
            print(f"{_(FAIL)} {known.says}")
            return False
        k = wrong[0]
        why = f" {_(explain[k])}" if explain and k in explain else ""
        said = _("{wrong} of {total} wrong. '{key}' is not '{answer}'.").format(
            wrong=len(wrong), total=len(expected), key=k, answer=answers[k]
        )
        print(f"{_(FAIL)} {said}{why}")
        return False
    print(f"{_(PASS)} " + _("all {n} {name} are right.").format(n=len(expected), name=_(name)))
    return True


# ---------------------------------------------------------------------------
# Small helpers the notebook modules share


_JUMPS = set(getattr(dis, "hasjump", None) or (dis.hasjrel + dis.hasjabs))  # hasjump: Python 3.13+


def _code_loops(code) -> bool:
    """True when the compiled code has a loop: a for, a while, a comprehension or a generator."""
    for ins in dis.get_instructions(code):
        if ins.opname == "FOR_ITER":
            return True
        if ins.opcode in _JUMPS and isinstance(ins.argval, int) and ins.argval <= ins.offset:
            return True  # a jump back: the end of a while loop
    return any(_code_loops(c) for c in code.co_consts if isinstance(c, types.CodeType))


def _uses_a_loop(fn, _seen=None) -> bool:
    """True when ``fn``, or a notebook function it calls, runs a Python loop (for, while, a comprehension)."""
    code = getattr(fn, "__code__", None)
    if code is None:
        return False
    seen = _seen if _seen is not None else set()
    seen.add(id(fn))
    if _code_loops(code):
        return True
    return any(_uses_a_loop(f, seen) for f in _notebook_functions(fn).values() if id(f) not in seen)


#: what a check that forbids loops says (a catalogued loop mistake says the same)
NO_LOOP_SAYS = N_(
    "the values are right, but the function uses a Python loop; write it with numpy operations only."
)


def _no_loop(fn) -> str | None:
    return _(NO_LOOP_SAYS) if _uses_a_loop(fn) else None


class InPlaceChangeError(ValueError):
    """What :func:`_peek` returns for a function that changed one of its input arrays."""


def _peek(fn, *args):
    """``fn(*args)`` called safely (copies, time limit, printing captured): its value, or the exception
    it raised (warnings count as errors; running out of time is a TimeoutError, changing an input
    array an InPlaceChangeError)."""
    if not callable(fn):
        return None
    with _session():
        out = _call(fn, args)
    if out.timed_out:
        return TimeoutError(
            ngettext(
                "it did not finish within {limit:g} second{line}",
                "it did not finish within {limit:g} seconds{line}",
                1 if out.limit == 1 else 2,
            ).format(limit=out.limit, line=out.line)
        )
    if out.error is not None:
        return out.error
    if out.changed:
        return InPlaceChangeError(
            _("it changed its input {names} in place; compute a new array instead").format(
                names=_and(out.changed, " and ")
            )
        )
    return out.value


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
    """:func:`check_function`, naming each argument (matrices by their shape)."""
    return check_function(fn, reference, cases, name=name, arg_names=arg_names)


# ---------------------------------------------------------------------------
# Sample arrays several notebooks' cases use

_rng = np.random.default_rng(7)
_X34 = np.array([[1.0, 2.0, 0.5], [0.0, -1.0, 2.0], [3.0, 1.0, 1.0], [-2.0, 0.5, 4.0]])
_x4, _y4 = np.array([1.0, 2.0, 3.0, 4.0]), np.array([1.0, 2.0, 3.0, 4.0])
_x5, _y5 = np.arange(5.0), np.arange(5.0)
_xr, _yr = _rng.uniform(-2, 3, 7), _rng.uniform(-1, 2, 7)


def _quiz_mistake(key, said, right: dict, mistakes, norm=lambda v: v) -> Mistake | None:
    """The catalogued mistake of a quiz (``answer=({...},)``, the right answers with one entry changed)
    whose changed entry is ``key`` and whose value there is ``said`` (compared after ``norm``)."""
    for mistake in mistakes:
        if not (mistake.answer and len(mistake.answer) == 1 and isinstance(mistake.answer[0], dict)):
            continue
        theirs = mistake.answer[0]
        changed = [k for k in right if norm(theirs.get(k)) != norm(right[k])]
        if changed == [key] and norm(theirs[key]) == norm(said):
            return mistake
    return None


# ---------------------------------------------------------------------------
# Predictions: the learner writes down what a slider will show, then drags it

#: prediction check name -> (the check, its catalogue of usual wrong predictions)
PREDICTIONS: dict[str, tuple[Callable, list[Mistake]]] = {}

_ASK_FIRST = N_("write your prediction into the variable first (replace None), then run this cell again.")


def _prediction_problem(answer, choices):
    """(the answer as a float or a lower-case choice, None) or (None, why it is not a usable prediction)."""
    if answer is None:
        return None, _(_ASK_FIRST)
    if choices is not None:
        names = ", ".join(repr(c) for c in choices)
        if not isinstance(answer, str):
            return None, _("answer with one of {choices} (as text, in quotes); got {got}.").format(
                choices=names, got=_fmt(answer)
            )
        said = answer.strip().lower()
        if said not in [c.lower() for c in choices]:
            return None, _("{answer} is not one of the choices: answer with one of {choices}.").format(
                answer=repr(answer), choices=names
            )
        return said, None
    if isinstance(answer, str):
        return None, _("write a number like 2.5, not the text {answer}: remove the quotes.").format(
            answer=repr(answer)
        )
    if isinstance(answer, bool | np.bool_) or not isinstance(answer, int | float | np.integer | np.floating):
        return None, _("write one number like 2.5; got {got}.").format(got=_fmt(answer))
    number = float(answer)
    if not np.isfinite(number):
        return None, _("your prediction is not a finite number; write the number you expect to see.")
    return number, None


def check_prediction(
    answer, *, right, why, choices=None, mistakes=(), rtol=0.02, atol=1e-9, then=None
) -> Feedback:
    """Tell the learner whether ``answer`` (a number, or one of ``choices``) predicts ``right``, and why.

    ``why`` is printed in both cases, so that the slider dragged next confirms it. ``mistakes`` are the
    usual wrong predictions, ``Mistake(says, answer=(value,))``: a prediction within ``rtol`` of one
    (or equal to it, for a choice) is told what it reveals. None is refused: the prediction comes first.
    ``then`` (marked ``N_``) says what to do next where that is not a slider (cells that compute it).
    """
    with _session(None, "check_prediction"):
        got, problem = _prediction_problem(answer, choices)
        if problem:
            print(f"{_(FAIL)} {problem}")
            return Feedback(False)
        if choices is None:
            close = lambda a, b: bool(np.isclose(a, float(b), rtol=rtol, atol=atol))  # noqa: E731
            shown = f"{got:g}"
            want = f"{float(right):g}"
        else:
            close = lambda a, b: a == str(b).strip().lower()  # noqa: E731
            shown, want = repr(answer.strip()), repr(right)
        why = _(why)  # a catalogue's N_("...") text
        if close(got, right):
            said = _("You predicted {shown}, and it is {right}. Why: {why}").format(
                shown=shown, right=want, why=why
            )
            print(f"{_(PASS)} {said}\n  " + (_(then) if then else _("Now drag the slider and watch it.")))
            return Feedback(True)
        known = next((m for m in mistakes if m.answer and close(got, m.answer[0])), None)
        says = f" {known.says}" if known else ""
        said = _("you predicted {shown}; it is {right}.").format(shown=shown, right=want)
        print(
            f"{_(FAIL)} {said}{says}\n  "
            + _("Why: {why}").format(why=why)
            + "\n  "
            + (_(then) if then else _("Now drag the slider to see it."))
        )
        return Feedback(False)


def prediction(*, why, mistakes=(), choices=None, rtol=0.02, then=None):
    """Register a prediction check in :data:`PREDICTIONS`, like :func:`exercise` for exercises.

    The decorated function takes no argument and returns the right answer (computed, not typed); the
    registered check takes the learner's prediction: ``check_prediction_xxx(answer)``. Its name starts
    with ``check_prediction_``, which is how the course's conventions find prediction cells. ``then``:
    what to do next when no slider follows (see :func:`check_prediction`)."""

    def register(right_answer):
        name = right_answer.__name__
        if not name.startswith("check_prediction_"):
            raise ValueError(f"a prediction check's name starts with check_prediction_, not {name}")
        known = PREDICTIONS.get(name)
        if known and known[0].__module__ != right_answer.__module__:
            raise ValueError(f"two prediction checks are named {name}")

        def check(answer):
            return check_prediction(
                answer,
                right=right_answer(),
                why=why,
                choices=choices,
                mistakes=mistakes,
                rtol=rtol,
                then=then,
            )

        check.__name__ = check.__qualname__ = name
        check.__module__, check.__doc__ = right_answer.__module__, right_answer.__doc__
        check.right = right_answer
        PREDICTIONS[name] = (check, list(mistakes))
        return check

    return register
