# %% [markdown]
# # 10 · Cross entropy and logistic regression
#
# [![Open In Colab](https://colab.research.google.com/assets/colab-badge.svg)](https://colab.research.google.com/github/dl-basics-course/deep-learning-basics/blob/main/notebooks/10_cross_entropy_logistic_regression.ipynb)
#
# Mirrors the slides *Cross Entropy*, *Cost Function* (with the worked example o₁ … o₄), *Conclusion* and
# *Next: Multinomial Classification*.

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
# - cross entropy, its branches −log(x) and −log(1 − x), and the cost built from them;
# - why it fixes notebook 09, its gradient (H − y) x, and the training loop, in numpy;
# - logistic regression (로지스틱 회귀) and its decision boundary;
# - the worked example o₁ … o₄, the course in one table, and softmax.

# %% [markdown]
# ## 1. Cross entropy (교차 엔트로피)
#
# The slide starts from two probability distributions (확률 분포): P, the truth, and Q, the model's belief:
#
# $$H(P, Q) = -\sum_x P(x) \log Q(x)$$
#
# (log is the natural logarithm, `np.log`; this H is the usual letter for entropy, not the hypothesis H(x).)
# For one photo whose label is *dog*, over the outcomes (cat, dog), the truth is P = (0, 1). If the model
# says Q = (1 − H, H), with H = H(x) its probability of a dog, only the dog term survives:

# %%
P = np.array([0.0, 1.0])  # the truth: a dog
for h in (0.9, 0.5, 0.1, 0.01):
    Q = np.array([1 - h, h])  # the model: P(dog) = h
    print(f"model says P(dog) = {h:<4}: H(P, Q) = {-np.sum(P * np.log(Q)):.3f} = -log({h})")

# %% [markdown]
# Sure and right costs almost nothing; sure and wrong costs without limit. For a cat, P = (1, 0) and the
# cost is −log(1 − H). The slide writes both as one cost:
#
# $$c(H(x), y) = \begin{cases} -\log(H(x)) & y = 1 \\ -\log(1 - H(x)) & y = 0 \end{cases}
# \quad = \quad -y \log(H(x)) - (1 - y) \log(1 - H(x))$$
#
# One of the two terms is always multiplied by 0 (y is 0 or 1). Checked on a grid of predictions:

# %%
h = np.linspace(0.001, 0.999, 999)
for y_ in (1.0, 0.0):
    branch = -np.log(h) if y_ == 1 else -np.log(1 - h)
    combined = -y_ * np.log(h) - (1 - y_) * np.log(1 - h)
    print(f"y = {y_:g}: the combined form equals its branch everywhere: {np.allclose(branch, combined)}")

# %% [markdown]
# ## 2. The two branches −log(x) and −log(1 − x)
#
# The slides *Cost Function* draw the two curves; dashed beside them, notebook 09's MSE for one sample,
# (1 − H)² and H², never above 1.

# %%
fig, ax = lu.figure(size=(6.4, 4.0))
ax.plot(h, -np.log(h), color="#d62728", label="y = 1: −log(H)")
ax.plot(h, -np.log(1 - h), color="#1f77b4", label="y = 0: −log(1 − H)")
ax.plot(h, (1 - h) ** 2, "--", color="#d62728", lw=1.2, label="y = 1: MSE (1 − H)²")
ax.plot(h, h**2, "--", color="#1f77b4", lw=1.2, label="y = 0: MSE H²")
ax.set(xlabel="prediction H(x)", ylabel="cost of one sample", ylim=(0, 5), title="Cross entropy vs MSE")
ax.legend(loc="upper center", fontsize=8)
lu.show(fig)

# %% [markdown]
# Over m samples the cost is the mean (the course's 1/m, as for MSE):
#
# $$\text{cost}(W, b) = -\frac{1}{m}\sum_{i=1}^{m}\left[y_i \log H(x_i) + (1 - y_i)\log(1 - H(x_i))\right],
# \qquad H(x) = \sigma(Wx + b)$$
#
# **Your turn first:** write `cross_entropy(p, y)`, this cost as one number for predictions p in (0, 1)
# and labels y.


# %%
def cross_entropy(p, y):
    # your code here
    return None


# %%
lu.checks.check_cross_entropy(cross_entropy)

# %% [markdown]
# <details><summary>Solution</summary>
#
# ```python
# def cross_entropy(p, y):
#     return -np.mean(y * np.log(p) + (1 - y) * np.log(1 - p))
#
#
# lu.checks.check_cross_entropy(cross_entropy)
# ```
#
# </details>
#
# The notebook's version, on notebook 09's table, for a grid of W (no bias):

# %%
x, y = lu.load_binary()
ws = np.linspace(-30, 30, 601)
H = lu.sigmoid(ws[:, None] * x)  # (601, 10): one row of predictions per W
cost_ce = -np.mean(y * np.log(H) + (1 - y) * np.log(1 - H), axis=1)
print("same as lu.cost_grid:", np.allclose(cost_ce, lu.cost_grid(x, y, ws, loss="bce", model="logistic")))
i_min = np.argmin(cost_ce)
print(f"smallest cross entropy on the grid: cost({ws[i_min]:.2f}) = {cost_ce[i_min]:.4f}")

# %% [markdown]
# Where H is within a hair of 1, `1 - H` loses its digits; `lu.bce_with_logits(z, y)` avoids it
# (Going further shows how).
#
# ## 3. Why it fixes notebook 09: convex
#
# Notebook 09's test: the second differences cost(W − h) − 2 cost(W) + cost(W + h).

# %%
cost_mse = np.mean((H - y) ** 2, axis=1)
# cross entropy computed the stable way: in cost_ce, 1 - H loses its digits near W = 30, and that rounding
# alone makes a few tiny second differences negative
cost_ce_stable = lu.cost_grid(x, y, ws, loss="bce", model="logistic")
for name, c in (("MSE", cost_mse), ("cross entropy", cost_ce_stable)):
    d2 = c[:-2] - 2 * c[1:-1] + c[2:]
    print(
        f"{name:>13}: {np.sum(d2 < 0):3d} of {len(d2)} second differences negative, smallest {d2.min():+.2e}"
    )

# %%
fig, (ax1, ax2) = lu.figure(2, size=(10.4, 3.8))
ax1.plot(ws, cost_mse, color="#1f77b4")
ax1.set(xlabel="W", ylabel="cost(W)", title="MSE of sigmoid(Wx): plateaus", ylim=(0, 0.6))
ax2.plot(ws, cost_ce, color="#d62728")
ax2.set(xlabel="W", ylabel="cost(W)", title="cross entropy of sigmoid(Wx): a bowl")
lu.show(fig)

# %% [markdown]
# Cross entropy has no plateau: its slope stays large where the model is confidently wrong, exactly where
# MSE's slope vanished.
#
# ## 4. The gradient: (H − y) x
#
# Write z = Wx + b and H = σ(z). Two facts: σ'(z) = σ(z)(1 − σ(z)), so d log σ(z)/dz = 1 − σ(z) and
# d log(1 − σ(z))/dz = −σ(z). Then for one sample
#
# $$\frac{\partial c}{\partial z} = -y\,(1 - H) + (1 - y)\,H = H - y,$$
#
# and by the chain rule (∂z/∂W = x, ∂z/∂b = 1), averaged over the samples:
#
# $$\frac{\partial\,\text{cost}}{\partial W} = \frac{1}{m}\sum_{i=1}^{m}(H(x_i) - y_i)\,x_i, \qquad
# \frac{\partial\,\text{cost}}{\partial b} = \frac{1}{m}\sum_{i=1}^{m}(H(x_i) - y_i)$$
#
# No factor 2 (there is no square) and no factor H(1 − H): the sigmoid's flat slope cancelled out.
#
# **Your turn.** Write `gradients(W, b, x, y)` that returns the pair (∂cost/∂W, ∂cost/∂b) above for
# H(x) = σ(Wx + b) (`lu.sigmoid` is σ).


# %%
def gradients(W, b, x, y):
    # your code here
    return None


# %%
lu.checks.check_logistic_gradients(gradients)

# %% [markdown]
# <details><summary>Solution</summary>
#
# ```python
# def gradients(W, b, x, y):
#     r = lu.sigmoid(W * x + b) - y  # H - y
#     return np.mean(r * x), np.mean(r)
#
#
# lu.checks.check_logistic_gradients(gradients)
# ```
#
# </details>
#
# The notebook's version, checked by finite differences:


# %%
def gradients(W, b, x, y):
    r = lu.sigmoid(W * x + b) - y  # H - y
    return np.mean(r * x), np.mean(r)


def ce_cost(w, b):
    return lu.bce_with_logits(w * x + b, y)


eps = 1e-6
for w, b in ((0.0, 0.0), (2.0, -1.0), (-20.0, 3.0), (20.0, 0.0)):
    fd_w = (ce_cost(w + eps, b) - ce_cost(w - eps, b)) / (2 * eps)
    fd_b = (ce_cost(w, b + eps) - ce_cost(w, b - eps)) / (2 * eps)
    g_w, g_b = gradients(w, b, x, y)
    print(
        f"W = {w:+5.1f}, b = {b:+4.1f}: ({g_w:+.6f}, {g_b:+.6f})  finite differences ({fd_w:+.6f}, {fd_b:+.6f})"
    )

# %% [markdown]
# Notebook 09's MSE gradient, (2/m) Σ (H − y) H (1 − H) x, at the same points (b = 0):

# %%
for w in (-20.0, 20.0):
    h_ = lu.sigmoid(w * x)
    g_mse = 2 * np.mean((h_ - y) * h_ * (1 - h_) * x)
    g_ce = gradients(w, 0.0, x, y)[0]
    print(
        f"W = {w:+.0f}: MSE gradient {g_mse:+.6f}, cross-entropy gradient {g_ce:+.6f} ({g_ce / g_mse:.0f} times)"
    )

# %% [markdown]
# **Explain why:** at W = −20, why is MSE's gradient so much smaller?
#
# <details><summary>Answer</summary>
#
# At W = −20 the sigmoid is saturated on every sample with x ≠ 0 (the one at x = 0 is multiplied by x = 0),
# so its slope H(1 − H) is almost 0. MSE's gradient carries that factor and nearly vanishes, even where the
# model is confidently wrong. Cross entropy's
# gradient (H − y) x has no such factor.
#
# </details>

# %% [markdown]
# **Your turn: the training loop.** Write `gradient_descent(W, b, x, y, lr, steps)`: `steps` times, compute
# both gradients at the current (W, b) with your `gradients`, then update both, W := W − α ∂cost/∂W and
# b := b − α ∂cost/∂b (α is `lr` in code); return the final (W, b).


# %%
def gradient_descent(W, b, x, y, lr, steps):
    # your code here
    return None


# %%
lu.checks.check_logistic_descent(gradient_descent)

# %% [markdown]
# <details><summary>Solution</summary>
#
# ```python
# def gradient_descent(W, b, x, y, lr, steps):
#     for _ in range(steps):
#         dW, db = gradients(W, b, x, y)  # both gradients first ...
#         W, b = W - lr * dW, b - lr * db  # ... then both updates
#     return W, b
#
#
# lu.checks.check_logistic_descent(gradient_descent)
# ```
#
# </details>
#
# The notebook's version keeps every step (W = b = 0, α = 1, 2000 steps; section 5 uses this fit).
# `lu.train_logistic` runs the same loop, vectorized:

# %%
W, b, lr = 0.0, 0.0, 1.0
W_path, b_path = [W], [b]
for _ in range(2000):
    dW, db = gradients(W, b, x, y)
    W, b = W - lr * dW, b - lr * db
    W_path.append(W)
    b_path.append(b)
fit = lu.train_logistic(x, y, lr, 2000, loss="bce")
print("same steps as lu.train_logistic:", np.allclose(W_path, fit.w) and np.allclose(b_path, fit.b))

# %% [markdown]
# Notebook 09's eleven starts (no bias, α = 1, 200 steps), now with
# `loss="bce"` (binary cross entropy):

# %%
w_starts = np.array([-20.0, -10.0, -6.0, -2.0, -1.0, 0.0, 1.0, 2.0, 6.0, 10.0, 20.0])
hist_ce = lu.train_logistic(x, y, 1.0, 200, w0=w_starts, bias=False, loss="bce")
hist_mse = lu.train_logistic(x, y, 1.0, 200, w0=w_starts, bias=False, loss="mse")
print("after 200 steps, W =")
print("  cross entropy:", np.round(hist_ce.w[-1], 3))
print("  MSE:          ", np.round(hist_mse.w[-1], 3))

# %%
fig, (ax1, ax2) = lu.figure(2, size=(10.4, 3.8))
colors = plt.cm.coolwarm(np.linspace(0, 1, len(w_starts)))
for j, c_ in enumerate(colors):
    ax1.plot(hist_mse.w[:, j], color=c_)
    ax2.plot(hist_ce.w[:, j], color=c_, label=f"start {w_starts[j]:+g}")
ax1.set(xlabel="step", ylabel="W", title="MSE: W during gradient descent")
ax2.set(xlabel="step", ylabel="W", title="cross entropy: W during gradient descent")
ax2.legend(loc="center left", bbox_to_anchor=(1.0, 0.5), fontsize=8)
lu.show(fig)

# %% [markdown]
# ## 5. Logistic regression on the binary table
#
# Logistic regression is this model, H(x) = σ(Wx + b), trained with cross entropy. The fit of section 4:

# %%
w_fit, b_fit = fit.w[-1], fit.b[-1]
p = lu.sigmoid(w_fit * x + b_fit)
print(f"W = {w_fit:.4f}, b = {b_fit:.4f}, cost {fit.cost[-1]:.4f}")
print("H(x):     ", np.round(p, 3))
print("predicted:", (p >= 0.5).astype(int), " labels:", y.astype(int))
print(f"accuracy {np.mean((p >= 0.5) == (y == 1)):.0%}; the model answers 1 for x < {-b_fit / w_fit:.3f}")

# %%
xs = np.linspace(-0.1, 1.0, 200)
fig, ax = lu.figure(size=(6.0, 3.8))
ax.scatter(x, y, color="black", zorder=3, label="data")
ax.plot(xs, lu.sigmoid(w_fit * xs + b_fit), color="#d62728", label="H(x) = sigmoid(Wx + b)")
ax.axhline(0.5, color="gray", ls=":", lw=1)
ax.axvline(-b_fit / w_fit, color="#ff7f0e", ls="--", label="decision boundary")
ax.set(xlabel="x", ylabel="y, H(x)", title="Logistic regression on the binary table", ylim=(-0.1, 1.25))
ax.legend(loc="upper right", fontsize=8)
lu.show(fig)

# %% [markdown]
# The labels are mixed along x, so no model of this form gets them all: the best is a slow slope and one cut,
# the **decision boundary** (결정 경계) where H(x) = 0.5, that is where Wx + b = 0.
#
# ## 6. Logistic regression in 2-D, step by step
#
# With two inputs, H(x) = σ(w₁x₁ + w₂x₂ + b), and the decision boundary w₁x₁ + w₂x₂ + b = 0 is a line.
# 100 points in two overlapping clouds, 40 steps with α = 0.2 from a poor start:

# %%
X2, y2 = lu.make_two_class(m=100, separation=2.0, seed=0)
fit2 = lu.train_logistic(X2, y2, 0.2, 40, w0=np.array([-1.0, 0.5]), b0=1.0, loss="bce")
w2, b2 = fit2.w[-1], fit2.b[-1]
acc2 = np.mean(((X2 @ w2 + b2) >= 0) == (y2 == 1))
print(f"after 40 steps: w = {np.round(w2, 3)}, b = {b2:.3f}, cost {fit2.cost[-1]:.4f}, accuracy {acc2:.0%}")

# %%
lu.plot_decision_boundary(X2, y2, w2, b2, title="After 40 steps: the boundary w1 x1 + w2 x2 + b = 0")

# %% [markdown]
# The same 40 steps from the same start, whose boundary faces the wrong way.
#
# **Predict first.** At step 0, roughly what percentage of the 100 points does the model get right?

# %%
guess = None  # a percentage, e.g. 80
lu.checks.check_prediction_start_accuracy(guess)

# %% [markdown]
# Now drag the step slider, or press Play: the boundary turns into place as the cost falls.

# %%
lu.explorers.logistic_training_explorer(X2, y2, lr=0.2, steps=40, w0=(-1.0, 0.5), b0=1.0)

# %% [markdown]
# ## 7. The slides' worked example: o₁ … o₄
#
# The slides *Cost Function* feed a sum into the sigmoid, H(o) = 1/(1 + e^{−o}) with o = o₁ + o₂ + o₃ + o₄.
# The example: o₁ = 0.1, o₂ = 0.2, o₃ = 2.5, o₄ = −2, and the true label is y = 0 (a cat).

# %%
o = np.array([0.1, 0.2, 2.5, -2.0])
y_cat = 0.0
H_o = lu.sigmoid(o.sum())
print(f"o = {o[0]:g} + {o[1]:g} + {o[2]:g} - {-o[3]:g} = {o.sum():.1f}")
print(f"H(o) = sigmoid({o.sum():.1f}) = {H_o:.4f} >= 0.5: predict y = 1, but y = {y_cat:g}")
print(f"(with the printed 0.7: sigmoid(0.7) = {lu.sigmoid(0.7):.4f}, the same prediction)")
print(f"cost = -log(1 - H) = {-np.log(1 - H_o):.4f}")

# %% [markdown]
# **A slip in the slides.** The slide prints o = 0.7, but 0.1 + 0.2 + 2.5 − 2 = 0.8. Both give H > 0.5: "dog"
# for a cat.
#
# Treat each oᵢ as a parameter. Since ∂o/∂oᵢ = 1, the chain rule gives the same gradient for all four:
#
# $$\frac{\partial c}{\partial o_i} = \frac{\partial c}{\partial o}\cdot\frac{\partial o}{\partial o_i} = H(o) - y$$
#
# Gradient steps with learning rate 0.2, until the prediction flips:

# %%
lr = 0.2
o_step = o.copy()
for step in range(1, 6):
    g = lu.sigmoid(o_step.sum()) - y_cat  # the same for every o_i
    o_step = o_step - lr * g
    h_step = lu.sigmoid(o_step.sum())
    print(
        f"step {step}: gradient {g:.4f}, o_i = {np.round(o_step, 3)}, o = {o_step.sum():+.3f}, "
        f"H = {h_step:.3f} -> predict {int(h_step >= 0.5)}"
    )
    if h_step < 0.5:
        break

# %% [markdown]
# Every oᵢ moved by the same amount. The slide's next lines move them by different amounts:

# %%
o_next = np.array([0.02, 0.1, 1.5, -2.3])
print(f"o_1 + o_2 + o_3 = {o_next[:3].sum():.2f};  o = -2.3 + {o_next[:3].sum():.2f} = {o_next.sum():.2f}")
print(f"H = sigmoid({o_next.sum():.2f}) = {lu.sigmoid(o_next.sum()):.4f} < 0.5: predict 0, right for the cat")
print("each o_i moved by:", np.round(o_next - o, 3))

# %% [markdown]
# Both lines check out. The moves differ when each oᵢ comes from an input: oᵢ = wᵢ xᵢ, with wᵢ learned and xᵢ given. Then
#
# $$\frac{\partial c}{\partial w_i} = (H(o) - y)\,x_i, \qquad
# w_i \leftarrow w_i - \alpha (H - y) x_i \;\Rightarrow\; o_i \text{ moves by } -\alpha (H - y)\,x_i^2$$
#
# An input with a large |xᵢ| moves its oᵢ a lot (Going further finds inputs that give the slide's moves).

# %% [markdown]
# The slide's third line is a new sample: o₁ = 0.2, o₂ = 0.4, o₃ = −0.5, o₄ = −0.3, but now y = 1 (a dog):

# %%
o3 = np.array([0.2, 0.4, -0.5, -0.3])
H3 = lu.sigmoid(o3.sum())
print(f"o = {o3.sum():.1f}, H = {H3:.4f} < 0.5: predict 0, but y = 1;  H - y = {H3 - 1:.4f}")

# %% [markdown]
# Now H − y is negative, so every step pushes the oᵢ *up*. Over many samples, cats push the weights one way
# and dogs the other: **각 oᵢ 의 역할들이 점점 생긴다**, each oᵢ gradually takes on a role of its own.
#
# 200 samples with four inputs: x₁ speaks strongly for "dog", x₂ a little, x₃ not at all, x₄ for "cat".
# Left, the oᵢ as free parameters (they move together); right, oᵢ = wᵢxᵢ trained on the samples:

# %%
rng = np.random.default_rng(0)
X4 = rng.normal(size=(200, 4))
true_w = np.array([2.0, 0.7, 0.0, -2.0])
y4 = (rng.uniform(size=200) < lu.sigmoid(X4 @ true_w)).astype(float)
roles = lu.train_logistic(X4, y4, 0.5, 100, w0=np.full(4, 0.5), bias=False, loss="bce")
print("weights after 100 steps:", np.round(roles.w[-1], 3), " (built from", true_w, ")")

free = [o.copy()]  # the o_i as free parameters, sample y = 0, learning rate 0.2
for _ in range(30):
    free.append(free[-1] - 0.2 * (lu.sigmoid(free[-1].sum()) - y_cat))
free = np.array(free)
print(
    "free o_i, differences to o_1 at the start and after 30 steps:",
    free[0] - free[0, 0],
    free[-1] - free[-1, 0],
)

# %%
fig, (ax1, ax2) = lu.figure(2, size=(10.4, 3.8))
names = ["o1 / w1", "o2 / w2", "o3 / w3", "o4 / w4"]
for i, c_ in enumerate(["#d62728", "#ff7f0e", "#7f7f7f", "#1f77b4"]):
    ax1.plot(free[:, i], color=c_, label=names[i])
    ax2.plot(roles.w[:, i], color=c_, label=names[i])
ax1.set(xlabel="step", ylabel="o_i", title="o_i as free parameters: no roles")
ax2.set(xlabel="step", ylabel="w_i", title="o_i = w_i x_i on 200 samples: roles")
ax2.legend(loc="center left", bbox_to_anchor=(1.0, 0.5), fontsize=8)
lu.show(fig)

# %% [markdown]
# ## 8. Conclusion: the course in one table
#
# The ten notebooks in three steps, hypothesis → cost → optimization, for the two kinds of output:
#
# | | regression (notebooks 03–07) | binary classification (notebooks 09–10) |
# |---|---|---|
# | output Y | continuous (연속), e.g. 0 … 3.4 | discrete (이산): cat = 0, dog = 1 |
# | hypothesis (가설) | H(x) = Wx + b, or H(X) = XW + b | H(x) = σ(Wx + b) = 1/(1 + e^{−(Wx + b)}) |
# | cost (비용 함수) | MSE: (1/m) Σ (H(xᵢ) − yᵢ)² | cross entropy: −(1/m) Σ [yᵢ log H(xᵢ) + (1 − yᵢ) log(1 − H(xᵢ))] |
# | gradient ∂cost/∂W | (2/m) Σ (H(xᵢ) − yᵢ) xᵢ | (1/m) Σ (H(xᵢ) − yᵢ) xᵢ |
# | optimization (최적화) | W := W − α ∂cost/∂W, b := b − α ∂cost/∂b | the same |
# | convex in (W, b)? | yes | yes (MSE on a sigmoid: no, notebook 09) |
# | answer | H(x) itself | 1 if H(x) ≥ 0.5, else 0 |
#
# ## 9. Next: multinomial classification (다중 분류)
#
# The lecture ends with *Next: Multinomial Classification*: more than two classes, say cat, dog and bird.
# The model gives one score zₖ per class, and **softmax** (소프트맥스) turns the scores into probabilities that
# are positive and add up to 1:
#
# $$\text{softmax}(z)_k = \frac{e^{z_k}}{\sum_j e^{z_j}}$$

# %%
z = np.array([2.0, 1.0, 0.1])  # scores for (cat, dog, bird)
q = np.exp(z) / np.sum(np.exp(z))
print("probabilities (cat, dog, bird):", np.round(q, 4), " sum:", q.sum())
truth = np.array([0.0, 1.0, 0.0])  # the label "dog", one-hot (원-핫)
print(f"cross entropy H(P, Q) = -sum P log Q = {-np.sum(truth * np.log(q)):.4f} = -log Q(dog)")

# %% [markdown]
# The cost is the same cross entropy as in section 1, with P the one-hot label. With two classes and scores
# (z, 0), softmax gives back the sigmoid: e^z / (e^z + 1) = σ(z). So logistic regression is the two-class case
# of what comes next:

# %%
for z1 in (-3.0, 0.0, 0.8, 5.0):
    pair = np.exp([z1, 0.0]) / np.sum(np.exp([z1, 0.0]))
    print(f"softmax([{z1:g}, 0])[0] = {pair[0]:.6f};  sigmoid({z1:g}) = {lu.sigmoid(z1):.6f}")

# %% [markdown]
# ## Going further (optional): cross entropy from the logit, with `np.logaddexp`
#
# Written as −y log H − (1 − y) log(1 − H), the cost loses precision where H is within a hair of 1: `1 - H` then keeps only a few
# correct digits, and for large z it is exactly 0 and `np.log` gives −∞:

# %%
z_grid = np.arange(30.0, 40.0, 0.01)
print(f"1 - sigmoid(z) is exactly 0 from z = {z_grid[np.argmax(1 - lu.sigmoid(z_grid) == 0)]:.2f} on")

# %% [markdown]
# The cure is to never compute 1 − H at all. Write z = Wx + b, the input of the sigmoid (called the **logit**,
# 로짓). The two logs simplify:
# log σ(z) = −log(1 + e^{−z}) and log(1 − σ(z)) = −log(1 + e^{z}), and since log(1 + e^{−z}) = log(1 + e^{z}) − z,
#
# $$c = -y \log \sigma(z) - (1 - y)\log(1 - \sigma(z)) = \log(1 + e^{z}) - y\,z,$$
#
# which `np.logaddexp(0, z)` = log(e⁰ + e^z) computes exactly for any z (this is `lu.bce_with_logits`):

# %%
Z = ws[:, None] * x  # the logits z = W x
cost_exact = np.mean(np.logaddexp(0, Z) - y * Z, axis=1)
print(f"largest difference to the direct formula: {np.max(np.abs(cost_exact - cost_ce)):.1e}")
with np.errstate(divide="ignore"):  # log(0) warns; silenced to show the result
    print("at z = 40, y = 0:", np.logaddexp(0, 40.0), "vs the direct formula:", -np.log(1 - lu.sigmoid(40.0)))

# %% [markdown]
# ## Going further (optional): every start, one answer
#
# With the bias too, notebook 09 sent a 21 × 21 grid of starting points (W₀, b₀) into gradient descent on
# MSE, and most stopped on a terrace. The same grid on cross entropy (learning rate 5, 300 steps):

# %%
W0, B0 = np.meshgrid(np.linspace(-30, 30, 21), np.linspace(-15, 15, 21))
hist_grid = lu.train_logistic(x, y, 5.0, 300, w0=W0.ravel(), b0=B0.ravel(), bias=True, loss="bce")
final = hist_grid.cost[-1]
print(f"final cost from {final.min():.6f} to {final.max():.6f}")
print(
    f"final W from {hist_grid.w[-1].min():.4f} to {hist_grid.w[-1].max():.4f}, "
    f"b from {hist_grid.b[-1].min():.4f} to {hist_grid.b[-1].max():.4f}: every start, one answer"
)

# %% [markdown]
# ## Going further (optional): cross entropy is not accuracy
#
# Section 5's accuracy is lower than the 7 of 10 of notebook 09's best threshold rule, "1 if x < 0.65". Cross entropy
# does not count mistakes; it scores the probabilities. Write that rule as a sigmoid, σ(W (x − 0.65)) with W
# negative, and make it steeper and steeper: it stays at 70%, and its cross entropy grows, because its three
# mistakes become more and more confidently wrong.

# %%
for steep in (5.0, 20.0, 100.0):
    z_rule = -steep * (x - 0.65)  # the rule "1 if x < 0.65" as a sigmoid
    ce_rule = lu.bce_with_logits(z_rule, y)
    print(f"W = {-steep:>4g}: accuracy {np.mean((z_rule >= 0) == (y == 1)):.0%}, cross entropy {ce_rule:.3f}")
print(
    f"logistic regression: accuracy {np.mean((p >= 0.5) == (y == 1)):.0%}, cross entropy {fit.cost[-1]:.3f}"
)

# %% [markdown]
# On labels this mixed, the lowest cross entropy goes with an honest, unsure model rather than with the most
# right answers. Training minimizes cross entropy anyway: the number of mistakes changes only in jumps, so it
# has no slope for gradient descent to follow. Accuracy is what we report afterwards.

# %% [markdown]
# ## Going further (optional): inputs behind the slide's moves
#
# In section 7, oᵢ = wᵢxᵢ moves by −α (H − y) xᵢ². The slide's moves fit one step with α = 1 if the inputs had
# these sizes (solve for xᵢ, then replay the step forwards):

# %%
g = H_o - y_cat
x_i = np.sqrt((o - o_next) / (1.0 * g))  # |x_i| that gives each move with alpha = 1
w_i = o / x_i
w_after = w_i - 1.0 * g * x_i
print("inputs |x_i|:      ", np.round(x_i, 3))
print("weights before:    ", np.round(w_i, 3), " -> after:", np.round(w_after, 3))
print("o_i = w_i x_i after:", np.round(w_after * x_i, 3), " (the slide's 0.02, 0.1, 1.5, -2.3)")

# %% [markdown]
# ## Going further (optional): MSE and cross entropy side by side
#
# The bridge from notebook 09: one W slider, notebook 09's table, both costs of H(x) = σ(Wx). MSE (left
# axis) flattens into plateaus as |W| grows; cross entropy (right axis, its own scale) keeps climbing where
# the model is confidently wrong. Drag W to either end and compare the two markers.

# %%
lu.explorers.sigmoid_cost_explorer(x, y, w=2.0, w_range=(-20.0, 20.0), loss="both")

# %% [markdown]
# ## Exercises
#
# The cross-entropy cost, the gradients and the training loop came before the notebook's own versions,
# in sections 2 and 4.
#
# ### Exercise 1: a softmax that never overflows
#
# Write `softmax(z)` for a 1-D array of scores. `np.exp(1000)` overflows; use the fact that subtracting the
# same number from every score does not change the result (e^{z−c} / Σ e^{z−c} = e^{z} / Σ e^{z}).


# %%
def softmax(z):
    # your code here
    return None


# %%
lu.checks.check_softmax(softmax)

# %% [markdown]
# <details><summary>Solution</summary>
#
# Subtract the largest score: then every exponent is ≤ 0 and the largest term is e^0 = 1.
#
# ```python
# def softmax(z):
#     e = np.exp(z - np.max(z))
#     return e / np.sum(e)
#
#
# lu.checks.check_softmax(softmax)
# ```
#
# </details>

# %% [markdown]
# ## In this notebook, we learned:
#
# - cross entropy (교차 엔트로피) H(P, Q) = −Σ P log Q; for a label y and a prediction H it is
#   −y log H − (1 − y) log(1 − H), the slide's two branches −log(H) and −log(1 − H) in one formula;
# - on notebook 09's table this cost is convex (no negative second difference), while MSE was not, and every
#   start of gradient descent reaches the same minimum;
# - its gradient is (1/m) Σ (H − y) x, checked by finite differences: no vanishing factor H(1 − H);
# - logistic regression (로지스틱 회귀) draws a decision boundary (결정 경계) Wx + b = 0, a line in 2-D;
# - the worked example: 0.1 + 0.2 + 2.5 − 2 is 0.8 (the slide prints 0.7), the next lines −0.68 and −0.2 are
#   right, and the oᵢ take on roles once they come from inputs, oᵢ = wᵢxᵢ;
# - the course in one table, and softmax, which extends all of it to more than two classes.
#
# This is the last notebook of the course: the [course table](../README.md) lists all ten. To go on, the
# lecture's *Next* is multinomial classification: softmax with cross entropy, one weight vector per class.
