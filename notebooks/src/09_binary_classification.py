# %% [markdown]
# # 09 · Binary classification and why MSE fails there
#
# [![Open In Colab](https://colab.research.google.com/assets/colab-badge.svg)](https://colab.research.google.com/github/dl-basics-course/deep-learning-basics/blob/main/notebooks/09_binary_classification.ipynb)
#
# Mirrors the lecture's slides *Final Out_Range*, *Binary Classification*, *How to Make Binary
# Classification Cost Function* (the sigmoid hypothesis and MSE), *Binary* (the 10-point table) and
# *MSE, ABS Problem*.

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
# - a continuous output or a discrete one (cat = 0, dog = 1), and why a line is a poor classifier;
# - the sigmoid hypothesis H(x) = σ(Wx) and its MSE cost on the lecture's 10-point table: flat plateaus,
#   not convex, gradient descent crawling;
# - the slide's other cost, ABS: a hump that sends gradient descent away from the minimum.

# %% [markdown]
# ## 1. Final Out_Range: a continuous or a discrete output
#
# The 5-feature table of notebook 07 has an output Y anywhere in a range (*Output ⇒ Continue, Ex) 0~3.4*):
# a **continuous** (연속) output. Predicting it is **regression** (회귀).

# %%
X5, Y5 = lu.load_multivariable()
print("Y of the 5-feature table:", Y5)
print(f"smallest {Y5.min():g}, largest {Y5.max():g}: any number in between is a possible output")

# %% [markdown]
# The next slide: *Cat = 0*, *Dog = 1*, a **discrete** (이산) output; 0 and 1 name two classes. Predicting
# one of two classes is **binary classification** (이진 분류).

# %%
fig, (ax1, ax2) = lu.figure(2, size=(9.6, 2.6))
ax1.plot([0, 3.4], [0, 0], color="gray", lw=6, alpha=0.3, solid_capstyle="round")
ax1.scatter(Y5, np.zeros_like(Y5), s=60, zorder=3)
for k, yi in enumerate(np.sort(Y5)):  # labels alternate above and below: 1.2 and 1.3 sit close together
    ax1.annotate(
        f"{yi:g}", (yi, 0), xytext=(0, 10 if k % 2 == 0 else -20), textcoords="offset points", ha="center"
    )
ax1.set(title="continuous: Y anywhere in 0 ... 3.4", xlabel="Y", xlim=(-0.3, 3.7), ylim=(-1, 1))
ax2.scatter([0, 1], [0, 0], s=[120, 120], c=["#1f77b4", "#d62728"], zorder=3)
for value, name in ((0, "cat = 0"), (1, "dog = 1")):
    ax2.annotate(name, (value, 0), xytext=(0, 12), textcoords="offset points", ha="center")
ax2.set(title="discrete: two classes only", xlabel="label", xlim=(-0.6, 1.6), ylim=(-1, 1))
ax2.xaxis.set_major_locator(plt.MultipleLocator(1))  # ticks at 0 and 1 only
for ax in (ax1, ax2):
    ax.tick_params(axis="y", left=False, labelleft=False)
lu.show(fig)

# %% [markdown]
# ## 2. Binary classification: the lecture's table, and why a line is a poor classifier
#
# The slide *Binary* gives ten samples: one input x from 0.0 to 0.9 and a label y that is 0 or 1.

# %%
x, y = lu.load_binary()
print("x:", x)
print("y:", y.astype(int))
print(f"{int(y.sum())} samples have y = 1, {int((y == 0).sum())} have y = 0")

# %%
fig, ax = lu.figure(size=(5.6, 3.2))
ax.scatter(x[y == 0], y[y == 0], color="#1f77b4", label="y = 0")
ax.scatter(x[y == 1], y[y == 1], color="#d62728", marker="^", s=60, label="y = 1")
ax.set(xlabel="x", ylabel="y", title="The lecture's binary table", ylim=(-0.3, 1.3))
ax.yaxis.set_major_locator(plt.MultipleLocator(1))
ax.legend(loc="center right")
lu.show(fig)

# %% [markdown]
# The labels are mixed along x: no single cut separates them. A classifier that says "1 below a
# **threshold** (임계값) t, else 0" (or the reverse) can do at best this well on the table:

# %%
cuts = np.arange(-0.05, 1.0, 0.1)  # a cut between every two neighbouring x values
below = x[None, :] < cuts[:, None]  # (cuts, samples): is x below the cut?
correct_1_below = np.sum(below == (y == 1), axis=1)  # "1 below the cut"
correct_1_above = np.sum(~below == (y == 1), axis=1)  # "1 above the cut"
best = max(correct_1_below.max(), correct_1_above.max())
t_best = cuts[np.argmax(correct_1_below)]
print(f"best threshold rule: 1 if x < {t_best:.2f}: {best} of {len(x)} correct, {len(x) - best} mistakes")

# %% [markdown]
# A first idea: fit a line H(x) = Wx + b by least squares (notebook 04) and answer 1 where H(x) ≥ 0.5.
# With four cats (x = 1 … 4) and four dogs (x = 6 … 9), `np.polyfit` gives the line:

# %%
x_pets = np.array([1.0, 2.0, 3.0, 4.0, 6.0, 7.0, 8.0, 9.0])
y_pets = np.array([0.0, 0.0, 0.0, 0.0, 1.0, 1.0, 1.0, 1.0])
W_line, b_line = np.polyfit(x_pets, y_pets, 1)
t_line = (0.5 - b_line) / W_line  # where W x + b = 0.5
print(f"H(x) = {W_line:.4f} x {b_line:+.4f}: threshold x = {t_line:.3f}")
print("predicted:", (W_line * x_pets + b_line >= 0.5).astype(int), " labels:", y_pets.astype(int))

# %% [markdown]
# The threshold sits at 5.0, between the classes. Now add one easy dog far away, at x = 30:

# %%
x_out = np.r_[x_pets, 30.0]
y_out = np.r_[y_pets, 1.0]
W_out, b_out = np.polyfit(x_out, y_out, 1)
t_out = (0.5 - b_out) / W_out
wrong = (W_out * x_out + b_out >= 0.5) != (y_out == 1)
print(f"H(x) = {W_out:.4f} x {b_out:+.4f}: threshold x = {t_out:.3f} (it was {t_line:.3f})")
print(f"misclassified now: x = {x_out[wrong]}; and H(30) = {W_out * 30 + b_out:.3f}, above 1")

# %%
fig, axes = lu.figure(2, size=(10.4, 3.6))
grid = np.linspace(0, 32, 200)
for ax, xs_, ys_, W_, b_, t_, name in (
    (axes[0], x_pets, y_pets, W_line, b_line, t_line, "8 samples"),
    (axes[1], x_out, y_out, W_out, b_out, t_out, "one more dog at x = 30"),
):
    ax.scatter(xs_[ys_ == 0], ys_[ys_ == 0], color="#1f77b4", label="cat (y = 0)", zorder=3)
    ax.scatter(xs_[ys_ == 1], ys_[ys_ == 1], color="#d62728", marker="^", s=60, label="dog (y = 1)", zorder=3)
    ax.plot(grid, W_ * grid + b_, color="black", lw=1.5, label="least-squares line")
    ax.axhline(0.5, color="gray", ls=":", lw=1)
    ax.axvline(t_, color="#ff7f0e", ls="--", label=f"threshold x = {t_:.2f}")
    miss = (W_ * xs_ + b_ >= 0.5) != (ys_ == 1)
    ax.scatter(xs_[miss], ys_[miss], s=260, facecolors="none", edgecolors="black", label="misclassified")
    ax.set(xlabel="x", ylabel="y, H(x)", title=name, ylim=(-0.5, 1.6), xlim=(0, 32))
    ax.legend(loc="lower right", fontsize=8)
lu.show(fig)

# %% [markdown]
# The line's output leaves [0, 1], and one far, easy sample moved the threshold (the dog at x = 6 is now a
# cat). We need an output in (0, 1).
#
# ## 3. The sigmoid hypothesis (시그모이드 가설)
#
# The slide *How to Make Binary Classification Cost Function* puts the line through a **sigmoid**
# (notebook 08):
#
# $$H(x) = \sigma(Wx) = \frac{1}{1 + e^{-Wx}}$$
#
# H(x) is the model's probability of a dog (y = 1); answer 1 when H(x) ≥ 0.5.
#
# **A slip in the slides:** $H(X) = \frac{1}{1 + e^{uX}}$ has a plus sign (a later slide fixes it). That
# curve is mirrored, 1/(1 + e^{z}) = σ(−z). The course uses σ(z) = 1/(1 + e^{−z}).

# %%
z = np.linspace(-8, 8, 401)
fig, ax = lu.figure(size=(5.8, 3.4))
ax.plot(z, 1 / (1 + np.exp(-z)), color="#d62728", label="1 / (1 + e^(-z))  (used here)")
ax.plot(z, 1 / (1 + np.exp(z)), color="gray", ls="--", label="1 / (1 + e^(+z))  (slide's slip)")
ax.set(xlabel="z", ylabel="value", title="The sign in the exponent mirrors the curve")
ax.legend(loc="center right", fontsize=8)
lu.show(fig)

# %% [markdown]
# Written from the formula, σ(−1000) needs e^{1000}: too big for a float, `inf` with an overflow warning.

# %%
with np.errstate(over="ignore"):
    print("np.exp(1000) =", np.exp(1000.0), "  1 / (1 + np.exp(1000)) =", 1 / (1 + np.exp(1000.0)))

# %% [markdown]
# Notebook 08's stable form exponentiates only numbers ≤ 0: with e = e^{−|z|}, σ(z) = 1/(1 + e) for z ≥ 0
# and e/(1 + e) for z < 0.


# %%
def sigmoid(z):
    e = np.exp(-np.abs(z))  # in (0, 1]: never overflows
    return np.where(z >= 0, 1 / (1 + e), e / (1 + e))


z_test = np.array([-1000.0, -2.0, 0.0, 2.0, 1000.0])
print("sigmoid:", sigmoid(z_test))
print("same as lu.sigmoid:", np.allclose(sigmoid(z_test), lu.sigmoid(z_test)))

# %% [markdown]
# With no bias (the slide's H has none), W sets how steep the curve is and which way it faces. Every
# curve passes through (0, 0.5), because W · 0 = 0 and σ(0) = 0.5: that one point matters in section 4.

# %%
ws_show = [-20.0, -5.0, -1.0, 0.0, 1.0, 5.0, 20.0]
xs = np.linspace(0, 0.9, 200)
colors = plt.cm.coolwarm(np.linspace(0, 1, len(ws_show)))
fig, ax = lu.figure(size=(6.4, 3.8))
ax.scatter(x, y, color="black", zorder=3, label="data")
for w_, c_ in zip(ws_show, colors, strict=True):
    ax.plot(xs, sigmoid(w_ * xs), color=c_, label=f"W = {w_:g}")
ax.set(xlabel="x", ylabel="H(x) = sigmoid(Wx)", title="sigmoid(Wx) on the binary table")
ax.legend(loc="center left", bbox_to_anchor=(1.0, 0.5), fontsize=8)
lu.show(fig)

# %% [markdown]
# ## 4. The MSE cost on the binary table
#
# The slide keeps the cost of regression, the MSE (평균 제곱 오차):
#
# $$\text{cost}(W) = \frac{1}{m}\sum_{i=1}^{m} \left(\sigma(Wx_i) - y_i\right)^2$$
#
# Write it first: `sigmoid_mse(W, x, y)`, one number, with no overflow at W = −1000.


# %%
def sigmoid_mse(W, x, y):
    # your code here
    return None


# %%
lu.checks.check_sigmoid_mse(sigmoid_mse)

# %% [markdown]
# <details><summary>Solution</summary>
#
# ```python
# def sigmoid_mse(W, x, y):
#     return np.mean((sigmoid(W * x) - y) ** 2)
#
#
# lu.checks.check_sigmoid_mse(sigmoid_mse)
# ```
#
# </details>
#
# The notebook's version, for a grid of W at once (broadcasting, notebook 01):

# %%
ws = np.linspace(-30, 30, 601)
H = sigmoid(ws[:, None] * x)  # (601, 10): one row of predictions per W
cost_mse = np.mean((H - y) ** 2, axis=1)
print("same as lu.cost_grid:", np.allclose(cost_mse, lu.cost_grid(x, y, ws, loss="mse", model="logistic")))
i_min = np.argmin(cost_mse)
w_star, c_star = ws[i_min], cost_mse[i_min]
print(f"smallest cost on the grid: cost({w_star:.2f}) = {c_star:.4f};  cost(0) = {cost_mse[ws == 0][0]:.4f}")

# %% [markdown]
# Now the two ends. Far out, the sigmoid is a step; the grid's ends and W = ±1000 give:

# %%
for w_ in (-1000.0, -30.0, 30.0, 1000.0):
    print(f"cost({w_:+g}) = {np.mean((sigmoid(w_ * x) - y) ** 2):.4f}")

# %% [markdown]
# Why these numbers? For x > 0, σ(Wx) → 0 as W → −∞ and → 1 as W → +∞; but H(0) = σ(0) = 0.5 for every W,
# so the sample at x = 0 (y = 0) always costs 0.5² = 0.25. As W → −∞ each y = 1 at x > 0 costs 1; as W → +∞
# each y = 0 does. Counting:

# %%
ones_pos = int(np.sum((x > 0) & (y == 1)))
zeros_pos = int(np.sum((x > 0) & (y == 0)))
at_zero = (0.5 - y[x == 0][0]) ** 2
m = len(x)
print(f"x > 0: {ones_pos} samples with y = 1, {zeros_pos} with y = 0; the x = 0 sample costs {at_zero}")
print(f"W -> -inf: ({at_zero} + {ones_pos}) / {m} = {(at_zero + ones_pos) / m:.4f}")
print(f"W -> +inf: ({at_zero} + {zeros_pos}) / {m} = {(at_zero + zeros_pos) / m:.4f}")

# %% [markdown]
# These are the cost's two plateaus (평탄 구간), 0.425 and 0.525 in the limit, both near 0.5 (section 7).
#
# **Predict, then check.** The slider below starts at W = 2. Drag it to W = 20: how many of the ten samples
# does the model get wrong (it answers 1 where H(x) ≥ 0.5)? Replace `None` with your guess.

# %%
my_guess = None
lu.checks.check_prediction_mistakes_at_w20(my_guess)

# %% [markdown]
# Now drag W: at large |W| the sigmoid hardly changes, and neither does the cost.

# %%
lu.explorers.sigmoid_cost_explorer(x, y, w=2.0, w_range=(-20.0, 20.0), loss="mse")

# %% [markdown]
# ## 5. Not convex (볼록 함수가 아니다), shown with numbers
#
# A **convex** (볼록) function curves upward everywhere: its second differences
# cost(W − h) − 2 cost(W) + cost(W + h) are all ≥ 0, as for the parabola of notebook 04. Here:

# %%
d2 = cost_mse[:-2] - 2 * cost_mse[1:-1] + cost_mse[2:]
concave = d2 < 0
print(f"{concave.sum()} of {len(d2)} second differences are negative (most negative: {d2.min():.2e})")
print(
    f"negative for W < {ws[1:-1][concave & (ws[1:-1] < 0)].max():.2f} and for W > "
    f"{ws[1:-1][concave & (ws[1:-1] > 0)].min():.2f}"
)

# %% [markdown]
# And a convex function lies below every chord (현) between two of its points; take W₁ = −1 and W₂ = 20:

# %%
w1, w2 = -1.0, 20.0
c1, c2 = np.mean((sigmoid(w1 * x) - y) ** 2), np.mean((sigmoid(w2 * x) - y) ** 2)
w_mid = (w1 + w2) / 2
c_mid = np.mean((sigmoid(w_mid * x) - y) ** 2)
print(
    f"chord middle: ({c1:.4f} + {c2:.4f}) / 2 = {(c1 + c2) / 2:.4f};  cost({w_mid}) = {c_mid:.4f}: above it"
)

# %%
fig, ax = lu.figure(size=(6.4, 3.8))
ax.plot(ws, cost_mse, color="#1f77b4", label="MSE cost(W)")
down = "curving down (second difference < 0)"
ax.fill_between(ws[1:-1], 0, cost_mse[1:-1], where=concave, color="#d62728", alpha=0.15, label=down)
ax.plot([w1, w2], [c1, c2], "o--", color="black", lw=1, label="a chord")
ax.plot([w_mid], [c_mid], "*", color="#d62728", ms=12, label="curve above the chord")
ax.set(xlabel="W", ylabel="cost(W)", title="MSE of sigmoid(Wx): not convex", ylim=(0, 0.6))
ax.legend(loc="lower right", fontsize=8)
lu.show(fig)

# %% [markdown]
# ## 6. Gradient descent on this cost: crawling on the plateaus
#
# By the chain rule, with H = σ(Wx) and σ'(z) = σ(z)(1 − σ(z)) (notebook 08):
#
# $$\frac{\partial\,\text{cost}}{\partial W} = \frac{2}{m}\sum_{i=1}^{m}(H(x_i) - y_i)\,H(x_i)\,(1 - H(x_i))\,x_i$$
#
# The factor H(1 − H) goes to 0 wherever the sigmoid is flat (|Wx| large): on the plateaus the gradient
# **vanishes** (기울기 소실), though the cost is high.
#
# Write it first: `sigmoid_mse_gradient(W, x, y)` returns this derivative, one number, for any table x, y.


# %%
def sigmoid_mse_gradient(W, x, y):
    # your code here
    return None


# %%
lu.checks.check_sigmoid_mse_gradient(sigmoid_mse_gradient)

# %% [markdown]
# <details><summary>Solution</summary>
#
# ```python
# def sigmoid_mse_gradient(W, x, y):
#     h = sigmoid(W * x)
#     return 2 * np.mean((h - y) * h * (1 - h) * x)
#
#
# lu.checks.check_sigmoid_mse_gradient(sigmoid_mse_gradient)
# ```
#
# </details>
#
# The notebook's version, checked against finite differences:


# %%
def mse_gradient(w):
    h = sigmoid(w * x)
    return 2 * np.mean((h - y) * h * (1 - h) * x)


eps = 1e-6
for w_ in (-20.0, -6.0, -1.0, 0.0, 2.0, 6.0, 20.0):
    fd = (np.mean((sigmoid((w_ + eps) * x) - y) ** 2) - np.mean((sigmoid((w_ - eps) * x) - y) ** 2)) / (
        2 * eps
    )
    print(f"W = {w_:+5.1f}: gradient {mse_gradient(w_):+.6f}   (finite difference {fd:+.6f})")

# %% [markdown]
# Gradient descent (no bias, learning rate 1, 200 steps) from eleven starting W at once, with
# `lu.train_logistic(..., loss="mse")`:

# %%
w_starts = np.array([-20.0, -10.0, -6.0, -2.0, -1.0, 0.0, 1.0, 2.0, 6.0, 10.0, 20.0])
hist = lu.train_logistic(x, y, 1.0, 200, w0=w_starts, bias=False, loss="mse")
near = hist.cost < c_star + 1e-3  # (201, 11): within 0.001 of the lowest cost?
for j, w0 in enumerate(w_starts):
    arrived = f"at the bottom from step {near[:, j].argmax()}" if near[-1, j] else "not there after 200 steps"
    print(f"start {w0:+5.1f} -> W = {hist.w[-1, j]:+8.3f}, cost {hist.cost[-1, j]:.4f}: {arrived}")

# %%
fig, (ax1, ax2) = lu.figure(2, size=(10.4, 3.9))
colors = plt.cm.coolwarm(np.linspace(0, 1, len(w_starts)))
ax1.plot(ws, cost_mse, color="gray", lw=1.5)
for j, c_ in enumerate(colors):
    ax1.plot(hist.w[0, j], hist.cost[0, j], "x", color=c_, ms=7, mew=2)
    ax1.plot(hist.w[:, j], hist.cost[:, j], ".-", color=c_, ms=3, lw=1)
    ax1.plot(hist.w[-1, j], hist.cost[-1, j], "o", color=c_, ms=7, mec="black")
    ax2.plot(hist.cost[:, j], color=c_, label=f"start {w_starts[j]:+g}")
ax1.set(
    xlabel="W", ylabel="cost(W)", title="paths on cost(W): x start, dot after 200 steps", ylim=(0.2, 0.56)
)
ax2.set(xlabel="step", ylabel="cost", title="cost during gradient descent")
ax2.legend(loc="center left", bbox_to_anchor=(1.0, 0.5), fontsize=8)
lu.show(fig)

# %% [markdown]
# Starts between −2 and 2 reach the bottom within 80 steps; the plateau starts, ±10 and ±20, have hardly
# moved. Yet without a bias this cost has one valley only:

# %%
left, right = cost_mse[: i_min + 1], cost_mse[i_min:]
print("falls at every grid step left of the minimum: ", bool(np.all(np.diff(left) < 0)))
print("rises at every grid step right of the minimum:", bool(np.all(np.diff(right) > 0)))

# %% [markdown]
# So the plateau starts would arrive eventually, only very slowly.
#
# **Explain why:** the start at W = 20 has a cost far above the bottom, yet it hardly moves in 200 steps.
# Why is its gradient so small where the cost is so high?
#
# <details><summary>Answer</summary>
#
# At W = 20 every σ(20xᵢ) with x > 0 is close to 1, where the sigmoid is flat: the factor H(1 − H) is
# close to 0, however wrong the sample (the cats there cost almost 1 each). The gradient measures how much
# the cost *changes* with W, and a flat sigmoid barely changes, so each step is tiny.
#
# </details>
#
# ## 7. The slide's remark, checked with numbers
#
# The slide *MSE, ABS Problem* notes: *"w ⇒ (−2 ~ 0) ⇒ y = 1, MSE ⇒ 0.5 로 수렴 (converges to 0.5);
# w ⇒ (0 ~ 2) ⇒ y = 0, Local Minimum 빠지기 쉽다 (it easily falls into a local minimum)."* Let us check
# it with numbers.

# %%
for lo, hi in ((-2.0, 0.0), (0.0, 2.0)):
    inside = (ws >= lo) & (ws <= hi)
    h_in = sigmoid(ws[inside][:, None] * x)
    print(
        f"W in ({lo:g}, {hi:g}): cost from {cost_mse[inside].min():.3f} to {cost_mse[inside].max():.3f}; "
        f"every H(x) between {h_in.min():.3f} and {h_in.max():.3f}"
    )
h_best = sigmoid(w_star * x)
print(f"at the best W = {w_star:.2f}: H(x) from {h_best.min():.3f} to {h_best.max():.3f}")

# %% [markdown]
# - **"Converges to 0.5."** Even the best W keeps every prediction between about 0.29 and 0.5: an undecided
#   model. The *cost* nears 0.5 only on the plateaus, 0.425 and 0.525.
# - **"Falls into a local minimum."** For MSE on this table, W alone has no local minimum, only plateaus where
#   descent crawls. ABS (section 8) has a trap with W alone; with a bias, MSE has terraces (optional sections).

# %% [markdown]
# ## 8. The other half of the slide: the absolute error (ABS)
#
# The slide's title names two costs, *MSE* and *ABS*. ABS is the **mean absolute error** (평균 절대 오차, MAE)
# of notebook 04, here with the sigmoid hypothesis:
#
# $$\text{cost}_{\text{ABS}}(W) = \frac{1}{m}\sum_{i=1}^{m} \left|\sigma(Wx_i) - y_i\right|$$
#
# On a fine grid of W (steps of 0.01), and where the cost turns from falling to rising or back:

# %%
ws_fine = np.linspace(-30, 30, 6001)
cost_abs = np.mean(np.abs(sigmoid(ws_fine[:, None] * x) - y), axis=1)
print(
    "same as lu.cost_grid:", np.allclose(cost_abs, lu.cost_grid(x, y, ws_fine, loss="mae", model="logistic"))
)
falling = np.diff(cost_abs) < 0  # does the cost fall from each grid point to the next?
turns = np.flatnonzero(falling[1:] != falling[:-1]) + 1  # grid points where it turns
for i in turns:
    kind = "minimum" if falling[i - 1] else "maximum"
    print(f"the cost turns: a {kind} at W = {ws_fine[i]:.2f}, cost {cost_abs[i]:.3f}")
i_lo, i_hi = turns  # the minimum, then the maximum
w_abs_min, c_abs_min = ws_fine[i_lo], cost_abs[i_lo]
w_abs_max, c_abs_max = ws_fine[i_hi], cost_abs[i_hi]

# %% [markdown]
# The two ends, counted as in section 4: the sample at x = 0 always costs |0.5 − 0| = 0.5, and every other
# sample costs 0 or 1 in the limit.

# %%
abs_minus, abs_plus = (0.5 + ones_pos) / m, (0.5 + zeros_pos) / m
print(
    f"W -> -inf: (0.5 + {ones_pos}) / {m} = {abs_minus:g};  W -> +inf: (0.5 + {zeros_pos}) / {m} = {abs_plus:g}"
)
for w_ in (-1000.0, 1000.0):
    print(f"cost_ABS({w_:+g}) = {np.mean(np.abs(sigmoid(w_ * x) - y)):.4f}")
right_of_max = cost_abs[i_hi:]
print("right of the maximum the cost falls at every grid step:", bool(np.all(np.diff(right_of_max) < 0)))
print(f"and is still above {abs_plus:g} at the grid's end: cost_ABS(30) = {cost_abs[-1]:.4f}")

# %% [markdown]
# So ABS has a hump: a local maximum near W ≈ 4.61 (cost 0.574). Right of it the cost falls forever, towards
# 0.55; the minimum, about 0.426, is on the other side, near W ≈ −4.61. The derivative of |u| is sign(u):
#
# $$\frac{\partial\,\text{cost}_{\text{ABS}}}{\partial W} = \frac{1}{m}\sum_{i=1}^{m}\text{sign}(H(x_i) - y_i)\,H(x_i)\,(1 - H(x_i))\,x_i$$


# %%
def abs_gradient(w):
    """d cost_ABS / dW for an array of W at once (one row of predictions per W)."""
    h = sigmoid(np.asarray(w, dtype=float)[:, None] * x)
    return np.mean(np.sign(h - y) * h * (1 - h) * x, axis=1)


def abs_cost(w):
    return np.mean(np.abs(sigmoid(np.asarray(w, dtype=float)[:, None] * x) - y), axis=1)


w_check = np.array([-10.0, -2.0, 0.0, 2.0, 6.0, 10.0])
fd = (abs_cost(w_check + eps) - abs_cost(w_check - eps)) / (2 * eps)
for w_, g_, f_ in zip(w_check, abs_gradient(w_check), fd, strict=True):
    print(f"W = {w_:+5.1f}: gradient {g_:+.6f}   (finite difference {f_:+.6f})")
g_left = abs_gradient([w_abs_min - 0.01, w_abs_max - 0.01])
g_right = abs_gradient([w_abs_min + 0.01, w_abs_max + 0.01])
print("the gradient changes sign across the minimum and the maximum:", bool(np.all(g_left * g_right < 0)))

# %% [markdown]
# Gradient descent on ABS, ten starts at once (learning rate 10, 1000 steps):

# %%
abs_starts = np.array([-10.0, -4.0, 0.0, 2.0, 4.0, 4.5, 4.7, 5.0, 6.0, 10.0])
lr_abs, steps_abs = 10.0, 1000
w_path = np.zeros((steps_abs + 1, abs_starts.size))
w_path[0] = abs_starts
for k in range(steps_abs):
    w_path[k + 1] = w_path[k] - lr_abs * abs_gradient(w_path[k])
cost_path = np.mean(np.abs(sigmoid(w_path[:, :, None] * x) - y), axis=2)  # (steps + 1, starts)
for j, w0 in enumerate(abs_starts):
    end = "the minimum" if abs(w_path[-1, j] - w_abs_min) < 0.05 else "runs off to the right"
    print(f"start {w0:+5.1f} -> W = {w_path[-1, j]:+7.2f}, cost {cost_path[-1, j]:.4f}: {end}")
ran_off = w_path[-1] > w_abs_max
print(
    f"starts right of the maximum (W > {w_abs_max:.2f}): W grew at every step:",
    bool(np.all(np.diff(w_path[:, ran_off], axis=0) > 0)),
)

# %%
fig, (ax1, ax2) = lu.figure(2, size=(10.8, 4.0))
colors = plt.cm.coolwarm(np.linspace(0, 1, abs_starts.size))
ax1.plot(ws, cost_mse, color="gray", ls="--", lw=1, label="MSE (section 4)")
ax1.plot(ws_fine, cost_abs, color="black", lw=1.5, label="ABS: $\\frac{1}{m}\\sum|\\sigma(Wx_i) - y_i|$")
ax1.axhline(abs_plus, color="#d62728", ls=":", lw=1, label=f"plateau {abs_plus:g} ($W \\to +\\infty$)")
ax1.plot(w_abs_max, c_abs_max, "v", color="#d62728", ms=10, mec="black", label="local maximum", zorder=5)
ax1.plot(w_abs_min, c_abs_min, "*", color="#2ca02c", ms=15, mec="black", label="minimum", zorder=5)
for j, c_ in enumerate(colors):
    ax1.plot(w_path[0, j], cost_path[0, j], "x", color=c_, ms=7, mew=2)
    ax1.plot(w_path[-1, j], cost_path[-1, j], "o", color=c_, ms=6, mec="black")
ax1.set(
    xlabel="$W$", ylabel="cost", title="ABS of $\\sigma(Wx)$: x start, dot after 1000 steps", ylim=(0.2, 0.62)
)
ax1.legend(loc="lower right", fontsize=8)
for j, c_ in enumerate(colors):
    ax2.plot(w_path[:, j], color=c_, label=f"start {abs_starts[j]:+g}")
ax2.axhline(w_abs_max, color="#d62728", ls=":", lw=1)
ax2.text(steps_abs, w_abs_max, "local maximum ", color="#d62728", ha="right", va="bottom", fontsize=8)
ax2.set(xlabel="step", ylabel="$W$", title="$W$ during gradient descent on ABS")
ax2.legend(loc="center left", bbox_to_anchor=(1.0, 0.5), fontsize=8)
lu.show(fig)

# %% [markdown]
# Here the slide's *Local Minimum 빠지기 쉽다* holds with W alone: starts left of the hump (up to 4.5) end
# at the minimum; starts right of it (4.7 and beyond) walk off towards W → +∞ and the plateau 0.55, never
# back over the hump. The trap is a slope downhill forever, not a minimum, but descent is stuck all the same.

# %% [markdown]
# ## Going further (optional): with a bias, terraces that trap gradient descent
#
# With a bias b, H(x) = σ(Wx + b) and the cost is a surface over (W, b). The plateaus become wide flat
# terraces, and the valley with the lowest cost is a narrow groove among them:

# %%
wv, bv = np.linspace(-30, 30, 121), np.linspace(-15, 15, 121)
C_wb = lu.cost_grid(x, y, wv, bv, loss="mse", model="logistic")  # rows follow b, columns follow W
j_b, j_w = np.unravel_index(np.argmin(C_wb), C_wb.shape)
print(f"lowest cost on the grid: {C_wb.min():.4f} at W = {wv[j_w]:.1f}, b = {bv[j_b]:.2f}")

# %%
fig, ax = lu.figure(size=(6.6, 4.4))
ax.contourf(wv, bv, C_wb, levels=[0.22, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.61], cmap="viridis")
lines = ax.contour(wv, bv, C_wb, levels=[0.25, 0.35, 0.45, 0.55], colors="white", linewidths=0.6)
ax.clabel(lines, fontsize=8, fmt="%.2f")
ax.plot(wv[j_w], bv[j_b], "x", color="#d62728", ms=10, mew=2.5, label="lowest cost")
box = dict(fc="white", ec="none", alpha=0.8)
for w_, b_ in ((-15.0, -11.0), (-25.0, 10.0), (22.0, 10.0), (25.0, -4.0)):  # one label per terrace
    c_ = lu.cost_grid(x, y, [w_], [b_], loss="mse", model="logistic")[0, 0]
    ax.text(w_, b_, f"{c_:.2f}", ha="center", va="center", bbox=box)
ax.set(xlabel="W", ylabel="b", title="MSE cost(W, b) of sigmoid(Wx + b): terraces")
ax.legend(loc="lower left")
lu.show(fig)

# %% [markdown]
# The white boxes give the cost on four terraces; below, where their levels come from and what they do to gradient
# descent.
#
# The terraces trap gradient descent. One batched call: a 21 × 21 grid of starting points
# (W₀, b₀), 2000 steps each, learning rate 2.

# %%
W0, B0 = np.meshgrid(np.linspace(-30, 30, 21), np.linspace(-15, 15, 21))
hist_wb = lu.train_logistic(x, y, 2.0, 2000, w0=W0.ravel(), b0=B0.ravel(), bias=True, loss="mse")
w_end, b_end, final = hist_wb.w[-1], hist_wb.b[-1], hist_wb.cost[-1]
H_end = sigmoid(w_end[:, None] * x + b_end[:, None])  # (441 runs, 10 samples)
mistakes = np.sum((H_end >= 0.5) != (y == 1), axis=1)
valley = final < c_star + 0.005
stuck = ~valley & (np.abs(hist_wb.cost[-1] - hist_wb.cost[-101]) < 1e-4)  # no progress in 100 steps
crawling = ~valley & ~stuck
print(f"reached the valley (cost < {c_star + 0.005:.3f}): {valley.sum()} of {final.size} starts")
for k in np.unique(mistakes[stuck]):
    at = stuck & (mistakes == k)
    print(
        f"stuck with {k} mistakes: {at.sum():3d} starts, cost {final[at].min():.3f} to {final[at].max():.3f}"
    )
print(f"still crawling after 2000 steps: {crawling.sum()} starts")
print(f"in all, {stuck.sum()} of {final.size} starts ({stuck.mean():.0%}) stopped on a terrace")

# %% [markdown]
# On each terrace the sigmoid has become a steep step that answers 0 or 1, so nearly every sample costs
# 0 or 1 and the cost is close to (number of mistakes) / 10. And the gradient there is almost 0. One stuck
# run per terrace, with the size of its gradient (both components, dW and db) and its answers for the ten
# samples:

# %%
for k in np.unique(mistakes[stuck]):
    j = np.flatnonzero(stuck & (mistakes == k))[0]
    r = (H_end[j] - y) * H_end[j] * (1 - H_end[j])
    g_w, g_b = 2 * np.mean(r * x), 2 * np.mean(r)
    print(
        f"{k} mistakes: answers {(H_end[j] >= 0.5).astype(int)}  W = {w_end[j]:+6.2f}, b = {b_end[j]:+6.2f}, "
        f"cost {final[j]:.3f}, gradient ({g_w:+.1e}, {g_b:+.1e})"
    )
print(f"{'the labels:':>19} {y.astype(int)}")

# %%
fig, ax = lu.figure(size=(6.8, 4.2))
groups = [(valley, "reached the valley", "#2ca02c")]
groups += [
    (stuck & (mistakes == k), f"stuck, {k} mistakes", c_)
    for k, c_ in zip(
        np.unique(mistakes[stuck]), ["#9467bd", "#1f77b4", "#ff7f0e", "#d62728", "#8c564b"], strict=False
    )
]
groups += [(crawling, "still crawling", "#bbbbbb")]
for at, label, color in groups:
    ax.scatter(W0.ravel()[at], B0.ravel()[at], color=color, s=24, marker="s", label=label)
ax.set(xlabel="starting W", ylabel="starting b", title="Where gradient descent on MSE ends (2000 steps)")
ax.legend(loc="center left", bbox_to_anchor=(1.0, 0.5), fontsize=8)
lu.show(fig)

# %% [markdown]
# Read the answers: the terrace with 4 mistakes is "everything is a cat" (the 4 dogs are wrong), 6 mistakes
# is "everything is a dog" (the 6 cats are wrong), 3 mistakes is the best threshold rule of section 2, "dog
# below x = 0.65", and 5 mistakes is a rule of the reverse kind, "dog above x = −b/W", with a threshold of its
# own (from that run's W and b, not 0.65). Only the green starts reached the valley; the terraces hold
# gradient descent with a gradient of almost 0.
# (A terrace is not a true minimum: farther out the cost still falls, ever more slowly, towards
# (number of mistakes) / 10; the next section shows it. Gradient descent stalls there all the same.)

# %% [markdown]
# ## Going further (optional): the terraces are not minima
#
# The section above found gradient descent stuck on terraces with a gradient of *almost* 0. Almost is the point: a
# terrace holds no lowest point. Take the 3-mistakes terrace, the rule "dog below x = 0.65" of section 2, and
# keep that threshold while the step gets steeper: W = −s and b = s · 0.65, so that Wx + b = s (0.65 − x)
# for a growing **scale** s.

# %%
scales = np.array([10.0, 20.0, 50.0, 100.0, 200.0])
cost_ray = np.mean((sigmoid(scales[:, None] * (t_best - x)) - y) ** 2, axis=1)
for s_, c_ in zip(scales, cost_ray, strict=True):
    print(f"scale {s_:5g}: W = {-s_:6g}, b = {s_ * t_best:6.1f}, cost {c_:.5f}")
print(f"the 3-mistakes level: 3 / {m} = {3 / m:g}")

# %%
s_fine = np.geomspace(1, 200, 2001)
c_fine = np.mean((sigmoid(s_fine[:, None] * (t_best - x)) - y) ** 2, axis=1)
i_ridge = np.flatnonzero(np.diff(c_fine) > 0).max() + 1  # the last grid point the cost rose to
print(
    f"a ridge at s = {s_fine[i_ridge]:.1f}, cost {c_fine[i_ridge]:.4f}; inward, at s = 1, cost {c_fine[0]:.4f}"
)
beyond = c_fine[i_ridge:]
print("beyond the ridge the cost falls at every grid step:", bool(np.all(np.diff(beyond) < 0)))
print(f"and stays above {3 / m:g} up to s = {s_fine[-1]:g}:", bool(np.all(beyond > 3 / m)))

# %% [markdown]
# The stuck run above with 3 mistakes is on the same slope: scaling its (W, b) up lowers its cost, and
# its downhill direction, −gradient, points almost exactly along (W, b) (the cosine of the angle between
# them is near 1):

# %%
j3 = np.flatnonzero(stuck & (mistakes == 3))[0]
p3 = np.array([w_end[j3], b_end[j3]])
for a in (1, 2, 5, 10):
    print(f"({a:2d} W, {a:2d} b): cost {np.mean((sigmoid(a * (p3[0] * x + p3[1])) - y) ** 2):.5f}")
r3 = (H_end[j3] - y) * H_end[j3] * (1 - H_end[j3])
g3 = np.array([2 * np.mean(r3 * x), 2 * np.mean(r3)])
print(f"cosine between -gradient and (W, b): {-g3 @ p3 / np.linalg.norm(g3) / np.linalg.norm(p3):.4f}")

# %%
fig, (ax1, ax2) = lu.figure(2, size=(10.4, 3.8))
ax1.plot(s_fine, c_fine, color="#1f77b4", label="cost of $\\sigma(s\\,(0.65 - x))$")
ax1.plot(scales, cost_ray, "o", color="#1f77b4")
ax1.axhline(3 / m, color="#d62728", ls=":", label="3 mistakes: $3/m$")
ax1.set(xscale="log", xlabel="scale $s$", ylabel="MSE cost", title="Along the best threshold: still falling")
ax1.legend(loc="upper right", fontsize=8)
ax2.scatter(x, y, color="black", zorder=3, label="data")
for s_, c_ in zip((10.0, 50.0, 100.0), ("#9ecae1", "#4292c6", "#08306b"), strict=True):
    ax2.plot(xs, sigmoid(s_ * (t_best - xs)), color=c_, label=f"$s$ = {s_:g}")
ax2.set(xlabel="$x$", ylabel="$\\hat{y} = \\sigma(Wx + b)$", title="The step gets steeper, the cost smaller")
ax2.legend(loc="center left", fontsize=8)
lu.show(fig)

# %% [markdown]
# Along this direction the cost keeps falling, 0.31874 at scale 10, 0.30115 at 50, 0.30001 at 100, towards
# the 3-mistakes level 0.3, which it reaches only as s → ∞. So the terrace has no minimum: it is a slope
# so gentle that it looks flat. Inward, the same line climbs a ridge near s = 11.5 and then falls towards the
# valley (cost 0.2520 at s = 1): that ridge keeps the terrace's runs away from the valley. The other terraces
# hold no minimum either: at each stuck run above the gradient is small but not 0.
#
# The lecture's point stands. On that slope the gradient is tiny and shrinks as the step gets steeper, so
# gradient descent stalls; and even walking outward forever it would only approach 3 mistakes, never come
# down into the valley.

# %% [markdown]
# ## Exercises
#
# ### Exercise 1: the plateau levels, without a big W
#
# Write `mse_limits(x, y)` that returns the pair (cost as W → −∞, cost as W → +∞) for H = σ(Wx), from the
# limits of H alone: in each limit, H(xᵢ) is 0, 0.5 or 1 depending on the sign of xᵢ. Your function must
# also work when some x are negative.


# %%
def mse_limits(x, y):
    # your code here
    return None


# %%
lu.checks.check_mse_limits(mse_limits)

# %% [markdown]
# <details><summary>Solution</summary>
#
# As W → +∞, Wx → +∞ where x > 0 (H → 1), → −∞ where x < 0 (H → 0), and stays 0 at x = 0 (H = 0.5).
# W → −∞ is the mirror image: H → 1 − (the +∞ limit).
#
# ```python
# def mse_limits(x, y):
#     h_plus = np.where(x > 0, 1.0, np.where(x < 0, 0.0, 0.5))
#     h_minus = 1 - h_plus
#     return np.mean((h_minus - y) ** 2), np.mean((h_plus - y) ** 2)
#
#
# lu.checks.check_mse_limits(mse_limits)
# ```
#
# </details>

# %% [markdown]
# ## In this notebook, we learned:
#
# - a continuous output (Y from 0 to 3.4) calls for regression, a discrete one (cat = 0, dog = 1) for
#   binary classification (이진 분류);
# - a least-squares line is a poor classifier: its output leaves [0, 1], and one far, easy sample moved its
#   threshold from 5.0 to 6.16 and caused a mistake;
# - the sigmoid hypothesis H(x) = σ(Wx) = 1/(1 + e^{−Wx}) (the slide's first e^{uX} has the sign wrong),
#   and a form of σ that never overflows;
# - on the lecture's table, the MSE of σ(Wx) flattens to 0.425 (W → −∞) and 0.525 (W → +∞): the 4 dogs or
#   the 5 cats at x > 0 each cost 1, and the sample at x = 0 always costs 0.25;
# - that cost is not convex (negative second differences, a point above a chord), its gradient vanishes on
#   the plateaus, and with a bias gradient descent gets stuck on terraces at 0.3 to 0.6.
# - the absolute error (ABS) of σ(Wx) has a local maximum near W ≈ 4.61: every start beyond it runs off towards
#   W → +∞ and the plateau 0.55, and never reaches the minimum of about 0.426 near W ≈ −4.61.
#
# Next: [10 · Cross entropy and logistic regression](10_cross_entropy_logistic_regression.ipynb), the cost
# that fixes all of this.
