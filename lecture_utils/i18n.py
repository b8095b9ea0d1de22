"""Messages in the learner's language: English (the default) or Korean (한국어).

The English text in the code is the message id, marked as the standard library's ``gettext`` (and
Babel's extractor) expect: ``_("...")`` where a message is shown, ``N_("...")`` where it is only
defined (a catalogue of mistakes, shown later through ``_``), ``ngettext`` where a number decides
between singular and plural. Values go in after translation, with ``str.format`` and named fields:
``_("{name} returned None").format(name=name)``, so a translation may put them in its own order.

The Korean text lives in the gettext catalogue ``locale/ko/LC_MESSAGES/lecture_utils.po``, compiled
to the ``.mo`` beside it (``nox -s messages`` extracts, updates and compiles). The language is
read from the environment variable ``LECTURE_UTILS_LANGUAGE`` each time a message is shown (the
Korean notebooks' setup cell sets it to ``ko``); :func:`set_language` sets it too. Anything else,
or nothing, is English, whatever the machine's own locale: the English edition never changes.
"""

from __future__ import annotations

import functools
import gettext
import os
from pathlib import Path

DOMAIN = "lecture_utils"
LOCALE_DIR = Path(__file__).resolve().parent / "locale"
#: the environment variable that names the language of every message
ENV = "LECTURE_UTILS_LANGUAGE"
#: the languages the course speaks ("en" is the code's own text, no catalogue)
LANGUAGES = ("en", "ko")


def language() -> str:
    """The language messages are shown in now: ``"ko"`` where ``LECTURE_UTILS_LANGUAGE`` says so
    (``ko``, ``ko_KR``, ``ko-KR.UTF-8``), otherwise ``"en"``."""
    value = os.environ.get(ENV, "").strip().lower().replace("-", "_")
    code = value.split(".")[0].split("_")[0]
    return code if code in LANGUAGES else "en"


def set_language(lang) -> None:
    """Show every later message of lecture_utils in ``lang``: ``"en"`` or ``"ko"``."""
    if not isinstance(lang, str) or lang.strip().lower() not in LANGUAGES:
        from ._validate import describe

        raise ValueError(
            _("lang must be one of {choices}; got {got}").format(
                choices=", ".join(repr(x) for x in LANGUAGES), got=describe(lang)
            )
        )
    os.environ[ENV] = lang.strip().lower()


@functools.cache
def _translations(lang: str) -> gettext.NullTranslations:
    if lang == "en":
        return gettext.NullTranslations()
    return gettext.translation(DOMAIN, LOCALE_DIR, languages=[lang])


def _(message: str) -> str:
    """``message`` (English) in the language of the moment."""
    return _translations(language()).gettext(message)


def N_(message: str) -> str:
    """Mark ``message`` for the catalogue without translating it now (it is shown later with ``_``)."""
    return message


def ngettext(singular: str, plural: str, n: int) -> str:
    """The singular or plural message for ``n``, in the language of the moment."""
    return _translations(language()).ngettext(singular, plural, n)
