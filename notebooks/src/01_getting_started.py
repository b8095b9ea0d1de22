# %% [markdown]
# # 01 · Getting started: Python, numpy, Jupyter, Colab
#
# [![Open In Colab](https://colab.research.google.com/assets/colab-badge.svg)](https://colab.research.google.com/github/dl-basics-course/deep-learning-basics/blob/main/notebooks/01_getting_started.ipynb)
#
# Mirrors the lecture's contents 8–10 (*Python*, *Google Colab*, *Jupyter Notebook*) and 1
# (*Recommended Video, Lecture*).

# %%
# Setup: in Google Colab, install the course's helper package (elsewhere this does nothing).
import subprocess
import sys

if "google.colab" in sys.modules:
    spec = "lecture_utils @ git+https://github.com/dl-basics-course/deep-learning-basics@v0.1.0"
    subprocess.run([sys.executable, "-m", "pip", "install", "-q", spec], check=True)

# %%
import matplotlib.pyplot as plt
import numpy as np

import lecture_utils as lu

# %% [markdown]
# ## In this notebook, we aim at:
#
# - opening the course in Google Colab or on your own computer (contents 9);
# - running cells, the kernel, and *Restart & Run All* (contents 10);
# - the Python and numpy the course uses: arrays, shapes, broadcasting, `@`, and why not loops (contents 8);
# - a first plot with matplotlib and a first slider (contents 8 and 10).
#
# The lecture's recommended courses (contents 1) are at the end, under "Going further".

# %% [markdown]
# ## 1. Google Colab (구글 코랩) or your own computer
#
# **Google Colab** runs a notebook in your browser on Google's computers: a Google account, nothing to install.
# Click the *Open in Colab* badge at the top of any notebook of the course, then:
#
# 1. Run the setup cell above: in Colab it installs the course's helper package `lecture_utils`.
# 2. *File → Save a copy in Drive* keeps your changes; otherwise Colab forgets them.
# 3. A session that ends (after a while without use) starts again empty: *Runtime → Run all*.
#
# **On your own computer** (Python 3.10 or newer), clone the course repository; from its folder,
# one command installs everything into a virtual environment `.venv` and opens JupyterLab:
#
# ```bash
# python3 -m venv .venv && .venv/bin/pip install -r requirements.txt && .venv/bin/jupyter lab notebooks
# ```
#
# The [README](../README.md) has the same command for Windows and for conda.
# The helper package answers where it runs: `True` in Colab, `False` anywhere else.

# %%
print("Running in Google Colab:", lu.in_colab())

# %% [markdown]
# ## 2. Jupyter Notebook (주피터 노트북): cells and the kernel
#
# A notebook is a list of **cells** (셀). A *markdown cell* holds text, like this one; a *code cell* holds Python.
# Click a code cell and press **Shift+Enter**: it runs, its output appears below it, and the cursor moves on.
# The number in `[ ]` beside a code cell says in which order the cells ran.
#
# The code runs in a **kernel** (커널): one Python process behind the notebook that remembers every variable
# you define, in the order *you ran* the cells, which need not be the order on the page.

# %%
counter = 0

# %%
counter = counter + 1
counter

# %% [markdown]
# Run the second cell again (Shift+Enter): each run shows the next number, because the kernel remembers
# `counter`. The page, which sets `counter = 0` and adds 1 once, no longer matches.
#
# **Restart & Run All** forgets everything and runs every cell from the top, so the outputs match the page.
# Use it whenever a notebook behaves strangely, and before you share your work:
#
# - JupyterLab: *Kernel → Restart Kernel and Run All Cells…*
# - Colab: *Runtime → Restart session and run all*

# %% [markdown]
# ## 3. Python: the few pieces the course uses
#
# A list (리스트), a `for` loop (반복문), a function (함수) and an f-string that puts values into text:

# %%
samples = [1, 2, 3, 4]
total = 0
for s in samples:
    total = total + s
print(f"the sum of {samples} is {total}")


# %%
def square(v):
    return v * v


print(square(3), [square(s) for s in samples])

# %% [markdown]
# Python lists are not made for arithmetic: `+` glues two lists together and `* 2` repeats a list.

# %%
print(samples + samples)
print(samples * 2)

# %% [markdown]
# ## 4. A first plot with matplotlib
#
# **matplotlib** draws the course's figures. Here are the lecture's four samples (1, 1), (2, 2), (3, 3), (4, 4)
# as two lists, one of inputs x and one of answers y, and the line y = x through them:
#
# - `lu.figure()` makes a figure and its axes `ax` (the box with the x and y axes), in the course's style;
#   matplotlib's own `plt.subplots()` does the same;
# - `ax.scatter(xs, ys)` draws points, `ax.plot(xs, ys)` a line through points, `ax.set(...)` the labels and
#   title, and `ax.legend()` a key to everything drawn with a `label`;
# - `lu.show(fig)` shows the figure, like `plt.show()`.

# %%
sample_x = [1, 2, 3, 4]
sample_y = [1, 2, 3, 4]

fig, ax = lu.figure()
ax.scatter(sample_x, sample_y, label="samples", zorder=3)  # zorder=3: the points on top of the line
ax.plot([0, 5], [0, 5], color="C1", label="y = x")  # a line from (0, 0) to (5, 5)
ax.set(xlabel="x", ylabel="y", title="The lecture's samples")
ax.legend()
lu.show(fig)

# %% [markdown]
# ## 5. numpy arrays (배열) and their shapes (형상)
#
# A numpy **array** holds numbers of one type, and arithmetic on it works on every element at once.
# Its **shape** says how many numbers it holds along each axis. Here are the lecture's sample inputs
# x = 1, 2, 3, 4 (notebook 03 fits a line through them):

# %%
x = np.array([1.0, 2.0, 3.0, 4.0])
print("x =", x, " shape:", x.shape, " ndim:", x.ndim, " dtype:", x.dtype)
print("x * 2     =", x * 2)
print("x ** 2    =", x**2)
print("2 * x + 1 =", 2 * x + 1)
print("sum:", x.sum(), " mean:", x.mean(), " max:", x.max())

# %% [markdown]
# `2 * x + 1` computed W x + b with W = 2 and b = 1 for all four samples in one expression:
# that is the hypothesis (가설) of notebook 03.
#
# A table of numbers is a 2-D array of shape (rows, columns). The course puts one **sample** (샘플) per row and one
# **feature** (특성) per column. The lecture's multi-variable table (notebook 07) has 5 samples and 5 features:

# %%
X, Y = lu.load_multivariable()  # Y holds the table's labels; notebook 07 uses them
print(X)
print("X.shape:", X.shape)
print("X[0]    (the first sample, a row):     ", X[0])
print("X[:, 0] (the feature f1, a column):    ", X[:, 0])
print("X.sum(axis=1) (one sum per row):       ", X.sum(axis=1))

# %% [markdown]
# `X[0]` picks a row, `X[:, 0]` a column (`:` means "every row"). With `axis=1` a sum runs *along* each row and
# leaves one number per row; `axis=0` would run down each column.
#
# To *see* arrays, `lu.plot_arrays` draws each (name, array) pair as a grid of its numbers, titled with its shape:

# %%
lu.plot_arrays(
    [("X", X), ("X[0]", X[0]), ("X[:, 0]", X[:, 0]), ("X.sum(axis=1)", X.sum(axis=1))], size=(12, 3.2)
)

# %% [markdown]
# `X[:, 0]` and `X.sum(axis=1)` have the shape (5,): a 1-D array, neither a row nor a column. It prints
# in a row, like `X[0]`.
#
# ## 6. Broadcasting (브로드캐스팅)
#
# When two arrays of different shapes meet in `+`, `-`, `*` or `/`, numpy **broadcasts** them: it compares
# the shapes from the right, and an axis of length 1 (or a missing one) is repeated to match the other.
# A column of shape (3, 1) plus a row of shape (4,) gives a (3, 4) grid of every sum:

# %%
col = np.array([[0.0], [10.0], [20.0]])
row = np.array([1.0, 2.0, 3.0, 4.0])
grid = col + row
print("col:", col.shape, " row:", row.shape, " col + row:", grid.shape)

# %%
lu.plot_arrays([("col", col), ("row", row), ("col + row", grid)], size=(10, 2.8))

# %% [markdown]
# Broadcasting is how the course computes many things at once. `ws[:, None]` turns a 1-D array into a
# column (shape (k, 1)); times the row of x values it gives every line y = W x for every W, one line per row:

# %%
ws = np.array([-2.0, -1.0, 0.0, 1.0, 2.0])
xs = np.linspace(-2, 2, 9)
lines = ws[:, None] * xs
print("ws:", ws.shape, " xs:", xs.shape, " lines:", lines.shape)

# %% [markdown]
# **Explain why:** why does `ws * xs`, without `[:, None]`, raise an error instead?
#
# <details><summary>Answer</summary>
#
# Their shapes are (5,) and (9,). Compared from the right, 5 and 9 differ and neither is 1, so numpy cannot
# repeat one to match the other. `ws[:, None]` has shape (5, 1): its 1 is repeated 9 times, and the missing
# axis of `xs` 5 times.
#
# </details>
#
# Row i of `lines` is the line for `ws[i]`. A `for` loop over the rows draws them, one `ax.plot` each:

# %%
fig, ax = lu.figure(size=(5.6, 3.8))
for i in range(len(ws)):
    ax.plot(xs, lines[i], label=f"$W = {ws[i]:g}$")  # $...$: math text, with a true minus sign
ax.set(xlabel="x", ylabel="y = W x", title=f"{len(ws)} lines from one broadcast")
ax.legend()
lu.show(fig)

# %% [markdown]
# ## 7. The matrix product `@` (행렬 곱)
#
# `X @ w` multiplies each row of X with w, number by number, and adds: one result per row (sample).
# Notebook 07 writes the hypothesis for many features this way, H(X) = XW + b. Below, `w` holds one weight
# per feature; the same product is written three ways, and they agree.

# %%
w = np.array([0.1, 0.2, 0.3, 0.2, 0.1])
product = X @ w
by_broadcast = (X * w).sum(axis=1)
first_by_loop = sum(X[0, j] * w[j] for j in range(len(w)))
print("X @ w:                ", product)
print("(X * w).sum(axis=1):  ", by_broadcast, " same:", np.allclose(product, by_broadcast))
print("row 0 by a loop:      ", round(first_by_loop, 10), " same:", np.isclose(product[0], first_by_loop))

# %% [markdown]
# The picture stands `w` and `X @ w` upright so that each result sits beside its row of X:

# %%
lu.plot_arrays([("X", X), ("w", w), ("X @ w", product)], columns=("w", "X @ w"), size=(9, 3.2))

# %% [markdown]
# ## 8. Why numpy and not loops: a measurement (벡터화, vectorization)
#
# The same computation, H(x) = 2x + 1 for every sample, written with a Python loop and with numpy:

# %%
rng = np.random.default_rng(0)
x_big = rng.uniform(0, 5, 100_000)


def h_loop(x):
    out = []
    for v in x:
        out.append(2 * v + 1)
    return np.array(out)


def h_numpy(x):
    return 2 * x + 1


print("same results:", np.allclose(h_loop(x_big), h_numpy(x_big)))

# %% [markdown]
# Now time both on 1,000, 10,000 and 100,000 samples (each the best of 3 runs; timings differ from run to run).

# %% tags=["nbval-ignore-output"]
import time


def best_time(f, x, repeat=3):
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        f(x)
        times.append(time.perf_counter() - t0)
    return min(times)


sizes = [1_000, 10_000, 100_000]
t_loop = [best_time(h_loop, x_big[:n]) for n in sizes]
t_numpy = [best_time(h_numpy, x_big[:n]) for n in sizes]
ratio = t_loop[-1] / t_numpy[-1]
print(f"{sizes[-1]:,} samples: loop {1e3 * t_loop[-1]:.2f} ms, numpy {1e3 * t_numpy[-1]:.3f} ms")
print(f"numpy was {ratio:.0f} times faster")

# %% [markdown]
# numpy runs the loop in compiled code over numbers stored side by side; Python handles one object at a
# time. So the course writes formulas on arrays ("vectorized") and keeps Python loops for training steps.

# %% [markdown]
# ## 9. A first slider, and a check of your environment
#
# The course's figures come with sliders. First, one line about where this notebook runs
# (your versions will differ from the saved ones):

# %% tags=["nbval-ignore-output"]
print(lu.describe())

# %% [markdown]
# If it names an ipywidgets version, the slider below works. A still image and "Sliders need ipywidgets":
# run `pip install ipywidgets` and restart the kernel; `VBox(children=...)`: install ipywidgets where
# JupyterLab runs and reload the page.
# (Colab always shows sliders; GitHub shows the saved still image.)
#
# **Predict first.** The slider starts at W = 1. When you drag it to W = −2, where is the line at the
# figure's right edge, x = 2? Write your answer into `my_guess`, then run the cell.

# %%
my_guess = None  # a number
lu.checks.check_prediction_line_end(my_guess)

# %%
lu.explorers.line_explorer()

# %% [markdown]
# Now drag it. Which W makes the line go down, which makes it flat, and which line of the broadcast picture
# does W = 2 give?
#
# <details><summary>Answer</summary>
#
# Every negative W makes the line go down from left to right; W = 0 makes it flat (y = 0 for every x);
# W = 2 gives the steepest line of the broadcast picture, the one labelled "W = 2".
#
# </details>

# %% [markdown]
# ## Going further (optional): the timings as a picture
#
# Section 8's timings, drawn. `ax.loglog` is `ax.plot` with both axes on a log scale, where each step of the
# grid is 10 times the one before: 1,000, 10,000 and 100,000 samples sit evenly apart.

# %% tags=["nbval-ignore-output"]
fig, ax = lu.figure(size=(5.2, 3.6))
ax.loglog(sizes, t_loop, "o-", label="Python loop")
ax.loglog(sizes, t_numpy, "s-", label="numpy")
ax.set(xlabel="number of samples", ylabel="time (s)", title="H(x) = 2x + 1 for every sample")
ax.legend()
lu.show(fig)

# %% [markdown]
# ## Going further (optional): the lecture's recommended courses
#
# The lecture opens with courses it recommends (*Recommended Video, Lecture*). The first is on KOCW
# (Korea OpenCourseWare); search the titles to find the others. **None of these is required** (필수는 아닙니다).
#
# | Korean title | in English |
# |---|---|
# | 수리통계학 (부산대 김충락 교수님), KOCW | Mathematical Statistics (Prof. Kim Choong-rak, Pusan National University) |
# | 기계학습과 인공신경망 | Machine Learning and Artificial Neural Networks |
# | 데이터 마이닝 (SW융합) | Data Mining (SW convergence) |
# | 딥러닝 홀로서기 (KAIST) | "Standing alone in deep learning" (KAIST) |
# | 선형대수 | Linear Algebra |
# | 신호 및 시스템 1, 2 | Signals and Systems 1, 2 |
# | 공학수학 1, 2 | Engineering Mathematics 1, 2 |

# %% [markdown]
# ## Exercises
#
# ### Exercise 1: predict shapes
#
# Without running anything, write the shape each expression gives, as a tuple like `(4,)` or `(5, 3)`;
# a single number has the shape `()`. Then run the check. Afterwards, print the shapes to see for yourself.

# %%
x = np.arange(4.0)  # shape (4,)
X = np.ones((5, 3))  # shape (5, 3)
w = np.ones(3)  # shape (3,)

shapes = {
    "x * 2": None,
    "X.T": None,
    "X + w": None,
    "X @ w": None,
    "X.mean(axis=0)": None,
    "x[:, None] * x": None,
    "X.sum()": None,
}

# %%
lu.checks.check_shapes(shapes)

# %% [markdown]
# <details><summary>Solution</summary>
#
# ```python
# shapes = {
#     "x * 2": (4,),
#     "X.T": (3, 5),
#     "X + w": (5, 3),
#     "X @ w": (5,),
#     "X.mean(axis=0)": (3,),
#     "x[:, None] * x": (4, 4),
#     "X.sum()": (),
# }
# lu.checks.check_shapes(shapes)
# ```
#
# </details>

# %% [markdown]
# ### Exercise 2: from a loop to numpy
#
# This function adds up x[i] · y[i] over all samples with a Python loop:


# %%
def sum_of_products_loop(x, y):
    total = 0.0
    for i in range(len(x)):
        total = total + x[i] * y[i]
    return total


print(sum_of_products_loop(np.array([1.0, 2.0, 3.0]), np.array([4.0, 5.0, 6.0])))


# %% [markdown]
# Write `sum_of_products(x, y)` that returns the same number with numpy operations only (no loop).


# %%
def sum_of_products(x, y):
    # your code here
    return None


# %%
lu.checks.check_sum_of_products(sum_of_products)

# %% [markdown]
# <details><summary>Solution</summary>
#
# Multiply element by element, then add; `x @ y` does both in one step.
#
# ```python
# def sum_of_products(x, y):
#     return np.sum(x * y)
#
#
# lu.checks.check_sum_of_products(sum_of_products)
# ```
#
# </details>

# %% [markdown]
# ### Exercise 3: center the columns
#
# Write `center_columns(X)` that subtracts from every column of X that column's mean, so that each column of
# the result averages 0 (notebook 02 uses this). Use `axis` and broadcasting, no loop.


# %%
def center_columns(X):
    # your code here
    return None


# %%
lu.checks.check_center_columns(center_columns)

# %% [markdown]
# <details><summary>Solution</summary>
#
# `X.mean(axis=0)` has one mean per column, shape (n,); broadcasting subtracts it from every row of X.
#
# ```python
# def center_columns(X):
#     return X - X.mean(axis=0)
#
#
# lu.checks.check_center_columns(center_columns)
# ```
#
# </details>

# %% [markdown]
# ## In this notebook, we learned:
#
# - to open the course in Colab (badge, setup cell, *Save a copy in Drive*) or locally in JupyterLab;
# - that the kernel remembers what *you ran*, and that *Restart & Run All* makes outputs match the page;
# - numpy arrays, their shapes, `axis`, broadcasting (`ws[:, None] * xs`) and the matrix product `X @ w`;
# - that numpy's vectorized code beat a Python loop by the ratio measured above;
# - a first matplotlib plot, and a first slider with a check that widgets work where you run.
#
# Next: [02 · What machine learning is](02_machine_learning_overview.ipynb), the lecture's map of
# machine learning.
