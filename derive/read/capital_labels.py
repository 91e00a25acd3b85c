"""A capital letter as a name's label, as pages write Ioffe & Szegedy's batch statistics without the calligraphic
font: ``\\mu_B``, ``\\sigma^2_B`` (the mean and variance of the batch B). Read as an index, B had been a free index in
every definition that used μ_B (x̂_i's, σ²_B's), and the page's definitions were refuted as claims. A plain capital
is such a label only where the page writes that letter nowhere else: not alone, not as a sum's bound or a set's
size, not as the subscript of a name that takes other subscripts (``derive.read.algorithm_boxes`` checks that last),
and not as the front matter's length. Anywhere else it stays what it was (an entry, an index)."""

from __future__ import annotations

import re

#: A letter or a Greek letter (its square perhaps written first, ``\\sigma^2_B``) with a one-capital subscript: a
#: calligraphic one (``\\mu_\\mathcal{B}``: groups a, b) or a plain one (``\\mu_B``, ``\\mu_{B}``: groups c, d).
LABELLED = re.compile(
    r"(?<![A-Za-z\\])(?P<base>\\[A-Za-z]+|[A-Za-z])(?P<sup>\s*\^\s*(?:2|\{\s*2\s*\}))?\s*_\s*(?:\\mathcal\s*\{\s*(?P<a>[A-Z])\s*\}"
    r"|\{\s*\\mathcal\s*\{\s*(?P<b>[A-Z])\s*\}\s*\}|(?P<c>[A-Z])(?![A-Za-z0-9'])|\{\s*(?P<d>[A-Z])\s*\})"
)


def label_of(match: re.Match[str], plain: frozenset[str]) -> str | None:
    """The label letter of a ``LABELLED`` match: a calligraphic one always, a plain one where it is in ``plain``."""
    calligraphic = match.group("a") or match.group("b")
    if calligraphic:
        return calligraphic
    letter = match.group("c") or match.group("d")
    return letter if letter in plain else None


def is_plain(match: re.Match[str]) -> bool:
    """Whether the match's label is a plain capital (``\\mu_B``), not a calligraphic one."""
    return bool(match.group("c") or match.group("d"))


def plain_letters(texts: list[str], names: frozenset[str], reserved: frozenset[str]) -> frozenset[str]:
    """The capitals ``texts`` write only as the plain subscript of one of ``names`` (letters and Greek letters, as
    ``\\mu``), never otherwise; none of ``reserved`` (the front matter's length)."""
    counted: dict[str, int] = {}
    for text in texts:
        for match in LABELLED.finditer(text):
            base = match.group("base")
            if is_plain(match) and (not base.startswith("\\") or base[1:] in names):
                letter = match.group("c") or match.group("d")
                counted[letter] = counted.get(letter, 0) + 1
    return frozenset(
        letter
        for letter, count in counted.items()
        if letter not in reserved
        and count == sum(len(re.findall(rf"(?<![A-Za-z\\]){letter}(?![A-Za-z])", text)) for text in texts)
    )


__all__ = ["LABELLED", "is_plain", "label_of", "plain_letters"]
