"""Bad input, one row per (function, bad input): every public helper refuses it and names the argument.

A learner calls ``lu.*`` from their own cells with whatever they have at hand. Each row is a call
with one bad argument. For every row the test asserts

* the exception type (``ValueError`` or ``TypeError``, as the row says),
* that the message names the argument as a word (``\\bname\\b``: "m" must not match "must"),
* that the error is raised by lecture_utils itself: the last frame of its traceback is in the
  package, so the learner never reads a numpy, matplotlib or Python internal message,
* that a None is named as None, with the hint that a function may have forgotten its ``return``.

The rows come from two tables. ``ROWS`` is written by hand: the cases of issue 13 and at least one
per public function. ``VALID`` holds one good call per function; from it every parameter whose
default is not None (and not a True/False flag) gets a row with that argument replaced by None.
``test_every_public_function_has_rows`` fails when a function reachable as ``lu.*``,
``lu.explorers.*``, ``lu.plotting.*``, ... is missing from either table, so a new function gets
a failing test until its rows are written.
"""

from __future__ import annotations

import inspect
import re
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pytest

import lecture_utils as lu
from lecture_utils import activations, data, environment, explorers, losses, plotting, sliders, training
from lecture_utils.sliders import Control

#: the modules whose public functions a learner can reach (lu.checks is a package of its own)
MODULES = [lu, activations, data, environment, explorers, losses, plotting, sliders, training]
PACKAGE = Path(lu.__file__).resolve().parent

#: public callables that take arguments but that no learner calls, and why
NOT_CALLED_BY_LEARNERS = {
    "lecture_utils.training.History": "built by the trainers from their results; a learner reads it",
}


def public_functions() -> dict[str, object]:
    """Every public callable defined in lecture_utils and reachable from MODULES, by full name."""
    found = {}
    for mod in MODULES:
        names = getattr(mod, "__all__", None) or [n for n in dir(mod) if not n.startswith("_")]
        for name in names:
            obj = getattr(mod, name)
            if inspect.ismodule(obj) or not callable(obj):
                continue
            if not getattr(obj, "__module__", "").startswith("lecture_utils"):
                continue  # numpy, dataclasses, ... imported into a module
            if isinstance(obj, type) and issubclass(obj, BaseException):
                continue  # an exception class is raised, not called
            found[f"{obj.__module__}.{obj.__qualname__}"] = obj
    return found


def takes_arguments(fn) -> bool:
    return bool(inspect.signature(fn).parameters)


# ---- what the rows call with ---------------------------------------------------


class Fresh:
    """An argument made anew for each call (an Axes, a figure): rows must not share them."""

    def __init__(self, make, label):
        self.make, self.label = make, label

    def __repr__(self):
        return self.label


AX = Fresh(lambda: lu.figure()[1], "AX")
AX3D = Fresh(lambda: lu.figure(three_d=(0,))[1], "AX3D")
FIG = Fresh(lambda: lu.figure()[0], "FIG")


def _resolve(value):
    return value.make() if isinstance(value, Fresh) else value


x, y = lu.load_regression_samples()  # 4 samples, y = x
xb, yb = lu.load_binary()  # 10 points, labels 0 and 1
X2, y2 = lu.make_two_class(m=20, seed=0)  # 2-D points, labels 0 and 1
Xm, ym = lu.load_multivariable()  # (5, 5)
xc, yc = lu.make_curve(m=20, seed=0)
score = 40.0 + 10.0 * x
ws, bs = np.linspace(-1.0, 3.0, 5), np.linspace(-1.0, 1.0, 3)
C = lu.cost_grid(x, y, ws, bs)
HIST = lu.train_linear(x, y, 0.05, 5)
BATCH = lu.train_linear(x, y, [0.01, 0.05], 5)  # a batch of two runs: hist.w[-1] holds two numbers
MLP = training.init_mlp(4, seed=0)


def parabola(w):
    return (w * w - 1.0) ** 2


def d_parabola(w):
    return 4.0 * w * (w * w - 1.0)


def no_update(**values):
    return None


# ---- one good call per public function ------------------------------------------

VALID = {
    # losses
    **{fn: ((x, y), {}) for fn in (losses.mse, losses.mse_grad, losses.mae, losses.mae_grad)},
    **{fn: ((np.full(10, 0.5), yb), {}) for fn in (losses.bce, losses.bce_grad)},
    **{fn: ((xb, yb), {}) for fn in (losses.bce_with_logits, losses.bce_with_logits_grad)},
    # activations
    **{fn: ((x,), {}) for name in activations.ACTIVATIONS for fn in activations.ACTIVATIONS[name]},
    activations.get_activation: (("leaky_relu",), {"slope": 0.2}),
    # the language of messages (lecture_utils.i18n)
    lu.set_language: (("en",), {}),
    # data
    data.make_linear: ((), {"m": 10}),
    data.make_two_class: ((), {"m": 10}),
    data.make_curve: ((), {"m": 10}),
    # plotting
    plotting.figure: ((2,), {}),
    plotting.render_png: ((FIG,), {}),
    plotting.show: ((FIG,), {}),
    plotting.cost_grid: ((x, y, ws, bs), {}),
    plotting.draw_fit: ((AX, x, y, 1.0, 0.5), {}),
    plotting.draw_cost_curve: ((AX, ws, ws**2, 1.0), {}),
    plotting.draw_cost_contour: ((AX, ws, bs, C), {}),
    plotting.draw_cost_surface: ((AX3D, ws, bs, C), {}),
    plotting.draw_activation: ((AX, AX, "elu"), {"alpha": 0.5}),
    plotting.draw_decision_boundary: ((AX, X2, y2, [1.0, 1.0], 0.0), {}),
    plotting.plot_fit: ((x, y, 1.0, 0.5), {}),
    plotting.plot_cost_curve: ((x, y), {"mark": 1.0}),
    plotting.plot_cost_surface: ((x, y, ws, bs), {"path": HIST}),
    plotting.plot_activation: (("relu",), {}),
    plotting.plot_decision_boundary: ((X2, y2, [1.0, 1.0]), {}),
    plotting.plot_cost_history: ((BATCH,), {"labels": ["slow", "fast"]}),
    plotting.plot_arrays: (([("X", Xm), ("w", np.ones(5))],), {"columns": ("w",)}),
    # sliders
    sliders.Control: (("w", -1.0, 1.0, 0.1, 0.5), {}),
    sliders.SliderFigure: ((FIG, no_update, [Control("w")]), {}),
    # explorers
    explorers.line_explorer: ((), {}),
    explorers.pass_mark_explorer: ((x, score, 10.0, 40.0), {}),
    explorers.projection_explorer: ((X2,), {}),
    explorers.fit_explorer: ((x, y), {"predict_at": 5.0}),
    explorers.squares_explorer: ((x, y), {}),
    explorers.cost_curve_explorer: ((x, y), {}),
    explorers.cost_surface_explorer: ((x, y), {"show_fit": False}),
    explorers.descent_explorer: ((x, y), {"steps": 5}),
    explorers.descent_path_explorer: ((x, y), {"steps": 5}),
    explorers.sigmoid_cost_explorer: ((xb, yb), {}),
    explorers.logistic_training_explorer: ((X2, y2), {"steps": 5}),
    explorers.activation_explorer: (("elu",), {"alpha": 0.5}),
    explorers.network_fit_explorer: (
        (xc, yc),
        {"steps": 10, "every": 5, "hidden": 2, "hidden_options": (2,), "activations": ("relu",)},
    ),
    explorers.network_shapes_explorer: ((Xm,), {}),
    explorers.learning_rate_explorer: ((x, y), {"steps": 5}),
    explorers.matrix_explorer: ((Xm[:3, :2], ym[:3]), {}),
    explorers.minima_explorer: ((parabola, d_parabola), {"steps": 5}),
    explorers.null_space_explorer: ((Xm[:3], ym[:3]), {}),
    # training: argument checks of the trainers that work today (the rest is issue 14's)
    training.train_linear: ((x, y, 0.05, 5), {}),
    training.train_logistic: ((xb, yb, 0.5, 5), {}),
    training.train_mlp: ((xc, yc, 0.05, 5), {"hidden": 3}),
    training.init_mlp: ((3,), {}),
    training.mlp_forward: ((xc, MLP), {}),
    training.predict_linear: ((Xm, np.ones(5), 0.5), {}),
    training.predict_logistic: ((Xm, np.ones(5), 0.5), {}),
}

#: parameters whose default is not None but for which None is a valid value, and why
NONE_ACCEPTED = {
    (data.make_linear, "seed"): "numpy's meaning: fresh random numbers",
    (data.make_two_class, "seed"): "numpy's meaning: fresh random numbers",
    (data.make_curve, "seed"): "numpy's meaning: fresh random numbers",
    (explorers.network_fit_explorer, "seed"): "numpy's meaning: fresh random numbers",
    (training.init_mlp, "seed"): "numpy's meaning: fresh random numbers",
    (training.train_mlp, "seed"): "numpy's meaning: fresh random numbers",
    (plotting.plot_cost_history, "title"): "no title",
    (sliders.Control, "options"): "only a 'choice' control reads its options",
}

# ---- the hand-written rows -------------------------------------------------------


@dataclass
class Row:
    fn: object
    args: tuple
    kwargs: dict
    raises: type | tuple
    names: str
    contains: tuple = ()  # more words the message must hold
    unwanted: tuple = ()  # text the message must not hold

    def call(self):
        args = [_resolve(a) for a in self.args]
        kwargs = {k: _resolve(a) for k, a in self.kwargs.items()}
        return self.fn(*args, **kwargs)

    def id(self):
        shown = ", ".join(
            [_short(a) for a in self.args] + [f"{k}={_short(a)}" for k, a in self.kwargs.items()]
        )
        return f"{self.fn.__name__}({shown})->{self.names}"


def _short(value):
    if isinstance(value, np.ndarray):
        return f"array{value.shape}"
    text = repr(value)
    return text if len(text) <= 20 else text[:17] + "..."


def bad(fn, *args, names, raises=ValueError, contains=(), unwanted=(), **kwargs):
    return Row(fn, args, kwargs, raises, names, tuple(contains), tuple(unwanted))


NAN, INF = np.nan, np.inf
LOSS_PAIRS = [
    (losses.mse, "h"),
    (losses.mse_grad, "h"),
    (losses.mae, "h"),
    (losses.mae_grad, "h"),
    (losses.bce, "p"),
    (losses.bce_grad, "p"),
    (losses.bce_with_logits, "z"),
    (losses.bce_with_logits_grad, "z"),
]
ELEMENTWISE = [fn for name in activations.ACTIVATIONS for fn in activations.ACTIVATIONS[name]]

ROWS = [
    # ---- losses: empty input (was nan with a RuntimeWarning, gradients []), text, labels
    *[bad(fn, [], [], names=pred, contains=("at least one sample",)) for fn, pred in LOSS_PAIRS],
    *[bad(fn, "2", [1.0], names=pred) for fn, pred in LOSS_PAIRS],
    bad(losses.mse, x, "abc", names="y"),
    bad(losses.bce, np.full(4, 0.5), [0.0, 1.0, 2.0, 4.0], names="y"),
    bad(losses.bce_with_logits, x, -yb[:4], names="y"),
    # ---- activations
    *[bad(fn, "abc", names="x") for fn in ELEMENTWISE],
    *[bad(fn, [NAN], names="x") for fn in ELEMENTWISE],
    bad(activations.leaky_relu, 1.0, slope=2.0, names="slope"),
    bad(activations.d_elu, 1.0, alpha=-1.0, names="alpha"),
    bad(activations.maxout, 1.0, w=[1.0], names="w"),
    bad(activations.get_activation, "swish", names="name"),
    bad(activations.get_activation, "relu", slope=0.2, names="slope"),
    # ---- data
    bad(data.make_linear, 10**10, names="m", contains=("GiB", "memory")),
    bad(data.make_linear, seed="a", names="seed"),
    bad(data.make_linear, m=2.5, names="m"),
    bad(data.make_linear, w="2", names="w"),
    bad(data.make_two_class, 10**10, names="m", contains=("GiB",)),
    bad(data.make_two_class, seed=-1, names="seed"),
    bad(data.make_curve, 10**10, names="m", contains=("GiB",)),
    bad(data.make_curve, seed=1.5, names="seed"),
    # ---- plotting: figures
    bad(plotting.figure, 2.5, names="ncols"),
    bad(plotting.figure, -1, names="ncols"),
    bad(plotting.figure, 1, 0, names="nrows"),
    bad(plotting.figure, size=(4.0,), names="size"),
    bad(plotting.figure, size=(-1.0, 3.0), names="size"),
    bad(plotting.figure, 2, three_d=(5,), names="three_d"),
    bad(plotting.show, AX, names="fig", raises=TypeError, contains=("Axes",)),
    bad(plotting.show, HIST, names="fig", raises=TypeError),
    bad(plotting.render_png, AX, names="fig", raises=TypeError),
    # ---- plotting: cost grid and drawers
    bad(plotting.cost_grid, xb, np.arange(10) % 5, ws, loss="bce", model="logistic", names="y"),
    bad(plotting.cost_grid, [], [], ws, names="x"),
    bad(plotting.cost_grid, x, y, [], names="w_values"),
    bad(plotting.cost_grid, x, y, ws, loss=["mse"], names="loss"),
    bad(
        plotting.cost_grid,
        np.ones(1000),
        np.ones(1000),
        np.ones(1000),
        np.ones(1000),
        names="w_values",
        contains=("GiB",),
    ),
    bad(plotting.draw_fit, AX, x, y, NAN, names="w"),
    bad(plotting.draw_fit, AX, x, y, 1.0, "2", names="b"),
    bad(plotting.draw_fit, AX, x, y, [1.0, 2.0], names="w", contains=("batch",)),
    bad(plotting.draw_fit, FIG, x, y, 1.0, names="ax", raises=TypeError),
    bad(plotting.draw_fit, AX, x, y, 1.0, xlim=(5.0, 1.0), names="xlim"),
    bad(plotting.draw_cost_curve, AX, ws, ws[:-1], names="costs"),
    bad(plotting.draw_cost_curve, AX, [], [], names="w_values"),
    bad(plotting.draw_cost_curve, AX, ws, ws, w="1", names="w"),
    bad(plotting.draw_cost_contour, AX, ws, bs, C.T, names="C"),
    bad(plotting.draw_cost_surface, AX, ws, bs, C, names="ax3d", raises=TypeError),
    bad(plotting.draw_cost_surface, AX3D, ws, bs, C[:1], names="C"),
    bad(plotting.draw_activation, AX, AX, "swish", names="name"),
    bad(plotting.draw_activation, AX, "ax", "relu", names="ax_df", raises=TypeError),
    bad(plotting.draw_activation, AX, AX, "relu", x=[NAN], names="x"),
    bad(plotting.draw_decision_boundary, AX, X2, 2 * y2 - 1, [1.0, 1.0], names="y", contains=("0 and 1",)),
    bad(plotting.draw_decision_boundary, AX, X2, y2 + 1, [1.0, 1.0], names="y"),
    bad(plotting.draw_decision_boundary, AX, X2, y2, np.ones((3, 2)), names="w", contains=("batch",)),
    bad(plotting.draw_decision_boundary, AX, X2, y2, [1.0, 1.0], b=INF, names="b"),
    # ---- plotting: one-call figures
    bad(plotting.plot_fit, x, y, NAN, names="w"),
    bad(plotting.plot_fit, x, y, "2", names="w"),
    bad(plotting.plot_fit, x, y, BATCH.w[-1], names="w", contains=("batch",)),
    bad(plotting.plot_fit, x, y, 1.0, INF, names="b"),
    bad(plotting.plot_fit, x, y, 1.0, title=3, names="title", raises=TypeError),
    bad(plotting.plot_fit, x, y[:3], 1.0, names="y"),
    bad(plotting.plot_cost_curve, x, y, loss="bce", names="loss", unwanted=("model=",)),
    bad(plotting.plot_cost_curve, x, y, mark="a", names="mark"),
    bad(plotting.plot_cost_curve, x, y, w_values=[[1.0]], names="w_values"),
    bad(plotting.plot_cost_surface, x, y, path=BATCH, names="path"),
    bad(plotting.plot_cost_surface, x, y, path=(ws, bs), names="path"),
    bad(plotting.plot_cost_surface, x, y, mark=(1.0,), names="mark"),
    bad(plotting.plot_cost_surface, x, y, loss="bce", names="loss", unwanted=("model=",)),
    bad(plotting.plot_activation, "swish", names="name"),
    bad(plotting.plot_activation, "leaky_relu", slope=5.0, names="slope"),
    bad(plotting.plot_decision_boundary, X2, 2 * y2 - 1, [1.0, 1.0], names="y"),
    bad(plotting.plot_decision_boundary, X2, y2 + 1, [1.0, 1.0], names="y"),
    bad(plotting.plot_decision_boundary, X2, y2, 1.0, names="w"),
    bad(plotting.plot_decision_boundary, X2[:, :1], y2, [1.0, 1.0], names="X"),
    bad(plotting.plot_cost_history, HIST.cost, names="history", raises=TypeError, contains=("hist.cost",)),
    bad(plotting.plot_cost_history, BATCH, labels=["one"], names="labels"),
    bad(plotting.plot_arrays, [], names="items"),
    bad(plotting.plot_arrays, np.ones(3), names="items"),
    bad(plotting.plot_arrays, [np.ones(3)], names="items", contains=("(name, array)",)),
    bad(plotting.plot_arrays, [(3, np.ones(2))], names="items", raises=TypeError),
    bad(plotting.plot_arrays, [("a", np.ones((2, 2, 2)))], names="items", contains=("2-D",)),
    bad(plotting.plot_arrays, [("a", [1.0, NAN])], names="items"),
    bad(plotting.plot_arrays, [("a", [])], names="items"),
    bad(plotting.plot_arrays, [("a", "12")], names="items"),
    bad(plotting.plot_arrays, [("a", np.ones((30, 30)))], names="items", contains=("at most",)),
    bad(plotting.plot_arrays, [("w", np.ones(2))], columns="w", names="columns", raises=TypeError),
    bad(plotting.plot_arrays, [("w", np.ones(2))], columns=[1], names="columns", raises=TypeError),
    bad(plotting.plot_arrays, [("w", np.ones(2))], size=(1.0,), names="size"),
    # ---- sliders
    bad(sliders.Control, "w", "0", "1", names="min"),
    bad(sliders.Control, "", names="name"),
    bad(sliders.Control, 3, names="name", raises=TypeError),
    bad(sliders.Control, "w", 0.0, 1.0, 0.1, NAN, names="value"),
    bad(sliders.Control, "w", 0.0, 1.0, "0.1", names="step"),
    bad(sliders.Control, "w", kind="choice", options=(), names="options"),
    bad(sliders.Control, "w", description=3, names="description", raises=TypeError),
    bad(sliders.Control, "w", kind="int", min=0, max=5, value=0, play="yes", names="play", raises=TypeError),
    bad(sliders.SliderFigure, FIG, None, [Control("w")], names="update", raises=TypeError),
    bad(sliders.SliderFigure, FIG, "update", [Control("w")], names="update", raises=TypeError),
    bad(sliders.SliderFigure, AX, no_update, [Control("w")], names="fig", raises=TypeError),
    bad(sliders.SliderFigure, FIG, no_update, Control("w"), names="controls", raises=TypeError),
    bad(sliders.SliderFigure, FIG, no_update, ["w"], names="controls", raises=TypeError),
    bad(sliders.SliderFigure, FIG, no_update, [Control("w"), Control("w")], names="controls"),
    # ---- explorers
    bad(explorers.line_explorer, w="a", names="w"),
    bad(explorers.line_explorer, w_range=(3.0, -3.0), names="w_range"),
    bad(explorers.line_explorer, w=5.0, names="w"),
    bad(explorers.pass_mark_explorer, x, score, NAN, 40.0, names="w"),
    bad(explorers.pass_mark_explorer, x, score, 10.0, 40.0, mark="60", names="mark"),
    bad(explorers.pass_mark_explorer, x, score[:2], 10.0, 40.0, names="score"),
    bad(explorers.projection_explorer, X2[:1], names="X"),
    bad(explorers.projection_explorer, X2, angle="a", names="angle"),
    bad(explorers.fit_explorer, x, y, w=NAN, names="w"),
    bad(explorers.fit_explorer, x, y, predict_at="5", names="predict_at"),
    bad(explorers.fit_explorer, [], [], names="x"),
    bad(explorers.squares_explorer, x, y, b=[0.0, 1.0], names="b", contains=("batch",)),
    bad(explorers.cost_curve_explorer, x, y, loss="bce", names="loss"),
    bad(explorers.cost_curve_explorer, x, y, w="a", names="w"),
    bad(explorers.cost_surface_explorer, x, y, b_range=(1.0, 1.0), names="b_range"),
    bad(explorers.cost_surface_explorer, x, y, w=[1.0, 2.0], names="w"),
    bad(explorers.descent_explorer, x, y, lr=[0.1, 0.2], names="lr"),
    bad(explorers.descent_explorer, x, y, step=2.5, names="step"),
    bad(explorers.descent_explorer, x, y, zoom=-1.0, names="zoom"),
    bad(explorers.descent_explorer, x, y, w0_range=(2.0, 0.0), names="w0_range"),
    bad(explorers.descent_explorer, x, y, w0=5.0, names="w0"),  # outside the start slider's range
    bad(explorers.descent_path_explorer, x, y, w0="0", names="w0"),
    bad(explorers.descent_path_explorer, x, y, lr=0.0, names="lr"),
    bad(explorers.sigmoid_cost_explorer, xb, 2 * yb - 1, names="y"),
    bad(explorers.sigmoid_cost_explorer, xb, yb, w=NAN, names="w"),
    bad(explorers.sigmoid_cost_explorer, xb, yb, loss="ce", names="loss"),
    bad(explorers.logistic_training_explorer, X2, y2 + 1, names="y"),
    bad(explorers.logistic_training_explorer, X2, y2, w0=(1.0, 2.0, 3.0), names="w0"),
    bad(explorers.logistic_training_explorer, X2, y2, lr=-1.0, names="lr"),
    bad(explorers.activation_explorer, "relu", names="name"),
    bad(explorers.activation_explorer, "elu", alpha="a", names="alpha"),
    bad(explorers.activation_explorer, "leaky_relu", beta=1.0, names="beta"),
    bad(explorers.network_fit_explorer, xc, yc, hidden=3, names="hidden"),
    bad(explorers.network_fit_explorer, xc, yc, seed="a", names="seed"),
    bad(explorers.network_fit_explorer, xc, yc, hidden_options=5, names="hidden_options"),
    bad(explorers.network_fit_explorer, xc, yc, steps=150, every=100, names="steps"),
    bad(explorers.network_fit_explorer, xc, yc, history=HIST.cost, names="history"),
    bad(explorers.network_shapes_explorer, Xm, hidden=0, names="hidden"),
    bad(explorers.network_shapes_explorer, Xm, hidden_range=5, names="hidden_range"),
    bad(explorers.learning_rate_explorer, x, y, lr=1.0, names="lr"),
    bad(explorers.learning_rate_explorer, x, y, lr=[0.1, 0.2], names="lr"),
    bad(explorers.matrix_explorer, np.ones((9, 2)), np.ones(9), names="X"),
    bad(explorers.matrix_explorer, Xm[:3, :2], ym[:3], w=[1.0], names="w"),
    bad(explorers.matrix_explorer, Xm[:3, :2], ym[:3], b=5.0, names="b"),
    bad(explorers.minima_explorer, parabola, 3.0, names="df", raises=TypeError),
    bad(explorers.minima_explorer, parabola, d_parabola, w0=9.0, names="w0"),
    bad(explorers.null_space_explorer, Xm[:3], ym[:3], t=99.0, names="t"),
    bad(explorers.null_space_explorer, np.zeros((0, 5)), np.zeros(0), names="X"),
    bad(explorers.null_space_explorer, Xm, ym, x_new=np.ones(4), names="x_new"),
    bad(explorers.null_space_explorer, Xm, ym, x_new=np.ones((5, 1)), names="x_new"),
    bad(explorers.null_space_explorer, Xm, ym, x_new=[1.0, NAN, 1.0, 1.0, 1.0], names="x_new"),
    # ---- training: the argument checks that work today (divergence, memory and bias=False: issue 14)
    bad(lu.set_language, "fr", names="lang", contains=("'en', 'ko'",)),
    bad(lu.set_language, 1, names="lang"),
    bad(training.train_linear, x, y, -0.1, 5, names="lr"),
    bad(training.train_linear, x, y, 0.1, 2.5, names="steps"),
    bad(training.train_linear, x, y, 0.1, 5, loss="bce", names="loss"),
    bad(training.train_linear, x, y[:3], 0.1, 5, names="y"),
    bad(training.train_linear, [], [], 0.1, 5, names="X"),
    bad(training.train_logistic, xb, 4 * yb, 0.1, 5, names="y"),
    bad(training.train_logistic, xb, yb, 0.1, 5, loss="mae", names="loss"),
    bad(training.train_mlp, xc, yc, 0.1, "a", names="steps"),
    bad(training.train_mlp, xc, yc, 0.1, 5, params0={"W1": MLP["W1"]}, names="params0"),
    bad(training.init_mlp, 0, names="hidden"),
    bad(training.mlp_forward, xc, MLP, activation="swish", names="activation"),
    bad(training.predict_linear, Xm, [1.0, 2.0], names="w"),
    bad(training.predict_linear, Xm, np.ones(5), NAN, names="b"),
    bad(training.predict_logistic, Xm, "a", names="w"),
    bad(training.predict_logistic, Xm, np.ones(5), NAN, names="b"),
    # issue 13's examples in training.py, which issue 14 is rewriting: they fail today
    bad(training.predict_linear, x, 2.0, NAN, names="b"),
    bad(training.predict_logistic, x, 2.0, NAN, names="b"),
    bad(training.mlp_forward, xc, None, names="params"),
]


def none_rows():
    """For every parameter with a default other than None (and not a flag): the valid call, with None."""
    for fn, (args, kwargs) in VALID.items():
        sig = inspect.signature(fn)
        given = sig.bind(*args, **kwargs).arguments
        for p in sig.parameters.values():
            if (
                p.kind in (p.VAR_POSITIONAL, p.VAR_KEYWORD)
                or p.default is None
                or isinstance(p.default, bool)
            ):
                continue
            if (fn, p.name) in NONE_ACCEPTED:
                continue
            yield Row(fn, (), {**given, p.name: None}, (ValueError, TypeError), p.name)


ALL_ROWS = ROWS + list(none_rows())


@pytest.mark.parametrize("row", [pytest.param(r, id=r.id()) for r in ALL_ROWS])
def test_bad_input_is_refused_naming_the_argument(row):
    with pytest.raises(row.raises) as err:
        row.call()
    msg = str(err.value)
    assert re.search(rf"\b{re.escape(row.names)}\b", msg), f"the message does not name {row.names!r}: {msg}"
    where = Path(str(err.traceback[-1].path)).resolve()
    assert where.is_relative_to(PACKAGE), f"raised in {where}, not by lecture_utils: {msg}"
    if any(v is None for v in list(row.args) + list(row.kwargs.values())):
        assert "None" in msg and "return" in msg, f"None is not named with the return hint: {msg}"
    for word in row.contains:
        assert word in msg, f"the message lacks {word!r}: {msg}"
    for text in row.unwanted:
        assert text not in msg, f"the message holds {text!r}: {msg}"


@pytest.mark.parametrize("fn", list(VALID), ids=lambda fn: fn.__name__)
def test_the_valid_call_behind_the_none_rows_works(fn):
    args, kwargs = VALID[fn]
    fn(*[_resolve(a) for a in args], **{k: _resolve(a) for k, a in kwargs.items()})


def test_every_public_function_has_rows():
    public = public_functions()
    assert set(NOT_CALLED_BY_LEARNERS) <= set(public), "an exemption names a function that is gone"
    hand = {row.fn for row in ROWS}
    missing = {
        name: [
            what
            for what, table in (("a row in ROWS", hand), ("a good call in VALID", VALID))
            if fn not in table
        ]
        for name, fn in public.items()
        if takes_arguments(fn) and name not in NOT_CALLED_BY_LEARNERS
    }
    missing = {name: what for name, what in missing.items() if what}
    assert not missing, f"public functions without bad-input rows: {missing}"
    # and the enumeration sees what a learner sees (it must not come back empty or miss a module)
    assert {
        "lecture_utils.losses.mse",
        "lecture_utils.sliders.Control",
        "lecture_utils.plotting.draw_fit",
    } <= set(public)
    assert any(name.startswith("lecture_utils.explorers_networks.") for name in public)
