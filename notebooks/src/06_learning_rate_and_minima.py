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
# - seeing what the learning rate α (학습률) in W := W − α · dcost/dW does: too small and W crawls, well
#   chosen and it slides into the minimum, too large and it zig-zags, larger still and it diverges (발산)
#   (slides *Gradient Descent* and *Why use Learning Rate*);
# - explaining those four behaviours with one number, and computing from the data the edge of the stable
#   range: α < m / Σ x² for W alone, α < 2 / λmax with b (slide *Why use Learning Rate*);
# - training 60 learning rates in one call and reading that edge off a plot (slide *Why use Learning Rate*);
# - a local minimum (지역 최솟값) and the global minimum (전역 최솟값) of a function with two valleys, where the
#   starting point decides the outcome (slide *Problem: Local Minimum, Global Minimum*);
# - why linear regression with MSE has no such trap: its cost is convex (볼록), which we compute.

# %% [markdown]
# ## 1. The learning rate (학습률) in the update
#
# Notebook 05 took the slide *Consider only Weight for understand*: no bias, one parameter W, and
#
# $$\text{cost}(W) = \frac{1}{m}\sum_{i=1}^{m}\left(W x^{(i)} - y^{(i)}\right)^2, \qquad
# W := W - \alpha \frac{d\,\text{cost}}{dW}, \qquad \frac{d\,\text{cost}}{dW} = \frac{2}{m}\sum_{i=1}^{m}
# \left(W x^{(i)} - y^{(i)}\right) x^{(i)}$$
#
# The slide's update has no 2 in front of the sum; this course keeps the 2, so every α here is half the
# slide's α for the same step. The derivative says which way is downhill and how steep it is; α says how far
# to go. On the lecture's samples (1, 1) … (4, 4):

# %%
x, y = lu.load_regression_samples()
m = len(x)


def cost_w(W):
    return np.mean((W * x - y) ** 2)


def dcost_dw(W):
    return 2 * np.mean((W * x - y) * x)


print("x =", x, " y =", y, " m =", m)
print(f"cost(0) = {cost_w(0.0):g}, cost(1) = {cost_w(1.0):g}: the minimum is at W = 1")

# %% [markdown]
# The update, repeated `steps` times; `descend` returns W at every step, the start included:


# %%
def descend(W, lr, steps):
    path = [W]
    for _ in range(steps):
        W = W - lr * dcost_dw(W)
        path.append(W)
    return np.array(path)


# %% [markdown]
# Four learning rates, 20 steps each, all from W = 0:

# %%
rates = [0.005, 0.05, 0.12, 0.2]
paths = {lr: descend(0.0, lr, 20) for lr in rates}
for lr, path in paths.items():
    print(f"alpha = {lr:<5}: W = {np.round(path[:5], 3)} ...  after 20 steps W = {path[-1]:.4g}")

# %% [markdown]
# - α = 0.005 creeps: after 20 steps W is still far below 1;
# - α = 0.05 is nearly there after 3 steps;
# - α = 0.12 jumps *over* the minimum (W = 1.8 after one step), then back, and zig-zags in;
# - α = 0.2 jumps over it by more each time, and after 20 steps W is about −1,000,000: it **diverges**,
#   moving ever farther from the minimum.
#
# On the cost curve:

# %%
labels = ["too small: crawls", "good", "too large: zig-zags", "larger still: diverges"]
views = [(-1, 3, 20)] * 3 + [(-4, 6, 160)]  # W from, W to, top of the cost axis: the last one zoomed out
fig, axes = lu.figure(4, size=(14.0, 3.6))
for ax, (lr, path), label, (lo, hi, top) in zip(axes, paths.items(), labels, views, strict=True):
    ws = np.linspace(lo, hi, 201)
    ax.plot(ws, lu.cost_grid(x, y, ws), label="cost(W)")
    ax.plot(path, lu.cost_grid(x, y, path), ".-", color="#ff7f0e", lw=1.2, label="W at each step")
    ax.plot(path[0], cost_w(path[0]), "x", color="black", ms=9, mew=2)
    ax.set(
        xlim=(lo, hi), ylim=(-0.03 * top, top), xlabel="W", ylabel="cost(W)", title=f"alpha = {lr}: {label}"
    )
for t in range(4):  # number the first steps of the diverging run
    axes[3].annotate(
        str(t), (paths[0.2][t], cost_w(paths[0.2][t])), xytext=(6, -4), textcoords="offset points"
    )
axes[0].legend(loc="upper center", fontsize=8)
lu.show(fig)

# %% [markdown]
# The course's trainer `lu.train_linear` runs the same loop (vectorized) and gives the same path. It also
# watches the cost: when the cost explodes it stops and says at which step, instead of returning garbage.

# %%
hist = lu.train_linear(x, y, 0.05, 20, w0=0.0, bias=False)
print("same path as our loop:", np.allclose(hist.w, paths[0.05]))
try:
    lu.train_linear(x, y, 0.2, 20, w0=0.0, bias=False)
except lu.DivergenceError as err:
    print("DivergenceError:", err)

# %% [markdown]
# Now drag the learning rate yourself (a log-scale slider from 0.001 to 0.3). Left: the path of W on cost(W).
# Right: the cost at every step on a log scale, titled with the trainer's own summary `history.message()`;
# a run that diverges says so there, in red.

# %%
lu.explorers.learning_rate_explorer(x, y, lr=0.05, lr_range=(0.001, 0.3), steps=30, w0=0.0)

# %% [markdown]
# ## 2. Why use a learning rate, and how large: one number decides
#
# For this cost the derivative is a straight line in W. With W* = Σ xᵢyᵢ / Σ xᵢ², the W where it is zero,
#
# $$\frac{d\,\text{cost}}{dW} = \frac{2}{m}\left(W \sum x_i^2 - \sum x_i y_i\right) = c\,(W - W^*), \qquad
# c = \frac{2}{m}\sum_{i=1}^{m} x_i^2$$
#
# c is the second derivative of cost(W), its curvature (곡률). One update then does
#
# $$W - W^* \;:=\; (W - W^*) - \alpha c\,(W - W^*) \;=\; (1 - \alpha c)\,(W - W^*)$$
#
# Every step multiplies the distance to the minimum by the same number q = 1 − αc:

# %%
c = 2 / m * np.sum(x**2)
W_star = np.sum(x * y) / np.sum(x**2)
print(f"c = (2/m) sum x^2 = {c:g},  W* = {W_star:g}")
for lr, path in paths.items():
    ratio = (path[2] - W_star) / (path[1] - W_star)  # measured on the path
    print(
        f"alpha = {lr:<5}: q = 1 - alpha c = {1 - lr * c:+.3f}   measured (W2 - W*) / (W1 - W*) = {ratio:+.3f}"
    )

# %% [markdown]
# So the four behaviours are four ranges of q:
#
# | α | q = 1 − αc | what W does |
# |---|---|---|
# | small, α < 1/c | between 0 and 1 | approaches W* from one side; q near 1 means it **crawls** |
# | α = 1/c | 0 | lands on W* in **one step** |
# | 1/c < α < 2/c | between −1 and 0 | **overshoots**, zig-zags, still converges |
# | α > 2/c | below −1 | each step lands **farther** away: it **diverges** |
#
# That is the answer to *Why use Learning Rate*: the derivative alone (α = 1) would be far too big a step
# here, and the right size depends on the data. The edge of the stable range is
#
# $$\alpha < \frac{2}{c} = \frac{m}{\sum_i x_i^2}$$

# %%
print(f"1/c = {1 / c:.4f}: one step to the minimum")
print(f"2/c = m / sum x^2 = {m / np.sum(x**2):.4f}: the edge")
print(f"one step with alpha = 1/c from W = 0: W = {descend(0.0, 1 / c, 1)[-1]:.6f}")

# %% [markdown]
# The edge comes from **the data's scale**. Measure the same x in other units, ten times larger, and Σ x²
# grows a hundredfold, so the largest stable α shrinks a hundredfold:

# %%
for scale in (1, 10, 100):
    xs_ = scale * x
    print(f"x * {scale:<3}: sum x^2 = {np.sum(xs_**2):>8g},  edge m / sum x^2 = {m / np.sum(xs_**2):.3g}")

# %% [markdown]
# ## 3. Sixty learning rates in one call
#
# `lu.train_linear` accepts a whole array of learning rates and trains them side by side, one run per α, in
# a single vectorized loop over the steps. Sixty values spread evenly on a log scale from 0.001 to 0.3, 100
# steps each:

# %%
lrs = np.geomspace(0.001, 0.3, 60)
hist_w = lu.train_linear(x, y, lrs, 100, w0=0.0, bias=False)
print(hist_w)
print("cost after 100 steps, first five runs:", np.round(hist_w.cost[-1, :5], 4))
print("steps at which runs diverged:", hist_w.diverged_at[hist_w.diverged_at >= 0])

# %% [markdown]
# A diverged run's costs after the step it stopped are NaN (not a number), on purpose: nothing to plot
# there. Which runs ended below the cost they started with, and where does that stop?

# %%
better = hist_w.cost[-1] < hist_w.cost[0]  # NaN compares as False: diverged runs count as worse
print(f"largest alpha that lowered the cost:  {lrs[better].max():.4f}")
print(f"smallest alpha that did not:          {lrs[~better].min():.4f}")
print(f"the edge computed from the data, 2/c: {2 / c:.4f}")

# %% [markdown]
# Now with the bias. The cost depends on two parameters, and its curvature is a 2 × 2 matrix of second
# derivatives, the **Hessian** (헤세 행렬):
#
# $$\nabla^2 \text{cost}(W, b) = \frac{2}{m}\begin{bmatrix} \sum x_i^2 & \sum x_i \\ \sum x_i & m \end{bmatrix}$$
#
# The Hessian has two special directions in the (W, b) plane, its eigenvectors (고유벡터): along each one the
# cost is a parabola, with curvature λ, the matching eigenvalue (고윳값); `np.linalg.eigvalsh` computes both
# λ. Along each of them gradient descent behaves exactly as in section 2, multiplying the error by 1 − αλ per
# step. So the steepest direction, the one with the largest eigenvalue λmax, sets the edge: α < 2 / λmax.
# (If eigenvalues are new to you, read λmax as "the largest curvature in any direction".)

# %%
hessian = 2 / m * np.array([[np.sum(x**2), np.sum(x)], [np.sum(x), m]])
lam = np.linalg.eigvalsh(hessian)  # ascending
print("Hessian:\n", hessian)
print(f"eigenvalues: {lam[0]:.4f} and {lam[1]:.4f};  edge 2 / lambda_max = {2 / lam[1]:.4f}")

# %% [markdown]
# The same sixty learning rates, now training W and b (200 steps), and where the edge shows up:

# %%
hist_wb = lu.train_linear(x, y, lrs, 200)
better_wb = hist_wb.cost[-1] < hist_wb.cost[0]
print(
    f"largest alpha that lowered the cost: {lrs[better_wb].max():.4f}, smallest that did not: "
    f"{lrs[~better_wb].min():.4f}"
)
print(
    f"W only: cost below 1e-20 for every alpha from {lrs[hist_w.cost[-1] < 1e-20].min():.3f} to "
    f"{lrs[hist_w.cost[-1] < 1e-20].max():.3f}"
)
print(
    f"W and b: lowest cost after 200 steps {np.nanmin(hist_wb.cost[-1]):.1e}, "
    f"at alpha = {lrs[np.nanargmin(hist_wb.cost[-1])]:.4f}"
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
# Read the plot from left to right:
#
# - **Left (W only).** Small α: the cost falls only a little in 100 steps. From about 0.015 to 0.11 it
#   falls below 10⁻²⁰, down to rounding error: 0. Right after the dotted edge every run diverges: its cost
#   grows by the same factor each step, and the trainer stops it once the cost has risen five steps in a
#   row to over 100 times its start (or explodes past 10⁸ times), sooner the farther right.
# - **Right (W and b).** The edge moves left, because λmax is larger than c. And no α is "good" in the
#   same way: along the other eigenvector the error only shrinks by 1 − αλmin per step, with λmin small, so
#   the larger the stable α, the better, and the best α sits just below the edge.
#
# ## 4. Problem: local minimum (지역 최솟값) and global minimum (전역 최솟값)
#
# The slide's *Problem* is a cost with more than one valley. Gradient descent only feels the slope where it
# stands, so it walks into whichever valley it starts above. A function with two valleys of different depths:
#
# $$f(w) = \frac{w^4}{4} - w^2 + \frac{w}{2}, \qquad f'(w) = w^3 - 2w + \frac{1}{2}, \qquad f''(w) = 3w^2 - 2$$


# %%
def f(w):
    return w**4 / 4 - w**2 + w / 2


def df(w):
    return w**3 - 2 * w + 0.5


stationary = np.sort(np.roots([1, 0, -2, 0.5]).real)  # where f'(w) = 0
for w_ in stationary:
    kind = "minimum" if 3 * w_**2 - 2 > 0 else "maximum"
    print(f"f'({w_:+.4f}) = 0,  f''= {3 * w_**2 - 2:+.3f}: a {kind},  f = {f(w_):+.4f}")
w_glob, w_peak, w_loc = stationary

# %% [markdown]
# Two minima: the **global minimum** (the lowest value anywhere) at w ≈ −1.53 with f ≈ −1.74, and a
# **local minimum** (lowest only in its neighbourhood) at w ≈ 1.27 with f ≈ −0.33, separated by a
# maximum at w ≈ 0.26. Between the points where f'' = 0, at w = ±√(2/3), the curve bends downward: there f is
# not convex.

# %%
wv = np.linspace(-2.5, 2.5, 401)
bend = np.sqrt(2 / 3)
fig, ax = lu.figure(size=(6.4, 3.8))
ax.plot(wv, f(wv), label="f(w)")
ax.axvspan(-bend, bend, color="#d62728", alpha=0.1, label="f'' < 0: bends down")
ax.plot(w_glob, f(w_glob), "*", color="#2ca02c", ms=16, mec="black", label="global minimum")
ax.plot(w_loc, f(w_loc), "^", color="#ff7f0e", ms=12, mec="black", label="local minimum")
ax.plot(w_peak, f(w_peak), "v", color="gray", ms=9, label="maximum between them")
ax.set(xlabel="w", ylabel="f(w)", title="f(w) = w^4/4 - w^2 + w/2: two valleys", ylim=(-2.2, 3))
ax.legend(loc="upper center", fontsize=8, ncol=2)
lu.show(fig)

# %% [markdown]
# Gradient descent, w := w − α f'(w), from two starting points with the same α = 0.1:

# %%
for w0 in (-2.0, 1.5):
    w = w0
    for _ in range(60):
        w = w - 0.1 * df(w)
    print(f"start {w0:+}: after 60 steps w = {w:+.4f}, f = {f(w):+.4f}, |f'(w)| < 1e-6: {abs(df(w)) < 1e-6}")

# %% [markdown]
# Both runs stop with f'(w) = 0: from w = 1.5 that is the local minimum, and nothing in the update can tell
# it that a deeper valley exists. Many starting points at once: put them all in one array, and the same
# update moves every one of them (one loop over the steps, none over the starts):

# %%
starts = np.linspace(-2.5, 2.5, 51)
w = starts.copy()
for _ in range(100):
    w = w - 0.1 * df(w)
to_global = np.abs(w - w_glob) < 1e-3
to_local = np.abs(w - w_loc) < 1e-3
print(
    f"{to_global.sum()} starts end in the global minimum, {to_local.sum()} in the local one, "
    f"{(~to_global & ~to_local).sum()} elsewhere"
)
print(
    f"the last start that reaches the global minimum: {starts[to_global].max():+.1f};"
    f" the maximum sits at {w_peak:+.4f}"
)

# %%
fig, (ax1, ax2) = lu.figure(2, size=(10.4, 3.8))
ax1.plot(wv, f(wv), color="gray")
ax1.scatter(
    starts[to_global], f(starts[to_global]), color="#2ca02c", s=18, label="ends in the global minimum"
)
ax1.scatter(starts[to_local], f(starts[to_local]), color="#ff7f0e", s=18, label="ends in the local minimum")
ax1.set(xlabel="starting w", ylabel="f(w)", title="51 starting points, coloured by outcome", ylim=(-2.2, 5))
ax1.legend(loc="upper center", fontsize=8)
ax2.scatter(starts, w, c=np.where(to_global, "#2ca02c", "#ff7f0e"), s=18)
ax2.axvline(w_peak, color="gray", ls=":", label=f"maximum at w = {w_peak:.2f}")
ax2.set(xlabel="starting w", ylabel="w after 100 steps", title="where each start ends")
ax2.legend(loc="upper left", fontsize=8)
lu.show(fig)

# %% [markdown]
# The maximum is the watershed: starts to its left roll into the global minimum, starts to its right into the
# local one. Drag the starting point and the learning rate below. The strip under the curve colours all 200
# starting points by where descent from them ends at the current learning rate (recomputed at every move,
# 200 runs at once).

# %%
lu.explorers.minima_explorer(f, df, w0=1.5, lr=0.1, formula="f(w) = w^4/4 - w^2 + w/2")

# %% [markdown]
# The learning rate matters here too, and section 2 says how. Near a minimum w*, f'(w) ≈ f''(w*) (w − w*),
# so descent settles there only if α < 2 / f''(w*). The global valley is the sharper one:

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
# With α = 0.5 no start settles in the global minimum: that valley is too sharp for this step size, so
# descent bounces around in it without settling, or out of it into the other valley; and the starts
# farthest out diverge. A large α can also carry w over the hump into the other valley. Either way,
# which minimum you end in depends on where you start and on α; gradient descent gives no guarantee of the
# global one.
#
# ## 5. Why linear regression with MSE has no such trap
#
# A function is **convex** (볼록) when it bends upward everywhere: its second derivative is never negative.
# Then it has no separate valleys, and any minimum it has is the global one. For cost(W) of section 2 the
# second derivative is the same number c at every W:

# %%
print(f"cost(W):  d2 cost / dW2 = (2/m) sum x^2 = {c:g} > 0 at every W")
print(f"cost(W, b): Hessian eigenvalues {lam[0]:.4f} and {lam[1]:.4f}, both > 0 at every (W, b)")
print(
    f"f(w): f'' = 3w^2 - 2 ranges from {(3 * wv**2 - 2).min():g} to {(3 * wv**2 - 2).max():.3g} on [-2.5, 2.5]"
)

# %% [markdown]
# (2/m) Σ x² is positive for any data with a nonzero x, so the MSE of a line is always a single bowl: the
# Hessian does not depend on W or b at all. Check it the same way as above, twenty starting points trained at
# once (`w0` may be an array too):

# %%
w_starts = np.linspace(-5, 7, 20)
hist_many = lu.train_linear(x, y, 0.05, 60, w0=w_starts, bias=False)
print(
    f"20 starts from {w_starts[0]:g} to {w_starts[-1]:g}: every one ends at W* = {W_star:g}:",
    np.allclose(hist_many.w[-1], W_star, atol=1e-12),
)

# %%
fig, (ax1, ax2) = lu.figure(2, size=(10.4, 3.8))
f2 = 3 * wv**2 - 2  # f''(w)
ax1.plot(wv, f2, label="$f''(w) = 3w^2 - 2$")
ax1.axhline(0, color="black", lw=0.8)
ax1.fill_between(wv, f2, 0, where=f2 < 0, color="#d62728", alpha=0.2, label="below 0: not convex")
ax1.set(xlabel="$w$", ylabel="$f''(w)$", title="Section 4's two-valley $f(w)$: its curvature")
ax1.legend(loc="upper center", fontsize=8)
W_grid = np.linspace(-5.5, 7.5, 200)
ax2.plot(W_grid, lu.cost_grid(x, y, W_grid), color="gray", label="cost($W$)")
for j in range(len(w_starts)):
    ax2.plot(hist_many.w[:, j], hist_many.cost[:, j], ".-", lw=0.8, ms=3)
ax2.plot([W_star], [0], "*", color="#2ca02c", ms=16, mec="black", label="the one minimum")
ax2.set(
    xlabel="$W$",
    ylabel="cost($W$)",
    title=rf"MSE of a line: curvature $(2/m)\,\Sigma x^2$ = {c:g} at every $W$",
)
ax2.legend(loc="upper center", fontsize=8)
lu.show(fig)

# %% [markdown]
# So for linear regression the learning rate is the only thing to get right (section 3), and the starting
# point does not matter. The trap comes back in notebook 09, where a sigmoid inside the MSE bends the cost,
# which is what the lecture means by *Local Minimum 빠지기 쉽다* (it easily falls into a local minimum).

# %% [markdown]
# ## Exercises
#
# ### Exercise 1: the edge of the stable range, W only
#
# Write `stable_lr(x)` that returns the largest learning rate for which gradient descent on
# cost(W) = (1/m) Σ (W xᵢ − yᵢ)² (no bias, the course's gradient with the 2) still converges: 2 / c.


# %%
def stable_lr(x):
    # your code here
    return None


# %%
lu.checks.check_stable_lr(stable_lr)

# %% [markdown]
# <details><summary>Solution</summary>
#
# c = (2/m) Σ x², so 2 / c = m / Σ x².
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

# %% [markdown]
# ### Exercise 2: the edge with a bias
#
# Write `stable_lr_wb(x)` that returns 2 / λmax, where λmax is the largest eigenvalue of the Hessian
# (2/m) [[Σ x², Σ x], [Σ x, m]] of cost(W, b). (`np.linalg.eigvalsh` returns the eigenvalues in ascending
# order.)


# %%
def stable_lr_wb(x):
    # your code here
    return None


# %%
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

# %% [markdown]
# ### Exercise 3: many starting points at once
#
# Write `descend_many(df, w0, lr, steps)` that runs w := w − lr · df(w) `steps` times from every start in the
# array `w0` at once (one loop over the steps, none over the starts) and returns the final w, one per start.
# `df` is a derivative written in numpy, like `df` above. Do not change `w0` in place.


# %%
def descend_many(df, w0, lr, steps):
    # your code here
    return None


# %%
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

# %% [markdown]
# ## In this notebook, we learned:
#
# - the learning rate α (학습률) scales each step; too small crawls, too large zig-zags, larger still
#   diverges, and `lu.train_linear` stops a diverging run and names the step;
# - for cost(W) every step multiplies W − W* by 1 − αc with c = (2/m) Σ x², so α = 1/c lands on the
#   minimum at once and the edge of the stable range is α < 2/c = m / Σ x², set by the data's scale;
# - with b the edge is 2 / λmax, λmax the largest eigenvalue of the Hessian (2/m) [[Σ x², Σ x], [Σ x, m]];
#   60 learning rates trained in one call put the edge exactly where the formulas do;
# - a function with two valleys has a local minimum (지역 최솟값) and a global minimum (전역 최솟값); gradient
#   descent ends in the valley it starts above, and α decides which valleys it can settle in at all;
# - the MSE of linear regression is convex (볼록): its second derivative (2/m) Σ x² > 0, so every start ends at
#   the same minimum.
#
# Next: [07 · Multi-variable regression](07_multivariable_regression.ipynb): five features at once, and
# the matrix form H(X) = XW + b.
