"""Text folding for comparing free-text quiz answers.

Learners type on whatever keyboard they have: a Latvian librarian on an English layout
writes "biblioteka" for "bibliotēka", a Greek learner may drop the tonos. Folding both the
accepted answer and the typed answer the same way makes such answers count as correct
while still telling different words apart.
"""

from __future__ import annotations

import unicodedata

__all__ = ["fold_text"]

# Non-spacing and enclosing marks carry the diacritics (macron, caron, cedilla, tonos).
# Format characters (zero-width space, soft hyphen, BOM) sneak in through copy and paste.
_DROPPED_CATEGORIES = frozenset({"Mn", "Me", "Cf"})


def _strip_marks(s: str) -> str:
    decomposed = unicodedata.normalize("NFKD", s)
    return "".join(c for c in decomposed if unicodedata.category(c) not in _DROPPED_CATEGORIES)


def fold_text(s: str) -> str:
    """Return `s` folded for lenient comparison of typed answers.

    Why each step: NFKD splits letters from their diacritics (ā → a + macron, ķ → k +
    cedilla) and turns compatibility forms (full-width letters, ligatures) into plain
    ones; dropping the marks makes ā, č, ē, ģ, ī, ķ, ļ, ņ, š, ū, ž compare equal to
    a, c, e, g, i, k, l, n, s, u, z; casefold is the Unicode-correct lower-casing (Greek
    final sigma, German ß); marks are stripped a second time because casefolding can
    introduce new ones (İ → i + dot above); whitespace runs of any kind collapse to one
    space so stray spaces and non-breaking spaces do not matter. Letters of other
    scripts (Greek, Cyrillic) are kept, only their accents go.
    """
    folded = _strip_marks(_strip_marks(s).casefold())
    return " ".join(folded.split())
