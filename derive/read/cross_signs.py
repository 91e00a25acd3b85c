"""``u \\times v`` between two letters (accented or set bold, never indexed): a product of numbers, or the cross
product of two vectors? The prose decides, in words no list can hold ("Let the vectors be $u$ and $v$", "Take $u$ and
$v$ in three-dimensional space", "**u** and **v**"), and read as numbers u × v = v × u was proven below each (probe
s53's f02, f04, z01–z16). A display that writes one outside a script (n \\times m there is a size) is refused, naming
both readings; a number times a letter (2 \\times x) and entries (w_i \\times x_i) are read."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from derive.read.find import Display, Found
from derive.read.redefinitions import refuse_using

_DRESS = r"(?:\\(?:hat|widehat|vec|mathbf|boldsymbol|bm|bar|overline|tilde|underline|mathcal|mathsf|mathit)\s*\{?\s*)?"
_LETTER = rf"{_DRESS}(?<![\\A-Za-z0-9])[A-Za-z](?![A-Za-z])\s*\}}?"
#: Two letters (or a letter and a parenthesis) joined by \\times or ×, neither with a subscript after it.
_CROSS = re.compile(
    rf"(?:(?<![\\A-Za-z0-9_^]){_LETTER}(?!\s*_)|\))(?:\s|\\[,;:! ])*(?:\\times(?![A-Za-z])|×)(?:\s|\\[,;:! ])*"
    rf"(?:{_LETTER}(?!\s*_)|\()"
)
#: Sizing around a bracket, which shows the same bracket: \left( v \right) is (v).
_SIZING = re.compile(r"\\(?:left|right|[bB]igg?[lr]?)\s*(?=[()])")
#: A script's group, where \\times writes a size (\\mathbb{R}^{n \\times m}).
_SCRIPT = re.compile(r"[\^_]\s*\{[^{}]*\}")


#: Two capitals side by side (A B, A \\cdot B, W W), on a page whose prose speaks of matrices.
_CAPITALS = re.compile(r"(?<![\\A-Za-z])([A-Z])(?:\s|\\[,;: ]|\\cdot)*([A-Z])(?![A-Za-z_])")
_MATRICES = re.compile(
    r"\b(?:matri(?:x|ces)|matrizen|jacobians?|hessians?|covariances?|arrays?|tensors?|linear\s+maps?|rotations?"
    r"|orthogonal|triangular|n-by-n)\b|\$[^$]*[A-Za-z]\s*\\times\s*[A-Za-z][^$]*\$",  # "$d \times d$", not "100 ×"
    re.I,
)
#: Upright or text groups, which set words: \mathrm{FL}, \text{MSE}, \operatorname{KL}.
_UPRIGHT = re.compile(r"\\(?:mathrm|text|textrm|operatorname|mbox|textit|mathit)\s*\{[^{}]*\}")
#: A capital the prose calls a count or a number ("$N$ samples", "the number of classes $C$"): no matrix.
_COUNTED = re.compile(
    r"\$\s*([A-Z])\s*\$\s+(?:\w+\s+)?(?:samples?|examples?|classes|items?|points?|observations?|features?|dimensions?"
    r"|units?|neurons?|layers?|steps?|tokens?|words?|epochs?|batches|categories)\b"
    r"|\b(?:number\s+of\s+\w+|rank|temperature|count|size)\s+\$\s*([A-Z])\s*\$",
    re.I,
)


def refuse_cross_signs(
    found: Found, numbers: Iterable[str] = (), text: str = "", defined: Iterable[tuple[str, str]] = ()
) -> Found:
    """``found`` without the displays that write \\times between two letters (see the module), and, on a page whose
    prose speaks of matrices (``text``), those that multiply two capitals derive reads as ``numbers``: AB = BA was
    proven below "## Matrix identities", "Let **A** and **B** be square matrices" and "for all square matrices."
    (probe s53's rr02, rr04, rr05). So are those that use a name ``defined`` with such a product (C = AB − BA,
    c = u × v: probe s53-2's r3d4, r2d1)."""
    prose = re.sub(r"\$\$.*?\$\$|\\\[.*?\\\]", " ", text, flags=re.S)
    capitals = {n for n in numbers if re.fullmatch(r"[A-Z]", n)} if _MATRICES.search(prose) else set()
    capitals -= {a or b for a, b in _COUNTED.findall(prose)}  # "With $N$ samples and $C$ classes": counts
    said = set(re.findall(r"\b[A-Z]{2,}\b", re.sub(r"\$[^$]*\$", " ", prose)))  # "Focal loss (FL)": a word

    def refused(display: Display, used: set[str]) -> str | None:
        return why(display.text) or through_definitions(used, defined, why)

    def why(text: str) -> str | None:
        plain = _SIZING.sub("", _SCRIPT.sub(" ", text))
        cross = _CROSS.search(plain)
        if cross is not None:
            shown = " ".join(cross.group(0).split())
            return (
                f"unreadable: {shown} reads two ways: a product of numbers, or the cross product of two vectors; "
                "write a product of numbers with \\cdot or side by side, and a cross product's vectors with their "
                "entries"
            )
        words = _UPRIGHT.sub(" ", plain)  # \mathrm{FL}: a word of the page (survey S-06's focal loss), no product
        pair = next(
            (m for m in _CAPITALS.finditer(words) if {m[1], m[2]} <= capitals and m[1] + m[2] not in said), None
        )
        if pair is None:
            return None
        return (
            f"unreadable: {pair[1]}{pair[2]}, on a page that speaks of matrices, reads two ways: a product of numbers, "
            f"or of matrices (which need not commute); declare them with their shapes (arrays: {{{pair[1]}: [n, n]}}) "
            "or write the product by entries"
        )

    return refuse_using(found, refused)


def through_definitions(
    used: set[str], defined: Iterable[tuple[str, str]], why: Callable[[str], str | None]
) -> str | None:
    """Why a display that uses a name is refused where the name's definition (``defined``: name, body) reads two ways
    by ``why``: the display stands for what its definition writes."""
    for name, body in defined:
        reason = why(body) if name in used else None
        if reason is not None:
            return f"unreadable: {name} stands here, defined as {body.strip()[:40]}, where {reason[12:]}"
    return None


__all__ = ["refuse_cross_signs", "through_definitions"]
