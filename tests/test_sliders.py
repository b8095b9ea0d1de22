"""lecture_utils.sliders: Control validation and widgets, SliderFigure updates and images,
static mode, the live widget on the installed ipywidgets, and the notebook display."""

from __future__ import annotations

import sys

import ipywidgets
import numpy as np
import pytest

import lecture_utils as lu
from lecture_utils import plotting, sliders
from lecture_utils.sliders import Control, SliderFigure


def fit_figure(**extra_controls):
    """A small slider figure: the lecture's samples and a line with sliders for W and b."""
    x, y = lu.load_regression_samples()
    fig, ax = lu.figure()
    draw = plotting.draw_fit(ax, x, y, 1.0, 0.0, predict_at=5, ylim=(-3, 10))
    calls = []

    def update(w, b, **rest):
        calls.append(dict(w=w, b=b, **rest))
        draw(w, b)
        ax.set_title(f"W = {w:.2f}, b = {b:.2f}")

    controls = [Control("w", -1.0, 3.0, 0.1, 0.5), Control("b", -2.0, 2.0, 0.1, 0.0, description="bias")]
    controls += list(extra_controls.values())
    return SliderFigure(fig, update, controls, title="fit"), calls


# ---------------------------------------------------------------------------
# Control


@pytest.mark.parametrize(
    ("kwargs", "match"),
    [
        ({"kind": "slider"}, "kind"),
        ({"min": 1.0, "max": 1.0, "value": 1.0}, "min"),
        ({"min": 2.0, "max": 1.0, "value": 1.5}, "min"),
        ({"value": 1.5}, "value"),
        ({"value": -0.1}, "value"),
        ({"kind": "log", "min": 0.0, "max": 1.0, "value": 0.5}, "min"),
        ({"kind": "choice", "options": ("a", "b"), "value": "c"}, "value"),
        ({"step": 0.0}, "step"),
        ({"step": -0.1}, "step"),
        ({"play": True}, "play"),
    ],
)
def test_control_rejects_bad_specs(kwargs, match):
    with pytest.raises(ValueError, match=rf"\b{match}\b"):
        Control("c", **kwargs)


def test_control_sweep_values():
    assert Control("c", 0.0, 4.0, 0.1, 1.0).sweep_values() == [0.0, 2.0, 4.0]
    assert Control("c", 0, 6, 1, 0, kind="int").sweep_values() == [0, 3, 6]
    assert Control("c", 0, 6, 2, 0, kind="int", play=True).sweep_values() == [0, 2, 4, 6]
    lo, mid, hi = Control("c", 0.001, 10.0, 0.1, 0.1, kind="log").sweep_values()
    assert (lo, hi) == (0.001, 10.0) and mid == pytest.approx(0.1)
    assert Control("c", kind="choice", options=("relu", "tanh"), value="tanh").sweep_values() == [
        "relu",
        "tanh",
    ]


def test_int_control_moves_in_whole_steps():
    c = Control("n", 0, 10, value=3, kind="int")  # the default step 0.1 would give an immovable slider
    assert c.step == 1 and c.widget(ipywidgets).step == 1
    play = Control("t", 0, 4, value=0, kind="int", play=True)
    assert play.sweep_values() == [0, 1, 2, 3, 4]


def test_control_widgets_on_the_installed_ipywidgets():
    w = Control("w", -1.0, 3.0, 0.25, 0.5, description="weight").widget(ipywidgets)
    assert isinstance(w, ipywidgets.FloatSlider)
    assert (w.min, w.max, w.step, w.value, w.description) == (-1.0, 3.0, 0.25, 0.5, "weight")
    n = Control("n", 1, 9, 2, 3, kind="int").widget(ipywidgets)
    assert isinstance(n, ipywidgets.IntSlider) and (n.min, n.max, n.step, n.value) == (1, 9, 2, 3)
    lr = Control("lr", 0.001, 1.0, 0.1, 0.01, kind="log").widget(ipywidgets)
    assert isinstance(lr, ipywidgets.FloatLogSlider)
    assert lr.min == pytest.approx(-3) and lr.max == pytest.approx(0) and lr.value == pytest.approx(0.01)
    d = Control("act", kind="choice", options=("relu", "tanh"), value="tanh").widget(ipywidgets)
    assert isinstance(d, ipywidgets.Dropdown) and d.value == "tanh" and list(d.options) == ["relu", "tanh"]
    assert Control("w", 0, 1, 0.1, 0.5).widget(ipywidgets).description == "w"


# ---------------------------------------------------------------------------
# SliderFigure


def test_slider_figure_update_changes_the_image():
    sf, calls = fit_figure()
    assert calls == [{"w": 0.5, "b": 0.0}]  # drawn once at the starting values
    before = sf.png()
    assert before[:8] == b"\x89PNG\r\n\x1a\n"
    assert sf.update(w=2.0) is sf
    assert calls[-1] == {"w": 2.0, "b": 0.0}  # every control's value is passed
    after = sf.png()
    assert after != before
    sf.update(b=-1.0)
    assert sf.values == {"w": 2.0, "b": -1.0} and calls[-1] == {"w": 2.0, "b": -1.0}
    assert sf.png() != after
    sf.update(w=0.5, b=0.0)
    # same values, same picture (to within rounding: `before` was drawn whole, this in layers)
    assert np.abs(plotting_pixels(sf.png()) - plotting_pixels(before)).max() <= 8 / 255
    assert "fit" in repr(sf) and "w=0.5" in repr(sf)


def test_slider_figure_rejects_unknown_controls_and_duplicate_names():
    sf, calls = fit_figure()
    with pytest.raises(ValueError, match=r"\bslope\b"):
        sf.update(slope=1.0)
    assert len(calls) == 1 and sf.values == {"w": 0.5, "b": 0.0}  # nothing happened
    fig, _ = lu.figure()
    with pytest.raises(ValueError, match=r"\bcontrols\b"):
        SliderFigure(fig, lambda **kw: None, [Control("a"), Control("a")])


# ---------------------------------------------------------------------------
# static mode


@pytest.mark.parametrize(
    ("flag", "static"), [("1", True), ("true", True), (" YES ", True), ("0", False), ("", False)]
)
def test_static_mode_follows_the_environment_variable(monkeypatch, flag, static):
    monkeypatch.setenv(sliders.STATIC_ENV, flag)
    assert sliders.static_mode() is static


def test_static_mode_without_the_variable(monkeypatch):
    monkeypatch.delenv(sliders.STATIC_ENV, raising=False)
    assert sliders.static_mode() is False
    assert lu.static_mode is sliders.static_mode


def test_static_mode_when_ipywidgets_cannot_be_imported(monkeypatch):
    monkeypatch.delenv(sliders.STATIC_ENV, raising=False)
    monkeypatch.setitem(sys.modules, "ipywidgets", None)
    assert sliders._ipywidgets() is None
    assert sliders.static_mode() is True


# ---------------------------------------------------------------------------
# the live widget and the notebook display


def test_live_widget_moving_a_slider_rerenders_the_image():
    sf, calls = fit_figure(t=Control("t", 0, 5, 1, 0, kind="int", play=True))
    box = sf.widget()
    assert isinstance(box, ipywidgets.VBox)
    w_slider, b_slider, t_row, image, status = box.children
    assert isinstance(image, ipywidgets.Image) and isinstance(status, ipywidgets.HTML)
    assert image.value == sf.png() and image.format == "png"
    assert isinstance(t_row, ipywidgets.HBox) and isinstance(t_row.children[0], ipywidgets.Play)
    first = image.value
    w_slider.value = 2.5
    assert sf.values["w"] == 2.5 and calls[-1]["w"] == 2.5
    assert image.value != first and image.value == sf.png()
    second = image.value
    t_row.children[1].value = 3
    assert sf.values["t"] == 3 and calls[-1] == {"w": 2.5, "b": 0.0, "t": 3}
    b_slider.value = -1.0
    assert image.value != second and status.value == ""


def refusing_figure(start):
    """A one-slider figure whose update raises for a > 0.5; and its line."""
    fig, ax = lu.figure()
    (line,) = ax.plot([0, 1], [0, 1])

    def update(a):
        if a > 0.5:
            raise RuntimeError("too big")
        line.set_ydata([0, a])

    return SliderFigure(fig, update, [Control("a", 0.0, 1.0, 0.1, start)]), line


def test_live_widget_shows_an_error_instead_of_raising():
    sf, _ = refusing_figure(0.0)
    box = sf.widget()
    slider, image, status = box.children
    slider.value = 0.9
    assert "RuntimeError" in status.value and "too big" in status.value
    slider.value = 0.3
    assert status.value == ""


def test_a_live_display_learns_what_the_sliders_move_before_the_first_drag(monkeypatch):
    from lecture_utils import _render

    sf, calls = fit_figure()
    whole = []
    real = _render._full_draw
    monkeypatch.setattr(_render, "_full_draw", lambda *a: (whole.append(1), real(*a))[1])
    box = sf.widget()
    # each slider went to both ends of its range and all came back
    assert {c["w"] for c in calls} >= {-1.0, 3.0} and {c["b"] for c in calls} >= {-2.0, 2.0}
    assert sf.values == {"w": 0.5, "b": 0.0} and calls[-1] == {"w": 0.5, "b": 0.0}
    drawn = len(whole)
    w_slider, b_slider, image, status = box.children
    w_slider.value = 1.0
    b_slider.value = 1.5
    assert len(whole) == drawn  # neither slider's first move drew the whole figure
    fresh, _ = fit_figure()
    fresh.update(w=1.0, b=1.5)
    got, want = (plotting_pixels(png) for png in (image.value, fresh.png()))
    assert np.abs(got - want).max() <= 8 / 255 and status.value == ""


def test_a_probe_the_figure_refuses_is_ignored():
    sf, line = refusing_figure(0.2)
    slider, image, status = sf.widget().children  # the probe (a = 1.0) raised, quietly
    assert sf.values == {"a": 0.2} and list(line.get_ydata()) == [0, 0.2] and status.value == ""


def plotting_pixels(png):
    import io

    import matplotlib as mpl

    return mpl.image.imread(io.BytesIO(png), format="png")


def test_display_in_static_mode_without_ipywidgets_prints_the_hint(monkeypatch, capsys):
    shown = []
    monkeypatch.setattr(sliders, "show", shown.append)
    monkeypatch.delenv(sliders.STATIC_ENV, raising=False)
    monkeypatch.setitem(sys.modules, "ipywidgets", None)
    sf, _ = fit_figure()
    sf._ipython_display_()
    out = capsys.readouterr()
    assert out.out == sliders.NO_WIDGETS_HINT + "\n" and out.err == ""
    assert "pip install ipywidgets" in out.out
    assert shown == [sf.fig]


def test_display_in_static_mode_with_ipywidgets_shows_only_the_image(monkeypatch, capsys):
    shown = []
    monkeypatch.setattr(sliders, "show", shown.append)
    monkeypatch.setenv(sliders.STATIC_ENV, "1")
    sf, _ = fit_figure()
    sf._ipython_display_()
    assert capsys.readouterr().out == ""
    assert shown == [sf.fig]


def test_display_live_shows_the_widget(monkeypatch):
    import IPython.display

    displayed = []
    monkeypatch.setattr(IPython.display, "display", lambda obj: displayed.append(obj))
    monkeypatch.setattr(sliders, "show", lambda fig: pytest.fail("static image shown in live mode"))
    monkeypatch.setenv(sliders.STATIC_ENV, "0")
    sf, _ = fit_figure()
    sf._ipython_display_()
    (box,) = displayed
    assert isinstance(box, ipywidgets.VBox) and isinstance(box.children[-2], ipywidgets.Image)


def test_static_sweep_of_every_control_never_warns_or_raises():
    """The sweep the notebook tests do, on this module's own figure: ends and middle of each control."""
    sf, _ = fit_figure(t=Control("t", 0, 3, 1, 0, kind="int", play=True))
    images = set()
    for c in sf.controls:
        for value in c.sweep_values():
            sf.update(**{c.name: value})
            images.add(sf.png())
    assert len(images) == 5  # w: -1, 1, 3; then b: -2, 0 (seen), 2; t draws nothing here
    assert np.isfinite(sf.values["w"])


def test_two_displays_of_one_figure_each_redraw_their_own_image():
    fig, ax = lu.figure()
    (line,) = ax.plot([0, 1], [0, 0])
    sf = sliders.SliderFigure(fig, lambda w: line.set_ydata([0, w]), [sliders.Control("w", -1, 1, 0.1, 0.0)])
    first, second = sf.widget(), sf.widget()
    img1, img2 = first.children[-2], second.children[-2]
    before1, before2 = img1.value, img2.value
    first.children[0].value = 0.8
    assert img1.value != before1 and img2.value == before2
    second.children[0].value = -0.5
    assert img2.value != before2 and sf.values == {"w": -0.5}
