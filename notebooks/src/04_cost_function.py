# %% [markdown]
# # 04 · The cost function: MSE and MAE
#
# [![Open In Colab](https://colab.research.google.com/assets/colab-badge.svg)](https://colab.research.google.com/github/dl-basics-course/deep-learning-basics/blob/main/notebooks/04_cost_function.ipynb)
#
# Mirrors the lecture's slides *Cost function: What is?*, *Cost Function* (the table X = Y for 0 … 4),
# *MSE, Cross Entropy*, *MSE (Mean Square Error)* and *Minimize cost(W, b)*, with the *absolute* picture
# of the gradient-descent slides beside MSE.

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
# - turning the residuals H(x) − y of all samples into one number, the cost;
# - the mean squared error (MSE) as on the slide, as a sum, and in one line of numpy;
# - the mean absolute error (MAE) beside it, and why the course squares;
# - MSE for continuous y, cross entropy for discrete y;
# - cost(W) as a curve, cost(W, b) as contours (등고선) and a surface, and what "minimize (최소화) cost(W, b)"
#   means.

# %% [markdown]
# ## 1. Cost function (비용 함수): what is it?
#
# Notebook 03 measured a line by its residuals H(x) − y, one per sample. To compare lines, and to let a
# computer search for the best one, we need **one number** per line: the **cost** (비용), also called loss
# (손실). Small cost, good line. A function that computes it from (W, b) and the data is a **cost function**.
#
# The slide *Cost Function* uses the table x = y for x = 0 … 4:

# %%
x, y = lu.load_cost_table()
m = len(x)
print("x =", x)
print("y =", y)
print("m =", m, "samples")

# %% [markdown]
# The simplest idea, adding up the residuals, fails: positive and negative residuals cancel. Both lines below
# have residuals that sum to 0, but only the first one fits.

# %%
lines = {"H(x) = 1x + 0": (1.0, 0.0), "H(x) = -1x + 4": (-1.0, 4.0)}
for name, (W, b) in lines.items():
    r = W * x + b - y
    print(f"{name}:  residuals {r},  sum {r.sum():g}")

# %%
fig, axes = lu.figure(2, size=(9.4, 3.6))
for ax, (name, (W, b)) in zip(axes, lines.items(), strict=True):
    lu.plotting.draw_fit(ax, x, y, W, b, xlim=(-0.3, 4.5))  # a margin: the sample at x = 0 stays whole
    ax.set(ylim=(-1, 5.5), title=f"{name}: Σ (H(x) − y) = {np.sum(W * x + b - y):g}")
lu.show(fig)

# %% [markdown]
# ## 2. MSE (평균 제곱 오차): the mean squared error
#
# Square each residual first: a square is never negative, so nothing cancels. Then average. The slide writes
# it out for three samples x⁽¹⁾, x⁽²⁾, x⁽³⁾:
#
# $$\frac{(H(x^{(1)}) - y^{(1)})^2 + (H(x^{(2)}) - y^{(2)})^2 + (H(x^{(3)}) - y^{(3)})^2}{3}$$
#
# Take three samples of the table (x = 1, 2, 3) and the line H(x) = 0.5x, and compute it term by term:

# %%
x3, y3 = x[1:4], y[1:4]
W, b = 0.5, 0.0
h3 = W * x3 + b
terms = (h3 - y3) ** 2
for i in range(3):
    print(f"(H(x({i + 1})) - y({i + 1}))^2 = ({h3[i]:g} - {y3[i]:g})^2 = {terms[i]:g}")
print(f"MSE = ({terms[0]:g} + {terms[1]:g} + {terms[2]:g}) / 3 = {terms.sum() / 3:.4f}")

# %% [markdown]
# Draw each squared residual as a square on its residual: the MSE is the **mean area of the squares**.
#
# **Predict first, then drag.** At W = 0.5 (b = 0) the sample at x = 3 has the residual 1.5 − 3 = −1.5 and
# a square of area 2.25. Drag W to 0: its residual doubles to −3. What is the area of its square now?

# %%
area_at_3_when_w_is_0 = None  # your prediction: a number
lu.checks.check_prediction_square_area(area_at_3_when_w_is_0)

# %% [markdown]
# Drag W and b (the title writes the slide's formula with the current numbers). Then make every square vanish:
# which (W, b) does it?
#
# <details><summary>Answer</summary>
#
# W = 1, b = 0: the line y = x passes through all three samples, so every residual, and every square, is 0.
#
# </details>

# %%
lu.explorers.squares_explorer(x3, y3, w=0.5, b=0.0)

# %% [markdown]
# For m samples the slide writes the same thing as a sum:
#
# $$\text{cost}(W, b) = \frac{1}{m} \sum_{i=1}^{m} \left(H(x^{(i)}) - y^{(i)}\right)^2$$
#
# First literally, with a loop over i = 1 … m, then in one line of numpy (no loop) for all five samples:

# %%
h = W * x + b
total = 0.0
for i in range(m):
    total = total + (h[i] - y[i]) ** 2
mse_loop = total / m

mse_numpy = np.mean((h - y) ** 2)
print(f"loop:  {mse_loop:.4f}")
print(f"numpy: {mse_numpy:.4f}   same: {np.isclose(mse_loop, mse_numpy)}")

# %% [markdown]
# `np.mean` is the (1/m) Σ of the slide. The helper package has the same function (`lu.mse`), used by later
# notebooks; it computes the same number:

# %%
print("lu.mse:", lu.mse(h, y), " same:", np.isclose(lu.mse(h, y), mse_numpy))

# %% [markdown]
# ## 3. MAE: the mean absolute error ("absolute")
#
# The other way to stop signs from cancelling is the absolute value |H(x) − y|. Its mean is the **mean absolute
# error** (평균 절대 오차), the slides' *absolute*:
#
# $$\text{MAE}(W, b) = \frac{1}{m} \sum_{i=1}^{m} \left|H(x^{(i)}) - y^{(i)}\right|$$

# %%
mae_numpy = np.mean(np.abs(h - y))
print(f"H(x) = {W:g}x + {b:g}:  MSE = {mse_numpy:.4f},  MAE = {mae_numpy:.4f}")

# %% [markdown]
# Both are 0 for a line through every sample and grow as the line moves away:

# %%
print("line               MSE     MAE")
for W_, b_ in [(1.0, 0.0), (0.5, 0.0), (-1.0, 4.0), (1.0, 0.5)]:
    r = W_ * x + b_ - y
    name = f"H(x) = {W_:g}x + {b_:g}"
    print(f"{name:<17} {np.mean(r**2):6.3f}  {np.mean(np.abs(r)):6.3f}")

# %% [markdown]
# ## 4. Why squared?
#
# 1. **No cancelling**: a square, like an absolute value, is never negative.
# 2. **Large errors weigh more**: a residual of 2 costs 4, a residual of 0.5 costs 0.25. Two sets of residuals
#    with the same MAE can have very different MSE:

# %%
one_big = np.array([2.0, 0.0, 0.0, 0.0, 0.0])
all_small = np.array([0.4, 0.4, 0.4, 0.4, 0.4])
for name, r in [("one big error  ", one_big), ("five small ones", all_small)]:
    print(f"{name} {r}:  MAE = {np.mean(np.abs(r)):.2f},  MSE = {np.mean(r**2):.2f}")

# %% [markdown]
# MAE cannot tell these apart; MSE says one big miss is worse than many small ones.
#
# 3. **A smooth bottom**: e² is a bowl whose slope shrinks to 0 at e = 0; |e| has a sharp corner there and
#    the same steepness everywhere else. Notebook 05 slides down these slopes.

# %%
e = np.linspace(-3, 3, 241)
fig, ax = lu.figure(size=(5.4, 3.8))
ax.plot(e, e**2, label="squared: e² (MSE)")
ax.plot(e, np.abs(e), label="absolute: |e| (MAE)")
ax.set(
    xlabel="residual e = H(x) − y",
    ylabel="cost of one sample",
    ylim=(-0.2, 6),
    title="What one residual costs",
)
ax.legend(loc="upper center")
lu.show(fig)

# %% [markdown]
# ## 5. Which cost for which y? MSE or cross entropy
#
# The slide *MSE, Cross Entropy* (Cost Function은 간단히 2가지를 고려 가능하다): two kinds of cost function, and
# the kind of y decides:
#
# - **y continuous** (연속): a number on a scale, such as a temperature or the table above → **MSE**;
# - **y discrete** (이산): a category, such as cat = 0 / dog = 1 → **cross entropy** (교차 엔트로피).
#
# The lecture's binary table (notebooks 09 and 10) is of the second kind:

# %%
xb, yb = lu.load_binary()
print("cost table:   y takes", len(np.unique(y)), "different values:", np.unique(y))
print("binary table: y takes", len(np.unique(yb)), "different values:", np.unique(yb))

# %%
fig, (ax1, ax2) = lu.figure(2, size=(9.4, 3.4))
ax1.scatter(x, y)
ax1.set(xlabel="x", ylabel="y", title="y continuous: use MSE")
ax2.scatter(xb, yb, color="C1")
ax2.set(
    xlabel="x",
    ylabel="y (class)",
    ylim=(-0.3, 1.3),
    title="y discrete (0 or 1): cross entropy",
)
ax2.yaxis.set_major_locator(plt.MultipleLocator(1))  # ticks at 0 and 1 only
lu.show(fig)

# %% [markdown]
# For discrete y the model outputs a probability, and MSE on a probability is not a bowl: it flattens far from
# its minimum (notebook 09); notebook 10 teaches cross entropy. Until then, y is continuous and the cost is MSE.

# %% [markdown]
# ## 6. cost(W): one number for every line
#
# Fix b = 0, so every line is H(x) = Wx and the cost depends on W alone. Broadcasting (notebook 01) computes it
# for many W at once: one row per W, one column per sample.

# %%
ws = np.linspace(-1, 3, 81)
residual_grid = ws[:, None] * x - y  # shape (81, 5)
cost_w = np.mean(residual_grid**2, axis=1)  # one cost per W
best = np.argmin(cost_w)
print("grid:", residual_grid.shape, " costs:", cost_w.shape)
print(f"lowest cost {cost_w[best]:g} at W = {ws[best]:g}")
print("same as lu.cost_grid:", np.allclose(cost_w, lu.cost_grid(x, y, ws)))

# %% [markdown]
# Below, the line turns on the left as you drag W, and its point moves along the curve cost(W) on the right:
# each point of the curve is one line. The **cost** menu switches between MSE and MAE.
#
# **Predict first:** the slider starts at W = 0. What is cost(2), the MSE of the line H(x) = 2x?

# %%
cost_at_w_2 = None  # your prediction: a number
lu.checks.check_prediction_cost_at_2(cost_at_w_2)

# %%
lu.explorers.cost_curve_explorer(x, y, w=0.0)

# %% [markdown]
# With MAE the curve is a "V" with a sharp corner at its lowest point, the shape of |e| in section 4. Both
# have their lowest point at the same W:

# %%
mae_w = np.mean(np.abs(residual_grid), axis=1)
print(f"MSE lowest at W = {ws[np.argmin(cost_w)]:g};  MAE lowest at W = {ws[np.argmin(mae_w)]:g}")

# %%
fig, (ax1, ax2) = lu.figure(2, size=(9.4, 3.4))
ax1.plot(ws, cost_w)
ax1.set(xlabel="W", ylabel="cost(W)", title="MSE: (1/m) Σ (Wx − y)², a bowl")
ax2.plot(ws, mae_w, color="C1")
ax2.set(xlabel="W", ylabel="cost(W)", title="MAE: (1/m) Σ |Wx − y|, a V")
lu.show(fig)

# %% [markdown]
# **Explain why:** both curves are lowest at W = 1. Why must they agree here? Would they still agree if no line
# passed through every sample?
#
# <details><summary>Answer</summary>
#
# At W = 1 every residual is 0, so both costs are 0, and neither can be below 0 (squares and absolute values
# are never negative). Without a perfect line they weigh the residuals differently and can choose different
# lines: see the outlier in "Going further" below.
#
# </details>

# %% [markdown]
# ## 7. cost(W, b): a surface, and "Minimize cost(W, b)"
#
# With b free again, the cost is a surface over the (W, b) plane. The grid gets one more axis:

# %%
bs = np.linspace(-2, 2, 81)
H_grid = ws[None, :, None] * x + bs[:, None, None]  # shape (81 b, 81 W, 5 samples)
cost_wb = np.mean((H_grid - y) ** 2, axis=-1)  # shape (81, 81)
i_b, i_w = np.unravel_index(np.argmin(cost_wb), cost_wb.shape)
print("cost grid:", cost_wb.shape)
print(f"lowest cost {cost_wb[i_b, i_w]:g} at W = {ws[i_w]:g}, b = {bs[i_b]:g}")
print("same as lu.cost_grid:", np.allclose(cost_wb, lu.cost_grid(x, y, ws, bs)))

# %% [markdown]
# Below, the line moves on the left, and the point (W, b) moves over the contours (등고선) of cost(W, b) in the
# middle (each ring joins the (W, b) with the same cost, like the height lines of a map; the colour bar reads
# the rings, which are spaced by a fixed ratio of cost, not a fixed step) and over the surface (right). The
# cross marks the lowest point, W = 1, b = 0.
#
# **Predict first:** the rings are long thin ellipses, so the cost changes slowly in one direction. From the
# cross, raise W to 1.5 and lower b to −1. What is the cost there? Then drag to that point and read it.

# %%
cost_at_valley_point = None  # your prediction: a number
lu.checks.check_prediction_valley_cost(cost_at_valley_point)

# %%
lu.explorers.cost_surface_explorer(x, y, w=0.5, b=1.0)

# %% [markdown]
# The slide *Minimize cost(W, b)* names the goal of learning: minimize (최소화) the cost, that is, find the
# (W, b) with the lowest cost. We found it by trying every point of a grid, which does not scale: with 81
# values per parameter, n parameters need 81ⁿ grid points:

# %%
for n_params in [1, 2, 6]:
    print(f"{n_params} parameter(s): {81**n_params:,} grid points")

# %% [markdown]
# Notebook 07's model has 6 parameters. Notebook 05 finds the minimum without a grid, by walking downhill on
# this surface: gradient descent.

# %% [markdown]
# ## Going further (optional): what MAE is good for, an outlier
#
# Section 4 said that MSE weighs big errors more. That is a strength while big errors are real misses, and a
# weakness when one sample is simply wrong: an **outlier** (이상치), such as a value typed wrongly. Change one
# sample of the table, y = 3 at x = 3, into 9, and find the best line for each cost on the grid of section 7:

# %%
y_outlier = y.copy()
y_outlier[3] = 9.0
best_lines = {}
for data, yy in [("table", y), ("outlier", y_outlier)]:
    for loss in ["mse", "mae"]:
        grid = lu.cost_grid(x, yy, ws, bs, loss=loss)  # rows follow b, columns W, as cost_wb
        i_b, i_w = np.unravel_index(np.argmin(grid), grid.shape)
        best_lines[data, loss] = (ws[i_w], bs[i_b] + 0.0)  # + 0.0: no "-0"
        print(f"{data:8} {loss.upper()}: best line W = {ws[i_w]:g}, b = {bs[i_b] + 0.0:g}")
r_out = y_outlier[3] - 3.0  # the outlier's residual from the line y = x
print(f"the outlier's residual from the line y = x: {r_out:g}; squared: {r_out**2:g}")

# %% [markdown]
# Without the outlier both costs choose the line y = x. With it, MSE's best line tilts towards the outlier
# (W grows from 1 to the value printed above): the outlier's residual of 6 costs 36 in MSE, so moving the line
# towards it pays, even if every other sample is then missed. MAE counts the same residual as 6, no more, and
# its best line stays on the other four samples. MAE is **robust** to an outlier; MSE is pulled by it.

# %%
fig, axes = lu.figure(2, size=(9.4, 3.8))
xs = np.array([-0.3, 4.5])
for ax, data, yy in [(axes[0], "table", y), (axes[1], "outlier", y_outlier)]:
    ax.scatter(x, yy, color="C0", zorder=3, label="samples")
    for loss, style in [("mse", "-"), ("mae", "--")]:
        W_, b_ = best_lines[data, loss]
        ax.plot(xs, W_ * xs + b_, style, label=f"best line, {loss.upper()}: H(x) = {W_:g}x + {b_:g}")
    ax.set(xlim=xs, ylim=(-1, 10), xlabel="x", ylabel="y")
    ax.legend(loc="upper left")
axes[0].set_title("the table x = y")
axes[1].set_title("one outlier: y = 9 at x = 3")
lu.show(fig)

# %% [markdown]
# ## Exercises
#
# ### Exercise 1: MSE
#
# Write `mse(h, y)` that returns (1/m) Σ (hᵢ − yᵢ)² as a single number, for arrays h (predictions) and
# y (answers) of the same length. No loop.


# %%
def mse(h, y):
    # your code here
    return None


# %%
lu.checks.check_mse(mse)

# %% [markdown]
# <details><summary>Solution</summary>
#
# ```python
# def mse(h, y):
#     return np.mean((h - y) ** 2)
#
#
# lu.checks.check_mse(mse)
# ```
#
# </details>

# %% [markdown]
# ### Exercise 2: MAE
#
# Write `mae(h, y)` that returns (1/m) Σ |hᵢ − yᵢ| as a single number.


# %%
def mae(h, y):
    # your code here
    return None


# %%
lu.checks.check_mae(mae)

# %% [markdown]
# <details><summary>Solution</summary>
#
# ```python
# def mae(h, y):
#     return np.mean(np.abs(h - y))
#
#
# lu.checks.check_mae(mae)
# ```
#
# </details>

# %% [markdown]
# ### Exercise 3: cost(W, b)
#
# Write `cost(W, b, x, y)` that returns the MSE of the line H(x) = Wx + b on the samples (x, y): the slide's
# cost(W, b) = (1/m) Σ (H(x⁽ⁱ⁾) − y⁽ⁱ⁾)².


# %%
def cost(W, b, x, y):
    # your code here
    return None


# %%
lu.checks.check_cost(cost)

# %% [markdown]
# <details><summary>Solution</summary>
#
# ```python
# def cost(W, b, x, y):
#     return np.mean((W * x + b - y) ** 2)
#
#
# lu.checks.check_cost(cost)
# ```
#
# </details>

# %% [markdown]
# ## In this notebook, we learned:
#
# - a cost function turns all residuals H(x) − y into one number; adding raw residuals fails because signs cancel;
# - MSE = (1/m) Σ (H(x⁽ⁱ⁾) − y⁽ⁱ⁾)², written out for three samples, as a sum, and as `np.mean((h - y) ** 2)`;
#   it is the mean area of the squares on the residuals;
# - MAE = (1/m) Σ |H(x⁽ⁱ⁾) − y⁽ⁱ⁾| treats every unit of error alike; MSE weighs big errors more and has a
#   smooth bottom;
# - y continuous → MSE; y discrete → cross entropy (notebooks 09 and 10);
# - cost(W) is a curve and cost(W, b) a surface over the (W, b) plane; learning means minimizing cost(W, b), and
#   grids of candidates grow too fast to do it by trying everything;
# - an outlier pulls the best line of MSE towards it, while the best line of MAE stays with the other samples.
#
# Next: [05 · Gradient descent](05_gradient_descent.ipynb), walking downhill on the cost to its minimum.
