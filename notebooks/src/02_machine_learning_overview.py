# %% [markdown]
# # 02 · What machine learning is
#
# [![Open In Colab](https://colab.research.google.com/assets/colab-badge.svg)](https://colab.research.google.com/github/dl-basics-course/deep-learning-basics/blob/main/notebooks/02_machine_learning_overview.ipynb)
#
# Mirrors the lecture's slides *Machine Learning* (classification, clustering, regression, dimensionality
# reduction) and *Supervised Learning* (classification, regression).

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
# - the lecture's map of machine learning: four kinds of problems, in a supervised and an unsupervised column
#   (slide *Machine Learning*);
# - data as a table of samples and features, with labels when the learning is supervised
#   (slide *Supervised Learning*);
# - classification against regression: a category or a number as the label, and a threshold that turns one into
#   the other (slide *Supervised Learning*);
# - clustering and dimensionality reduction on points without labels (slide *Machine Learning*);
# - why reinforcement learning is not on the map (the slide's note: 강화학습이 제외되어 있습니다).

# %% [markdown]
# ## 1. Machine learning (기계 학습): rules from examples
#
# In **machine learning** a program's rules are not written by someone but *fitted to examples*: a model with
# adjustable numbers (the W and b of the coming notebooks) is tuned until it describes the data well.
#
# The data is a table, as in notebook 01: one **sample** (샘플) per row, one **feature** (특성) per column.
# When each sample also comes with the answer we want the model to give, that answer is its **label**
# (레이블, 정답), and the learning is **supervised** (지도 학습). Without labels it is **unsupervised**
# (비지도 학습): the model can only look for structure in the samples themselves.
#
# ## 2. The lecture's map: four kinds of problems
#
# The lecture draws machine learning as four boxes:
#
# | | supervised (labels given) | unsupervised (no labels) |
# |---|---|---|
# | the answer is a **category** | classification (분류) | clustering (군집화) |
# | the answer is a **number on a scale** | regression (회귀) | dimensionality reduction (차원 축소) |
#
# Let us make a small data set for each box with seeded numpy (the same numbers every run):

# %%
rng = np.random.default_rng(2)
# classification: 2-D points, each with a label, class 0 or class 1
X_cls = np.vstack([rng.normal([-1.0, -0.7], 0.6, (30, 2)), rng.normal([1.0, 0.7], 0.6, (30, 2))])
y_cls = np.repeat([0, 1], 30)
# regression: one input x, each with a label that is a number
x_reg = rng.uniform(0, 10, 30)
y_reg = 1.0 + 0.5 * x_reg + rng.normal(0, 0.6, 30)
# clustering: 2-D points drawn around three centers, but no labels
X_clu = np.vstack([rng.normal(c, 0.5, (25, 2)) for c in ([-1.6, 1.0], [1.6, 1.2], [0.0, -1.4])])
# dimensionality reduction: 2-D points lying near a line, no labels
t = rng.normal(0, 1.3, 60)
X_dim = np.column_stack([t, 0.5 * t]) + rng.normal(0, 0.25, (60, 2))

print("classification: X", X_cls.shape, " labels", y_cls.shape, " label values", np.unique(y_cls))
print(
    "regression:     x", x_reg.shape, " labels", y_reg.shape, " distinct label values", np.unique(y_reg).size
)
print("clustering:     X", X_clu.shape, " no labels")
print("dim. reduction: X", X_dim.shape, " no labels")

# %% [markdown]
# The lecture's map drawn with these data sets: the left column has labels (colors, heights); the right column
# has only grey points.

# %%
fig, axes = lu.figure(2, 2, size=(9.0, 7.2))
(ax_cls, ax_clu), (ax_reg, ax_dim) = axes[:2], axes[2:]
for label, color, marker in ((0, "C0", "o"), (1, "C1", "^")):
    ax_cls.scatter(*X_cls[y_cls == label].T, color=color, marker=marker, label=f"class {label}")
ax_cls.legend(loc="upper left")
ax_cls.set(title="Classification (supervised)\nlabel: a category", xlabel="feature 1", ylabel="feature 2")
ax_reg.scatter(x_reg, y_reg, color="C0")
ax_reg.set(title="Regression (supervised)\nlabel: a number", xlabel="x (feature)", ylabel="y (label)")
ax_clu.scatter(*X_clu.T, color="grey")
ax_clu.set(title="Clustering (unsupervised)\nno labels: find groups", xlabel="feature 1", ylabel="feature 2")
ax_dim.scatter(*X_dim.T, color="grey")
ax_dim.set(title="Dimensionality reduction (unsupervised)\nno labels: find fewer numbers")
ax_dim.set(xlabel="feature 1", ylabel="feature 2", aspect="equal")
lu.show(fig)

# %% [markdown]
# ## 3. Supervised learning (지도 학습): classification and regression
#
# Here is a supervised table of 40 students: hours studied, the exam score, and whether they passed
# (a score of at least 60). Each row is a sample.

# %%
rng = np.random.default_rng(7)
hours = np.round(rng.uniform(0, 10, 40), 1)
score = np.round(35 + 5 * hours + rng.normal(0, 7, 40), 1)
passed = (score >= 60).astype(int)
students = np.column_stack([hours, score, passed])

print("hours  score  passed   (the first 6 rows)")
for row in students[:6]:
    print(f"{row[0]:5.1f} {row[1]:6.1f} {row[2]:5.0f}")
print("shape:", students.shape)
print("distinct scores:", np.unique(score).size, "  distinct passed:", np.unique(passed))

# %% [markdown]
# The same students give two supervised problems, and the **kind of label** decides which:
#
# - predict the `score` from the hours: the label is a number on a scale, so it is **regression** (회귀);
# - predict `passed` from the hours: the label is one of two categories (0 = fail, 1 = pass), so it is
#   **classification** (분류).
#
# What decides is what the label means: a quantity you can be "a little off" from, or a category you get right
# or wrong.
#
# ### Regression: a line through the scores
#
# Notebooks 03–05 build a line H(x) = W x + b and find W and b themselves; here numpy's `np.polyfit` finds the
# best line for us:

# %%
W, b = np.polyfit(hours, score, 1)
print(f"fitted line: score = {W:.2f} * hours + {b:.2f}")
print(f"predicted score after 5 hours: {W * 5 + b:.1f}")

# %% [markdown]
# ### Classification with a threshold
#
# A regression output becomes a class with a **threshold** (임계값): predict "pass" when the predicted score reaches the
# pass mark. The line reaches the pass mark at `hours_needed` hours; every student who studied at least that
# long is predicted to pass.

# %%
pass_mark = 60
predicted = (W * hours + b >= pass_mark).astype(int)
hours_needed = (pass_mark - b) / W
right = np.mean(predicted == passed)
print(f"the line reaches {pass_mark} at {hours_needed:.2f} hours")
print(
    f"predicted class right for {right:.0%} of the students ({np.sum(predicted == passed)} of {len(passed)})"
)

# %% [markdown]
# The slider figure below repeats that computation for any pass mark (the helper `lu.explorers.pass_mark_explorer`
# only draws it). Left: the same scores, split at the mark; the fitted line does not move. Right: the label is
# now pass/fail, and the shaded region is where the line predicts "pass".
#
# **Predict first, then drag.** Lower the pass mark to 30. How many of the 40 students will the line predict to
# pass? (Look at the fitted line printed above: what is it at 0 hours?) Write a number and run the cell.

# %%
passes_predicted_at_30 = None  # your prediction: a number
lu.checks.check_prediction_low_pass_mark(passes_predicted_at_30)

# %% [markdown]
# Now drag the pass mark. Where is the classification most often wrong? What happens at a pass mark of 30,
# or 100?

# %%
lu.explorers.pass_mark_explorer(hours, score, W, b, mark=pass_mark)

# %% [markdown]
# **Where it is wrong.** At the pass mark of 60, the students the line gets wrong studied about as long as
# `hours_needed`, where the line crosses the mark: there a few points of luck decide pass or fail, and the
# line cannot know them.

# %%
wrong = predicted != passed
print(f"the line crosses {pass_mark} at {hours_needed:.2f} hours")
print("hours of the students predicted wrong:", hours[wrong])

# %% [markdown]
# **At 30 or 100: the accuracy trap.** The **accuracy** (정확도) is the share of students predicted right.
# Compare the line's accuracy with two rules that never look at the hours: "everyone passes" and "no one
# passes".

# %%
for mark in [30, pass_mark, 100]:
    passed_at = score >= mark
    predicted_at = W * hours + b >= mark
    print(
        f"pass mark {mark:3}: {passed_at.sum():2} of {len(score)} pass, the line predicts"
        f" {predicted_at.sum():2} passes and is right for {np.mean(predicted_at == passed_at):.1%};"
        f"  'everyone passes' is right for {np.mean(passed_at):.1%}, 'no one passes' for {np.mean(~passed_at):.1%}"
    )

# %% [markdown]
# At 30, almost everyone passes: the line predicts a pass for every student, and its 92.5% is exactly what
# "everyone passes" scores without looking at anyone. At 100 no one passes, and "no one passes" is right for
# every student. That is the **accuracy trap**: when one class is rare, always predicting the common class
# already scores high. So judge an accuracy against that rule: at 60 the line is right for 90.0% of the
# students where the better rule, "no one passes", reaches 55.0%. There the line has learned something.

# %% [markdown]
# ## 4. Unsupervised learning (비지도 학습): clustering and dimensionality reduction
#
# ### Clustering (군집화): k-means
#
# Without labels, a clustering method looks for groups of points that lie close together. **k-means** (k-평균) does it
# with two steps repeated: give each point to its nearest center, then move each center to the mean of its points.
# The distances from every point to every center come from one broadcast (notebook 01):


# %%
def kmeans(X, k, seed, steps=10):
    """Group the rows of X into k clusters; returns each row's group and the k centers."""
    centers = X[np.random.default_rng(seed).choice(len(X), size=k, replace=False)]  # k random points
    for _ in range(steps):
        d2 = ((X[:, None, :] - centers[None, :, :]) ** 2).sum(axis=2)  # (m, k) squared distances
        group = d2.argmin(axis=1)  # the nearest center of each point
        centers = np.array([X[group == j].mean(axis=0) for j in range(k)])
    return group, centers


group, centers = kmeans(X_clu, k=3, seed=0)
print("points per group:", np.bincount(group))
print("centers:\n", centers.round(2))

# %% [markdown]
# Compare the printed centers with the three points the data was drawn around (section 2's data cell):
# `[-1.6, 1.0]`, `[1.6, 1.2]` and `[0.0, -1.4]`. Nobody told k-means which point belongs where.

# %%
fig, axes = lu.figure(2, size=(9.0, 4.0))
axes[0].scatter(*X_clu.T, color="grey")
axes[0].set(title="Given: points without labels")
for j in range(3):
    axes[1].scatter(*X_clu[group == j].T, color=f"C{j}", label=f"group {j}")
axes[1].scatter(*centers.T, color="black", marker="X", s=120, label="centers")
axes[1].set(title="Found by k-means: 3 groups")
axes[1].legend(loc="lower left", ncol=2, fontsize=8)
for ax in axes:
    ax.set(xlabel="feature 1", ylabel="feature 2", xlim=(-3, 3), ylim=(-3.8, 3))
lu.show(fig)

# %% [markdown]
# ### Dimensionality reduction (차원 축소): one number instead of two
#
# The points of `X_dim` lie near a line, so one number per point, its position along that line, keeps most of
# what the two features say. Which line? The one along which the points **spread** the most. First center the
# points (exercise 3 of notebook 01). A direction is a vector u of length 1; a point's position along it is
# `Xc @ u`, and the spread (variance, 분산) of those positions, as a share of the total spread, is what one number
# per point keeps. For the direction of 0 degrees, u = (1, 0), the position is the first feature:

# %%
Xc = X_dim - X_dim.mean(axis=0)
total_spread = Xc.var(axis=0).sum()
u0 = np.array([1.0, 0.0])
print(f"direction 0 degrees keeps {(Xc @ u0).var() / total_spread:.1%} of the spread")

# %% [markdown]
# This is **principal component analysis** (PCA, 주성분 분석), the classic dimensionality reduction: it keeps
# the direction of largest spread. Turn the direction yourself (`lu.explorers.projection_explorer` centers the
# points and measures the spread as above). Left: each point (grey) moves to its position on the line (red);
# the dashed segments are what is lost. Right: the share of the spread kept, for every direction.
#
# **Predict first, then turn.** Which direction, in degrees from 0 to 180, keeps the most spread? (The data
# cell of section 2 made the points as `t` times (1, 0.5), plus a little scatter.)

# %%
best_direction = None  # your prediction: a number of degrees
lu.checks.check_prediction_best_direction(best_direction)

# %% [markdown]
# The slider starts at 120 degrees. Turn it to your prediction, and watch the share kept on the right.


# %%
lu.explorers.projection_explorer(X_dim, angle=120)

# %% [markdown]
# At the start, 120 degrees, almost nothing is kept. How far is 120 degrees from the points' own direction,
# arctan 0.5?

# %%
u120 = np.array([np.cos(np.radians(120)), np.sin(np.radians(120))])
along = np.degrees(np.arctan(0.5))
print(f"the points lie along {along:.1f} degrees; 120 degrees is {120 - along:.1f} degrees away from it")
kept_120 = (Xc @ u120).var() / total_spread
print(f"direction 120 degrees keeps {kept_120:.1%} of the spread and loses {1 - kept_120:.1%}")

# %% [markdown]
# **Explain why:** the direction of 120 degrees keeps only 2.5% of the spread. Why so little, and where did
# the rest go?
#
# <details><summary>Answer</summary>
#
# 120 degrees is almost square to the line of the points (93.4 degrees away), so their positions along it
# hardly differ: they hold only the small scatter across the line. Everything that tells the points apart
# along their own line, 97.5% of the spread, is lost (the dashed segments on the left). Turned to the
# direction of the points themselves, one number per point keeps nearly all of it.
#
# </details>

# %% [markdown]
# ## 5. Reinforcement learning (강화 학습): not on the map
#
# The lecture notes that reinforcement learning is left out of its picture (강화학습이 제외되어 있습니다).
# In reinforcement learning an agent acts (moves in a game, steers a robot), receives rewards, and learns which
# actions pay off by trial and error. It does not start from a table of samples, so it fits neither column.
# This course leaves it out too; everything from notebook 03 on is supervised learning.

# %% [markdown]
# ## Going further (optional): k-means restarts, and the best direction found at once
#
# Beyond the lecture; nothing after this section needs it.
#
# ### k-means can get stuck
#
# The start of k-means matters. The total squared distance of the points to their centers says how good a
# grouping is (smaller is better). Let us try 20 random starts:

# %%
totals = []
for seed in range(20):
    g, c = kmeans(X_clu, k=3, seed=seed)
    totals.append(np.sum((X_clu - c[g]) ** 2))
totals = np.array(totals)
worst = int(totals.argmax())
print("total squared distance per start:", totals.round(1))
print(f"{np.sum(totals > totals.min() + 1e-9)} of {len(totals)} starts ended worse than the best one")

# %% [markdown]
# Most starts reach the same grouping; a start that ends worse got stuck and cannot leave, much as gradient
# descent can stop in a local minimum (notebook 06). On the right, the worst start:

# %%
g_worst, c_worst = kmeans(X_clu, k=3, seed=worst)
fig, axes = lu.figure(2, size=(9.0, 4.0))
for ax, g, c, what in ((axes[0], group, centers, "start 0"), (axes[1], g_worst, c_worst, f"start {worst}")):
    for j in range(3):
        ax.scatter(*X_clu[g == j].T, color=f"C{j}", label=f"group {j}")
    ax.scatter(*c.T, color="black", marker="X", s=120, label="centers")
    ax.set(title=f"k-means, {what}: total {np.sum((X_clu - c[g]) ** 2):.1f}")
    ax.set(xlabel="feature 1", ylabel="feature 2", xlim=(-3, 3), ylim=(-3.8, 3))
    ax.legend(loc="lower left", ncol=2, fontsize=8)
lu.show(fig)

# %% [markdown]
# ### Every direction at once
#
# The right panel of the projection figure tries every whole degree. Broadcasting does all 180 directions in
# one product: one column of `directions.T` per direction, one column of positions per direction.

# %%
angles = np.arange(0, 180)  # degrees
directions = np.column_stack([np.cos(np.radians(angles)), np.sin(np.radians(angles))])  # (180, 2), length 1
positions = Xc @ directions.T  # (60, 180): each point's position along each direction
share = positions.var(axis=0) / total_spread  # spread kept, as a share of the total
best = angles[share.argmax()]
print(f"best direction: {best} degrees, keeps {share.max():.1%} of the spread")

# %% [markdown]
# ### The best direction without trying angles: the SVD
#
# numpy's singular value decomposition, `np.linalg.svd`, takes the table of centered points apart into
# directions ordered by how much spread they carry: the first row of `Vt` is the direction of largest spread,
# and the squares of the numbers in `S` say how much spread each direction carries. It finds the best
# direction exactly, in one call, for any number of features, and it agrees with the scan:

# %%
_, S, Vt = np.linalg.svd(Xc, full_matrices=False)
svd_angle = np.degrees(np.arctan2(Vt[0, 1], Vt[0, 0])) % 180
print(f"SVD direction: {svd_angle:.2f} degrees, keeps {S[0] ** 2 / np.sum(S**2):.1%} of the spread")

# %% [markdown]
# ## Exercises
#
# ### Exercise 1: sort the problems into the lecture's four boxes
#
# For each problem, write one of `"classification"`, `"regression"`, `"clustering"`,
# `"dimensionality reduction"`. Ask two questions: are there labels to learn from? Is the answer a category or a
# number on a scale?
#
# - **spam**: decide whether an e-mail is spam, learning from e-mails that users marked as spam or not.
# - **cat or dog**: tell whether a photo shows a cat or a dog, learning from photos labelled by people.
# - **temperature**: predict tomorrow's temperature in Seoul from past weather records.
# - **house price**: predict the price of a house from its size, learning from past sales.
# - **customer groups**: split a shop's customers into groups by what they buy; no groups are given.
# - **news topics**: group news articles by topic; the articles carry no topic labels.
# - **survey map**: turn each person's 100 survey answers into 2 numbers, to draw everyone on one page.
# - **face photos**: describe each face photo (64 × 64 pixel values) by 50 numbers that keep most of the picture.

# %%
answers = {
    "spam": "",
    "cat or dog": "",
    "temperature": "",
    "house price": "",
    "customer groups": "",
    "news topics": "",
    "survey map": "",
    "face photos": "",
}

# %%
lu.checks.check_ml_quadrants(answers)

# %% [markdown]
# <details><summary>Solution</summary>
#
# Labels and a category: classification. Labels and a number: regression. No labels, groups: clustering.
# No labels, fewer numbers: dimensionality reduction.
#
# ```python
# answers = {
#     "spam": "classification",
#     "cat or dog": "classification",
#     "temperature": "regression",
#     "house price": "regression",
#     "customer groups": "clustering",
#     "news topics": "clustering",
#     "survey map": "dimensionality reduction",
#     "face photos": "dimensionality reduction",
# }
# lu.checks.check_ml_quadrants(answers)
# ```
#
# </details>

# %% [markdown]
# ### Exercise 2: features and labels
#
# Supervised tables such as `students` above, or the lecture's multi-variable table (notebook 07), keep the
# label in the last column. Write `split_features_labels(table)` that returns `(X, y)`: `X` every column but
# the last (shape (m, n)), `y` the last column as a 1-D array (shape (m,)).


# %%
def split_features_labels(table):
    # your code here
    return None


# %%
lu.checks.check_split_features_labels(split_features_labels)

# %% [markdown]
# <details><summary>Solution</summary>
#
# `table[:, :-1]` keeps every row and every column but the last; `table[:, -1]` is the last column, 1-D.
#
# ```python
# def split_features_labels(table):
#     return table[:, :-1], table[:, -1]
#
#
# lu.checks.check_split_features_labels(split_features_labels)
# ```
#
# </details>

# %% [markdown]
# ### Exercise 3: from a number to a class
#
# Write `to_class(scores, threshold)` that returns 1.0 where a score is at or above the threshold and 0.0
# elsewhere: the step that turned the regression line into a pass/fail prediction in section 3.


# %%
def to_class(scores, threshold):
    # your code here
    return None


# %%
lu.checks.check_to_class(to_class)

# %% [markdown]
# <details><summary>Solution</summary>
#
# A comparison gives an array of True/False; `.astype(float)` turns it into 1.0/0.0.
#
# ```python
# def to_class(scores, threshold):
#     return (scores >= threshold).astype(float)
#
#
# lu.checks.check_to_class(to_class)
# ```
#
# </details>

# %% [markdown]
# ## In this notebook, we learned:
#
# - the lecture's map: classification and regression (supervised, with labels), clustering and dimensionality
#   reduction (unsupervised, without labels);
# - a supervised table holds samples (rows), features and a label; the kind of label decides classification
#   (a category) or regression (a number);
# - a threshold turns a regression output into a class, and the pass mark moves what counts as right;
# - an accuracy means something only next to the rule that always predicts the most common class;
# - k-means finds groups with nearest centers and means (and, going further, can get stuck depending on its
#   start);
# - PCA keeps one number per point along the direction of largest spread;
# - reinforcement learning is left out, by the lecture and by this course.
#
# Next: [03 · Regression and the hypothesis H(x) = Wx + b](03_regression_hypothesis.ipynb), where we build the
# regression line ourselves, starting from the lecture's four points.
