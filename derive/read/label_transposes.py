"""A layer's or an example's label and a transpose in one superscript, as Ng writes them: ``a^{[1]T}``, ``A^{[L-1]T}``,
``x^{(i)T}``. TeX sets the group ``[1]T`` as one superscript; read as it stands it is a power, a^{[1]·T}, with T a
new number (a newcomer's sweep: the step was refuted by a complex right side). The page means the transpose of the
labelled name, which ``{a^{[1]}}^{T}`` writes; the text is read so, on the line it stands on."""

from __future__ import annotations

import re

#: A one-letter name (in a font, or Greek), its bracketed or parenthesized label, then T, \top or \intercal.
_LABEL_TRANSPOSE = re.compile(
    r"(?P<base>\\(?:mathbf|boldsymbol|bm)\s*\{\s*\\?[A-Za-z]+\s*\}|\\[A-Za-z]+|(?<![A-Za-z\\])[A-Za-z])"
    r"\s*\^\s*\{\s*(?P<label>\[[^\[\]{}$]*\]|\([^(){}$]*\))\s*(?P<mark>T|\\top|\\intercal)\s*\}"
)


def with_label_transposes(text: str) -> str:
    """``text`` with each ``a^{[1]T}`` written ``{a^{[1]}}^{T}``."""
    return _LABEL_TRANSPOSE.sub(lambda m: f"{{{m.group('base')}^{{{m.group('label')}}}}}^{{{m.group('mark')}}}", text)
