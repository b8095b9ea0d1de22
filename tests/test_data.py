"""lecture_utils.data: the lecture's tables exactly as OUTLINE.md states them, loaders that
work from any folder, and seeded synthetic generators."""

from __future__ import annotations

import csv
import shutil

import numpy as np
import pytest

import lecture_utils as lu
from lecture_utils import data

# The lecture's numbers, copied from /work/shared/lecture/OUTLINE.md ("The lecture's data, exactly").
REGRESSION_X = [1, 2, 3, 4]
REGRESSION_Y = [1, 2, 3, 4]
COST_X = [0, 1, 2, 3, 4]
COST_Y = [0, 1, 2, 3, 4]
MULTI = [  # f1 f2 f3 f4 f5 Y, rows X1 ... X5
    [1, 3, 1, 4, 2, 0],
    [2, 4, 3, 5, 6, 1.3],
    [1, 3, 1, 2, 3, 1.2],
    [2, 3, 2, 1, 2, 2.3],
    [2, 4, 3, 3, 1, 3.4],
]
BINARY_X = [0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9]
BINARY_Y = [0, 1, 0, 1, 0, 1, 1, 0, 0, 0]

CSV_FILES = {
    "regression_samples.csv": (["x", "y"], np.c_[REGRESSION_X, REGRESSION_Y]),
    "cost_table.csv": (["x", "y"], np.c_[COST_X, COST_Y]),
    "multivariable.csv": (["sample", "f1", "f2", "f3", "f4", "f5", "y"], np.array(MULTI, float)),
    "binary.csv": (["x", "y"], np.c_[BINARY_X, BINARY_Y]),
}


@pytest.mark.parametrize("name", sorted(CSV_FILES))
def test_csv_file_holds_the_lectures_numbers(name):
    header, want = CSV_FILES[name]
    with (lu.data_dir() / name).open(encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    assert rows[0] == header
    body = rows[1:]
    if header[0] == "sample":
        assert [r[0] for r in body] == ["X1", "X2", "X3", "X4", "X5"]
        body = [r[1:] for r in body]
    got = np.array([[float(c) for c in r] for r in body])
    assert got.shape == want.shape
    np.testing.assert_array_equal(got, want)


def test_loaders_return_the_lectures_tables_with_the_right_shapes():
    x, y = lu.load_regression_samples()
    assert x.shape == y.shape == (4,)
    np.testing.assert_array_equal(x, REGRESSION_X)
    np.testing.assert_array_equal(y, REGRESSION_Y)

    x, y = lu.load_cost_table()
    assert x.shape == y.shape == (5,)
    np.testing.assert_array_equal(x, COST_X)
    np.testing.assert_array_equal(y, COST_Y)

    X, y = lu.load_multivariable()
    assert X.shape == (5, 5) and y.shape == (5,)
    np.testing.assert_array_equal(X, np.array(MULTI)[:, :5])
    np.testing.assert_array_equal(y, np.array(MULTI)[:, 5])

    x, y = lu.load_binary()
    assert x.shape == y.shape == (10,)
    np.testing.assert_array_equal(x, BINARY_X)
    np.testing.assert_array_equal(y, BINARY_Y)
    for arr in (x, y, X):
        assert arr.dtype == np.float64


def test_multivariable_facts_the_course_teaches():
    """OUTLINE: with a bias column the 5x6 system has rank 5 and an exact fit exists."""
    X, y = lu.load_multivariable()
    A = np.c_[X, np.ones(5)]
    assert np.linalg.matrix_rank(A) == 5
    sol = np.linalg.lstsq(A, y, rcond=None)[0]
    np.testing.assert_allclose(A @ sol, y, atol=1e-12)


LOADERS = [lu.load_regression_samples, lu.load_cost_table, lu.load_multivariable, lu.load_binary]


@pytest.mark.parametrize("loader", LOADERS, ids=lambda f: f.__name__)
def test_loaders_work_from_any_working_directory(loader, tmp_path, monkeypatch):
    here = [a.copy() for a in loader()]
    (tmp_path / "data").mkdir()  # a decoy data folder in the working directory must not be used
    (tmp_path / "data" / "binary.csv").write_text("x,y\n9,9\n")
    monkeypatch.chdir(tmp_path)
    there = loader()
    for a, b in zip(here, there, strict=True):
        np.testing.assert_array_equal(a, b)
    assert lu.data_dir().resolve() != (tmp_path / "data").resolve()


def test_data_dir_holds_every_table():
    d = lu.data_dir()
    assert d.is_dir()
    for name in CSV_FILES:
        assert (d / name).is_file()


def test_data_dir_prefers_the_copy_inside_an_installed_package(tmp_path, monkeypatch):
    pkg = tmp_path / "site" / "lecture_utils"
    shutil.copytree(lu.data_dir(), pkg / "data")
    monkeypatch.setattr(data, "_HERE", pkg)
    assert data.data_dir() == pkg / "data"
    x, y = lu.load_binary()
    np.testing.assert_array_equal(y, BINARY_Y)


def test_data_dir_missing_raises_a_helpful_error(tmp_path, monkeypatch):
    monkeypatch.setattr(data, "_HERE", tmp_path / "nowhere" / "lecture_utils")
    with pytest.raises(FileNotFoundError, match="reinstall lecture_utils"):
        data.data_dir()


# ---- synthetic generators -----------------------------------------------------


def test_make_linear_one_feature_shapes_seed_and_formula():
    x, y = lu.make_linear(m=30, w=2.0, b=1.0, noise=0.5, seed=3)
    assert x.shape == y.shape == (30,)
    assert np.all((x >= 0) & (x <= 5))
    x2, y2 = lu.make_linear(m=30, w=2.0, b=1.0, noise=0.5, seed=3)
    np.testing.assert_array_equal(x, x2)
    np.testing.assert_array_equal(y, y2)
    x3, y3 = lu.make_linear(m=30, w=2.0, b=1.0, noise=0.5, seed=4)
    assert not np.array_equal(x, x3) and not np.array_equal(y, y3)
    # without noise the points lie on the line; with noise the residuals have about that spread
    x0, y0 = lu.make_linear(m=30, w=-1.5, b=0.25, noise=0.0, seed=3, x_range=(-2, 1))
    np.testing.assert_allclose(y0, -1.5 * x0 + 0.25, rtol=0, atol=1e-12)
    assert np.all((x0 >= -2) & (x0 <= 1))
    xb, yb = lu.make_linear(m=4000, w=2.0, b=1.0, noise=0.5, seed=0)
    assert 0.45 < np.std(yb - (2 * xb + 1)) < 0.55


def test_make_linear_several_features():
    X, y = lu.make_linear(m=40, w=[1.0, -2.0, 0.5], b=3.0, noise=0.0, seed=1)
    assert X.shape == (40, 3) and y.shape == (40,)
    np.testing.assert_allclose(y, X @ [1.0, -2.0, 0.5] + 3.0, atol=1e-12)
    X2, _ = lu.make_linear(m=40, w=[1.0, -2.0, 0.5], b=3.0, noise=0.0, seed=2)
    assert not np.array_equal(X, X2)


def test_make_two_class_shapes_labels_seed_and_centres():
    X, y = lu.make_two_class(m=21, separation=2.0, seed=5)
    assert X.shape == (21, 2) and y.shape == (21,)
    np.testing.assert_array_equal(y, [0] * 10 + [1] * 11)
    X2, y2 = lu.make_two_class(m=21, separation=2.0, seed=5)
    np.testing.assert_array_equal(X, X2)
    X3, _ = lu.make_two_class(m=21, separation=2.0, seed=6)
    assert not np.array_equal(X, X3)
    Xb, yb = lu.make_two_class(m=20000, separation=3.0, seed=0)
    np.testing.assert_allclose(Xb[yb == 0].mean(axis=0), [-1.5, -1.5], atol=0.05)
    np.testing.assert_allclose(Xb[yb == 1].mean(axis=0), [1.5, 1.5], atol=0.05)
    np.testing.assert_allclose(Xb[yb == 1].std(axis=0), [1.0, 1.0], atol=0.05)


def test_make_curve_shapes_seed_sorted_and_formula():
    x, y = lu.make_curve(m=50, noise=0.05, seed=2)
    assert x.shape == y.shape == (50,)
    assert np.all(np.diff(x) >= 0) and x.min() >= -3 and x.max() <= 3
    x2, y2 = lu.make_curve(m=50, noise=0.05, seed=2)
    np.testing.assert_array_equal(y, y2)
    x3, _ = lu.make_curve(m=50, noise=0.05, seed=3)
    assert not np.array_equal(x, x3)
    x0, y0 = lu.make_curve(m=50, noise=0.0, seed=2)
    np.testing.assert_allclose(y0, np.sin(2 * x0) + 0.3 * x0, atol=1e-12)


@pytest.mark.parametrize(
    ("fn", "kwargs", "arg"),
    [
        (lu.make_linear, {"m": 0}, "m"),
        (lu.make_linear, {"m": 2.5}, "m"),
        (lu.make_linear, {"m": -3}, "m"),
        (lu.make_linear, {"noise": -0.1}, "noise"),
        (lu.make_linear, {"noise": np.nan}, "noise"),
        (lu.make_linear, {"w": [1.0, np.inf]}, "w"),
        (lu.make_linear, {"w": [[1.0, 2.0]]}, "w"),
        (lu.make_linear, {"b": "one"}, "b"),
        (lu.make_linear, {"b": [1.0, 2.0]}, "b"),
        (lu.make_linear, {"x_range": (3.0, 1.0)}, "x_range"),
        (lu.make_linear, {"x_range": (0.0, np.nan)}, "x_range"),
        (lu.make_linear, {"x_range": (0.0, 1.0, 2.0)}, "x_range"),
        (lu.make_linear, {"x_range": 5.0}, "x_range"),
        (lu.make_two_class, {"m": 1}, "m"),
        (lu.make_two_class, {"m": 0}, "m"),
        (lu.make_two_class, {"separation": -1.0}, "separation"),
        (lu.make_curve, {"m": 0}, "m"),
        (lu.make_curve, {"noise": -1.0}, "noise"),
    ],
)
def test_generators_reject_bad_input_naming_the_argument(fn, kwargs, arg):
    with pytest.raises(ValueError, match=rf"\b{arg}\b"):
        fn(**kwargs)


# ---- environment ---------------------------------------------------------------


def test_environment_in_colab_and_describe(monkeypatch):
    import sys

    assert lu.in_colab() is False
    line = lu.describe()
    assert line.startswith("local Jupyter: Python ") and "numpy" in line and "ipywidgets 8" in line
    assert line.endswith(f"data in {lu.data_dir().name}/")
    monkeypatch.setitem(sys.modules, "google.colab", object())
    monkeypatch.setitem(sys.modules, "ipywidgets", None)
    assert lu.in_colab() is True
    line = lu.describe()
    assert line.startswith("Google Colab:") and "ipywidgets not installed" in line
