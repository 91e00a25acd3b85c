"""A variance written as the square of a letter, as statistics writes it: ``\\sigma^2 = \\frac{1}{D}\\sum_i (x_i -
\\mu)^2`` (layer normalization's forward pass), ``\\frac{\\partial \\ell}{\\partial \\sigma^2}``. Read as σ squared,
σ free, the definition was a claim refuted for any σ. Where the page defines σ² and writes σ nowhere but to an even
power (σ⁴ = (σ²)²; σ̂ is a name of its own), σ² is one name, read as ``\\sigma_{\\text{sq}}`` (a reading the report
states); a display that writes σ alone beside it (the root of the variance, or a number of its own?) is refused,
naming both. A page that writes σ(…) (the sigmoid) is left alone, and so is a free σ differentiated by σ²."""

from __future__ import annotations

import dataclasses
import re

from derive.read.find import Display, Found, Unchecked
from derive.read.frontmatter import Entry, FrontMatter

_ONE = "\\sigma_{\\text{sq}}"
#: σ squared or to an even power: ``\sigma^2``, ``\sigma^{2}``, ``\sigma^{4}`` (group 1 the exponent).
_POWER = re.compile(r"\\sigma(?![A-Za-z])\s*\^\s*(?:\{\s*(\d+)\s*\}|(\d))")
#: σ at a row's start (after ``&``, ``\\``, ``$$`` or nothing) followed by '=': a definition of σ².
_DEFINES = re.compile(
    r"(?:^|\\\\|&|\$\$|\\\[|\\begin\{[a-z*]+\})\s*\\sigma\s*\^\s*(?:\{\s*2\s*\}|2)\s*(?:_\s*(?:\{\s*[a-z]\s*\}|[a-z])\s*)?"
    r"(?:&\s*)?=(?!=)"
)
#: σ²_j (``\\sigma^2_j``, batch norm's variance of column j): one name with an index, \\text{sigmasq}_j.
_INDEXED = re.compile(r"\\sigma(?![A-Za-z])\s*\^\s*(?:\{\s*2\s*\}|2)\s*_\s*(?:\{\s*([a-z])\s*\}|([a-z]))")
_ONE_INDEXED = "\\text{sigmasq}"
_SIGMA = re.compile(r"\\sigma(?![A-Za-z])")
#: σ under an accent, \hat{\sigma} (an estimate): a name of its own, not σ.
_ACCENTED = re.compile(r"\\(?:hat|bar|tilde|widehat|widetilde|overline|check|breve|dot|ddot)\s*\{\s*\\sigma\s*\}")


def _even(match: re.Match[str]) -> int | None:
    """Half the power σ is raised to, or None where it is odd (σ³: not a power of σ²)."""
    power = int(match.group(1) or match.group(2))
    return power // 2 if power % 2 == 0 and power > 0 else None


def _renamed(text: str) -> str:
    """``text`` with σ² as the one name, σ⁴ as its square."""

    def one(match: re.Match[str]) -> str:
        half = _even(match)
        return _ONE if half == 1 else f"{_ONE}^{{{half}}}"

    text = _INDEXED.sub(lambda m: f"{_ONE_INDEXED}_{{{m.group(1) or m.group(2)}}}", text)
    return _POWER.sub(lambda m: one(m) if _even(m) else m.group(0), text)


def _alone(text: str) -> bool:
    """Whether ``text`` writes σ other than to an even power (after the renaming, any σ left)."""
    return bool(_SIGMA.search(_ACCENTED.sub(" ", _renamed(text).replace(_ONE, ""))))


def with_variances(front: FrontMatter, found: Found, text: str) -> tuple[FrontMatter, Found]:
    """``found`` (and the front matter's formulas) with σ² read as one name where the page defines it or
    differentiates by it; the displays that write σ alone beside it refused."""
    texts = [d.text for d in (*found.displays, *found.inline)]
    keys = [key.text for key, _ in front.define]
    if "\\sigma" in " ".join(e.text for e in (*front.scalars, *front.vectors, *front.functions)) or re.search(
        r"\\sigma\s*(?:\(|'|\\left|_)", text
    ):
        return front, found  # σ declared, σ(x) a function, or σ_j: not this reading
    if not any(_DEFINES.search(t) for t in texts) and not any(_POWER.fullmatch(k.strip()) for k in keys):
        return front, found  # a free σ differentiated by σ² is no name the page gives: left as it was
    if any(_POWER.search(t) and any(_even(m) is None for m in _POWER.finditer(t)) for t in texts):
        return front, found  # σ³ somewhere: σ is a number raised to powers, not a variance's root
    refused: list[Unchecked] = []
    displays: list[Display] = []
    for display in found.displays:
        if _alone(display.text):
            refused.append(Unchecked(display.line, (
                "unreadable: \\sigma alone, beside \\sigma^2 the page defines or differentiates by, can be read two "
                "ways: the root of that variance, \\sqrt{\\sigma^2}, or a number of its own: write \\sigma^2, or "
                "define \\sigma"), "=" in display.text))  # fmt: skip
            continue
        displays.append(dataclasses.replace(display, text=_renamed(display.text)))
    inline = tuple(dataclasses.replace(d, text=_renamed(d.text)) for d in found.inline if not _alone(d.text))
    define = tuple((Entry(_renamed(k.text), k.line), Entry(_renamed(v.text), v.line)) for k, v in front.define)
    line = min((d.line for d in found.displays if _DEFINES.search(d.text)), default=0)
    indexed = any(_INDEXED.search(t) for t in texts)  # σ²_j: the variance of column j, a vector of its own
    one = f"\\sigma^2_j read as one name with an index, {_ONE_INDEXED}_j" if indexed else ""
    one = one or f"\\sigma^2 read as one name, {_ONE}"
    note = f"line {line}: {one} (the page defines it or differentiates by it)"
    return dataclasses.replace(front, define=define), dataclasses.replace(
        found,
        displays=tuple(displays),
        inline=inline,
        unchecked=(*found.unchecked, *refused),
        readings=(*found.readings, note),
    )


__all__ = ["with_variances"]
