"""A total derivative by a numbered entry, d/dw_1, of what writes another entry of the same letter (w_1 + w_2), where
the front matter neither declares that letter nor defines the other entry. It reads two ways: the entries
independent, so that d/dw_1 (w_1 + w_2) = 1, or related as the page may relate them, in words or formulas derive does
not read as definitions ("the second weight is always twice the first", w written out as (a, 2a), an assignment
w_2 ← 2w_1). Reading the first silently proved that link under each such relation (probe s53's a09, b01, c06, c10,
c13), so the display is refused, naming both, on a page that may relate them (words of a tie, an assignment, a
vector written out); a page that writes d for ∂ among independent weights is read (survey P-06). A partial
derivative, ∂/∂w_1, holds the other entries fixed by its notation, and is read."""

from __future__ import annotations

import re
from collections.abc import Iterable

from derive.read.find import Display, Found
from derive.read.redefinitions import refuse_using

_D = r"(?:\\mathrm\s*\{\s*d\s*\}|\\mathrm\s+d|\\text\s*\{\s*d\s*\}|\\operatorname\s*\{\s*d\s*\}|d)"
#: An entry with a number: w_1, w_{12}, \theta_2, \mathbf{w}_1.
_ENTRY = r"(?:\\(?:mathbf|boldsymbol|bm|vec|mathit)\s*\{\s*)?(\\?[A-Za-z]+)\s*\}?\s*_\s*(?:\{\s*(\d+)\s*\}|(\d))"
#: d/dw_1 as a fraction (\frac{d}{dw_1}, \frac{dL}{dw_1}, \dfrac{\mathrm{d}}{\mathrm{d} w_1}) or written inline.
_TOTAL = re.compile(
    rf"\\[dt]?frac\s*\{{\s*{_D}(?![A-Za-z]{{2}})(?P<top>[^{{}}]*(?:\{{[^{{}}]*\}}[^{{}}]*)*)\}}\s*\{{\s*{_D}\s*{_ENTRY}\s*\}}"
    rf"|(?<![A-Za-z\\]){_D}\s*/\s*{_D}\s*{_ENTRY}"
)
_ANY_ENTRY = re.compile(rf"(?<![A-Za-z\\]){_ENTRY}")


def _operand(match: re.Match[str], text: str) -> str:
    """What the derivative takes: the numerator of dL/dw_1, or what follows d/dw_1 up to its row's next relation."""
    if (match.group("top") or "").strip():
        return match.group("top")
    return re.split(r"=|&|\\\\|\\quad", text[match.end() :], maxsplit=1)[0]


def _by(match: re.Match[str]) -> tuple[str, str]:
    top = match.re.groupindex["top"]
    groups = [g for at, g in enumerate(match.groups(), 1) if at != top]
    letter = next(g for g in groups if g is not None and not g.isdigit())
    number = next(g for g in groups if g is not None and g.isdigit())
    return letter.lstrip("\\"), number


#: What a page says that may tie entries: words ("tied", "always twice"), an assignment (←), a vector written out.
_RELATING = re.compile(
    r"\b(?:tie[sd]?|tying|twice|doubled?|thrice|tripled?|proportional|coupled|constrain\w*|shared|always|multiple\s+of"
    r"|half\s+(?:of|the)|equals?|equal\s+to|same|reuse\w*|computed|function\s+of|cop(?:y|ies)|identical|égale?s?"
    r"|gleich|igual)\b|[A-Za-z]_\{?\d+\}?\s*(?:\\leftarrow|\\gets|←)|\\begin\s*\{[pbv]matrix\}",
    re.I,
)


def _written_through(operand: str, bodies: Iterable[tuple[str, str]]) -> str:
    """``operand`` with the bodies of the names it writes appended, through one another (dL/dw_1 beside L = w_1 +
    w_2: L writes w_2; probe s53's t2)."""
    pending, seen = list(bodies), operand
    for _ in range(4):
        more = [body for name, body in pending if re.search(rf"(?<![A-Za-z\\]){re.escape(name)}(?![A-Za-z])", seen)]
        pending = [(name, body) for name, body in pending if body not in more]
        if not more:
            break
        seen += " " + " ".join(more)
    return seen


def refuse_total_derivatives(
    found: Found,
    declared: Iterable[str],
    defined: Iterable[str],
    text: str = "",
    bodies: Iterable[tuple[str, str]] = (),
) -> Found:
    """``found`` without the displays that take d/dw_1 of another entry of w (see the module), where the page's
    ``text`` may relate them (``_RELATING``: a page that writes d for ∂ among independent weights is read), unless w
    is among the front matter's ``declared`` names or that entry (``w_2``) among the ``defined`` ones; the operand
    is read through the page's definitions (``bodies``: each name and its body)."""
    if text and _RELATING.search(text) is None:
        return found
    inputs, heads = set(declared), {re.sub(r"[\s{}]|\\(?:mathbf|boldsymbol|bm|vec|mathit)", "", d) for d in defined}
    bodies = [(name, body) for name, body in bodies if name]

    def refused(display: Display, used: set[str]) -> str | None:
        del used
        for total in _TOTAL.finditer(display.text):
            letter, number = _by(total)
            if letter in inputs or f"{letter}_{number}" in inputs:
                continue
            operand = _written_through(_operand(total, display.text), bodies)  # dL/dw_1, L = w_1 x_1 + w_2 x_2
            others = {
                f"{letter}_{m[2] or m[3]}" for m in _ANY_ENTRY.finditer(operand) if m[1].lstrip("\\") == letter
            } - {f"{letter}_{number}"}
            others -= heads
            if others:
                shown = ", ".join(sorted(others))
                return (
                    f"unreadable: d/d{letter}_{number} of what writes {shown} reads two ways: the entries independent "
                    f"(held apart), or related as the page may relate them in words or formulas derive reads no "
                    f"definition in; write ∂/∂{letter}_{number} for the first, or define {shown} for the second"
                )
        return None

    return refuse_using(found, refused)


__all__ = ["refuse_total_derivatives"]
