# %% [markdown]
# # 03 · Regression and the hypothesis H(x) = Wx + b
#
# [![Open In Colab](https://colab.research.google.com/assets/colab-badge.svg)](https://colab.research.google.com/github/dl-basics-course/deep-learning-basics/blob/main/notebooks/03_regression_hypothesis.ipynb)
#
# Mirrors the lecture's slides *Basic Regression Notion* (X = Y, the samples [1,1] … [4,4], "If X = 5, Y = ?"),
# *HOW TO MAKE* and *Hypothesis* (H(x) = ?, H(x) − y).

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
# - the lecture's four samples (1, 1) … (4, 4) and its question "if X = 5, Y = ?" (slide *Basic Regression Notion*);
# - what regression is: from the data we have, build a regression model and predict new data
#   (slide *Basic Regression Notion*: 가지고 있는 Data로 회귀모형을 만들어 새로운 데이터를 예측한다);
# - the hypothesis H(x) = Wx + b, written in numpy, as the set of all lines, one for every (W, b)
#   (slides *HOW TO MAKE* and *Hypothesis*);
# - how far a line is from each sample: the residuals H(x) − y (slide *Hypothesis*, H(x) − y);
# - finding the line by hand with sliders for W and b, after predicting what each slider does, and reading
#   off its prediction at x = 5.

# %% [markdown]
# ## 1. Basic Regression Notion: four samples and a question
#
# The lecture starts from four samples (샘플), each a pair (x, y). The helper package loads them from the
# course's data folder:

# %%
x, y = lu.load_regression_samples()
print("x =", x)
print("y =", y)
for xi, yi in zip(x, y, strict=True):
    print(f"sample ({xi:g}, {yi:g})")

# %% [markdown]
# The slide's question: **if X = 5, Y = ?** No sample has x = 5, so the answer has to come from a rule that
# we take from the four samples we do have.

# %%
fig, ax = lu.figure(size=(5.4, 3.8))
ax.scatter(x, y, label="the samples we have", zorder=3)
ax.axvline(5, color="gray", ls=":", lw=1.2)
ax.text(5, 2.5, "?", fontsize=40, color="C1", ha="center", va="center")
ax.set(xlim=(0, 6), ylim=(0, 6), xlabel="x", ylabel="y", title="If x = 5, y = ?")
ax.legend(loc="upper left")
lu.show(fig)

# %% [markdown]
# ## 2. Regression (회귀): build a model from the data, predict new data
#
# The lecture's sentence on this slide is the whole idea of **regression**:
# *from the data we have, build a regression model (회귀 모형) and predict (예측) new data.*
#
# - The **data we have** are the samples: inputs x with the right answers y. Because the answers are given,
#   this is supervised learning (notebook 02), and because y is a number on a scale, it is regression.
# - The **model** is a rule that turns any x into a guess for y.
# - **New data** is an x the model has not seen, such as x = 5.
#
# Here the eye sees the rule at once: in every sample y equals x (the slide's "X = Y").
# Let us check that with numpy, then use the rule for the new x:

# %%
print("y == x for every sample:", np.all(y == x))
x_new = 5.0
print("the rule y = x predicts, at x =", x_new, ":", x_new)

# %% [markdown]
# Eyes do not scale to thousands of samples or many features. The slide *HOW TO MAKE* (어떻게 만들 것인가?)
# asks how a computer builds such a model. The first step is to say which rules it may choose from.

# %% [markdown]
# ## 3. The hypothesis (가설): H(x) = Wx + b
#
# The lecture's answer: *consider every (W, b) in the hypothesis WX + B = Y and solve for the best one*
# (쉽게 생각하면 가설 WX+B=Y 안에 모든 (W,B) 를 생각하여 풀이하는 방식이다). The **hypothesis** is a
# family of candidate rules, here all straight lines
#
# $$H(x) = Wx + b,$$
#
# with a **weight** W (가중치, the slope) and a **bias** b (편향, where the line crosses x = 0).
# Every pair (W, b) is one line; learning means choosing the pair.
#
# **Exercise 1, before you read on.** Write `hypothesis(W, b, x)`: it returns H(x) = Wx + b for every entry
# of the array `x` at once (no loop). The notebook's own version comes right after the check.


# %%
def hypothesis(W, b, x):
    # your code here
    return None


# %%
lu.checks.check_hypothesis(hypothesis)

# %% [markdown]
# <details><summary>Solution</summary>
#
# numpy multiplies and adds element by element, so the formula is the code.
#
# ```python
# def hypothesis(W, b, x):
#     return W * x + b
#
#
# lu.checks.check_hypothesis(hypothesis)
# ```
#
# </details>
#
# The notebook's version, which the rest of the notebook uses (run it even if yours passed):


# %%
def hypothesis(W, b, x):
    return W * x + b


print("W = 1,   b = 0:  ", hypothesis(1.0, 0.0, x))
print("W = 0.5, b = 1:  ", hypothesis(0.5, 1.0, x))
print("W = 2,   b = -1: ", hypothesis(2.0, -1.0, x))

# %% [markdown]
# "All (W, b)" is a plane of pairs, and each point of that plane is a line over the data. The picture takes
# seven points of the (W, b) plane (left) and draws the line each one stands for (right, same colours).

# %%
Ws = np.array([1.0, 0.5, 2.0, 0.0, -0.5, 1.0, 1.5])
bs = np.array([0.0, 1.0, -1.0, 2.5, 4.0, -1.5, 0.5])
xs = np.linspace(0, 6, 2)

# %%
colors = plt.cm.tab10(np.arange(len(Ws)))
fig, (ax1, ax2) = lu.figure(2, size=(10, 4))
ax1.scatter(Ws, bs, c=colors, s=70, zorder=3)
for W, b, c in zip(Ws, bs, colors, strict=True):
    ax1.annotate(f"({W:g}, {b:g})", (W, b), xytext=(6, 4), textcoords="offset points", fontsize=9, color=c)
ax1.set(xlim=(-1, 2.6), ylim=(-2, 4.8), xlabel="W", ylabel="b", title="seven points of the (W, b) plane")
ax2.scatter(x, y, color="black", zorder=3, label="samples")
for W, b, c in zip(Ws, bs, colors, strict=True):
    label = f"H(x) = {W:g}x {'−' if b < 0 else '+'} {abs(b):g}"
    ax2.plot(xs, hypothesis(W, b, xs), color=c, lw=1.6, label=label)
ax2.set(xlim=(0, 6), ylim=(-2, 8), xlabel="x", ylabel="H(x)", title="the line each pair stands for")
ax2.legend(loc="center left", bbox_to_anchor=(1.0, 0.5), fontsize=8.5)
lu.show(fig)

# %% [markdown]
# All seven lines are hypotheses; only the first one, (W, b) = (1, 0), goes through the four samples.
# The lines also disagree about the new x: each gives its own answer to "if X = 5, Y = ?".

# %%
print("H(5) for each (W, b):")
for W, b in zip(Ws, bs, strict=True):
    print(f"  W = {W:4g}, b = {b:4g}:  H(5) = {hypothesis(W, b, 5.0):g}")

# %% [markdown]
# ## 4. How far is a line from the data? H(x) − y
#
# The slide *Hypothesis* ends with **H(x) − y**: for each sample, what the line says minus the right answer.
# This difference is the **residual** (잔차), also called the error (오차) of that sample. A positive residual
# means the line passes **above** the sample, a negative one **below** it, and 0 means the line goes through
# the sample.
#
# **Exercise 2, before you read on.** Write `residuals(W, b, x, y)`: H(x) − y for every sample (one value
# per sample, in the slide's order: the line's value minus the right answer). You may call your
# `hypothesis`.


# %%
def residuals(W, b, x, y):
    # your code here
    return None


# %%
lu.checks.check_residuals(residuals)

# %% [markdown]
# <details><summary>Solution</summary>
#
# ```python
# def residuals(W, b, x, y):
#     return hypothesis(W, b, x) - y
#
#
# lu.checks.check_residuals(residuals)
# ```
#
# </details>
#
# The notebook's version, and the residuals of the line W = 0.5, b = 1:


# %%
def residuals(W, b, x, y):
    return hypothesis(W, b, x) - y


W, b = 0.5, 1.0
print(" x    y    H(x)   H(x) - y")
for xi, yi, hi, ri in zip(x, y, hypothesis(W, b, x), residuals(W, b, x, y), strict=True):
    print(f"{xi:2g} {yi:4g} {hi:7.2f} {ri:8.2f}")

# %% [markdown]
# In the figure, each residual is the dashed segment between a sample and the line:

# %%
lu.plot_fit(x, y, W, b, title=f"H(x) = {W:g}x + {b:g}: residuals H(x) − y dashed")

# %% [markdown]
# ## 5. Find the line by hand: sliders for W and b
#
# Below is a figure with sliders for **W** and **b**, starting at W = 0.5, b = 1. Left: the line over the
# samples, the residuals dashed, and the star at the new x = 5 with the line's prediction in the title.
# Right: each residual H(x) − y as a bar with its value (red: the line is above the sample; blue: below).
# The bar axis is even only in its grey band, from −1 to 1; beyond it each step of 10 times takes the same
# height, so that the large residuals fit and the small ones, when you are close to the samples, still
# show as bars.
#
# **Predict first, then drag.** Write each prediction into its variable (a number) and run the cell; the
# check says whether you were right and why. Then drag the slider and watch the bars.
#
# Prediction 1: raise **b** from 1 to 2 (W stays 0.5). By how much does the residual H(4) − y of the sample at x = 4 change?

# %%
change_at_4_when_b_rises = None  # your prediction: a number
lu.checks.check_prediction_raise_b(change_at_4_when_b_rises)

# %% [markdown]
# Prediction 2: back at b = 1, raise **W** from 0.5 to 1. By how much does the residual at x = 4 change?

# %%
change_at_4_when_w_rises = None  # your prediction: a number
lu.checks.check_prediction_raise_w(change_at_4_when_w_rises)

# %% [markdown]
# Now drag: b by 1, then W by 0.5, and watch the bar at x = 4. Then make every bar 0: what does the line
# predict at x = 5? (On GitHub you see the figure at its starting values; run the notebook to drag the
# sliders.)

# %%
lu.explorers.fit_explorer(x, y, w=0.5, b=1.0, predict_at=5)

# %% [markdown]
# **Explain why:** changing W moves the residual at x = 4 four times as much as the residual at x = 1,
# while changing b moves all four alike. Why? And is there an x where changing W moves nothing?
#
# <details><summary>Answer</summary>
#
# Changing b by some amount moves H(x) = Wx + b by that amount at every x, so every residual changes alike.
# Changing W by some amount changes Wx by that amount **times x**: four times as much at x = 4 as at x = 1.
# At x = 0 the product is 0, so changing W moves nothing there: the line turns about the point (0, b).
#
# </details>
#
# The line whose bars are all 0 answers the slide's question:

# %%
W_best, b_best = 1.0, 0.0
print("residuals:", residuals(W_best, b_best, x, y))
print("prediction: if X = 5, Y =", hypothesis(W_best, b_best, 5.0))

# %%
lu.plot_fit(x, y, W_best, b_best, predict_at=5, title="H(x) = 1x + 0 predicts H(5) = 5")

# %% [markdown]
# Here one line hits every sample. Real data is noisy, and then no line makes every residual 0. We need one
# number that says how wrong a line is overall, so that "the best (W, b)" means something, and a computer can
# search for it. That number is the **cost function** of the next notebook.

# %% [markdown]
# ## Going further (optional): all seven lines in one expression
#
# Section 3 drew the seven lines one by one, calling `hypothesis` in a loop. Broadcasting (notebook 01)
# computes them all at once: `Ws[:, None]` is a column of the seven weights, `xs` a row of inputs, and
# their product is a table with one row per line and one column per x. Nothing above needs this.

# %%
lines = Ws[:, None] * xs + bs[:, None]
print("lines:", lines.shape, "(one row per (W, b), one column per x)")
one_by_one = np.array([hypothesis(W, b, xs) for W, b in zip(Ws, bs, strict=True)])
print("the same as one by one:", np.allclose(lines, one_by_one))

# %% [markdown]
# ## Exercises
#
# Exercises 1 and 2 came before the notebook's own versions, in sections 3 and 4.
#
# ### Exercise 3: fit four new samples by hand
#
# Here are four new samples. Use the sliders to find the W and b that make every residual 0, then fill in
# `W_guess`, `b_guess` and the line's prediction at x = 5.

# %%
x_ex, y_ex = lu.checks.HAND_FIT_X, lu.checks.HAND_FIT_Y
print("x =", x_ex)
print("y =", y_ex)

# %%
lu.explorers.fit_explorer(x_ex, y_ex, w=1.0, b=0.0, predict_at=5)

# %%
W_guess = None
b_guess = None
prediction_at_5 = None

# %%
lu.checks.check_fit_by_hand(W_guess, b_guess, prediction_at_5)

# %% [markdown]
# <details><summary>Solution</summary>
#
# Each step of 1 in x raises y by 0.5, so W = 0.5; then at x = 1, y = 2.5 = 0.5 · 1 + b gives b = 2.
# The prediction is H(5) = 0.5 · 5 + 2.
#
# ```python
# W_guess = 0.5
# b_guess = 2.0
# prediction_at_5 = W_guess * 5 + b_guess
# lu.checks.check_fit_by_hand(W_guess, b_guess, prediction_at_5)
# ```
#
# </details>

# %% [markdown]
# ## In this notebook, we learned:
#
# - regression builds a model from the data we have (inputs with their answers) and predicts new data, such as
#   the slide's x = 5;
# - the hypothesis H(x) = Wx + b is a family of lines: every (W, b) is one line, and learning means choosing one;
# - H(x) is one line of numpy for all samples at once: `hypothesis(W, b, x)`;
# - changing b moves every residual alike; changing W moves each by the change times x;
# - the residual H(x) − y of a sample says how far, and on which side, the line passes it;
# - for the lecture's samples, (W, b) = (1, 0) makes every residual 0 and predicts H(5) = 5.
#
# Next: [04 · The cost function: MSE and MAE](04_cost_function.ipynb), one number for how wrong a line is.
