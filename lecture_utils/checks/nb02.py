"""Notebook 02 (machine learning overview): the four quadrants, features and labels, thresholds."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..i18n import N_, _, ngettext
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
        N_("users marked e-mails as spam or not: those marks are labels, so this is supervised"),
        N_("the answer is one of two categories (spam, not spam), not a number on a scale"),
    ),
    "cat or dog": (
        "classification",
        N_("the photos come labelled 'cat' or 'dog': that is supervised"),
        N_("the answer is one of two categories, not a number on a scale"),
    ),
    "temperature": (
        "regression",
        N_("past days come with their measured temperatures, which are labels: supervised"),
        N_("a temperature is a number on a scale, not one of a few categories"),
    ),
    "house price": (
        "regression",
        N_("past sales come with their prices, which are labels: supervised"),
        N_("a price is a number on a scale, not one of a few categories"),
    ),
    "customer groups": (
        "clustering",
        N_("no one says which group a customer belongs to: no labels, so this is unsupervised"),
        N_("each customer gets a group (a category), not numbers on a scale"),
    ),
    "news topics": (
        "clustering",
        N_("the articles carry no topic labels: unsupervised"),
        N_("each article is put into one group (a category), not given numbers on a scale"),
    ),
    "survey map": (
        "dimensionality reduction",
        N_("nobody gives the right 2 numbers to learn from: no labels, so this is unsupervised"),
        N_("each person gets 2 numbers on a continuous scale (a point on the page), not a group"),
    ),
    "face photos": (
        "dimensionality reduction",
        N_("the photos come without labels and nothing is predicted: unsupervised"),
        N_("each photo gets 50 numbers on a continuous scale, not a group"),
    ),
}


def _quadrants_with(problem, quadrant):
    return ({**{p: right for p, (right, _, _) in ML_PROBLEMS.items()}, problem: quadrant},)


ML_QUADRANTS_MISTAKES = [
    Mistake(
        N_(
            "'customer groups' is not classification: classification learns from examples that come with their "
            "class; here no one says which group a customer belongs to (no labels), so the groups are found, "
            "not learned: clustering."
        ),
        answer=_quadrants_with("customer groups", "classification"),
    ),
    Mistake(
        N_(
            "'temperature' is not classification: a temperature is a number on a scale (21.5 degrees), not one "
            "of a few categories; a number on a scale, learned from labelled days, is regression."
        ),
        answer=_quadrants_with("temperature", "classification"),
    ),
    Mistake(
        N_(
            "'survey map' is not clustering: nobody is put into a group; each person gets 2 numbers on a "
            "continuous scale (a point on the page). Fewer numbers per sample, without labels, is "
            "dimensionality reduction."
        ),
        answer=_quadrants_with("survey map", "clustering"),
    ),
    Mistake(
        N_(
            "'spam' is not clustering: the e-mails come marked spam or not by users, and those marks are "
            "labels to learn from, so this is supervised: classification."
        ),
        answer=_quadrants_with("spam", "clustering"),
    ),
    Mistake(
        N_(
            "'news topics' is not classification: the articles carry no topic labels, so nothing can be "
            "learned from examples; grouping unlabelled articles is clustering."
        ),
        answer=_quadrants_with("news topics", "classification"),
    ),
    Mistake(
        N_(
            "'face photos' is not clustering: each photo is described by 50 numbers on a continuous scale, "
            "not put into a group: dimensionality reduction."
        ),
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
            _(FAIL),
            _("answers should be a dict like {{'spam': 'classification'}}; got {type}").format(
                type=type(answers).__name__
            ),
        )
        return False
    missing = [p for p in ML_PROBLEMS if not _quadrant(answers.get(p))]
    if len(missing) == len(ML_PROBLEMS):
        print(_(FAIL), _("fill in each answer with one of: {choices}.").format(choices=", ".join(QUADRANTS)))
        return False
    if missing:
        unknown = [k for k in answers if k not in ML_PROBLEMS]
        names = ", ".join(repr(p) for p in missing)
        if unknown:
            message = ngettext(
                "no answer yet for {names} ({unknown} is not a name of the list: keep the names as given).",
                "no answer yet for {names} ({unknown} are not a name of the list: keep the names as given).",
                len(unknown),
            ).format(names=names, unknown=", ".join(map(repr, unknown)))
        else:
            message = _("no answer yet for {names}.").format(names=names)
        print(_(FAIL), message)
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
                "  "
                + _(
                    "{problem!r}: {said} is half the answer; write the box itself: {first} or {second}."
                ).format(problem=problem, said=said, first=boxes[0], second=boxes[1])
            )
            continue
        if said not in QUADRANTS:
            lines.append(
                "  "
                + _("{problem!r}: {answer!r} is not one of: {choices}.").format(
                    problem=problem, answer=answers[problem], choices=", ".join(QUADRANTS)
                )
            )
            continue
        labels_differ = QUADRANTS[said][0] != QUADRANTS[right][0]
        output_differs = QUADRANTS[said][1] != QUADRANTS[right][1]
        if labels_differ and output_differs:
            text = _("{problem!r} is not {said}: {why_labels}; and {why_output}.").format(
                problem=problem, said=said, why_labels=_(why_labels), why_output=_(why_output)
            )
        else:
            text = _("{problem!r} is not {said}: {why}.").format(
                problem=problem, said=said, why=_(why_labels if labels_differ else why_output)
            )
        lines.append("  " + text)
    if lines:
        print(
            _(FAIL),
            _("{wrong} of {total} not right yet.").format(wrong=len(lines), total=len(ML_PROBLEMS))
            + "\n"
            + "\n".join(lines),
        )
        return False
    print(_(PASS), _("all {n} problems are in the right quadrant.").format(n=len(ML_PROBLEMS)))
    return True


# ---------------------------------------------------------------------------
# Exercise 2: features and labels


def ref_split_features_labels(table):
    return table[:, :-1], table[:, -1]


SPLIT_MISTAKES = [
    Mistake(
        N_(
            "y has shape (m, 1), a column; one label per sample is 1-D, shape (m,): table[:, -1], not table[:, -1:]."
        ),
        fn=lambda T: (T[:, :-1], T[:, -1:]),
    ),
    Mistake(
        N_(
            "y is the last row (a sample), not the last column: the first index picks rows, the second columns. "
            "The labels are table[:, -1] and the features table[:, :-1]."
        ),
        fn=lambda T: (T[:-1], T[-1]),
    ),
    Mistake(
        N_("X still contains the label column; keep every column but the last: table[:, :-1]."),
        fn=lambda T: (T, T[:, -1]),
    ),
    Mistake(
        N_(
            "y is the first column; in these tables the label is the last column: table[:, -1], and X is "
            "table[:, :-1]."
        ),
        fn=lambda T: (T[:, 1:], T[:, 0]),
    ),
    Mistake(
        N_("the two parts are swapped: return (X, y), the features first, then the labels."),
        fn=lambda T: (T[:, -1], T[:, :-1]),
    ),
    Mistake(
        N_(
            "the column numbers are typed in for a table of 3 columns (like students); the tables here have "
            "other widths. Count from the end: table[:, :-1] and table[:, -1] work for any width."
        ),
        fn=lambda T: (T[:, :2], T[:, 2]),
    ),
    Mistake(
        N_(
            "X lost a feature: table[:, :-2] stops two columns before the end. Every column but the last is "
            "table[:, :-1]."
        ),
        fn=lambda T: (T[:, :-2], T[:, -1]),
    ),
    Mistake(
        N_(
            "X is right, but y = table[-1] is the last row (one sample), not the last column: the labels are "
            "table[:, -1]."
        ),
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
        N_('a score exactly at the threshold gets 0; "at or above" means >=, not >.'),
        fn=lambda scores, threshold: (scores > threshold).astype(float),
    ),
    Mistake(
        N_("the classes are swapped: 1 means the score is at or above the threshold, 0 below it."),
        fn=lambda scores, threshold: (scores < threshold).astype(float),
    ),
    Mistake(
        N_("the values are True/False; the exercise asks for 1.0/0.0: (scores >= threshold).astype(float)."),
        fn=lambda scores, threshold: scores >= threshold,
    ),
    Mistake(
        N_(
            "the function compares with 60 (typed in, or the notebook's pass_mark) instead of its argument "
            "threshold; use threshold, so that the function works for any pass mark."
        ),
        fn=lambda scores, threshold: (scores >= 60).astype(float),
    ),
    Mistake(
        N_(
            "that gives 1 at or below the threshold: the classes are swapped. 1 means at or above: "
            "scores >= threshold."
        ),
        fn=lambda scores, threshold: (scores <= threshold).astype(float),
    ),
    Mistake(
        N_(
            "`if scores >= threshold:` asks one yes/no question about a whole array, which numpy refuses "
            "(ValueError: truth value ... ambiguous). Compare the whole array at once: scores >= threshold gives "
            "one True/False per score."
        ),
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


# ---------------------------------------------------------------------------
# Predictions before the slider figures of sections 3 and 4

from .core import prediction  # noqa: E402  (kept beside the predictions it registers)

#: the pass mark the first prediction asks about (the bottom of the explorer's pass-mark slider)
LOW_MARK = 30


def students():
    """The notebook's 40 students, hours and score, made as in its section 3 (seed 7)."""
    rng = np.random.default_rng(7)
    hours = np.round(rng.uniform(0, 10, 40), 1)
    score = np.round(35 + 5 * hours + rng.normal(0, 7, 40), 1)
    return hours, score


def points_near_a_line():
    """The notebook's ``X_dim``: its data cell of section 2 (seed 2), the three sets before it drawn first."""
    rng = np.random.default_rng(2)
    rng.normal([-1.0, -0.7], 0.6, (30, 2))  # X_cls, class 0
    rng.normal([1.0, 0.7], 0.6, (30, 2))  # X_cls, class 1
    rng.uniform(0, 10, 30)  # x_reg
    rng.normal(0, 0.6, 30)  # y_reg's scatter
    for c in ([-1.6, 1.0], [1.6, 1.2], [0.0, -1.4]):
        rng.normal(c, 0.5, (25, 2))  # X_clu
    t = rng.normal(0, 1.3, 60)
    return np.column_stack([t, 0.5 * t]) + rng.normal(0, 0.25, (60, 2))


def _counts_at(mark):
    """(how many students score at least ``mark``, how many the fitted line predicts to pass)."""
    hours, score = students()
    W, b = np.polyfit(hours, score, 1)
    return int(np.sum(score >= mark)), int(np.sum(W * hours + b >= mark))


@dataclass(frozen=True)
class _CountedMistake(Mistake):
    """A mistake whose text names numbers computed from the data: ``text`` has {named} fields, which
    ``values`` (pairs of name and value) fill in after translation."""

    values: tuple = ()

    @property
    def says(self) -> str:
        return _(self.text).format(**dict(self.values))


_PASS_AT_LOW = _counts_at(LOW_MARK)[0]
_FAIL_AT_LOW = len(students()[1]) - _PASS_AT_LOW
_LINE_AT_60 = _counts_at(60)[1]


@prediction(
    why=N_(
        "the line is lowest at 0 hours, where it is b (printed above), just over 30. At a pass mark of 30 "
        "the line is above the mark for every student, so it predicts a pass for all of them, even for the few "
        "who scored below 30: the line cannot see their bad luck."
    ),
    mistakes=[
        _CountedMistake(
            N_(
                "{passed} is how many students really score {mark} or more (their labels); the "
                "question is what the line predicts, and the line is at least b, just over 30, for everyone."
            ),
            answer=(float(_PASS_AT_LOW),),
            values=(("passed", _PASS_AT_LOW), ("mark", LOW_MARK)),
        ),
        Mistake(
            N_(
                "0 would mean the line is below 30 everywhere; a low pass mark is easy to reach, and the line "
                "starts at b, just over 30, at 0 hours."
            ),
            answer=(0.0,),
        ),
        _CountedMistake(
            N_(
                "{count} is the line's count at the pass mark of 60; a lower mark lets more students "
                "pass, not the same number."
            ),
            answer=(float(_LINE_AT_60),),
            values=(("count", _LINE_AT_60),),
        ),
        _CountedMistake(
            N_(
                "{failed} is how many students score below {mark}, the fails; the question is "
                "how many the line predicts to pass."
            ),
            answer=(float(_FAIL_AT_LOW),),
            values=(("failed", _FAIL_AT_LOW), ("mark", LOW_MARK)),
        ),
    ],
)
def check_prediction_low_pass_mark():
    """Notebook 02: at a pass mark of 30, how many of the 40 students does the line predict to pass?"""
    return float(_counts_at(LOW_MARK)[1])


def _best_angle():
    """The direction (degrees, 0-180) along which the centered points of ``X_dim`` spread the most."""
    X = points_near_a_line()
    _, _, Vt = np.linalg.svd(X - X.mean(axis=0), full_matrices=False)
    return float(np.degrees(np.arctan2(Vt[0, 1], Vt[0, 0])) % 180)


@prediction(
    why=N_(
        "the data cell made the points along (1, 0.5), plus a little scatter; the direction of that "
        "vector, arctan 0.5 = 26.6 degrees, is where their positions differ most. The scatter turns the best "
        "direction of these 60 points by a degree or two."
    ),
    mistakes=[
        Mistake(N_("120 degrees is where the slider starts, not where the points lie."), answer=(120.0,)),
        Mistake(
            N_(
                "0 degrees keeps only the first feature; the points rise along the line, so a tilted direction "
                "keeps more."
            ),
            answer=(0.0,),
        ),
        Mistake(
            N_(
                "63.4 degrees is arctan 2: the two features are swapped. The points go 1 to the right for 0.5 up."
            ),
            answer=(63.4,),
        ),
        Mistake(
            N_(
                "45 degrees would be points that rise as much as they go right; these rise only 0.5 for each 1."
            ),
            answer=(45.0,),
        ),
        Mistake(
            N_(
                "90 degrees keeps only the second feature, which changes half as much as the first along the "
                "points' line."
            ),
            answer=(90.0,),
        ),
    ],
    rtol=0.1,
)
def check_prediction_best_direction():
    """Notebook 02: which direction (degrees, 0 to 180) keeps the most of the points' spread?"""
    return _best_angle()
