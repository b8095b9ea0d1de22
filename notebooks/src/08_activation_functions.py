# %% [markdown]
# # 08 · Activation functions: why a network needs a bend
#
# [![Open In Colab](https://colab.research.google.com/assets/colab-badge.svg)](https://colab.research.google.com/github/dl-basics-course/deep-learning-basics/blob/main/notebooks/08_activation_functions.ipynb)
#
# Mirrors the lecture's slides *How to Increase Dimension*, *Basic Model*, *Matrix_Problem* and
# *Activation Functions* (Sigmoid, tanh, ReLU, Leaky ReLU, Maxout, ELU).

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
# - a hidden layer between the features and the output, every array's shape followed (slides *How to
#   Increase Dimension*, *Basic Model*);
# - why two linear layers in a row are one linear layer (slide *Matrix_Problem*);
# - the lecture's six activation functions: formula, derivative, output range, where each goes flat;
# - a network that fits a curve with ReLU or tanh, and cannot beat a straight line without an activation.

# %% [markdown]
# ## 1. How to increase dimension (차원 늘리기)
#
# Notebook 07 sent the 5 features of its table straight to 1 output, H(X) = XW + b. To *increase the
# dimension*, first compute 8 new features, each a weighted sum of the 5, then the output from those 8. The
# new features are **hidden units** (은닉 유닛): the network learns them. W1 (5, 8) and b1 (8,) take 5
# features to 8 hidden values; W2 (8, 1) and b2 (1,) take those 8 to the output.

# %%
X, Y = lu.load_multivariable()
rng = np.random.default_rng(0)
W1, b1 = rng.normal(size=(5, 8)), rng.normal(size=8)
W2, b2 = rng.normal(size=(8, 1)), rng.normal(size=1)

hidden = X @ W1 + b1
output = hidden @ W2 + b2
print("X      ", X.shape, "  5 samples, 5 features")
print("W1, b1 ", W1.shape, b1.shape)
print("hidden ", hidden.shape, "  5 samples, 8 hidden units: the 'dimension' went from 5 to 8")
print("W2, b2 ", W2.shape, b2.shape)
print("output ", output.shape, "  5 samples, 1 output")

# %% [markdown]
# Every `@` needs the inner sizes to match: (5, **5**) @ (**5**, 8) → (5, 8), then (5, **8**) @ (**8**, 1) → (5, 1).
# The biases are added to every row (every sample).
#
# ## 2. Basic model (기본 모델): input, hidden and output layers
#
# Each column of circles is a **layer** (층): the **input layer** (입력층) holds the features, the
# **hidden layer** (은닉층) the hidden units, the **output layer** (출력층) the prediction. Every line is one
# weight.
#
# **Predict, then drag.** With 16 hidden units, how many weights and biases (W1, b1, W2, b2 together) does the
# network learn? The figure's last line counts them.

# %%
n_parameters = None  # your prediction: a number
lu.checks.check_prediction_parameters(n_parameters)

# %%
lu.explorers.network_shapes_explorer(X, hidden=8)

# %% [markdown]
# ## 3. Matrix_Problem: two linear layers are still one linear layer
#
# The lecture's warning: stacking linear layers gains nothing. Try it first: multiply out the brackets of
# (X @ W1 + b1) @ W2 + b2 and write `collapse(W1, b1, W2, b2)` that returns `(W, b)`, the one linear layer
# X @ W + b with the same output for every X.


# %%
def collapse(W1, b1, W2, b2):
    # your code here
    return None


# %%
lu.checks.check_collapse(collapse)

# %% [markdown]
# <details><summary>Solution</summary>
#
# (X W1 + b1) W2 + b2 = X (W1 W2) + (b1 W2 + b2).
#
# ```python
# def collapse(W1, b1, W2, b2):
#     return W1 @ W2, b1 @ W2 + b2
#
#
# lu.checks.check_collapse(collapse)
# ```
#
# </details>
#
# The notebook's version: W'' = W1 W2 (5, 1) and b'' = b1 W2 + b2 (1,), one linear layer, notebook 07's model.

# %%
W_one = W1 @ W2
b_one = b1 @ W2 + b2
output_one = X @ W_one + b_one
print("W'':", W_one.shape, " b'':", b_one.shape)
print("two layers:", output.ravel().round(4))
print("one layer: ", output_one.ravel().round(4))
print("identical: ", np.allclose(output, output_one))

# %% [markdown]
# The slide writes w + w' = w'': weights add when two linear models run *side by side* and their outputs are
# added. Stacked *one after the other*, they multiply. Either way the result is one linear model:

# %%
w, w_prime = rng.normal(size=(5, 1)), rng.normal(size=(5, 1))
print("side by side, X w + X w' = X (w + w'):", np.allclose(X @ w + X @ w_prime, X @ (w + w_prime)))

# %% [markdown]
# Ten linear layers collapse the same way:

# %%
layers = [(rng.normal(size=(5, 8)), rng.normal(size=8))]
layers += [(rng.normal(size=(8, 8)) / 3, rng.normal(size=8)) for _ in range(8)]
layers += [(rng.normal(size=(8, 1)), rng.normal(size=1))]

out, W_all, b_all = X, np.eye(5), np.zeros(5)
for W, b in layers:
    out = out @ W + b
    W_all, b_all = W_all @ W, b_all @ W + b
print(len(layers), "layers; collapsed weight", W_all.shape, "and bias", b_all.shape)
print("same outputs:", np.allclose(out, X @ W_all + b_all))

# %% [markdown]
# **Explain why:** a stack of linear layers never beats a single linear layer, however many hidden units
# it has. Why?
#
# <details><summary>Answer</summary>
#
# Each layer multiplies by a matrix and adds a bias, and the product of matrices is one matrix: the
# stack computes X W'' + b'' for one W'' and one b''. Everything one linear layer cannot fit, the stack
# cannot either.
#
# </details>
#
# The cure: bend each hidden value before the next layer uses it, Z = act(X W1 + b1), with a nonlinear
# **activation function** (활성화 함수) `act`. Below, one input x goes through 8 hidden units to 1
# output, with the same weights twice: no activation, then ReLU, act(a) = max(0, a).

# %%
r = np.random.default_rng(196)
V1, c1, V2, c2 = r.normal(size=8), r.normal(size=8), r.normal(size=8), r.normal()
xs = np.linspace(-3, 3, 301)
linear_net = (xs[:, None] * V1 + c1) @ V2 + c2
relu_net = np.maximum(0, xs[:, None] * V1 + c1) @ V2 + c2
kinks = np.sort(-c1 / V1)
kinks = kinks[np.abs(kinks) < 3]  # the bends inside the picture
print("no activation: a line with slope V1 @ V2 =", round(float(V1 @ V2), 4))
print("ReLU: a bend wherever a hidden unit switches on or off, at x = -c1/V1:", kinks.round(2))

# %%
fig, (ax1, ax2) = lu.figure(2)
ax1.plot(xs, linear_net, color="#d62728")
ax1.set(title="8 hidden units, no activation", xlabel="x", ylabel="output")
ax2.plot(xs, relu_net, color="#d62728")
ax2.plot(kinks, np.interp(kinks, xs, relu_net), "o", ms=5, color="#ff7f0e", label="a hidden unit switches")
ax2.set(title="the same weights with ReLU", xlabel="x", xlim=(-3, 3))
ax2.legend(loc="best")
lu.show(fig)

# %% [markdown]
# Every hidden unit adds a bend, and enough bends can follow any curve (section 5).
#
# ## 4. Activation functions (활성화 함수)
#
# For each of the lecture's six: its formula, its derivative (도함수), its output range (출력 범위), and
# where it goes flat, or **saturates** (포화). Training multiplies by the derivative (section 5): where it is
# near 0, the weights barely move. Each derivative is checked against the **central difference** (중앙
# 차분), f'(x) ≈ (f(x + ε) − f(x − ε)) / (2ε), which needs no calculus.


# %%
def central_difference(f, x, eps=1e-5):
    return (f(x + eps) - f(x - eps)) / (2 * eps)


grid = np.linspace(-5, 5, 1000)  # 1000 points: none is exactly 0, where some functions have a kink


def report(f, df):
    f5, df5, f50 = f(np.array([-5.0, 0.0, 5.0])), df(np.array([-5.0, 0.0, 5.0])), f(np.array([-50.0, 50.0]))
    print(f"f  at x = -5, 0, 5: {f5[0]:8.4f} {f5[1]:8.4f} {f5[2]:8.4f}")
    print(f"f' at x = -5, 0, 5: {df5[0]:8.4f} {df5[1]:8.4f} {df5[2]:8.4f}")
    print(f"f  at x = -50, 50:  {f50[0]:8.4g} {f50[1]:8.4g}")
    print(
        "f' = central differences everywhere on the grid:", np.allclose(df(grid), central_difference(f, grid))
    )


# %% [markdown]
# ### Sigmoid (시그모이드)
#
# σ(x) = 1 / (1 + e^(−x)), output range (0, 1), σ'(x) = σ(x) (1 − σ(x)).


# %%
def sigmoid(x):
    return 1 / (1 + np.exp(-x))


def d_sigmoid(x):
    s = sigmoid(x)
    return s * (1 - s)


report(sigmoid, d_sigmoid)

# %%
steep = grid[d_sigmoid(grid) >= 0.01]
print(f"sigmoid'(x) >= 0.01 only for x between {steep.min():.2f} and {steep.max():.2f}")

# %% [markdown]
# Its slope is at most 0.25, at x = 0, and it saturates on both sides. (For x = −1000, `np.exp(1000)`
# overflows: Exercise 1 fixes that.)
#
# ### tanh (하이퍼볼릭 탄젠트)
#
# tanh(x) = (eˣ − e⁻ˣ) / (eˣ + e⁻ˣ), output range (−1, 1), tanh'(x) = 1 − tanh(x)², and tanh(x) = 2σ(2x) − 1.


# %%
def tanh(x):
    return np.tanh(x)


def d_tanh(x):
    return 1 - np.tanh(x) ** 2


report(tanh, d_tanh)
print("tanh(x) = 2 sigmoid(2x) - 1:", np.allclose(tanh(grid), 2 * sigmoid(2 * grid) - 1))
steep = grid[d_tanh(grid) >= 0.01]
print(f"tanh'(x) >= 0.01 only for x between {steep.min():.2f} and {steep.max():.2f}")

# %% [markdown]
# Its slope at 0 is 1, four times the sigmoid's, but it saturates on both sides too.
#
# ### ReLU (렐루, rectified linear unit)
#
# ReLU(x) = max(0, x), output range [0, ∞); the derivative is 1 for x > 0 and 0 for x < 0 (at the kink
# x = 0 the code uses 0).


# %%
def relu(x):
    return np.maximum(0, x)


def d_relu(x):
    return (x > 0) * 1.0


report(relu, d_relu)
print(
    f"at the kink x = 0: the formula says {d_relu(0.0)}, the central difference {central_difference(relu, 0.0)}"
)

# %% [markdown]
# At the kink the central difference averages both sides, (0 + 1) / 2 = 0.5; the check grid avoids x = 0. A unit
# whose input stays negative gets gradient 0 and never changes again: a "dead" ReLU.

# %%
fig, (ax1, ax2) = lu.figure(2, size=(9.4, 3.4))
for f, df, name in ((sigmoid, d_sigmoid, "sigmoid"), (tanh, d_tanh, "tanh"), (relu, d_relu, "relu")):
    ax1.plot(grid, f(grid), label=name)
    ax2.plot(grid, df(grid), label=name)
ax1.set(title="sigmoid(x), tanh(x) and relu(x)", xlabel="x", ylim=(-1.2, 2.5))
ax2.set(title="their derivatives", xlabel="x")
ax1.legend(loc="upper left")
lu.show(fig)

# %% [markdown]
# ### Leaky ReLU (리키 렐루)
#
# max(0.1x, x): ReLU with a small slope, the **leak** 0.1, for x < 0, so no unit is completely flat. Output
# range (−∞, ∞).


# %%
def leaky_relu(x):
    return np.maximum(0.1 * x, x)


def d_leaky_relu(x):
    return np.where(x > 0, 1.0, 0.1)


report(leaky_relu, d_leaky_relu)

# %% [markdown]
# **Predict, then drag.** Drag the leak to 1. What is the slope at x = −2? (The dots on the right are
# central differences.)

# %%
slope_at_minus_2 = None  # your prediction: a number
lu.checks.check_prediction_leak_one(slope_at_minus_2)

# %%
lu.explorers.activation_explorer("leaky_relu", slope=0.1)

# %% [markdown]
# ### Maxout (맥스아웃)
#
# max(w₁x + b₁, w₂x + b₂): the larger of two lines, both *learned*. The derivative is the winning line's
# slope. ReLU, Leaky ReLU and |x| are special cases:


# %%
def maxout(x, w1, b1, w2, b2):
    return np.maximum(w1 * x + b1, w2 * x + b2)


def d_maxout(x, w1, b1, w2, b2):
    return np.where(w1 * x + b1 >= w2 * x + b2, w1, w2)


print("max(0, x)    = ReLU:      ", np.allclose(maxout(grid, 0, 0, 1, 0), relu(grid)))
print("max(0.1x, x) = Leaky ReLU:", np.allclose(maxout(grid, 0.1, 0, 1, 0), leaky_relu(grid)))
print("max(x, -x)   = |x|:       ", np.allclose(maxout(grid, 1, 0, -1, 0), np.abs(grid)))
report(lambda x: maxout(x, 1, 0, -1, 0), lambda x: d_maxout(x, 1, 0, -1, 0))

# %% [markdown]
# **Predict, then drag.** Set w1 = −1 (b1 = 0, w2 = 1, b2 = 0). What is the value at x = −2?

# %%
maxout_at_minus_2 = None  # your prediction: a number
lu.checks.check_prediction_maxout_abs(maxout_at_minus_2)

# %%
lu.explorers.activation_explorer("maxout", w1=0.0, b1=0.0, w2=1.0, b2=0.0)

# %% [markdown]
# ### ELU (엘루, exponential linear unit)
#
# x for x ≥ 0 and α(eˣ − 1) for x < 0 (here α is ELU's own parameter, not a learning rate). Output
# range (−α, ∞). The code takes eˣ − 1 of min(x, 0), so it never overflows.


# %%
def elu(x, alpha=1.0):
    return np.where(x >= 0, x, alpha * np.expm1(np.minimum(x, 0)))


def d_elu(x, alpha=1.0):
    return np.where(x >= 0, 1.0, alpha * np.exp(np.minimum(x, 0)))


report(elu, d_elu)
steep = grid[d_elu(grid) >= 0.01]
print(f"elu'(x) >= 0.01 for x from {steep.min():.2f} on")

# %% [markdown]
# **Predict, then drag.** Set α = 2. What is ELU at x = −50?

# %%
elu_at_minus_50 = None  # your prediction: a number
lu.checks.check_prediction_elu_floor(elu_at_minus_50)

# %%
lu.explorers.activation_explorer("elu", alpha=1.0)

# %% [markdown]
# ### The six compared
#
# A slope near 0 at x = −5 or 5 means that side is flat (Maxout shown as |x|).

# %%
acts = {
    "sigmoid": (sigmoid, d_sigmoid),
    "tanh": (tanh, d_tanh),
    "relu": (relu, d_relu),
    "leaky_relu": (leaky_relu, d_leaky_relu),
    "maxout |x|": (lambda x: maxout(x, 1, 0, -1, 0), lambda x: d_maxout(x, 1, 0, -1, 0)),
    "elu": (elu, d_elu),
}
print("               f(-50)    f(50)   f'(-5)    f'(5)")
for name, (f, df) in acts.items():
    print(f"{name:12s} {f(-50.0):10.3g} {f(50.0):8.3g} {df(-5.0):8.4f} {df(5.0):8.4f}")

# %% [markdown]
# Why saturation matters: training multiplies one factor per layer (section 5), the activation's slope and
# the layer's weights. Through 10 sigmoid layers the activation factors alone multiply to at most:

# %%
print(f"0.25 ** 10 = {0.25**10:.2e}")
print(f"with one unit per layer and a weight of 4 in each: (0.25 * 4) ** 10 = {(0.25 * 4) ** 10:g}")

# %% [markdown]
# That bounds the activation factors only: large weights can make up for them (the second line). With weights
# of size 1 or less the gradient shrinks at least that fast, the **vanishing gradient** (기울기 소실). Hidden
# layers therefore mostly use ReLU and its relatives; the sigmoid lives on at a classifier's output, where
# (0, 1) reads as a probability (notebooks 09 and 10, the slide's "추후에 자세히 다룰 예정").
#
# ## 5. A network that bends: fitting a curve
#
# The data: 60 noisy points of a wavy curve. First the best straight line, by least squares (최소제곱법):

# %%
x, y = lu.make_curve(m=60, noise=0.05, seed=0)
slope, intercept = np.polyfit(x, y, deg=1)
line_cost = np.mean((slope * x + intercept - y) ** 2)
(w_ls, b_ls), *_ = np.linalg.lstsq(np.column_stack([x, np.ones_like(x)]), y, rcond=None)
print(f"best line: y = {slope:.4f} x + {intercept:.4f}, cost (MSE) = {line_cost:.4f}")
print("np.linalg.lstsq finds the same line:", np.allclose([slope, intercept], [w_ls, b_ls]))

# %% [markdown]
# The network: A = x W1 + b1 → Z = act(A) → h = Z W2 + b2, cost (1/m) Σ (h − y)². `lu.train_mlp` trains it
# by gradient descent, its gradients by **backpropagation** (역전파): the chain rule from the cost back to each
# weight. Every gradient through a hidden unit is multiplied by act'(A): there the activation's derivative
# enters ("Going further" writes it out).
#
# **Predict first.** With no activation, 16 hidden units and 2000 steps: its final cost divided by the best
# line's cost?

# %%
cost_ratio = None  # your prediction: a number
lu.checks.check_prediction_no_activation(cost_ratio)

# %%
start = lu.training.init_mlp(hidden=16, seed=0, x_range=(x.min(), x.max()))
lr, steps = 0.025, 2000
runs = {
    act: lu.train_mlp(x, y, lr, steps, params0=start, activation=act, hidden=16)
    for act in ("identity", "relu", "tanh", "sigmoid")
}
hist = runs["relu"]
print(f"best straight line:             cost {line_cost:.4f}")
for act, run in runs.items():
    print(f"16 hidden units, {act:9s}:     cost {run.cost[-1]:.4f}")

# %% [markdown]
# With no activation the network ends at the best line's cost (section 3: on the left the green line lies under
# the gray dashed one). ReLU and tanh fall far lower; the sigmoid, whose slope is at most 0.25, slowest.


# %%
def final(run):  # the weights after the last step
    return {k: run.params[k][-1] for k in ("W1", "b1", "W2", "b2")}


fig, (ax1, ax2) = lu.figure(2, size=(10, 3.9))
ax1.scatter(x, y, s=14, label="data")
h_lin = lu.training.mlp_forward(xs, final(runs["identity"]), "identity")
ax1.plot(xs, h_lin, color="#2ca02c", lw=5, alpha=0.5, label="network, no activation")
ax1.plot(xs, slope * xs + intercept, "--", color="gray", label="best straight line")
ax1.plot(xs, lu.training.mlp_forward(xs, final(runs["relu"]), "relu"), color="#d62728", label="network, ReLU")
ax1.plot(
    xs,
    lu.training.mlp_forward(xs, final(runs["tanh"]), "tanh"),
    color="#9467bd",
    lw=1.2,
    label="network, tanh",
)
ax1.set(title=f"16 hidden units after {steps} steps", xlabel="x", ylabel="y", ylim=(-1.6, 2.1))
ax1.legend(loc="upper left", fontsize=8, ncols=2)
colors = {"identity": "#2ca02c", "relu": "#d62728", "tanh": "#9467bd", "sigmoid": "#8c564b"}
for act, run in runs.items():
    ax2.plot(run.cost, color=colors[act], label="no activation" if act == "identity" else act)
ax2.axhline(line_cost, ls="--", color="gray", label="best straight line")
ax2.set(title="cost during training", xlabel="step", ylabel="cost (MSE)", ylim=(0, 1))
ax2.legend()
lu.show(fig)

# %% [markdown]
# ### Explore: training step, activation, hidden units
#
# Press Play to watch the network bend toward the data. The thin orange lines are the hidden units' shares
# W2ⱼ · act(W1ⱼ x + b1ⱼ); the red curve is their sum plus b2. Try `identity` (always a straight line), `tanh`
# and `sigmoid` (smooth shares), and 1, 2 or 4 hidden units (too few bends); 32 diverge ("Going further").

# %%
lu.explorers.network_fit_explorer(x, y, activation="relu", hidden=16, lr=lr, steps=steps, history=hist)

# %% [markdown]
# ## Going further (optional): backpropagation written out in numpy
#
# One input x, H hidden units, one output. With one input, W1 is a row of H weights, so `x[:, None] * W1` is the
# (m, 1) @ (1, H) product of section 1. The chain rule, one array operation per line:
#
# - dh = (2/m)(h − y) (the 2 is from the square; the slides drop it);
# - dW2 = Zᵀ dh and db2 = Σ dh;
# - dZ = dh W2ᵀ (m, H), then **dA = dZ · act'(A)**;
# - dW1 = xᵀ dA and db1 = Σ dA over the samples.


# %%
def forward(x, W1, b1, W2, b2, act):
    A = x[:, None] * W1 + b1  # (m, H) what each hidden unit receives
    Z = act(A)  # (m, H) what each hidden unit passes on
    h = Z @ W2 + b2  # (m,) the network's output
    return A, Z, h


def backprop(x, y, W1, b1, W2, b2, act, d_act):
    """The cost and its gradients (dW1, db1, dW2, db2)."""
    A, Z, h = forward(x, W1, b1, W2, b2, act)
    dh = 2 * (h - y) / len(x)
    dW2, db2 = Z.T @ dh, dh.sum()
    dA = dh[:, None] * W2 * d_act(A)
    dW1, db1 = x @ dA, dA.sum(axis=0)
    return np.mean((h - y) ** 2), (dW1, db1, dW2, db2)


# %% [markdown]
# Check it against central differences, nudging one number of W1, b1, W2, b2 at a time (the start of section 5):

# %%
P0 = [start["W1"], start["b1"], start["W2"], start["b2"]]
_, grads = backprop(x, y, *P0, relu, d_relu)

eps, worst = 1e-6, 0.0
for i, p in enumerate(P0):
    for j in np.ndindex(p.shape):
        up = [q.copy() for q in P0]
        down = [q.copy() for q in P0]
        up[i][j] += eps
        down[i][j] -= eps
        slope_ij = (backprop(x, y, *up, relu, d_relu)[0] - backprop(x, y, *down, relu, d_relu)[0]) / (2 * eps)
        worst = max(worst, abs(slope_ij - grads[i][j]))
n_params = sum(p.size for p in P0)
print(f"backprop = central differences for all {n_params} weights and biases:", worst < 1e-6)

# %% [markdown]
# **Where the transpose in dZ = dh W2ᵀ comes from: the shapes.** Write W2 as a column, as in section 1: h = Z W2
# is (m, H) @ (H, 1) → (m, 1), and dh has h's shape, (m, 1). dZ holds one number for each entry of Z (how the
# cost changes with it), so it has Z's shape, (m, H). Entry by entry, Z[i, j] reaches the cost only through
# h[i], with the weight W2[j]: dZ[i, j] = dh[i] · W2[j]. The one product of dh (m, 1) and W2 (H, 1) with the
# shape (m, H) is dh @ W2ᵀ, (m, 1) @ (1, H). The same reasoning gives dW2 = Zᵀ dh, (H, m) @ (m, 1) → (H, 1),
# W2's own shape. `backprop` keeps W2 as a flat (H,) array, so it writes dh W2ᵀ as `dh[:, None] * W2`:
# broadcasting (notebook 01) turns (m, 1) times (H,) into (m, H).

# %%
A0, Z0, h0 = forward(x, *P0, relu)
dh0 = 2 * (h0 - y) / len(x)
W2_column = P0[2][:, None]  # (H, 1)
print("Z", Z0.shape, " dh as a column", dh0[:, None].shape, " W2 as a column", W2_column.shape)
dZ_matrix = dh0[:, None] @ W2_column.T  # (m, 1) @ (1, H)
print(
    "dh @ W2.T:", dZ_matrix.shape, " same as dh[:, None] * W2:", np.allclose(dZ_matrix, dh0[:, None] * P0[2])
)
print("dZ[7, 3] = dh[7] * W2[3]:", np.isclose(dZ_matrix[7, 3], dh0[7] * P0[2][3]))
print("Z.T @ dh:", (Z0.T @ dh0[:, None]).shape, "= the shape of W2 as a column")

# %% [markdown]
# Gradient descent, all samples at once (no loop over samples), gives `lu.train_mlp`'s ReLU run step by step:


# %%
def train(x, y, params, act, d_act, lr, steps):
    params = [np.array(p, dtype=float) for p in params]
    costs = np.zeros(steps + 1)
    for step in range(steps + 1):
        costs[step], grads = backprop(x, y, *params, act, d_act)
        if step < steps:
            params = [p - lr * g for p, g in zip(params, grads, strict=True)]
    return params, costs


def identity(a):
    return a


def d_identity(a):
    return np.ones_like(a)


# %%
P_relu, cost_relu = train(x, y, P0, relu, d_relu, lr, steps)
print("same costs as lu.train_mlp at every step:", np.allclose(hist.cost, cost_relu))
print(
    "same final weights:                      ",
    all(np.allclose(hist.params[k][-1], p) for k, p in zip(["W1", "b1", "W2", "b2"], P_relu, strict=True)),
)

# %% [markdown]
# ## Going further (optional): why 32 units diverge at this learning rate
#
# Notebook 06 found the rule for a stable step: α < 2 / λmax, where λmax is the largest curvature of the cost
# (the largest eigenvalue of its Hessian). The network's last layer, h = Z W2 + b2, is a linear regression on
# the hidden values Z (notebook 07): with W1 and b1 held still, the cost is a bowl in (W2, b2) whose Hessian is
# (2/m) [Z, 1]ᵀ [Z, 1]. Its limit at the start of training, for 16 and for 32 ReLU units (the runs the explorer
# of section 5 shows):

# %%
run_32 = lu.train_mlp(x, y, lr, steps, hidden=32, activation="relu", seed=0, on_divergence="stop")
for k, run in ((16, hist), (32, run_32)):  # hist: the 16-unit run above
    Z_start = relu(x[:, None] * run.params["W1"][0] + run.params["b1"][0])
    A_out = np.column_stack([Z_start, np.ones(len(x))])
    lam_out = np.linalg.eigvalsh(2 / len(x) * A_out.T @ A_out)[-1]
    verdict = (
        f"diverged at step {int(run.diverged_at)}" if run.diverged_at >= 0 else "trained without diverging"
    )
    print(
        f"{k} units: lambda_max {lam_out:6.1f}, limit 2 / lambda_max = {2 / lam_out:.4f}; alpha = {lr}: {verdict}"
    )

# %% [markdown]
# With 32 units the hidden values add up to a steeper bowl: its limit is below the learning rate, so every step
# overshoots the output layer's best weights by more than they were off, and the run blows up within a few
# steps, exactly the "larger still: diverges" of notebook 06. With 16 units the limit is above the learning rate.
# (This checks one layer, at the start; training moves every weight and changes the curvature, so near the limit
# the rule is a guide, not a verdict.)

# %% [markdown]
# ## Going further (optional): the course's helper `lu.activations`
#
# The trainers and sliders use `lu.activations`; its functions agree with the ones written above:

# %%
for name, (f, df) in acts.items():
    key = name.split()[0]
    g, dg = lu.activations.get_activation(
        key, **({"w": (1.0, -1.0), "b": (0.0, 0.0)} if key == "maxout" else {})
    )
    print(
        f"{key:11s} same values: {np.allclose(f(grid), g(grid))}, same derivative: {np.allclose(df(grid), dg(grid))}"
    )

# %% [markdown]
# ## Exercises
#
# ### Exercise 1: a sigmoid that never overflows
#
# `1 / (1 + np.exp(-x))` computes `np.exp(1000)` for x = −1000, which overflows (numpy warns, and the check
# counts a warning as an error). Write `sigmoid_stable(x)` that gives the same values with no warning for any x.
# Hint: for x < 0, multiply the top and bottom by eˣ: σ(x) = eˣ / (1 + eˣ), and eˣ is small there.


# %%
def sigmoid_stable(x):
    # your code here
    return None


# %%
lu.checks.check_sigmoid(sigmoid_stable)

# %% [markdown]
# <details><summary>Solution</summary>
#
# e^(−|x|) is between 0 and 1 for every x, so nothing overflows; each branch of `np.where` uses the form
# that is right on its side.
#
# ```python
# def sigmoid_stable(x):
#     e = np.exp(-np.abs(x))
#     return np.where(x >= 0, 1 / (1 + e), e / (1 + e))
#
#
# lu.checks.check_sigmoid(sigmoid_stable)
# ```
#
# </details>

# %% [markdown]
# ### Exercise 2: backpropagation through tanh
#
# Section 5 trained with ReLU. Write `tanh_gradients(W1, b1, W2, b2, x, y)` that returns
# `(dW1, db1, dW2, db2)` for the network h = tanh(x W1 + b1) @ W2 + b2 and the cost (1/m) Σ (h − y)².
# Write it out yourself, without calling `backprop`: the forward pass, then the chain rule line by line,
# with tanh'(a) = 1 − tanh(a)².


# %%
def tanh_gradients(W1, b1, W2, b2, x, y):
    # your code here
    return None


# %%
lu.checks.check_tanh_gradients(tanh_gradients)

# %% [markdown]
# <details><summary>Solution</summary>
#
# ```python
# def tanh_gradients(W1, b1, W2, b2, x, y):
#     A = x[:, None] * W1 + b1
#     Z = np.tanh(A)
#     h = Z @ W2 + b2
#     dh = 2 * (h - y) / len(x)
#     dA = dh[:, None] * W2 * (1 - Z**2)
#     return x @ dA, dA.sum(axis=0), Z.T @ dh, dh.sum()
#
#
# lu.checks.check_tanh_gradients(tanh_gradients)
# ```
#
# </details>

# %% [markdown]
# ## In this notebook, we learned:
#
# - a hidden layer increases the dimension: (5, 5) @ W1 (5, 8) → 8 hidden units per sample → W2 (8, 1) → 1 output;
# - stacked linear layers collapse into one, W'' = W1 W2 and b'' = b1 W2 + b2 (checked with `np.allclose`),
#   so depth without an activation adds nothing;
# - sigmoid, tanh, ReLU, Leaky ReLU, Maxout and ELU: their formulas, derivatives (checked by central
#   differences), output ranges, and where they saturate (sigmoid and tanh on both sides, ReLU for x < 0);
# - backpropagation is the chain rule in a few array operations, and the activation's derivative is one factor
#   of it;
# - with ReLU or tanh a one-hidden-layer network fits a curve far below the best line's cost (the sigmoid more
#   slowly); with no activation it ends exactly at the best line.
#
# Next: [09 · Binary classification](09_binary_classification.ipynb), where the sigmoid returns as the output of
# a classifier.
