"""Notebook 02 (machine learning overview): the four quadrants, features and labels, thresholds."""

from __future__ import annotations

import numpy as np

from .core import _X34, FAIL, PASS, _peek, _same, _xr, check_function, exercise

#: notebook 02: the lecture's four quadrants, as (supervised?, a category as the answer?)
QUADRANTS = {
    "classification": (True, True),
    "regression": (True, False),
    "clustering": (False, True),
    "dimensionality reduction": (False, False),
}

#: notebook 02: problem -> (its quadrant, why it is (un)supervised, what kind of answer it gives)
ML_PROBLEMS = {
    "spam": (
        "classification",
        "users marked e-mails as spam or not: those marks are labels, so this is supervised",
        "the answer is one of two categories (spam, not spam), not a number on a scale",
    ),
    "cat or dog": (
        "classification",
        "the photos come labelled 'cat' or 'dog': that is supervised",
        "the answer is one of two categories, not a number on a scale",
    ),
    "temperature": (
        "regression",
        "past days come with their measured temperatures, which are labels: supervised",
        "a temperature is a number on a scale, not one of a few categories",
    ),
    "house price": (
        "regression",
        "past sales come with their prices, which are labels: supervised",
        "a price is a number on a scale, not one of a few categories",
    ),
    "customer groups": (
        "clustering",
        "no one says which group a customer belongs to: no labels, so this is unsupervised",
        "each customer gets a group (a category), not numbers on a scale",
    ),
    "news topics": (
        "clustering",
        "the articles carry no topic labels: unsupervised",
        "each article is put into one group (a category), not given numbers on a scale",
    ),
    "survey map": (
        "dimensionality reduction",
        "nobody gives the right 2 numbers to learn from: no labels, so this is unsupervised",
        "each person gets 2 numbers on a continuous scale (a point on the page), not a group",
    ),
    "face photos": (
        "dimensionality reduction",
        "the photos come without labels and nothing is predicted: unsupervised",
        "each photo gets 50 numbers on a continuous scale, not a group",
    ),
}


@exercise()
def check_ml_quadrants(answers) -> bool:
    """Notebook 02: ``answers`` maps each problem of ``ML_PROBLEMS`` to one of the four quadrants."""
    if not isinstance(answers, dict):
        print(
            f"{FAIL} answers should be a dict like {{'spam': 'classification'}}; got {type(answers).__name__}"
        )
        return False
    missing = [p for p in ML_PROBLEMS if not str(answers.get(p) or "").strip()]
    if len(missing) == len(ML_PROBLEMS):
        print(f"{FAIL} fill in each answer with one of: {', '.join(QUADRANTS)}.")
        return False
    if missing:
        print(f"{FAIL} no answer yet for {', '.join(repr(p) for p in missing)}.")
        return False
    lines = []
    for problem, (right, why_labels, why_output) in ML_PROBLEMS.items():
        said = str(answers[problem]).strip().lower()
        if said == right:
            continue
        if said not in QUADRANTS:
            lines.append(f"  {problem!r}: {answers[problem]!r} is not one of: {', '.join(QUADRANTS)}.")
            continue
        reasons = []
        if QUADRANTS[said][0] != QUADRANTS[right][0]:
            reasons.append(why_labels)
        if QUADRANTS[said][1] != QUADRANTS[right][1]:
            reasons.append(why_output)
        lines.append(f"  {problem!r} is not {said}: {'; and '.join(reasons)}.")
    if lines:
        print(f"{FAIL} {len(lines)} of {len(ML_PROBLEMS)} not right yet.\n" + "\n".join(lines))
        return False
    print(f"{PASS} all {len(ML_PROBLEMS)} problems are in the right quadrant.")
    return True


def ref_split_features_labels(table):
    return table[:, :-1], table[:, -1]


@exercise(reference=ref_split_features_labels)
def check_split_features_labels(fn) -> bool:
    """Notebook 02: ``split_features_labels(table)`` returns (X, y): every column but the last, and the last."""
    T = np.arange(12.0).reshape(4, 3)
    got = _peek(fn, T)
    if isinstance(got, tuple | list) and len(got) == 2:
        X, y = got
        if _same(y, T[:, -1:]):
            print(f"{FAIL} y has shape (4, 1); one label per sample is 1-D: table[:, -1], not table[:, -1:].")
            return False
        if _same(y, T[-1]):
            print(f"{FAIL} y is the last row (a sample); the labels are the last column: table[:, -1].")
            return False
        if _same(X, T):
            print(f"{FAIL} X still contains the label column; keep every column but the last: table[:, :-1].")
            return False
        if _same(y, T[:, 0]):
            print(f"{FAIL} y is the first column; in these tables the label is the last column.")
            return False
    cases = [(T,), (np.arange(30.0).reshape(5, 6),), (_X34,), (np.array([[1.5, 0.0]]),)]
    return check_function(fn, ref_split_features_labels, cases, name="split_features_labels")


def ref_to_class(scores, threshold):
    return (scores >= threshold).astype(np.float64)


@exercise(reference=ref_to_class)
def check_to_class(fn) -> bool:
    """Notebook 02: ``to_class(scores, threshold)`` is 1 where score >= threshold, else 0."""
    scores, t = np.array([35.0, 60.0, 59.9, 88.0]), 60.0
    got = _peek(fn, scores, t)
    if _same(got, (scores > t).astype(float)):
        print(
            f"{FAIL} to_class gives 0 for a score exactly at the threshold (60); it should be 1: use >=, not >."
        )
        return False
    if _same(got, (scores < t).astype(float)) or _same(got, (scores <= t).astype(float)):
        print(f"{FAIL} the classes are swapped: 1 means the score is at or above the threshold.")
        return False
    cases = [(scores, t), (np.array([10.0, 20.0]), 50.0), (np.array([70.0, 99.0]), 50.0), (_xr, 0.5)]
    return check_function(fn, ref_to_class, cases, name="to_class")
