"""Helpers for the deep-learning basics course: data, losses, activations,
vectorized gradient descent, figures, slider figures and exercise checks.

Every notebook imports it as ``import lecture_utils as lu``. Each topic lives in
its own short module; the names most notebooks need are re-exported here.
"""

from . import activations, checks, data, explorers, i18n, losses, plotting, sliders, training
from .activations import (
    elu,
    get_activation,
    identity,
    leaky_relu,
    maxout,
    relu,
    sigmoid,
    tanh,
)
from .data import (
    data_dir,
    load_binary,
    load_cost_table,
    load_multivariable,
    load_regression_samples,
    make_curve,
    make_linear,
    make_two_class,
)
from .environment import describe, in_colab
from .i18n import set_language
from .losses import bce, bce_with_logits, mae, mse
from .plotting import (
    cost_grid,
    figure,
    plot_activation,
    plot_arrays,
    plot_cost_curve,
    plot_cost_history,
    plot_cost_surface,
    plot_decision_boundary,
    plot_fit,
    show,
    use_style,
)
from .sliders import Control, SliderFigure, static_mode
from .training import (
    DivergenceError,
    History,
    mlp_forward,
    predict_linear,
    predict_logistic,
    train_linear,
    train_logistic,
    train_mlp,
)

__version__ = "0.1.0"

use_style()
