"""Notebook 02 (machine learning overview): the four quadrants, features and labels, thresholds."""

from __future__ import annotations

import numpy as np

from .core import _X34, FAIL, PASS, Mistake, _quiz_mistake, _xr, check_function, exercise

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


def _quadrants_with(problem, quadrant):
    return ({**{p: right for p, (right, _, _) in ML_PROBLEMS.items()}, problem: quadrant},)


ML_QUADRANTS_MISTAKES = [
    Mistake(
        "'customer groups' is not classification: classification learns from examples that come with their "
        "class; here no one says which group a customer belongs to (no labels), so the groups are found, "
        "not learned: clustering.",
        answer=_quadrants_with("customer groups", "classification"),
    ),
    Mistake(
        "'temperature' is not classification: a temperature is a number on a scale (21.5 degrees), not one "
        "of a few categories; a number on a scale, learned from labelled days, is regression.",
        answer=_quadrants_with("temperature", "classification"),
    ),
    Mistake(
        "'survey map' is not clustering: nobody is put into a group; each person gets 2 numbers on a "
        "continuous scale (a point on the page). Fewer numbers per sample, without labels, is "
        "dimensionality reduction.",
        answer=_quadrants_with("survey map", "clustering"),
    ),
    Mistake(
        "'spam' is not clustering: the e-mails come marked spam or not by users, and those marks are "
        "labels to learn from, so this is supervised: classification.",
        answer=_quadrants_with("spam", "clustering"),
    ),
    Mistake(
        "'news topics' is not classification: the articles carry no topic labels, so nothing can be "
        "learned from examples; grouping unlabelled articles is clustering.",
        answer=_quadrants_with("news topics", "classification"),
    ),
    Mistake(
        "'face photos' is not clustering: each photo is described by 50 numbers on a continuous scale, "
        "not put into a group: dimensionality reduction.",
        answer=_quadrants_with("face photos", "clustering"),
    ),
]


#: other spellings of a quadrant that are right, written differently
_SPELLINGS = {"dimension reduction": "dimensionality reduction"}


def _quadrant(value) -> str:
    text = " ".join(
        str(value if value is not None else "").replace("_", " ").replace("-", " ").lower().split()
    )
    return _SPELLINGS.get(text, text)


@exercise(mistakes=ML_QUADRANTS_MISTAKES)
def check_ml_quadrants(answers) -> bool:
    """Notebook 02: ``answers`` maps each problem of ``ML_PROBLEMS`` to one of the four quadrants."""
    if not isinstance(answers, dict):
        print(
            f"{FAIL} answers should be a dict like {{'spam': 'classification'}}; got {type(answers).__name__}"
        )
        return False
    missing = [p for p in ML_PROBLEMS if not _quadrant(answers.get(p))]
    if len(missing) == len(ML_PROBLEMS):
        print(f"{FAIL} fill in each answer with one of: {', '.join(QUADRANTS)}.")
        return False
    if missing:
        unknown = [k for k in answers if k not in ML_PROBLEMS]
        verb = "is" if len(unknown) == 1 else "are"
        renamed = f" ({', '.join(map(repr, unknown))} {verb} not a name of the list: keep the names as given)"
        renamed = renamed if unknown else ""
        print(f"{FAIL} no answer yet for {', '.join(repr(p) for p in missing)}{renamed}.")
        return False
    right_answers = {p: right for p, (right, _, _) in ML_PROBLEMS.items()}
    lines = []
    for problem, (right, why_labels, why_output) in ML_PROBLEMS.items():
        said = _quadrant(answers[problem])
        if said == right:
            continue
        known = _quiz_mistake(problem, said, right_answers, ML_QUADRANTS_MISTAKES, norm=_quadrant)
        if known:
            lines.append(f"  {known.says}")
            continue
        if said in ("supervised", "unsupervised"):
            boxes = [q for q, (sup, _) in QUADRANTS.items() if sup == (said == "supervised")]
            lines.append(
                f"  {problem!r}: {said} is half the answer; write the box itself: {' or '.join(boxes)}."
            )
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


# ---------------------------------------------------------------------------
# Exercise 2: features and labels


def ref_split_features_labels(table):
    return table[:, :-1], table[:, -1]


SPLIT_MISTAKES = [
    Mistake(
        "y has shape (m, 1), a column; one label per sample is 1-D, shape (m,): table[:, -1], not table[:, -1:].",
        fn=lambda T: (T[:, :-1], T[:, -1:]),
    ),
    Mistake(
        "y is the last row (a sample), not the last column: the first index picks rows, the second columns. "
        "The labels are table[:, -1] and the features table[:, :-1].",
        fn=lambda T: (T[:-1], T[-1]),
    ),
    Mistake(
        "X still contains the label column; keep every column but the last: table[:, :-1].",
        fn=lambda T: (T, T[:, -1]),
    ),
    Mistake(
        "y is the first column; in these tables the label is the last column: table[:, -1], and X is "
        "table[:, :-1].",
        fn=lambda T: (T[:, 1:], T[:, 0]),
    ),
    Mistake(
        "the two parts are swapped: return (X, y), the features first, then the labels.",
        fn=lambda T: (T[:, -1], T[:, :-1]),
    ),
    Mistake(
        "the column numbers are typed in for a table of 3 columns (like students); the tables here have "
        "other widths. Count from the end: table[:, :-1] and table[:, -1] work for any width.",
        fn=lambda T: (T[:, :2], T[:, 2]),
    ),
    Mistake(
        "X lost a feature: table[:, :-2] stops two columns before the end. Every column but the last is "
        "table[:, :-1].",
        fn=lambda T: (T[:, :-2], T[:, -1]),
    ),
    Mistake(
        "X is right, but y = table[-1] is the last row (one sample), not the last column: the labels are "
        "table[:, -1].",
        fn=lambda T: (T[:, :-1], T[-1]),
    ),
]


@exercise(reference=ref_split_features_labels, mistakes=SPLIT_MISTAKES)
def check_split_features_labels(fn) -> bool:
    """Notebook 02: ``split_features_labels(table)`` returns (X, y): every column but the last, and the last."""
    cases = [
        (np.arange(12.0).reshape(4, 3),),
        (np.arange(30.0).reshape(5, 6),),
        (_X34,),
        (np.array([[1.5, 0.0]]),),
    ]
    return check_function(
        fn, ref_split_features_labels, cases, name="split_features_labels", mistakes=SPLIT_MISTAKES
    )


# ---------------------------------------------------------------------------
# Exercise 3: from a number to a class


def ref_to_class(scores, threshold):
    return (scores >= threshold).astype(np.float64)


def _class_with_if(scores, threshold):
    if scores >= threshold:
        return 1.0
    return 0.0


TO_CLASS_MISTAKES = [
    Mistake(
        'a score exactly at the threshold gets 0; "at or above" means >=, not >.',
        fn=lambda scores, threshold: (scores > threshold).astype(float),
    ),
    Mistake(
        "the classes are swapped: 1 means the score is at or above the threshold, 0 below it.",
        fn=lambda scores, threshold: (scores < threshold).astype(float),
    ),
    Mistake(
        "the values are True/False; the exercise asks for 1.0/0.0: (scores >= threshold).astype(float).",
        fn=lambda scores, threshold: scores >= threshold,
    ),
    Mistake(
        "the function compares with 60 (typed in, or the notebook's pass_mark) instead of its argument "
        "threshold; use threshold, so that the function works for any pass mark.",
        fn=lambda scores, threshold: (scores >= 60).astype(float),
    ),
    Mistake(
        "that gives 1 at or below the threshold: the classes are swapped. 1 means at or above: "
        "scores >= threshold.",
        fn=lambda scores, threshold: (scores <= threshold).astype(float),
    ),
    Mistake(
        "`if scores >= threshold:` asks one yes/no question about a whole array, which numpy refuses "
        "(ValueError: truth value ... ambiguous). Compare the whole array at once: scores >= threshold gives "
        "one True/False per score.",
        fn=_class_with_if,
    ),
]


@exercise(reference=ref_to_class, mistakes=TO_CLASS_MISTAKES)
def check_to_class(fn) -> bool:
    """Notebook 02: ``to_class(scores, threshold)`` is 1 where score >= threshold, else 0."""
    cases = [
        (np.array([35.0, 60.0, 59.9, 88.0]), 60.0),
        (np.array([10.0, 20.0]), 50.0),
        (np.array([70.0, 99.0]), 50.0),
        (_xr, 0.5),
        (np.array([50.0]), 50.0),
    ]
    return check_function(fn, ref_to_class, cases, name="to_class", mistakes=TO_CLASS_MISTAKES)
