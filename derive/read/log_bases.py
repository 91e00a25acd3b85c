"""A page whose prose gives its logarithms a base ("All logarithms are base 2", "Here $\\log$ is base 10", "measured in
bits"): derive reads \\log as the natural logarithm, so a display that writes \\log without a base reads two ways, and
d/dx log x = 1/x or log 8 = 3 was proven or refuted of the wrong one (probe s53's gg06, gg11, gg12). Such a display is
refused, naming both; \\ln and \\log_2 say which. So is a trigonometric function on a page that measures angles in
degrees (probe s53-2's b1: d/dx sin x = cos x proven of radians)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from derive.read.cross_signs import through_definitions
from derive.read.find import Display, Found
from derive.read.redefinitions import refuse_using

#: Prose that gives the logarithm a base other than e.
_BASE = re.compile(
    r"\blog(?:arithm)?s?\b[^.\n]{0,40}?\bbase[-\s]*\$?\s*(?P<base>2|10|two|ten)\b(?![-\s]*log\s+scale)"
    r"|\bbase[-\s]*(?P<before>2|10|two|ten)\s+log(?:arithm)?s?\b(?!\s+scale)|\bin\s+(?P<unit>bits|bans|decibans)\b"
    r"|\b(?P<binary>binary|decimal|common)\s+log(?:arithm)?s?\b|log₂|log₁₀|\blog_?\{?(?:2|10)\b|\bbasis\s+(?:2|10)\b|\(bits\)",
    re.I,
)
#: Prose that says the page's own logarithms are natural after all.
_NATURAL = re.compile(r"\bnatural\s+log(?:arithm)?s?\b|\bnats\b", re.I)
#: \\log with no base written after it.
_BARE_LOG = re.compile(r"(?<![A-Za-z])\\?log(?![A-Za-z])(?!\s*_)")
#: Prose that measures angles in degrees, and a display that writes a trigonometric function of one.
_DEGREES = re.compile(r"\b(?:in|to|into)\s+degrees\b|°", re.I)
_TRIG = re.compile(r"\\(?:sin|cos|tan|cot|sec|csc)(?![A-Za-z])")


def refuse_log_bases(found: Found, text: str, defined: Iterable[tuple[str, str]] = ()) -> Found:
    """``found`` without the displays that write \\log with no base on a page whose prose gives it one, or use a name
    ``defined`` with one (H = \\log(1 + x^2), probe s53-2's r4d1)."""
    prose = re.sub(r"\$\$.*?\$\$|\\\[.*?\\\]", lambda m: re.sub(r"[^\n]", " ", m.group(0)), text, flags=re.S)
    stated, degrees = _BASE.search(prose), _DEGREES.search(prose)
    stated = None if _NATURAL.search(prose) else stated  # "… in bits in Table 1; below we use natural logs"
    if stated is None and degrees is None:
        return found

    def refused(display: Display, used: set[str]) -> str | None:
        return why(display.text) or through_definitions(used, defined, why)

    def why(text: str) -> str | None:
        if degrees is not None and _TRIG.search(text):  # "All angles are in degrees." (probe s53-2's b1)
            return (
                f"unreadable: a trigonometric function reads two ways: of radians, or of the degrees line "
                f"{prose.count(chr(10), 0, degrees.start()) + 1} speaks of; derive reads radians (write x in radians)"
            )
        if stated is None or _BARE_LOG.search(text) is None:
            return None
        line, said = prose.count("\n", 0, stated.start()) + 1, " ".join(stated.group(0).split())
        return (
            f"unreadable: \\log reads two ways: the natural logarithm, or the base line {line} gives it ('{said}'); "
            "write \\ln for the first, \\log_2 or \\log_{10} for the other"
        )

    return refuse_using(found, refused)


__all__ = ["refuse_log_bases"]
