"""Slider figures: one persistent figure whose artists follow core ipywidgets.

A :class:`SliderFigure` holds a figure, an ``update(**values)`` function that
moves its artists, and the :class:`Control` specs of its sliders. Shown in a
notebook (as the last expression of a cell), it becomes sliders above an
``ipywidgets.Image`` that is re-rendered in place on every move: no flicker,
no figure escaping an Output widget, the same on ipywidgets 7.7.1 (Colab) and
8.x (JupyterLab 4), with the ordinary inline backend.

Static mode shows the figure once, at the controls' starting values, with no
widgets. It is on when the environment variable ``LECTURE_UTILS_STATIC`` is
``1`` (the tests set it, so nbval compares stable outputs) and whenever
ipywidgets is not installed (then one line says how to get the sliders).
"""

from __future__ import annotations

import os
from dataclasses import dataclass

import numpy as np

from . import _validate as v
from . import i18n
from .i18n import _
from .plotting import render_png, show

STATIC_ENV = "LECTURE_UTILS_STATIC"
# marked with i18n.N_ (shown later through _), not a bare N_: a bare one would be a public name here
NO_WIDGETS_HINT = i18n.N_(
    "Sliders need ipywidgets, which is not installed here: run `pip install ipywidgets` "
    "(or open this notebook in Colab). Showing the figure at its starting values."
)


def _ipywidgets():
    try:
        import ipywidgets
    except ImportError:
        return None
    return ipywidgets


def static_mode() -> bool:
    """True when slider figures are shown as still images (tests, or no ipywidgets)."""
    flag = os.environ.get(STATIC_ENV, "").strip().lower()
    return flag in {"1", "true", "yes"} or _ipywidgets() is None


@dataclass
class Control:
    """One slider. ``kind`` is "float", "int", "log" (a log-scale float) or "choice"."""

    name: str
    min: float = 0.0
    max: float = 1.0
    step: float = 0.1
    value: float = 0.0
    description: str | None = None
    kind: str = "float"
    options: tuple = ()
    play: bool = False  # an int slider with a Play button (step through training)
    readout_format: str = ".2f"

    def __post_init__(self):
        v.text("name", self.name, identifier=True)
        v.text("description", self.description, optional=True)
        v.one_of("kind", self.kind, {"float", "int", "log", "choice"})
        if not isinstance(self.play, bool):
            raise TypeError(
                _("{name}: play must be True or False; got {got}").format(
                    name=self.name, got=v.describe(self.play)
                )
            )
        if self.kind == "choice":
            if isinstance(self.options, str) or not hasattr(self.options, "__len__") or not len(self.options):
                raise ValueError(
                    _("{name}: options must list the choices, e.g. ('mse', 'mae'); got {got}").format(
                        name=self.name, got=v.describe(self.options)
                    )
                )
            if self.value not in self.options:
                raise ValueError(
                    _("value must be one of options {options}; got {value!r}").format(
                        options=list(self.options), value=self.value
                    )
                )
            return
        for field in ("min", "max", "step", "value"):  # numbers, not text: '0' < '1' compares letters
            v.number(f"{self.name}: {field}", getattr(self, field))
        v.text("readout_format", self.readout_format)
        if not self.min < self.max:
            raise ValueError(
                _("{name}: min must be < max; got {min} and {max}").format(
                    name=self.name, min=self.min, max=self.max
                )
            )
        if not self.min <= self.value <= self.max:
            raise ValueError(
                _("{name}: value must be in [{min}, {max}]; got {value}").format(
                    name=self.name, min=self.min, max=self.max, value=self.value
                )
            )
        if self.kind == "log" and self.min <= 0:
            raise ValueError(
                _("{name}: a log slider needs min > 0; got {min}").format(name=self.name, min=self.min)
            )
        if not self.step > 0:
            raise ValueError(_("{name}: step must be > 0; got {step}").format(name=self.name, step=self.step))
        if self.play and self.kind != "int":
            raise ValueError(
                _("{name}: play needs kind='int' (it steps through whole numbers); got {kind!r}").format(
                    name=self.name, kind=self.kind
                )
            )
        if self.kind == "int":  # whole steps; the float default 0.1 would make an int slider that cannot move
            self.step = max(1, int(round(self.step)))

    def sweep_values(self):
        """The values a test drives this control through: ends and middle (every step for play)."""
        if self.kind == "choice":
            return list(self.options)
        if self.play:
            return list(range(int(self.min), int(self.max) + 1, int(self.step)))
        if self.kind == "log":
            mid = float(np.sqrt(self.min * self.max))
        else:
            mid = (self.min + self.max) / 2
            if self.kind == "int":
                mid = int(round(mid))
        return [self.min, mid, self.max]

    def probe_values(self, current):
        """Values away from ``current`` that show what this control moves: both ends of the
        range, or one other option (an option may mean a new model to train)."""
        if self.kind == "choice":
            opts = list(self.options)
            return [opts[(opts.index(current) + 1) % len(opts)] if current in opts else opts[0]]
        return [v for v in (self.min, self.max) if v != current]

    def widget(self, widgets):
        # the description is marked N_ where the Control is made (code names such as "W" are not
        # marked, and a text not in the catalogue shows as it is); the slider shows it translated
        desc = _(self.description) if self.description else self.name
        common = dict(
            description=desc,
            value=self.value,
            continuous_update=True,
            style={"description_width": "initial"},
            layout=widgets.Layout(width="360px"),
        )
        if self.kind == "choice":
            common.pop("continuous_update")
            return widgets.Dropdown(options=list(self.options), **common)
        if self.kind == "int":
            return widgets.IntSlider(min=int(self.min), max=int(self.max), step=int(self.step), **common)
        if self.kind == "log":
            return widgets.FloatLogSlider(
                min=float(np.log10(self.min)),
                max=float(np.log10(self.max)),
                base=10,
                step=self.step,
                readout_format=".3g",
                **common,
            )
        return widgets.FloatSlider(
            min=self.min, max=self.max, step=self.step, readout_format=self.readout_format, **common
        )


class SliderFigure:
    """A figure plus the sliders that drive it; display it to use it.

    ``update(**values)`` receives every control's value on each change and must
    only change artists (set_data, set_text, ...), never create a new figure.
    """

    def __init__(self, fig, update, controls, *, title=None):
        v.figure("fig", fig)
        v.function("update", update)
        if isinstance(controls, Control) or not isinstance(controls, (list, tuple)):
            raise TypeError(
                _("controls must be a list of Control, e.g. [Control('w')]; got {got}").format(
                    got=v.describe(controls)
                )
            )
        for c in controls:
            if not isinstance(c, Control):
                raise TypeError(
                    _("controls must hold Control objects only; got {got}").format(got=v.describe(c))
                )
        v.text("title", title, optional=True)
        self.fig = fig
        self._update = update
        self.controls = list(controls)
        names = [c.name for c in self.controls]
        if len(set(names)) != len(names):
            raise ValueError(_("controls must have distinct names; got {names}").format(names=names))
        self.values = {c.name: c.value for c in self.controls}
        self.title = title
        self._image = None
        self._status = None
        self.update()

    def update(self, **values):
        """Set some controls' values and redraw the figure's artists (no rendering)."""
        unknown = set(values) - set(self.values)
        if unknown:
            raise ValueError(
                _("unknown control(s) {unknown}; this figure has {names}").format(
                    unknown=sorted(unknown), names=list(self.values)
                )
            )
        self.values.update(values)
        self._update(**self.values)
        return self

    def png(self) -> bytes:
        """The figure as it is now, as PNG bytes."""
        return render_png(self.fig)

    def _primed_png(self) -> bytes:
        """PNG bytes of the figure as it is now, after teaching the renderer what the sliders move.

        Each control is moved to the ends of its range and all are set back, so matplotlib marks the
        artists they drive as changed; the render after that draws the figure in layers (see
        ``lecture_utils._render``), and every later move redraws only those artists. This costs
        two renders when the cell runs instead of one on the learner's first drag of each slider.
        """
        render_png(self.fig)  # the first render sees every artist as new
        start = dict(self.values)
        for c in self.controls:
            for value in c.probe_values(start[c.name]):
                try:
                    self.update(**{c.name: value})
                except Exception:  # a value this figure refuses: the learner sees why when they get there
                    pass
        self.update(**start)
        return render_png(self.fig)

    # --- display -------------------------------------------------------------

    def _on_change(self, inputs, image, status):
        """A handler that redraws from this display's own sliders into this display's image."""

        def handler(change):
            try:
                self.update(**{name: w.value for name, w in inputs.items()})
                image.value = self.png()
                status.value = ""
            except Exception as exc:  # shown to the learner instead of being lost in a log
                error = _("Error: {kind}: {message}").format(kind=type(exc).__name__, message=exc)
                status.value = f"<span style='color:#b00'>{error}</span>"

        return handler

    def widget(self):
        """The live widget: sliders above the re-rendered image.

        Each call makes a new, independent display (its own sliders, image and status line).
        """
        widgets = _ipywidgets()
        width = int(self.fig.get_size_inches()[0] * self.fig.dpi)
        image = widgets.Image(
            value=self._primed_png(),
            format="png",
            layout=widgets.Layout(width=f"{width}px", max_width="100%"),
        )
        status = widgets.HTML(value="")
        inputs = {c.name: c.widget(widgets) for c in self.controls}
        handler = self._on_change(inputs, image, status)
        rows = []
        for c in self.controls:
            w = inputs[c.name]
            w.observe(handler, names="value")
            if c.play:
                play = widgets.Play(
                    min=int(c.min),
                    max=int(c.max),
                    step=int(c.step),
                    value=int(c.value),
                    interval=150,
                    description=_("Play"),
                )
                widgets.jslink((play, "value"), (w, "value"))
                rows.append(widgets.HBox([play, w]))
            else:
                rows.append(w)
        self._image, self._status = image, status  # the latest display, for tests and tools
        return widgets.VBox(rows + [image, status])

    def _ipython_display_(self):
        from IPython.display import display

        if static_mode():
            if _ipywidgets() is None:
                print(_(NO_WIDGETS_HINT))
            show(self.fig)
        else:
            display(self.widget())

    def __repr__(self):
        vals = ", ".join(f"{k}={val!r}" for k, val in self.values.items())
        return f"SliderFigure({self.title or 'figure'}: {vals})"
