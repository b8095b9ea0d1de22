# %% [markdown]
# # 07 · Multi-variable regression and the matrix form
#
# [![Open In Colab](https://colab.research.google.com/assets/colab-badge.svg)](https://colab.research.google.com/github/dl-basics-course/deep-learning-basics/blob/main/notebooks/07_multivariable_regression.ipynb)
#
# Mirrors the lecture's slides *Multi-Variable* (the 5-feature table, H(f1 … f5) and cost(W, b)), *Matrix*
# (H(X) = XW + B) and *Feature*.

# %%
# Setup: in Google Colab, install the course's helper package (elsewhere this does nothing).
import subprocess
import sys

if "google.colab" in sys.modules:
    spec = "lecture_utils @ git+https://github.com/dl-basics-course/deep-learning-basics@v0.1.0"
    subprocess.run([sys.executable, "-m", "pip", "install", "-q", spec], check=True)

# %%
import time

import matplotlib.pyplot as plt
import numpy as np

import lecture_utils as lu

# %% [markdown]
# ## In this notebook, we aim at:
#
# - reading the lecture's table of 5 samples with 5 features f1 … f5 and a target Y (slide *Multi-Variable*);
# - the hypothesis H(f1, …, f5) = w1 f1 + … + w5 f5 + b and its cost(W, b) (slide *Multi-Variable*);
# - the same as one matrix product, H(X) = XW + b, and the slide's column b1 … b5 (slide *Matrix*);
# - gradient descent on the table, where the cost goes to 0, and what such an exact fit says about new data
#   (slide *Feature*).

# %% [markdown]
# ## 1. Multi-Variable: the lecture's table
#
# Until now every sample had one input x. The slide *Multi-Variable* gives each sample five numbers. Each
# column is a **feature** (특성, 특징): one measured property of a sample, named f1 … f5. Each row is a
# **sample** (샘플) X1 … X5, and Y is the **target** (목표값) to predict.

# %%
X, y = lu.load_multivariable()
m, n = X.shape
print("X =\n", X)
print("y =", y)
print(f"X has shape {X.shape}: m = {m} samples (rows), n = {n} features (columns); y has shape {y.shape}")

# %%
fig, ax = lu.figure(size=(5.6, 3.7))
ax.imshow(X, cmap="Blues", vmin=0, vmax=8, extent=(-0.5, n - 0.5, m - 0.5, -0.5))
ax.imshow(y[:, None], cmap="Oranges", vmin=-1, vmax=5, extent=(n, n + 1, m - 0.5, -0.5))
for i in range(m):
    ax.text(-0.7, i, f"X{i + 1}", ha="right", va="center", fontsize=10)  # sample names
    for j in range(n):
        ax.text(j, i, f"{X[i, j]:g}", ha="center", va="center", fontsize=11)
    ax.text(n + 0.5, i, f"{y[i]:g}", ha="center", va="center", fontsize=11)
for j in range(n):
    ax.text(j, -0.7, f"f{j + 1}", ha="center", va="bottom", fontsize=10)  # feature names
ax.text(n + 0.5, -0.7, "Y", ha="center", va="bottom", fontsize=10)
ax.set(
    xlim=(-1.4, n + 1.1), ylim=(m - 0.4, -1.3), title="The lecture's table: features f1 ... f5 and target Y"
)
ax.axis("off")
lu.show(fig)

# %% [markdown]
# ## 2. The hypothesis with five features
#
# One weight per feature, and one bias:
#
# $$H(f_1, f_2, f_3, f_4, f_5) = w_1 f_1 + w_2 f_2 + w_3 f_3 + w_4 f_4 + w_5 f_5 + b$$
#
# $$\text{cost}(W, b) = \frac{1}{m}\sum_{i=1}^{m}\left(H(f_1^{(i)}, \dots, f_5^{(i)}) - y^{(i)}\right)^2$$
#
# The superscript (i) is the sample, the subscript the feature: f₃⁽²⁾ is feature 3 of sample X2. Written
# literally, for a guess of the weights, a loop over the samples and, inside, over the features:

# %%
w_guess = np.array([0.5, 0.5, -0.5, 0.2, 0.1])
b_guess = -0.5

h_loop = np.zeros(m)
for i in range(m):  # each sample
    h = b_guess
    for j in range(n):  # each feature
        h = h + w_guess[j] * X[i, j]
    h_loop[i] = h
cost_loop = np.mean((h_loop - y) ** 2)

terms = " + ".join(f"({w_guess[j]:g})({X[0, j]:g})" for j in range(n))
print(f"H(X1) = {terms} + ({b_guess:g}) = {h_loop[0]:g}")
print("H for every sample:", h_loop)
print(f"cost(W, b) = {cost_loop:.4f}")

# %% [markdown]
# ## 3. Matrix (행렬): H(X) = XW + b
#
# The inner loop is a sum of products, feature by feature: exactly what the matrix product `@` computes. Stack
# the weights in a column W of shape (5,) and every sample's prediction is one row of X times W:
#
# $$\underbrace{\begin{bmatrix} f_1^{(1)} & \cdots & f_5^{(1)} \\ \vdots & & \vdots \\ f_1^{(5)} & \cdots &
# f_5^{(5)} \end{bmatrix}}_{X:\ (5,\ 5)} \underbrace{\begin{bmatrix} w_1 \\ \vdots \\ w_5
# \end{bmatrix}}_{W:\ (5,)} + \; b \;=\; \underbrace{\begin{bmatrix} H^{(1)} \\ \vdots \\ H^{(5)}
# \end{bmatrix}}_{H:\ (5,)}$$
#
# The shapes: (5, **5**) @ (**5**,) → (5,); the shared 5 (features) is summed away, one number per sample
# is left.
#
# **Exercise 1, before you read on.** Write `hypothesis(W, b, X)`: H(X) = XW + b, one prediction per row of
# X, without a loop. The notebook's own version comes right after the check.


# %%
def hypothesis(W, b, X):
    # your code here
    return None


# %%
lu.checks.check_hypothesis_matrix(hypothesis)

# %% [markdown]
# <details><summary>Solution</summary>
#
# ```python
# def hypothesis(W, b, X):
#     return X @ W + b
#
#
# lu.checks.check_hypothesis_matrix(hypothesis)
# ```
#
# </details>
#
# **The slide's column b1 … b5.** The slide *Matrix* writes H(X) = XW + B with a column [b1, …, b5]. There
# is still only **one** bias b: every sample (row) gets the same b. numpy repeats it down the rows by itself
# (broadcasting, notebook 01); the column B is that repetition written out. The notebook's version, which
# the rest of the notebook uses:


# %%
def hypothesis(W, b, X):
    return X @ W + b


B = np.full(m, b_guess)  # the slide's column b1 ... b5: one b, repeated for the 5 samples
print("X @ W + b :", hypothesis(w_guess, b_guess, X))
print("X @ W + B :", X @ w_guess + B)
print("same as the double loop:", np.allclose(hypothesis(w_guess, b_guess, X), h_loop))

# %% [markdown]
# The explorer below draws the whole computation with every number: move a weight, or b, and watch the
# predictions H, the residuals H − y and the cost change.
#
# **Predict first, then drag.** Raise **w2** from 0.5 to 1.5 (everything else stays). By how much does
# H(X1), the prediction for sample X1, change?

# %%
change_of_h1 = None  # your prediction: a number
lu.checks.check_prediction_raise_w2(change_of_h1)

# %% [markdown]
# Now try it, then bring the cost below 0.1 by hand (possible: section 4 finds a cost of 0).

# %%
lu.explorers.matrix_explorer(X, y, w=w_guess, b=b_guess)

# %% [markdown]
# ## 4. Gradient descent with five features
#
# The gradient has one entry per weight. For weight j, the chain rule gives the same form as in notebook 05,
# with feature j in place of x:
#
# $$\frac{\partial\,\text{cost}}{\partial w_j} = \frac{2}{m}\sum_{i=1}^{m}\left(H^{(i)} - y^{(i)}\right)
# f_j^{(i)}, \qquad \frac{\partial\,\text{cost}}{\partial b} = \frac{2}{m}\sum_{i=1}^{m}\left(H^{(i)} -
# y^{(i)}\right)$$
#
# **Exercise 2, before you read on.** Write `gradients(W, b, X, y)`: the pair (dcost/dW, dcost/db), an array
# of shape (n,) and a number, with no loop. Hint: with the residuals r = XW + b − y, the sum over samples of
# r times feature j, for every j at once, is a matrix product of shapes (n, m) @ (m,).


# %%
def gradients(W, b, X, y):
    # your code here
    return None


# %%
lu.checks.check_gradients_features(gradients)

# %% [markdown]
# <details><summary>Solution</summary>
#
# The transpose Xᵀ, shape (5, 5)ᵀ, puts the features in the rows: (2/m) Xᵀ r.
#
# ```python
# def gradients(W, b, X, y):
#     r = hypothesis(W, b, X) - y
#     return 2 / len(y) * X.T @ r, 2 * np.mean(r)
#
#
# lu.checks.check_gradients_features(gradients)
# ```
#
# </details>
#
# The notebook's version, and gradient descent from W = 0 and b = 0 with α = 0.02, a stable rate here
# (Going further reads its limit off the table, as notebook 06 did):


# %%
def gradients(W, b, X, y):
    r = hypothesis(W, b, X) - y
    return 2 / len(y) * X.T @ r, 2 * np.mean(r)


lr, steps = 0.02, 10_000
w, b = np.zeros(n), 0.0
costs = np.zeros(steps + 1)
for t in range(steps + 1):
    costs[t] = np.mean((hypothesis(w, b, X) - y) ** 2)
    if t < steps:
        dw, db = gradients(w, b, X, y)
        w, b = w - lr * dw, b - lr * db
print(f"lr = {lr}, {steps:,} steps")
for t in (0, 10, 100, 1000, 10_000):
    print(f"step {t:6d}: cost {costs[t]:.1e}")
print("W =", np.round(w, 4), " b =", round(b, 4))

# %% [markdown]
# The cost goes to 0: every prediction equals its target.
#
# ## 5. Feature: five samples cannot pin down six unknowns
#
# A cost of 0 means the five equations XW + b = y, one per sample, hold exactly. They have six unknowns,
# w1 … w5 and b, and on this table one feature repeats the others (slide *Feature*): f3 = f1 + f2 − 3.

# %%
print("f3          :", X[:, 2])
print("f1 + f2 - 3 :", X[:, 0] + X[:, 1] - 3)
print("equal:", np.array_equal(X[:, 2], X[:, 0] + X[:, 1] - 3))

# %% [markdown]
# So −f1 − f2 + f3 + 3 = 0 on every row. Write θ = (w1, …, w5, b) for all six unknowns, and θ_gd for the
# ones gradient descent found. Lower w1 and w2 by t, raise w3 by t and b by 3t: that adds t v to θ, with
# v = (−1, −1, 1, 0, 0, 3).
#
# **Predict first.** Start from gradient descent's W and b and add 2v. By how much does H(X1) change?

# %%
change_along_v = None  # your prediction: a number
lu.checks.check_prediction_move_along_v(change_along_v)

# %% [markdown]
# Check it on every sample, and on a new sample with every feature 1, which does not follow the table's
# rule (its f3 = 1, its f1 + f2 − 3 = −1):

# %%
theta_gd = np.append(w, b)  # (w1, ..., w5, b) from gradient descent
v = np.array([-1.0, -1.0, 1.0, 0.0, 0.0, 3.0])  # (w1, ..., w5, b): -f1 - f2 + f3 + 3 = 0 on every row
x_new = np.ones(n)
for t_ in (-2.0, 0.0, 2.0):
    theta_t = theta_gd + t_ * v
    print(
        f"t = {t_:+g}: H(table) = {np.round(hypothesis(theta_t[:n], theta_t[n], X), 4) + 0.0}, "
        f"H(new sample) = {hypothesis(theta_t[:n], theta_t[n], x_new):+.3f}"
    )
print(f"per unit of t, H(new sample) changes by {hypothesis(v[:n], v[n], x_new):g}")
print(f"the length of v: sqrt({v @ v:g}) = {np.linalg.norm(v):.2f}")

# %% [markdown]
# Every θ_gd + t v fits the table exactly: the lecture's goal, predicting new data (새로운 데이터를
# 예측한다), is not met by that alone. The table cannot tell these fits apart, and each predicts something
# else for the new sample. A cost of 0 with 6 unknowns and 5 samples only says that the model had enough
# freedom to copy the table.
#
# **Explain why:** why does the new sample's prediction change by 2 for each unit of t, when the table's do
# not change at all?
#
# <details><summary>Answer</summary>
#
# Adding t v changes a prediction by t (−f1 − f2 + f3 + 3). On the table f3 = f1 + f2 − 3, so that is 0. The
# new sample has f1 = f2 = f3 = 1: t (−1 − 1 + 1 + 3) = 2t.
#
# </details>
#
# Nor is this an accident of the table: 5 equations in 6 unknowns always leave a direction free, so **every
# 5 × 6 system has such a v**. That this one is as tidy as f3 = f1 + f2 − 3 is a property of the table's
# numbers.
#
# Drag t: θ moves along v scaled to length 1, v / ‖v‖ with ‖v‖ = √12 ≈ 3.46, so here t is the distance moved
# (3.46 on the slider is one unit of t above); the predictions stay on the data, and the length ‖θ‖ = √(w1² + … + w5² + b²) is smallest at t = 0, the solution gradient descent
# found from zero. The diamond
# is the new sample.

# %%
lu.explorers.null_space_explorer(X, y, t=0.0, t_range=(-3.0, 3.0), x_new=x_new)

# %% [markdown]
# ## Going further (optional): the learning rate and the slow direction
#
# As notebook 06 taught: the Hessian of cost(W, b) is (2/m) AᵀA with A = [X, 1] (X with a column of ones
# for b), and gradient descent is stable for α < 2 / λmax.

# %%
A = np.column_stack([X, np.ones(m)])  # (5, 6): the column of ones multiplies b
lam = np.linalg.eigvalsh(2 / m * A.T @ A)
print("A = [X, 1] has shape", A.shape)
print(
    "Hessian eigenvalues:", ", ".join(f"{val:.4f}" for val in np.clip(lam, 0, None))
)  # smallest: 0, rounded
print(f"edge 2 / lambda_max = {2 / lam[-1]:.5f};  our lr = {lr} is {lr / (2 / lam[-1]):.0%} of it")

# %% [markdown]
# After a fast start the cost falls by the same factor every step. That is notebook 06's rule along the
# direction with the smallest nonzero Hessian eigenvalue λmin, where each step multiplies the error by
# 1 − αλmin (so the cost, a square, by (1 − αλmin)²):

# %%
slow = (1 - lr * lam[1]) ** 2  # notebook 06: the smallest nonzero eigenvalue sets the pace
print(
    f"cost ratio per step late in training: {costs[5001] / costs[5000]:.6f};  (1 - alpha lambda_min)^2 = {slow:.6f}"
)

# %%
t_all = np.arange(steps + 1)
fig, ax = lu.figure(size=(5.8, 3.4))
ax.plot(t_all, costs, lw=6, alpha=0.4, label="cost(W, b)")
rate = costs[5000] * slow ** (t_all - 5000.0)  # the line through step 5000 with that factor per step
ax.plot(t_all, rate, "--", color="black", lw=1.2, label=r"a factor $(1 - \alpha\lambda_{min})^2$ per step")
ax.set(yscale="log", ylim=(1e-13, 20), xlabel="step", ylabel="cost(W, b)")
ax.set_title(r"Training on the 5-feature table: cost $\to$ 0")
ax.legend(loc="upper right", fontsize=8)
lu.show(fig)

# %% [markdown]
# ## Going further (optional): rank and the minimum-norm solution
#
# The **rank** (계수) of A = [X, 1] counts how many of the five equations are independent:

# %%
rank = np.linalg.matrix_rank(A)
print(f"{A.shape[0]} equations, {A.shape[1]} unknowns, rank {rank}")
print(f"so the exact solutions form a family with {A.shape[1] - rank} free direction(s)")

# %% [markdown]
# Which exact solution did gradient descent find? `np.linalg.lstsq` returns, among all exact solutions, the
# one with the smallest length ‖θ‖ = √(w1² + … + w5² + b²), the **minimum-norm** (최소 노름) solution:

# %%
theta_lstsq, *_ = np.linalg.lstsq(A, y, rcond=None)
print("lstsq           :", np.round(theta_lstsq, 4))
print("gradient descent:", np.round(theta_gd, 4))
print(f"largest difference {np.max(np.abs(theta_gd - theta_lstsq)):.1e}")

# %% [markdown]
# The same solution: the small difference left is the slow direction still closing. Why the same: every
# gradient is (2/m) Aᵀ r, a combination of the rows of A. Starting from zero, gradient descent only ever
# adds such combinations, so θ stays among them, and the only exact solution built from the rows of A is
# the minimum-norm one.
#
# The free direction v, with A v = 0, is a **null vector** of A (together such vectors form its null space,
# 영공간). Section 5 read it off the table's rule; scaled to length 1 it is the slider's direction:

# %%
v_unit = v / np.linalg.norm(v)
print("v_unit =", np.round(v_unit, 4) + 0.0)  # + 0.0 turns a rounded -0 into 0
print("A @ v_unit = 0 up to rounding:", np.allclose(A @ v_unit, 0, atol=1e-12))

# %% [markdown]
# Five samples of random whole-number features have rank 5 with 6 unknowns too, so a null vector, just not
# one that a tidy rule gives away (exercise 3 finds it for any table):

# %%
rng = np.random.default_rng(0)
X_rand = rng.integers(0, 10, size=(5, 5)).astype(float)
A_rand = np.column_stack([X_rand, np.ones(5)])
print(f"random table: rank {np.linalg.matrix_rank(A_rand)} with {A_rand.shape[1]} unknowns")

# %% [markdown]
# Start gradient descent somewhere else and it ends at another exact solution: the part of the start along v
# never changes, because every gradient has no component along v. The trainer `lu.train_linear` takes two
# starting points at once (a batch of two), from zero and from 2 v_unit:

# %%
theta_2 = theta_gd + 2 * v_unit
starts_w = np.stack([np.zeros(n), 2 * v_unit[:n]])
starts_b = np.array([0.0, 2 * v_unit[n]])
hist = lu.train_linear(X, y, lr, steps, w0=starts_w, b0=starts_b)
final = np.column_stack([hist.w[-1], hist.b[-1]])
print("from zero: same as our loop:", np.allclose(final[0], theta_gd), " cost", f"{hist.cost[-1, 0]:.1e}")
print("from 2 v_unit:", np.round(final[1], 4), " cost", f"{hist.cost[-1, 1]:.1e}")
print("from 2 v_unit ends at theta_gd + 2 v_unit:", np.allclose(final[1], theta_2, atol=1e-10))
print(
    f"length ||theta||: {np.linalg.norm(theta_gd):.4f} (from zero)  {np.linalg.norm(theta_2):.4f} (from 2 v_unit)"
)

# %% [markdown]
# ## Going further (optional): 100,000 samples, timed and trained
#
# The matrix form gives the same numbers as the loop; the difference is speed. numpy's `@` runs compiled
# code over whole arrays, while the Python loop does one multiplication at a time. A synthetic set, large
# enough to time: 100,000 samples of 5 features, each between −1 and 1, from `lu.make_linear`, made from
# known weights, b and a little noise.

# %%
w_true = np.array([1.5, -2.0, 0.5, 3.0, -1.0])
b_true = 2.0
X_big, y_big = lu.make_linear(m=100_000, w=w_true, b=b_true, noise=0.5, seed=0, x_range=(-1, 1))
print("X_big", X_big.shape, " y_big", y_big.shape)


def predict_loop(X, w, b):
    out = np.zeros(len(X))
    for i in range(len(X)):
        h = b
        for j in range(len(w)):
            h = h + w[j] * X[i, j]
        out[i] = h
    return out


# %% tags=["nbval-ignore-output"]
t0 = time.perf_counter()
h_big_loop = predict_loop(X_big, w_true, b_true)
t_loop = time.perf_counter() - t0

t_matrix = np.inf
for _ in range(5):  # the fastest of 5 runs: other programs can slow a run down, never speed it up
    t0 = time.perf_counter()
    h_big_matrix = hypothesis(w_true, b_true, X_big)
    t_matrix = min(t_matrix, time.perf_counter() - t0)
print(
    f"loop: {t_loop * 1000:.1f} ms   matrix: {t_matrix * 1000:.2f} ms   the matrix form is {t_loop / t_matrix:.0f}x faster"
)

# %%
print("same predictions:", np.allclose(h_big_loop, h_big_matrix))

# %% [markdown]
# (The exact ratio depends on the computer and on what else it is doing; the line above is this run's
# measurement.)
#
# With many more samples than unknowns the least-squares solution is unique again (rank 6), and with noise
# the cost cannot reach 0. The learning rate, read from the Hessian:

# %%
A_big = np.column_stack([X_big, np.ones(len(X_big))])
lam_big = np.linalg.eigvalsh(2 / len(X_big) * A_big.T @ A_big)
print(
    f"rank {np.linalg.matrix_rank(A_big)};  Hessian eigenvalues:", ", ".join(f"{val:.3f}" for val in lam_big)
)
for name, lr_try in (("95% of the edge", 0.95 * 2 / lam_big[-1]), ("1 / lambda_max ", 1 / lam_big[-1])):
    factors = np.abs(1 - lr_try * lam_big)
    print(f"alpha = {name} = {lr_try:.3f}: |1 - alpha lambda| per direction", np.round(factors, 3))

# %% [markdown]
# Here the eigenvalues are close together: no direction is slow (the features vary around 0, so they
# hardly overlap with the column of ones). Then 95% of the edge is a poor choice: the steepest direction
# would zig-zag with a factor near −0.9. With α = 1/λmax it is done in one step and every other direction
# shrinks by about a third per step, so 100 steps are plenty.
#
# `lu.train_linear` does the same updates as our loop, in the same matrix form: r = XW + b − y for all
# 100,000 rows at once, then (2/m) Xᵀ r and (2/m) Σ r.

# %%
lr_big = 1 / lam_big[-1]

# %% tags=["nbval-ignore-output"]
t_train = np.inf
for _ in range(3):  # the fastest of 3 runs
    t0 = time.perf_counter()
    hist_big = lu.train_linear(X_big, y_big, lr_big, 100)
    t_train = min(t_train, time.perf_counter() - t0)
print(f"100 steps on {X_big.shape[0]:,} x {X_big.shape[1]}: {t_train:.3f} s (the fastest of 3 runs)")

# %%
theta_big = np.append(hist_big.w[-1], hist_big.b[-1])
theta_big_lstsq, *_ = np.linalg.lstsq(A_big, y_big, rcond=None)
print("true W, b        :", np.append(w_true, b_true))
print("gradient descent :", np.round(theta_big, 2))
print("lstsq            :", np.round(theta_big_lstsq, 2))
theta_true = np.append(w_true, b_true)
print(
    f"largest error: {np.max(np.abs(theta_big - theta_true)):.4f} (gradient descent), "
    f"{np.max(np.abs(theta_big_lstsq - theta_true)):.4f} (lstsq)"
)
print(f"final cost {hist_big.cost[-1]:.4f}  (the noise alone: 0.5^2 = {0.5**2})")
print(
    "gradient descent reached the least-squares solution:", np.allclose(theta_big, theta_big_lstsq, atol=1e-8)
)

# %% [markdown]
# The learned weights match the true ones to within the largest error printed above. That error is what the
# noise leaves in any method: the exact least-squares answer `lstsq` is off by the same amount.

# %%
fig, ax = lu.figure(size=(6.4, 3.4))
names = [f"w{j + 1}" for j in range(n)] + ["b"]
pos = np.arange(n + 1)
ax.bar(pos - 0.2, np.append(w_true, b_true), width=0.4, label="true", color="#1f77b4")
ax.bar(pos + 0.2, theta_big, width=0.4, label="learned (gradient descent)", color="#d62728")
ax.axhline(0, color="black", lw=0.8)
for p_, name in zip(pos, names, strict=True):  # a name under each pair of bars
    ax.text(p_, -2.6, name, ha="center", va="top")
ax.tick_params(axis="x", bottom=False, labelbottom=False)
ax.set(ylabel="value", title="100,000 samples: the true weights recovered")
ax.legend(loc="upper left", fontsize=8)
lu.show(fig)

# %% [markdown]
# ## Exercises
#
# ### Exercise 3: a direction that changes nothing
#
# Write `null_vector(A)` that returns a nonzero vector v with A @ v = 0 (any length, either sign), for any
# matrix A with more columns than independent rows, like A = [X, 1] above, or a table whose rule you do not
# know. Tool: the singular value decomposition (특잇값 분해) `np.linalg.svd(A)` returns three arrays U, the
# singular values and Vᵀ; for A of shape (5, 6), Vᵀ is 6 × 6, and its last row has no singular value of
# its own.


# %%
def null_vector(A):
    # your code here
    return None


# %%
lu.checks.check_null_vector(null_vector)

# %% [markdown]
# <details><summary>Solution</summary>
#
# `np.linalg.svd(A)` returns U, the singular values and Vᵀ. The last row of Vᵀ belongs to the smallest
# singular value, or to none at all when A has more columns than rows; either way, when A v = 0 has a nonzero
# solution, that row is one.
#
# ```python
# def null_vector(A):
#     return np.linalg.svd(A)[2][-1]
#
#
# lu.checks.check_null_vector(null_vector)
# ```
#
# </details>

# %% [markdown]
# ## In this notebook, we learned:
#
# - a sample (샘플) is a row, a feature (특성) a column; the lecture's table has 5 samples of 5 features and
#   a target Y;
# - H(f1, …, f5) = w1 f1 + … + w5 f5 + b is a sum of products per sample, so the whole table is one matrix
#   product H(X) = XW + b: (5, 5) @ (5,) → (5,), with one b broadcast down the rows (the slide's b1 … b5);
# - the matrix form gives the same numbers as a loop over samples, many times faster (Going further);
# - the gradient is (2/m) Xᵀ(XW + b − y) for the weights and (2/m) Σ (XW + b − y) for b;
# - on the table the cost goes to 0: 6 unknowns and 5 samples, with f3 = f1 + f2 − 3. Adding any multiple of
#   v = (−1, −1, 1, 0, 0, 3) gives another exact fit, and every 5 × 6 system has such a vector (Going
#   further: rank, and the minimum-norm solution that gradient descent from zero finds; exercise 3: the SVD);
# - an exact fit of 5 samples with 6 unknowns says nothing about new data: a new sample with f3 ≠ f1 + f2 − 3
#   gets a different prediction from every exact fit;
# - (Going further) on 100,000 samples the vectorized trainer recovers the true weights.
#
# Next: [08 · Activation functions](08_activation_functions.ipynb): stacking linear layers gains nothing,
# unless there is a bend between them.
