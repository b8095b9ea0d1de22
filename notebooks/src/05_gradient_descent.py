# %% [markdown]
# # 05 · Gradient descent
#
# [![Open In Colab](https://colab.research.google.com/assets/colab-badge.svg)](https://colab.research.google.com/github/dl-basics-course/deep-learning-basics/blob/main/notebooks/05_gradient_descent.ipynb)
#
# Mirrors the lecture's slides *How to Minimize*, *Gradient Descent*, *Bias Existence O / X*, *absolute* and
# *MSE*, and *Consider only Weight for understand* (cost(W), W := W − α ∂cost/∂W, and its expanded form).

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
# - optimization (최적화) by gradient descent: walk downhill on the cost (slides *How to Minimize*,
#   *Gradient Descent*);
# - with W alone, cost(W), its derivative and the update W := W − α ∂cost/∂W (slide *Consider only Weight
#   for understand*), then the loop in numpy;
# - W and b together, with and without the bias (slides *Bias Existence O / X*);
# - why the absolute error never settles while MSE does (slides *absolute* and *MSE*).
#
# We take W alone first, as the slides suggest ("for understand"), then come back to b and to *absolute*.

# %% [markdown]
# ## 1. How to minimize: walk downhill
#
# Notebook 04 ended with the goal *Minimize cost(W, b)*: trying every (W, b) on a grid does not scale.
# Finding the parameters that minimize (최소화) a cost is **optimization** (최적화), item 6 of the lecture's
# contents. Its method here is **gradient descent** (경사 하강법). Picture the cost curve as a hill, and
# yourself standing at the current W:
#
# 1. look at the slope of the cost where you stand;
# 2. take a small step in the direction that goes down;
# 3. repeat until the ground is flat.
#
# The slope of the cost is its **derivative** (미분) with respect to W, also called the **gradient** (기울기).
# So first we need the derivative.

# %% [markdown]
# ## 2. Consider only W: cost(W)
#
# The slide *Consider only Weight for understand* drops b (b = 0) so that the cost depends on one number:
#
# $$\text{cost}(W) = \frac{1}{m} \sum_{i=1}^{m} \left(W x^{(i)} - y^{(i)}\right)^2$$
#
# We use the lecture's samples (1, 1) … (4, 4) of notebook 03.

# %%
x, y = lu.load_regression_samples()
m = len(x)


def cost_w(W, x, y):
    return np.mean((W * x - y) ** 2)


print("cost(0) =", cost_w(0.0, x, y), "  cost(1) =", cost_w(1.0, x, y), "  cost(2) =", cost_w(2.0, x, y))

# %% [markdown]
# ## 3. The derivative dcost/dW
#
# Differentiate one term of the sum with the chain rule: the outer square gives 2 · (inside), and the inside
# W x⁽ⁱ⁾ − y⁽ⁱ⁾ has derivative x⁽ⁱ⁾ with respect to W:
#
# $$\frac{d}{dW}\left(W x^{(i)} - y^{(i)}\right)^2 = 2\left(W x^{(i)} - y^{(i)}\right) x^{(i)}
# \qquad\Longrightarrow\qquad
# \frac{d\,\text{cost}}{dW} = \frac{2}{m} \sum_{i=1}^{m} \left(W x^{(i)} - y^{(i)}\right) x^{(i)}$$
#
# Before reading the notebook's version, write it in numpy yourself: `gradient_w(W, x, y)` returns dcost/dW for
# H(x) = Wx (no bias), as one number. Mind the 2.


# %%
def gradient_w(W, x, y):
    # your code here
    return None


# %%
lu.checks.check_gradient_w(gradient_w)

# %% [markdown]
# <details><summary>Solution</summary>
#
# ```python
# def gradient_w(W, x, y):
#     return 2 * np.mean((W * x - y) * x)
#
#
# lu.checks.check_gradient_w(gradient_w)
# ```
#
# </details>
#
# The notebook's version, which the rest of the notebook uses (run it even if yours passed):


# %%
def gradient_w(W, x, y):
    return 2 * np.mean((W * x - y) * x)


# %% [markdown]
# ## 4. The update rule W := W − α · dcost/dW
#
# Step against the slope: where it is negative, W grows; where it is positive, W shrinks:
#
# $$W := W - \alpha \frac{d\,\text{cost}}{dW}$$
#
# α (`lr` in code) is the **learning rate** (학습률): how far to step per unit of slope (notebook 06 chooses it).
#
# **Exercise 2, before you read on.** Write `gradient_step(W, x, y, lr)`: the new W after one update
# W := W − α · dcost/dW (you may call `gradient_w`).


# %%
def gradient_step(W, x, y, lr):
    # your code here
    return None


# %%
lu.checks.check_gradient_step(gradient_step)

# %% [markdown]
# <details><summary>Solution</summary>
#
# ```python
# def gradient_step(W, x, y, lr):
#     return W - lr * 2 * np.mean((W * x - y) * x)
#
#
# lu.checks.check_gradient_step(gradient_step)
# ```
#
# </details>
#
# **The factor 2.** The slide writes $W := W - \alpha \frac{1}{m} \sum (W x^{(i)} - y^{(i)}) x^{(i)}$, without the
# 2: that is the gradient of a cost with 1/(2m), or our update with the 2 folded into α. **This course keeps the
# lecture's cost with 1/m and writes the 2**, so its α is half the slide's for the same step:

# %%
W0, lr = -0.5, 0.01
ours = W0 - lr * gradient_w(W0, x, y)
slide = W0 - (2 * lr) * np.mean((W0 * x - y) * x)
print(f"dcost/dW at W = {W0}: {gradient_w(W0, x, y):g}")
print(f"our step:   W := {W0} - {lr} * ({gradient_w(W0, x, y):g}) = {ours:g}")
print(f"the slide's step with α = {2 * lr}: {slide:g}   same: {np.isclose(ours, slide)}")

# %% [markdown]
# ## 5. The gradient-descent loop, in numpy
#
# Repeat the update. The loop below starts at W = −0.5 and takes 30 steps with α = 0.01, keeping every W and its
# cost so that we can look at the path:

# %%
W, lr, steps = -0.5, 0.01, 30
W_path, cost_path = [W], [cost_w(W, x, y)]
for _ in range(steps):
    W = W - lr * gradient_w(W, x, y)
    W_path.append(W)
    cost_path.append(cost_w(W, x, y))
W_path, cost_path = np.array(W_path), np.array(cost_path)

for t in [0, 1, 2, 5, 10, 20, 30]:
    print(f"step {t:2d}: W = {W_path[t]:.4f}, cost = {cost_path[t]:.5f}")

# %% [markdown]
# **Explain why:** α stays 0.01 at every step, yet the steps get shorter. Why?
#
# <details><summary>Answer</summary>
#
# A step is α · dcost/dW. Near the bottom the cost curve flattens, so its slope dcost/dW gets closer to 0, and
# α times it shrinks with it (the cell below measures the first and the last step).
#
# </details>

# %%
step_sizes = np.abs(np.diff(W_path))
print(f"first step: {step_sizes[0]:.4f}   last step: {step_sizes[-1]:.4f}")

# %% [markdown]
# Next, a slider steps through the loop. Left: W on the cost curve, the path so far, the tangent (접선) (its
# slope is dcost/dW) and an arrow to the next W; right: the line H(x) = Wx. **start W** reruns the 30 steps from
# elsewhere.
#
# **Predict:** set **start W** to 3, on the other side of the minimum. What is W after the first step?

# %%
W_after_first_step = None  # a number
lu.checks.check_prediction_first_step_from_3(W_after_first_step)

# %% [markdown]
# Now drag **step** or press Play, then move **start W** to 3 and check your guess: there the slope is
# positive, and the steps go left.

# %%
lu.explorers.descent_explorer(x, y, lr=0.01, steps=30, w0=-0.5)

# %% [markdown]
# ## 6. W and b together
#
# With b back, the cost is the surface cost(W, b) of notebook 04, and there is one derivative per parameter
# (a *partial derivative* (편미분): change one, hold the other fixed). The same chain rule gives
#
# $$\frac{\partial\,\text{cost}}{\partial W} = \frac{2}{m} \sum_{i=1}^{m} \left(W x^{(i)} + b - y^{(i)}\right) x^{(i)},
# \qquad
# \frac{\partial\,\text{cost}}{\partial b} = \frac{2}{m} \sum_{i=1}^{m} \left(W x^{(i)} + b - y^{(i)}\right).$$
#
# Together they form the **gradient**, the direction of steepest ascent on the surface; each step goes the
# opposite way, W and b at once. To make b matter, shift the lecture's samples up by 2: (1, 3) … (4, 6).

# %%
y_off = y + 2
print("samples:", [(float(a), float(c)) for a, c in zip(x, y_off, strict=True)])

W, b, lr, steps = 0.0, 0.0, 0.1, 80
W_hist, b_hist = [W], [b]
for _ in range(steps):
    r = W * x + b - y_off  # residuals at the current (W, b)
    dW, db = 2 * np.mean(r * x), 2 * np.mean(r)  # both gradients first ...
    W, b = W - lr * dW, b - lr * db  # ... then both updates
    W_hist.append(W)
    b_hist.append(b)
print(f"after {steps} steps: W = {W:.4f}, b = {b:.4f}, cost = {np.mean((W * x + b - y_off) ** 2):.6f}")

# %% [markdown]
# **Predict:** these samples lie on y = x + 2, so the best line has W = 1. Where is W after the first step from
# W = b = 0?

# %%
W_after_first_step = None  # a number
lu.checks.check_prediction_first_step_wb(W_after_first_step)

# %% [markdown]
# Step through the path: (W, b) on the contours, the line, and the cost at every step (log scale). The slider
# starts at step 12; drag it back to 0 and play. The valley is long and thin (notebook 04): its steep walls make
# the first steps overshoot and zig-zag, and along its nearly flat floor the small gradient makes the path creep.

# %%
lu.explorers.descent_path_explorer(x, y_off, lr=0.1, steps=80, step=12)

# %% [markdown]
# ## 7. Bias Existence O / X: with and without b
#
# The slides *Bias Existence O* and *Bias Existence X* compare the model with a bias, H(x) = Wx + b, and without,
# H(x) = Wx. Without b every line passes through (0, 0). For the lecture's samples that costs nothing (the best
# line y = x goes through (0, 0)); for the shifted samples it does. Fit both with `lu.train_linear` (the course's
# helper: the loop above, with or without b), from W = b = 0, with the same α and the same number of steps:

# %%
lr, steps = 0.1, 150
with_b = lu.train_linear(x, y_off, lr, steps)
without_b = lu.train_linear(x, y_off, lr, steps, bias=False)
print(f"bias O: W = {with_b.w[-1]:.4f}, b = {with_b.b[-1]:.4f}, cost = {with_b.cost[-1]:.5f}")
print(f"bias X: W = {without_b.w[-1]:.4f},             cost = {without_b.cost[-1]:.5f}")
print("bias X residuals H(x) - y:", np.round(without_b.w[-1] * x - y_off, 3) + 0.0)
print(f"cost at the start (W = b = 0), both runs: {with_b.cost[0]:g} and {without_b.cost[0]:g}")

# %% [markdown]
# Without b, the line tilts up to make up for the missing offset and still misses all samples but one: its cost
# levels off above 0, however long we train. With b, it keeps falling towards 0 (both start above 20).

# %%
fig, (ax1, ax2) = lu.figure(2, size=(10, 3.8))
lu.plotting.draw_fit(ax1, x, y_off, with_b.w[-1], with_b.b[-1], residuals=False)
xs = np.array([0.0, 4.5])
ax1.plot(xs, without_b.w[-1] * xs, "--", color="C2", label="H(x) = Wx (no b)")
ax1.legend(loc="upper left")
ax1.set(ylim=(0, 8), title="bias O (solid) vs bias X (dashed)")
ax2.plot(with_b.cost, label="bias O: H(x) = Wx + b")
ax2.plot(without_b.cost, "--", color="C2", label="bias X: H(x) = Wx")
ax2.set(ylim=(0, 2), xlabel="step", ylabel="cost (MSE)", title="cost during gradient descent")
ax2.legend(loc="upper right")
lu.show(fig)

# %% [markdown]
# ## 8. absolute vs MSE: what happens near the minimum
#
# The slides *absolute* and *MSE* run gradient descent with the two costs of notebook 04. Away from 0 the
# derivative of |e| is the sign of e: −1 where e < 0, +1 where e > 0. At e = 0 itself |e| has a corner and
# **no derivative**: the slope is −1 just left of it and +1 just right of it. `np.sign` returns 0 there, by
# convention:

# %%
print("np.sign([-2.0, -0.1, 0.0, 0.1, 2.0]) =", np.sign([-2.0, -0.1, 0.0, 0.1, 2.0]))

# %% [markdown]
# With that convention, the absolute error's gradient is
#
# $$\frac{d\,\text{MAE}}{dW} = \frac{1}{m} \sum_{i=1}^{m} \text{sign}\left(W x^{(i)} - y^{(i)}\right) x^{(i)}.$$
#
# Its size does not depend on how far W is from the minimum, only on which side it is. Back to the lecture's
# samples, without b:


# %%
def dmae_dw(W, x, y):
    return np.mean(np.sign(W * x - y) * x)


for W in [-0.5, 0.9, 0.99, 1.0, 1.01, 2.0]:
    print(f"W = {W:5.2f}:  dMSE/dW = {gradient_w(W, x, y):7.3f}   dMAE/dW = {dmae_dw(W, x, y):6.3f}")

# %% [markdown]
# At W = 1 exactly, every residual is 0 and `np.sign` makes the MAE gradient 0: only there.
# MSE's slope shrinks to 0 as W nears 1, so its steps shrink too and W settles. MAE's slope keeps the same size
# right up to the minimum, so every step has the same length α · 2.5: W cannot land on the minimum unless a step
# happens to end exactly there, and it jumps back and forth over it forever. Same start, same α, both costs:

# %%
mse_run = lu.train_linear(x, y, 0.03, 40, w0=-0.3, bias=False, loss="mse")
mae_run = lu.train_linear(x, y, 0.03, 40, w0=-0.3, bias=False, loss="mae")
print("last 4 W with MSE:", np.round(mse_run.w[-4:], 4))
print("last 4 W with MAE:", np.round(mae_run.w[-4:], 4))
print(f"MAE step length: {np.abs(np.diff(mae_run.w))[-1]:.4f} = α * mean(x) = {0.03 * np.mean(x):.4f}")

# %% [markdown]
# **Predict:** the MAE run starts at W = −0.3 and every step below W = 1 has the length just printed. At which
# step does W first pass 1?

# %%
step_past_1 = None  # a whole number
lu.checks.check_prediction_mae_steps(step_past_1)

# %%
fig, (ax1, ax2) = lu.figure(2, size=(10, 3.8))
ws = np.linspace(-1, 3, 401)
ax1.plot(ws, [gradient_w(W, x, y) for W in ws], label="MSE: (2/m) Σ (Wx − y) x")
ax1.plot(ws, [dmae_dw(W, x, y) for W in ws], label="MAE: (1/m) Σ sign(Wx − y) x")
ax1.axhline(0, color="black", lw=0.8)
ax1.set(xlabel="W", ylabel="dcost/dW", ylim=(-8, 8), title="the gradient near the minimum W = 1")
ax1.legend(loc="upper left")
ax2.plot(mse_run.w, ".-", label="MSE")
ax2.plot(mae_run.w, ".-", label="MAE (absolute)")
ax2.axhline(1, color="black", lw=0.8, ls=":")
ax2.set(xlabel="step", ylabel="W", title="W during gradient descent (α = 0.03)")
ax2.legend(loc="lower right")
lu.show(fig)

# %% [markdown]
# Left, the two gradients; right, W at every step: count the steps to W = 1. The MAE slider below starts at
# the first step past W = 1:

# %%
first_past = int(np.argmax(mae_run.w > 1))
print(f"step {first_past}: W = {mae_run.w[first_past]:.3f}")

# %% [markdown]
# The cost is a "V": the tangent keeps its slope all the way down, and near the corner each step overshoots
# (the middle panel magnifies it). Drag back to step 0 and press Play.

# %%
lu.explorers.descent_explorer(x, y, lr=0.03, steps=40, w0=-0.3, loss="mae", step=first_past, zoom=0.15)

# %% [markdown]
# With MAE one would have to shrink α as training goes on. MSE does that by itself, through its gradient: one more
# reason the lecture's cost for continuous y is MSE.

# %% [markdown]
# ## Going further (optional): cost(W) as a parabola, and the derivative by finite differences
#
# Multiplying out the square shows that cost(W) is a parabola (포물선) in W:
# cost(W) = mean(x²) W² − 2 mean(xy) W + mean(y²). Its three numbers for these samples:

# %%
a2, a1, a0 = np.mean(x**2), -2 * np.mean(x * y), np.mean(y**2)
print(f"cost(W) = {a2:g} W^2 + ({a1:g}) W + {a0:g}")
print("check at W = 0.3:", np.isclose(a2 * 0.3**2 + a1 * 0.3 + a0, cost_w(0.3, x, y)))

# %% [markdown]
# Is the formula of section 3 right? A derivative is the slope of the curve over a tiny interval, so we can measure it
# without any calculus: the **central finite difference** (유한 차분) (cost(W + h) − cost(W − h)) / (2h) for
# a small h. Measuring a derivative this way is called **numerical differentiation** (수치 미분). This check
# does not use our formula at all, so if both agree, the formula is right.

# %%
h = 1e-5
W_test = np.linspace(-1, 3, 9)
numeric = np.array([(cost_w(W + h, x, y) - cost_w(W - h, x, y)) / (2 * h) for W in W_test])
formula = np.array([gradient_w(W, x, y) for W in W_test])

print("   W    formula   finite difference")
for W, f, n in zip(W_test, formula, numeric, strict=True):
    print(f"{W:5.1f} {f:9.4f} {n:14.4f}")
print(f"formula == finite differences at all {len(W_test)} points:", np.allclose(formula, numeric))

# %% [markdown]
# Left, the derivative over W (a straight line, since the cost is a parabola) with the finite differences as
# dots. Right, the cost curve with its tangent lines (접선): a tangent's slope is the derivative at that W.
# Negative slope: the cost goes down to the right. Positive slope: it goes down to the left. Zero: the bottom.

# %%
ws = np.linspace(-1, 3, 161)
cost_curve = np.array([cost_w(W, x, y) for W in ws])
fig, (ax1, ax2) = lu.figure(2, size=(10, 3.8))
ax1.plot(ws, [gradient_w(W, x, y) for W in ws], label="formula (2/m) Σ (Wx − y) x")
ax1.plot(W_test, numeric, "o", color="C3", label="central finite differences")
ax1.axhline(0, color="black", lw=0.8)
ax1.set(xlabel="W", ylabel="dcost/dW", title="the derivative of cost(W)")
ax1.legend(loc="upper left")
ax2.plot(ws, cost_curve, label="cost(W)")
for W in [-0.5, 1.0, 2.5]:
    c, g = cost_w(W, x, y), gradient_w(W, x, y)
    ax2.plot([W - 0.5, W + 0.5], [c - 0.5 * g, c + 0.5 * g], "--", color="black", lw=1.2)
    ax2.plot(W, c, "o", color="C1")
    ax2.annotate(f"slope {g:g}", (W, c), xytext=(8, -4), textcoords="offset points", fontsize=9, va="top")
ax2.set(xlabel="W", ylabel="cost(W)", ylim=(-2, 32), title="tangents: slope = dcost/dW")
lu.show(fig)

# %% [markdown]
# ## Going further (optional): `lu.train_linear` and least squares
#
# The helper `lu.train_linear` runs section 5's loop (vectorized, for any number of features, notebook 07). With
# `bias=False` it fits H(x) = Wx; it gives the same path:

# %%
hist = lu.train_linear(x, y, 0.01, 30, w0=-0.5, bias=False)  # section 5's run
print("same W at every step:   ", np.allclose(W_path, hist.w))
print("same cost at every step:", np.allclose(cost_path, hist.cost))

# %% [markdown]
# With W and b (section 6), two checks: `lu.train_linear` follows the same path, and the exact best line from least squares (최소제곱법)
# (`np.linalg.lstsq`, a method that does not descend at all) is where the path is heading.

# %%
hist_wb = lu.train_linear(x, y_off, 0.1, 80)  # section 6's run
print("same path as lu.train_linear:", np.allclose(W_hist, hist_wb.w) and np.allclose(b_hist, hist_wb.b))
(W_exact, b_exact), *_ = np.linalg.lstsq(np.column_stack([x, np.ones(m)]), y_off, rcond=None)
print(f"exact best line: W = {W_exact:.4f}, b = {b_exact:.4f}")

# %% [markdown]
# ## Exercises
#
# Exercises 1 and 2 (the derivative `gradient_w` and one step `gradient_step`) are in sections 3 and 4.

# %% [markdown]
# ### Exercise 3: both gradients
#
# Write `gradients(W, b, x, y)` that returns the tuple (∂cost/∂W, ∂cost/∂b) for H(x) = Wx + b and the MSE cost.


# %%
def gradients(W, b, x, y):
    # your code here
    return None


# %%
lu.checks.check_gradients(gradients)

# %% [markdown]
# <details><summary>Solution</summary>
#
# ```python
# def gradients(W, b, x, y):
#     r = W * x + b - y
#     return 2 * np.mean(r * x), 2 * np.mean(r)
#
#
# lu.checks.check_gradients(gradients)
# ```
#
# </details>

# %% [markdown]
# ### Exercise 4: the loop
#
# Write `gradient_descent(W, b, x, y, lr, steps)` that starts at (W, b), runs `steps` updates of W and b together,
# and returns the final `(W, b)`. Both gradients of a step must come from the same (W, b).


# %%
def gradient_descent(W, b, x, y, lr, steps):
    # your code here
    return None


# %%
lu.checks.check_gradient_descent(gradient_descent)

# %% [markdown]
# <details><summary>Solution</summary>
#
# ```python
# def gradient_descent(W, b, x, y, lr, steps):
#     for _ in range(steps):
#         r = W * x + b - y
#         dW, db = 2 * np.mean(r * x), 2 * np.mean(r)
#         W, b = W - lr * dW, b - lr * db
#     return W, b
#
#
# lu.checks.check_gradient_descent(gradient_descent)
# ```
#
# </details>

# %% [markdown]
# ## In this notebook, we learned:
#
# - gradient descent walks downhill: the derivative of the cost says which way is down, and each step goes
#   against it;
# - for cost(W) = (1/m) Σ (W xᵢ − yᵢ)², dcost/dW = (2/m) Σ (W xᵢ − yᵢ) xᵢ (in Going further, central finite
#   differences confirm it);
# - the update W := W − α · dcost/dW; the slide drops the 2, which is the same as using 2α (or a cost with
#   1/(2m)); this course keeps 1/m and writes the 2;
# - the loop in numpy; W and b are updated together, from gradients computed at the same point, and
#   `lu.train_linear` runs the same loop;
# - without a bias every line passes through (0, 0), and data with an offset keeps a cost above 0;
# - MSE's gradient shrinks near the minimum, so the steps shrink; the absolute error's gradient does not, so
#   descent with a fixed α keeps jumping over the minimum.
#
# Next: [06 · The learning rate, local and global minima](06_learning_rate_and_minima.ipynb): what happens when
# α is too small or too large, and when the cost has more than one valley.
