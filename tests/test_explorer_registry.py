"""Every slider figure of the course has value tests.

A builder (a public function of ``lecture_utils/explorers*.py`` that makes a ``SliderFigure``) needs
a test marked ``@covers("its_name")`` in a value test module (``tests/test_explorer_values*.py``);
every slider figure a notebook source builds (``lu.explorers.NAME(...)`` or ``SliderFigure(...)``)
needs its call, as written, in a value test module's ``NOTEBOOK_CALLS``, where that module's test of
NAME builds it from that very text. Add a figure, or change a notebook's call, and this fails until
the values it shows are tested.
"""

from __future__ import annotations

import importlib
import inspect

import _course as C
import _figure_values as FV

MODULES = sorted(p.stem for p in FV.ROOT.joinpath("tests").glob("test_explorer_values*.py"))


def value_tests():
    """{module: [test functions]} of the value test modules."""
    found = {}
    for name in MODULES:
        mod = importlib.import_module(name)
        found[mod] = [fn for n, fn in inspect.getmembers(mod, inspect.isfunction) if n.startswith("test_")]
    return found


def covered():
    return {name for tests in value_tests().values() for fn in tests for name in getattr(fn, "covers", ())}


def uncovered_builders():
    return sorted(set(FV.explorer_builders()) - covered())


def untested_notebook_figures():
    listed = {
        (nb, FV.normal(call)) for mod in value_tests() for nb, call in getattr(mod, "NOTEBOOK_CALLS", {})
    }
    return sorted({(nb, call) for nb, _, call in FV.notebook_calls()} - listed)


def test_every_explorer_has_value_tests():
    missing = uncovered_builders()
    assert not missing, (
        f"slider figure builder(s) without value tests: {missing}. Write a test in tests/test_explorer_values*.py "
        "that moves each control and compares what the artists show with plain numpy, marked @covers(name)."
    )
    stale = covered() - set(FV.explorer_builders())
    assert not stale, f"value tests cover builders that no longer exist: {sorted(stale)}"


def test_every_notebook_slider_figure_has_value_tests():
    missing = untested_notebook_figures()
    assert not missing, (
        "notebook slider figure(s) whose call no value test reproduces: "
        + "; ".join(f"notebook {nb}: {call}" for nb, call in missing)
        + ". Add the call, as written, to NOTEBOOK_CALLS in a tests/test_explorer_values*.py module."
    )
    built = {(nb, call) for nb, _, call in FV.notebook_calls()}
    for mod in value_tests():
        stale = {(nb, FV.normal(call)) for nb, call in getattr(mod, "NOTEBOOK_CALLS", {})} - built
        assert not stale, (
            f"{mod.__name__}.NOTEBOOK_CALLS lists calls no notebook makes any more: {sorted(stale)}"
        )


def test_each_listed_notebook_call_is_run_by_the_test_of_its_builder():
    for mod, tests in value_tests().items():
        names = {name for fn in tests for name in getattr(fn, "covers", ())}
        for nb, call in getattr(mod, "NOTEBOOK_CALLS", {}):
            builder = FV.normal(call).split("(")[0].rsplit(".", 1)[-1]
            assert builder in names, (
                f"{mod.__name__}: notebook {nb}'s {call} has no test of {builder} to run it"
            )
            assert FV.calls_of(mod.NOTEBOOK_CALLS, builder), call


def test_the_registry_sees_every_figure():
    """The lists above are complete: every notebook with a slider figure (by the sweep's own rule) has
    its calls found, every explorer module's builders are found, and nothing else is."""
    found = {nb for nb, _, _ in FV.notebook_calls()}
    assert found == {p.name[:2] for p in C.slider_notebooks()}
    builders = FV.explorer_builders()
    assert {"line_explorer", "minima_explorer", "network_fit_explorer", "logistic_training_explorer"} <= set(
        builders
    )
    assert "descend_many" not in builders  # a helper, not a figure
    for mod in FV.EXPLORER_MODULES[1:]:
        assert set(mod.__all__) <= set(builders) | {"descend_many"}


def new_explorer(x, y):
    """A figure a maintainer has just added."""
    from lecture_utils.sliders import Control, SliderFigure

    fig, ax = FV.lu.figure()
    return SliderFigure(fig, lambda w: None, [Control("w")])


def test_a_new_explorer_without_value_tests_is_reported(monkeypatch, tmp_path):
    from lecture_utils import explorers_networks

    new_explorer.__module__ = explorers_networks.__name__
    monkeypatch.setattr(explorers_networks, "new_explorer", new_explorer, raising=False)
    assert uncovered_builders() == ["new_explorer"]
    src = tmp_path / "11_new.py"
    src.write_text(
        "# %%\nimport lecture_utils as lu\nlu.explorers.fit_explorer(x, y, w=2.0)\n", encoding="utf-8"
    )
    monkeypatch.setattr(FV, "SOURCES", [*FV.SOURCES, src])
    assert untested_notebook_figures() == [("11", "lu.explorers.fit_explorer(x, y, w=2.0)")]


def test_each_notebook_figure_draws_the_data_it_is_given():
    """The value tests read a figure's samples back from its "data" scatter; here that scatter is held to
    the notebook's own arrays: every listed call whose first two arguments are samples (x, y)."""
    import ast

    import numpy as np

    checked = 0
    for mod in value_tests():
        for (nb, call), names in getattr(mod, "NOTEBOOK_CALLS", {}).items():
            ns = names()
            args = ast.parse(FV.normal(call), mode="eval").body.args[:2]
            if len(args) < 2 or not all(isinstance(a, ast.Name) for a in args):
                continue
            x, y = (np.asarray(ns[a.id]) for a in args)
            if x.ndim != 1 or y.shape != x.shape:
                continue
            sf = FV.build(call, **ns)
            drawn = [FV.offsets(c) for ax in sf.fig.axes for c in ax.collections if c.get_label() == "data"]
            if not drawn:  # a cost-only figure (its test uses the notebook's arrays directly)
                continue
            for xy in drawn:
                FV.close(xy, np.column_stack([x, y]), err_msg=f"notebook {nb}: {call}")
            checked += 1
    assert checked >= 8
