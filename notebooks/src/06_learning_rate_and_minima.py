# %% [markdown]
# # 06 · The learning rate, local and global minima
#
# [![Open In Colab](https://colab.research.google.com/assets/colab-badge.svg)](https://colab.research.google.com/github/dl-basics-course/deep-learning-basics/blob/main/notebooks/06_learning_rate_and_minima.ipynb)
#
# Mirrors the lecture's slides *Gradient Descent* (α: Learning Rate), *Why use Learning Rate* and
# *Problem: Local Minimum, Global Minimum*.

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
# - seeing what the learning rate α (학습률) does: too small and W crawls, well chosen and it slides into the
#   minimum, too large and it zig-zags, larger still and it diverges (발산);
# - explaining the four with one number, and computing the edge of the stable range from the data;
# - a local minimum (지역 최솟값) and the global minimum (전역 최솟값), where the start decides the outcome;
# - why linear regression with MSE has no such trap: its cost is a convex function (볼록 함수).

# %% [markdown]
# ## 1. The learning rate (학습률) in the update
#
# As in notebook 05: no bias, one parameter W, the cost, and the update with its derivative,
#
# $$\text{cost}(W) = \frac{1}{m}\sum_{i=1}^{m}\left(W x_i - y_i\right)^2, \qquad
# W := W - \alpha \frac{d\,\text{cost}}{dW}, \qquad \frac{d\,\text{cost}}{dW} = \frac{2}{m}\sum_{i=1}^{m}
# \left(W x_i - y_i\right) x_i$$
#
# The derivative says which way is downhill and how steep; α says how far to go. On the lecture's samples:

# %%
x, y = lu.load_regression_samples()
m = len(x)


def cost_w(W, x, y):
    return np.mean((W * x - y) ** 2)


def dcost_dw(W, x, y):
    return 2 * np.mean((W * x - y) * x)


def descend(W, x, y, lr, steps):
    """W at every step of gradient descent, the start included."""
    path = [W]
    for _ in range(steps):
        W = W - lr * dcost_dw(W, x, y)
        path.append(W)
    return np.array(path)


print("x =", x, " y =", y, " m =", m)
print(f"cost(0) = {cost_w(0.0, x, y):g}, cost(1) = {cost_w(1.0, x, y):g}: the minimum is at W = 1")

# %% [markdown]
# Four learning rates, 20 steps each, all from W = 0:

# %%
rates = [0.005, 0.05, 0.12, 0.2]
paths = {lr: descend(0.0, x, y, lr, 20) for lr in rates}
for lr, path in paths.items():
    print(f"alpha = {lr:<5}: W = {np.round(path[:5], 3)} ...  after 20 steps W = {path[-1]:.4g}")

# %% [markdown]
# - α = 0.005 creeps: after 20 steps W is still far below 1;
# - α = 0.05 is nearly there after 3 steps;
# - α = 0.12 jumps *over* the minimum (W = 1.8 after one step), then back, and zig-zags in;
# - α = 0.2 jumps over it by more each time: it **diverges**, W is about −1,000,000 after 20 steps.

# %%
labels = ["too small: crawls", "good", "too large: zig-zags", "larger still: diverges"]
views = [(-1, 3, 20)] * 3 + [(-4, 6, 160)]  # W from, W to, top of the cost axis: the last one zoomed out
fig, axes = lu.figure(4, size=(14.0, 3.6))
for ax, (lr, path), label, (lo, hi, top) in zip(axes, paths.items(), labels, views, strict=True):
    ws = np.linspace(lo, hi, 201)
    ax.plot(ws, lu.cost_grid(x, y, ws), label="cost($W$)")
    ax.plot(path, lu.cost_grid(x, y, path), ".-", color="#ff7f0e", lw=1.2, label="$W$ at each step")
    ax.plot(path[0], cost_w(path[0], x, y), "x", color="black", ms=9, mew=2)
    ax.set(xlim=(lo, hi), ylim=(-0.03 * top, top), xlabel="$W$", ylabel="cost($W$)")
    ax.set_title(rf"$\alpha$ = {lr}: {label}")
for t in range(4):  # number the first steps of the diverging run
    axes[3].annotate(
        str(t), (paths[0.2][t], cost_w(paths[0.2][t], x, y)), xytext=(6, -4), textcoords="offset points"
    )
axes[0].legend(loc="upper center", fontsize=8)
lu.show(fig)

# %% [markdown]
# `lu.train_linear` runs the same loop and stops a diverging run, saying at which step:

# %%
hist = lu.train_linear(x, y, 0.05, 20, w0=0.0, bias=False)
print("same path as our loop:", np.allclose(hist.w, paths[0.05]))
try:
    lu.train_linear(x, y, 0.2, 20, w0=0.0, bias=False)
except lu.DivergenceError as err:
    print("DivergenceError:", err)

# %% [markdown]
# Where between 0.12 and 0.2 do the runs start to diverge? Section 2 computes it.
#
# ## 2. Why use a learning rate, and how large: one number decides
#
# The derivative is a straight line in W, zero at W* = Σ xᵢyᵢ / Σ xᵢ²:
#
# $$\frac{d\,\text{cost}}{dW} = c\,(W - W^*), \qquad c = \frac{2}{m}\sum_{i=1}^{m} x_i^2$$
#
# c is the curvature (곡률) of cost(W), its second derivative. One update then does
#
# $$W - W^* \;:=\; (1 - \alpha c)\,(W - W^*)$$
#
# Every step multiplies the distance to the minimum by the same number q = 1 − αc:

# %%
c = 2 / m * np.sum(x**2)
W_star = np.sum(x * y) / np.sum(x**2)
print(f"c = (2/m) sum x^2 = {c:g},  W* = {W_star:g}")
for lr, path in paths.items():
    ratio = (path[2] - W_star) / (path[1] - W_star)  # measured on the path
    print(f"alpha = {lr:<5}: q = 1 - alpha c = {1 - lr * c:+.3f},  measured on the path: {ratio:+.3f}")

# %% [markdown]
# With q between −1 and 1 the distance shrinks every step: descent converges. Your turn before the
# notebook's version: write `stable_lr(x)` that returns the **edge** of the stable range, the α where the
# distance stops shrinking (at the edge W does not converge, it oscillates forever; above it, it diverges).


# %%
def stable_lr(x):
    # your code here
    return None


lu.checks.check_stable_lr(stable_lr)

# %% [markdown]
# <details><summary>Solution</summary>
#
# The distance stops shrinking when q = 1 − αc = −1, at α = 2/c; with c = (2/m) Σ x², 2/c = m / Σ x².
#
# ```python
# def stable_lr(x):
#     return len(x) / np.sum(x**2)
#
#
# lu.checks.check_stable_lr(stable_lr)
# ```
#
# </details>
#
# The notebook's version: the behaviours by the value of q, three ranges and the two points between them.
#
# | α | q = 1 − αc | what W does |
# |---|---|---|
# | α < 1/c | between 0 and 1 | approaches W* from one side; **crawls** when q is near 1 |
# | α = 1/c | 0 | lands on W* in **one step** |
# | 1/c < α < 2/c | between −1 and 0 | **overshoots**, zig-zags, converges |
# | α = 2/c | −1 | **oscillates forever** between two points |
# | α > 2/c | below −1 | lands **farther** away each step: **diverges** |

# %%
print(f"1/c = {1 / c:.4f}: one step to the minimum, W = {descend(0.0, x, y, 1 / c, 1)[-1]:.6f}")
print(f"2/c = m / sum x^2 = {m / np.sum(x**2):.4f}: the edge")
print("alpha = 2/c from W = 0, eight steps:", np.round(descend(0.0, x, y, 2 / c, 8), 6))

# %% [markdown]
# **Explain why:** at α = 2/c, W jumps between 0 and 2 and never reaches W* = 1, nor runs away. Why?
#
# <details><summary>Answer</summary>
#
# There q = 1 − αc = −1: every step multiplies the distance W − W* by −1. Its size stays the same (1,
# from W = 0) and only its sign flips, so W lands on W* − 1 and W* + 1 in turn, forever. Just below 2/c,
# |q| < 1 and the zig-zag dies out; just above, |q| > 1 and it grows.
#
# </details>

# %% [markdown]
# **Predict first, then drag.** α = 0.1 lies between the good 0.05 and the zig-zagging 0.12. From W = 0,
# where is W after the first step? Write a number and run the cell.

# %%
W_after_one_step = None  # your prediction: a number
lu.checks.check_prediction_one_step(W_after_one_step)

# %% [markdown]
# Now drag α (log scale, 0.001 to 0.3). Left: the path of W on cost(W), titled with q. Right: the cost at
# every step; a diverging run says so in red. Find the edge: just below 2/c, and just above.

# %%
lu.explorers.learning_rate_explorer(x, y, lr=0.05, lr_range=(0.001, 0.3), steps=30, w0=0.0)

# %% [markdown]
# That is *Why use Learning Rate*: the derivative alone (α = 1) would be far too big a step here, and the
# right size depends on the data's scale. Make the values of x ten times larger and Σ x² grows a hundredfold:

# %%
for scale in (1, 10, 100):
    xs_ = scale * x
    print(f"x * {scale:<3}: sum x^2 = {np.sum(xs_**2):>8g},  edge m / sum x^2 = {m / np.sum(xs_**2):.3g}")

# %% [markdown]
# ## 3. Problem: local minimum (지역 최솟값) and global minimum (전역 최솟값)
#
# The slide's *Problem* is a cost with more than one valley. Gradient descent only feels the slope where it
# stands, so it walks into whichever valley it starts above. A function with two valleys:
#
# $$f(w) = \frac{w^4}{4} - w^2 + \frac{w}{2}, \qquad f'(w) = w^3 - 2w + \frac{1}{2}$$


# %%
def f(w):
    return w**4 / 4 - w**2 + w / 2


def df(w):
    return w**3 - 2 * w + 0.5


stationary = np.sort(np.roots([1, 0, -2, 0.5]).real)  # where f'(w) = 0
w_glob, w_peak, w_loc = stationary
for name, w_ in (("global minimum", w_glob), ("maximum", w_peak), ("local minimum", w_loc)):
    print(f"{name:>14}: w = {w_:+.4f}, f = {f(w_):+.4f}")

# %% [markdown]
# The **global minimum** is the lowest value anywhere, w ≈ −1.53; the **local minimum** at w ≈ 1.27 is the
# lowest only in its neighbourhood; a maximum at w ≈ 0.26 separates them.

# %%
wv = np.linspace(-2.5, 2.5, 401)
fig, ax = lu.figure(size=(6.4, 3.8))
ax.plot(wv, f(wv), label="$f(w)$")
ax.plot(w_glob, f(w_glob), "*", color="#2ca02c", ms=16, mec="black", label="global minimum")
ax.plot(w_loc, f(w_loc), "^", color="#ff7f0e", ms=12, mec="black", label="local minimum")
ax.plot(w_peak, f(w_peak), "v", color="gray", ms=9, label="maximum between them")
ax.set(xlabel="$w$", ylabel="$f(w)$", title="$f(w) = w^4/4 - w^2 + w/2$: two valleys", ylim=(-2.2, 3))
ax.legend(loc="upper center", fontsize=8, ncol=2)
lu.show(fig)

# %% [markdown]
# Gradient descent, w := w − α f'(w), from two starts with α = 0.1:

# %%
for w0 in (-2.0, 1.5):
    w = w0
    for _ in range(60):
        w = w - 0.1 * df(w)
    print(f"start {w0:+}: after 60 steps w = {w:+.4f}, f = {f(w):+.4f}, |f'(w)| < 1e-6: {abs(df(w)) < 1e-6}")

# %% [markdown]
# Both stop where f'(w) = 0; from 1.5 that is the local minimum, and nothing in the update can tell it that
# a deeper valley exists. Which starts end where? Your turn: write `descend_many(df, w0, lr, steps)` that
# runs w := w − lr · df(w) `steps` times from every start in the array `w0` at once (one loop over the steps,
# none over the starts) and returns the final w, one per start. Do not change `w0` in place.


# %%
def descend_many(df, w0, lr, steps):
    # your code here
    return None


lu.checks.check_descend_many(descend_many)

# %% [markdown]
# <details><summary>Solution</summary>
#
# `w = w - ...` makes a new array each step; `w -= ...` would overwrite the caller's `w0`.
#
# ```python
# def descend_many(df, w0, lr, steps):
#     w = w0
#     for _ in range(steps):
#         w = w - lr * df(w)
#     return w
#
#
# lu.checks.check_descend_many(descend_many)
# ```
#
# </details>
#
# The notebook's version, 51 starts:

# %%
starts = np.linspace(-2.5, 2.5, 51)
w = starts.copy()
for _ in range(100):
    w = w - 0.1 * df(w)
to_global = np.abs(w - w_glob) < 1e-3
to_local = np.abs(w - w_loc) < 1e-3
print(f"{to_global.sum()} starts end in the global minimum, {to_local.sum()} in the local one")
print(f"the last start that reaches the global minimum: {starts[to_global].max():+.1f}")

# %%
fig, ax = lu.figure(size=(6.4, 3.8))
ax.plot(wv, f(wv), color="gray")
ax.scatter(starts[to_global], f(starts[to_global]), color="#2ca02c", s=18, label="ends in the global minimum")
ax.scatter(starts[to_local], f(starts[to_local]), color="#ff7f0e", s=18, label="ends in the local minimum")
ax.axvline(w_peak, color="gray", ls=":", label=f"maximum at $w$ = {w_peak:.2f}")
ax.set(
    xlabel="starting $w$", ylabel="$f(w)$", title="51 starting points, coloured by outcome", ylim=(-2.2, 5)
)
ax.legend(loc="upper center", fontsize=8)
lu.show(fig)

# %% [markdown]
# The maximum is the watershed: starts left of it roll into the global minimum, starts right of it into the
# local one.
#
# **Predict first, then drag.** The figure below starts at w0 = 1.5 with α = 0.1. Drag the start to
# w0 = 0.3. Where does w end (a number, two decimals)?

# %%
w_end_from_0_3 = None  # your prediction: a number
lu.checks.check_prediction_valley(w_end_from_0_3)

# %% [markdown]
# Drag the start and α. The strip under the curve colours 200 starts by where descent from them ends.

# %%
lu.explorers.minima_explorer(f, df, w0=1.5, lr=0.1, formula="$f(w) = w^4/4 - w^2 + w/2$")

# %% [markdown]
# Which minimum you reach depends on where you start, and on α: gradient descent gives no guarantee of the
# global one.
#
# ## 4. Why linear regression with MSE has no such trap
#
# A **convex function** (볼록 함수) bends upward everywhere: its second derivative is never negative.
# Then it has no separate valleys. The second derivative of cost(W) is c = (2/m) Σ x² at every W, positive
# for any data with a nonzero x. Twenty starts, trained at once (`w0` may be an array):

# %%
w_starts = np.linspace(-5, 7, 20)
hist_many = lu.train_linear(x, y, 0.05, 60, w0=w_starts, bias=False)
print(
    f"c = {c:g} > 0; every one of the 20 starts ends at W* = {W_star:g}:",
    np.allclose(hist_many.w[-1], W_star),
)

# %%
fig, ax = lu.figure(size=(6.4, 3.8))
W_grid = np.linspace(-5.5, 7.5, 200)
ax.plot(W_grid, lu.cost_grid(x, y, W_grid), color="gray", label="cost($W$)")
for j in range(len(w_starts)):
    ax.plot(hist_many.w[:, j], hist_many.cost[:, j], ".-", lw=0.8, ms=3)
ax.plot([W_star], [0], "*", color="#2ca02c", ms=16, mec="black", label="the one minimum")
ax.set(
    xlabel="$W$",
    ylabel="cost($W$)",
    title=rf"MSE of a line: curvature $(2/m)\,\Sigma x^2$ = {c:g} at every $W$",
)
ax.legend(loc="upper center", fontsize=8)
lu.show(fig)

# %% [markdown]
# So for linear regression only α needs care, not the start. Traps come back in notebook 09, where a sigmoid
# inside the cost makes it non-convex: descent crawls on flat plateaus, or gets stuck far from the minimum,
# the lecture's *Local Minimum 빠지기 쉽다* (easily falls into a local minimum).
#
# ## Going further (optional): sixty learning rates in one call
#
# `lu.train_linear` also accepts an array of learning rates and trains them side by side in one vectorized
# loop. Sixty values from 0.001 to 0.3 on a log scale, 100 steps each:

# %%
lrs = np.geomspace(0.001, 0.3, 60)
hist_w = lu.train_linear(x, y, lrs, 100, w0=0.0, bias=False)
print(hist_w)
print("steps at which runs diverged:", hist_w.diverged_at[hist_w.diverged_at >= 0])
better = hist_w.cost[-1] < hist_w.cost[0]  # a diverged run's later costs are NaN, which compares as False
print(f"largest alpha that lowered the cost:  {lrs[better].max():.4f}")
print(f"smallest alpha that did not:          {lrs[~better].min():.4f}")
print(f"the edge computed from the data, 2/c: {2 / c:.4f}")

# %% [markdown]
# ## Going further (optional): with the bias, the Hessian
#
# With b the cost depends on two parameters, and its curvature is a 2 × 2 matrix of second derivatives, the
# **Hessian** (헤세 행렬):
#
# $$\nabla^2 \text{cost}(W, b) = \frac{2}{m}\begin{bmatrix} \sum x_i^2 & \sum x_i \\ \sum x_i & m \end{bmatrix}$$
#
# It has two special directions in the (W, b) plane, its eigenvectors (고유벡터): along each the cost is a
# parabola whose curvature λ is the matching eigenvalue (고윳값). Along each, descent multiplies the error by
# 1 − αλ per step, as in section 2, so the steepest one, λmax, sets the edge: α < 2 / λmax.
#
# Your turn before the notebook's version: write `stable_lr_wb(x)` that returns 2 / λmax for this Hessian
# (`np.linalg.eigvalsh` returns the eigenvalues in ascending order).


# %%
def stable_lr_wb(x):
    # your code here
    return None


lu.checks.check_stable_lr_wb(stable_lr_wb)

# %% [markdown]
# <details><summary>Solution</summary>
#
# ```python
# def stable_lr_wb(x):
#     m = len(x)
#     hessian = 2 / m * np.array([[np.sum(x**2), np.sum(x)], [np.sum(x), m]])
#     return 2 / np.linalg.eigvalsh(hessian)[-1]
#
#
# lu.checks.check_stable_lr_wb(stable_lr_wb)
# ```
#
# </details>
#
# The notebook's version, and the sixty rates again, now training W and b (200 steps):

# %%
hessian = 2 / m * np.array([[np.sum(x**2), np.sum(x)], [np.sum(x), m]])
lam = np.linalg.eigvalsh(hessian)  # ascending
print(f"eigenvalues: {lam[0]:.4f} and {lam[1]:.4f}, both > 0;  edge 2 / lambda_max = {2 / lam[1]:.4f}")
hist_wb = lu.train_linear(x, y, lrs, 200)
better_wb = hist_wb.cost[-1] < hist_wb.cost[0]
print(
    f"largest alpha that lowered the cost: {lrs[better_wb].max():.4f}, smallest that did not: {lrs[~better_wb].min():.4f}"
)
print(
    f"W only: cost below 1e-20 for alpha from {lrs[hist_w.cost[-1] < 1e-20].min():.3f} to {lrs[hist_w.cost[-1] < 1e-20].max():.3f}"
)
print(
    f"W and b: lowest cost after 200 steps {np.nanmin(hist_wb.cost[-1]):.1e}, at alpha = {lrs[np.nanargmin(hist_wb.cost[-1])]:.4f}"
)

# %%
fig, axes = lu.figure(2, size=(11.0, 4.0))
for ax, h, edge, name in (
    (axes[0], hist_w, 2 / c, r"$W$ only, 100 steps: edge $2/c = m\,/\,\Sigma x^2$"),
    (axes[1], hist_wb, 2 / lam[1], r"$W$ and $b$, 200 steps: edge $2 / \lambda_{max}$"),
):
    ok = h.diverged_at < 0  # a diverged run has no cost after training: no point, a mark on the top edge
    ax.plot(lrs[ok], h.cost[-1, ok], "o-", ms=4, label="cost after training")
    top = ax.get_xaxis_transform()  # x in data, y in axes fractions: 0.96 is just under the top edge
    ax.plot(lrs[~ok], np.full((~ok).sum(), 0.96), "v", color="#b00", ms=7, transform=top)
    ax.axvspan(lrs[~ok].min(), lrs.max() * 1.15, color="#b00", alpha=0.08, label="diverged: stopped, no cost")
    ax.axhline(h.cost[0, 0], color="gray", ls="--", lw=1, label="cost at the start")
    ax.axvline(edge, color="black", ls=":", lw=1.5, label=f"edge = {edge:.4f}")
    ax.set(xscale="log", yscale="log", title=name, xlim=(lrs.min() / 1.15, lrs.max() * 1.15))
    ax.set(xlabel=r"learning rate $\alpha$", ylabel="cost after training")
    ax.legend(loc="lower left", fontsize=8)
lu.show(fig)

# %% [markdown]
# - **Left (W only).** Small α: the cost falls only a little in 100 steps. From about 0.015 to 0.11 it falls
#   below 10⁻²⁰, rounding error: 0. Right after the dotted edge every run diverges, and the trainer stops it
#   (sooner the farther right).
# - **Right (W and b).** The edge moves left, because λmax is larger than c. Along the other eigenvector the
#   error only shrinks by 1 − αλmin per step, with λmin small, so the best α sits just below the edge.
#
# The Hessian does not depend on W or b, and both eigenvalues are positive: cost(W, b) is convex too.
#
# ## Going further (optional): the learning rate and the two valleys
#
# Near a minimum w*, f'(w) ≈ f''(w*) (w − w*) with f''(w) = 3w² − 2, so descent settles there only if
# α < 2 / f''(w*). The global valley is the sharper one:

# %%
for name, w_ in (("global", w_glob), ("local", w_loc)):
    print(
        f"{name} minimum: f'' = {3 * w_**2 - 2:.3f}, so it is stable only for alpha < {2 / (3 * w_**2 - 2):.3f}"
    )
for lr in (0.01, 0.1, 0.3, 0.5):
    w = starts.copy()
    with np.errstate(over="ignore", invalid="ignore"):  # a diverging run overflows to inf, then NaN
        for _ in range(100):
            w = w - lr * df(w)
    n_glob, n_loc = np.sum(np.abs(w - w_glob) < 1e-3), np.sum(np.abs(w - w_loc) < 1e-3)
    n_div = np.sum(~np.isfinite(w))
    print(
        f"alpha = {lr:<4}: global {n_glob:2d}, local {n_loc:2d}, diverged {n_div:2d}, "
        f"not settled after 100 steps {len(w) - n_glob - n_loc - n_div:2d}"
    )

# %% [markdown]
# With α = 0.5 no start settles in the global minimum: that valley is too sharp for this step, so descent
# bounces in it, or out of it into the other valley; the starts farthest out diverge.

# %% [markdown]
# ## Exercises
#
# ### Exercise 1: the edge for the slide's update
#
# The slide's update drops the 2 of the derivative: W := W − α (1/m) Σ (W xᵢ − yᵢ) xᵢ. Write
# `stable_lr_slide(x)` that returns the edge of the stable range for that update (the α at which W oscillates
# forever). Is it larger or smaller than `stable_lr(x)`, and why?


# %%
def stable_lr_slide(x):
    # your code here
    return None


# %%
lu.checks.check_stable_lr_slide(stable_lr_slide)

# %% [markdown]
# <details><summary>Solution</summary>
#
# Without the 2 the slope is (1/m) Σ (W xᵢ − yᵢ) xᵢ, a line in W with curvature (1/m) Σ xᵢ², half of c. One
# step multiplies W − W* by 1 − α (1/m) Σ xᵢ², which is −1 at α = 2m / Σ xᵢ²: larger, twice the course's
# edge, because each step is half as long for the same α.
#
# ```python
# def stable_lr_slide(x):
#     return 2 * len(x) / np.sum(x**2)
#
#
# lu.checks.check_stable_lr_slide(stable_lr_slide)
# ```
#
# </details>

# %% [markdown]
# ## In this notebook, we learned:
#
# - the learning rate α (학습률) scales each step; too small crawls, too large zig-zags, larger still
#   diverges, and `lu.train_linear` stops a diverging run and names the step;
# - for cost(W) every step multiplies W − W* by q = 1 − αc with c = (2/m) Σ x², so α = 1/c lands on the
#   minimum at once; at the edge α = 2/c = m / Σ x², q = −1 and W oscillates forever; above it, it diverges;
# - a function with two valleys has a local minimum (지역 최솟값) and a global minimum (전역 최솟값); gradient
#   descent ends in the valley it starts above;
# - the MSE of linear regression is convex (볼록): its second derivative (2/m) Σ x² > 0, so every start ends at
#   the same minimum.
#
# Next: [07 · Multi-variable regression](07_multivariable_regression.ipynb): five features at once, and
# the matrix form H(X) = XW + b.
