"""``u \\times v`` between two letters (accented or set bold, never indexed): a product of numbers, or the cross
product of two vectors? The prose decides, in words no list can hold ("Let the vectors be $u$ and $v$", "Take $u$ and
$v$ in three-dimensional space", "**u** and **v**"), and read as numbers u × v = v × u was proven below each (probe
s53's f02, f04, z01–z16). A display that writes one outside a script (n \\times m there is a size) is refused, naming
both readings; a number times a letter (2 \\times x) and entries (w_i \\times x_i) are read."""

from __future__ import annotations

import re

from derive.read.find import Display, Found
from derive.read.redefinitions import refuse_using

_DRESS = r"(?:\\(?:hat|widehat|vec|mathbf|boldsymbol|bm|bar|overline|tilde|underline|mathcal|mathsf|mathit)\s*\{?\s*)?"
_LETTER = rf"{_DRESS}(?<![\\A-Za-z0-9])[A-Za-z](?![A-Za-z])\s*\}}?"
#: Two letters joined by \\times, neither with a subscript after it.
_CROSS = re.compile(rf"(?<![\\A-Za-z0-9_^]){_LETTER}(?!\s*_)(?:\s|\\[,;: ])*\\times(?:\s|\\[,;: ])*{_LETTER}(?!\s*_)")
#: A script's group, where \\times writes a size (\\mathbb{R}^{n \\times m}).
_SCRIPT = re.compile(r"[\^_]\s*\{[^{}]*\}")


def refuse_cross_signs(found: Found) -> Found:
    """``found`` without the displays that write \\times between two letters (see the module)."""

    def refused(display: Display, used: set[str]) -> str | None:
        del used
        cross = _CROSS.search(_SCRIPT.sub(" ", display.text))
        if cross is None:
            return None
        shown = " ".join(cross.group(0).split())
        return (
            f"unreadable: {shown} reads two ways: a product of numbers, or the cross product of two vectors; write "
            "a product of numbers with \\cdot or side by side, and a cross product's vectors with their entries"
        )

    return refuse_using(found, refused)


__all__ = ["refuse_cross_signs"]
