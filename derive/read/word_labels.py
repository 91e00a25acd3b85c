"""What to write for a subscript in words after a derivative or a bracket, ``\\frac{\\partial \\hat{X}}{\\partial
X}_{\\text{direct}}`` or ``\\nabla_{\\hat{X}}`` with nothing after it (R-09): derive had said only that the
subscript has nothing to attach to, or that ∂/∂… must be followed by what it differentiates. The reading is
unchanged (refused); the message names the construct and says what to write instead."""

from __future__ import annotations

from collections.abc import Sequence

from derive.read.latex_lexer import Token

_UPRIGHT = ("text", "mathrm", "textrm", "mbox", "operatorname")


def word_label(tokens: Sequence[Token], at: int) -> str | None:
    """The words of a subscript ``_{\\text{via }\\mu}`` at ``at`` (on the ``_``), as written, or None."""
    if at + 3 >= len(tokens) or [t.kind for t in tokens[at + 1 : at + 3]] != ["{", "command"]:
        return None
    if tokens[at + 2].value not in _UPRIGHT:
        return None
    depth, end = 0, at + 1
    for end in range(at + 1, len(tokens)):
        depth += {"{": 1, "}": -1}.get(tokens[end].kind, 0)
        if depth == 0:
            break
    inside = tokens[at + 2 : end]
    return "".join(t.gap + (f"\\{t.value}" if t.kind == "command" else t.value) for t in inside).strip()


def labelled_part(label: str) -> str:
    """Why ``(…)_{label}`` or ``\\frac{…}{…}_{label}`` is not read, and what to write."""
    return (
        f"a label in words after a derivative or a bracket, _{{{label}}}, which derive does not read: where it names "
        "one part of a derivative (a direct part, the part through a name), write that part out as what it equals "
        "(the part via μ as ∂…/∂μ · ∂μ/∂…); else drop the label"
    )


def alone_gradient(by: str, after: Token | None = None) -> str:
    """Why ``\\nabla_{by}`` with nothing after it is not read, and what to write (``after``: the token after it;
    ``\\nabla \\cdot v``, a divergence, or ``\\nabla \\times v``, a curl, is said so)."""
    if after is not None and after.kind == "command" and after.value in ("cdot", "times"):
        kind = "a divergence" if after.value == "cdot" else "a curl"
        return f"\\nabla_{{{by}}} \\{after.value} … is {kind}, which derive does not read: write its derivatives"
    return (
        f"\\nabla_{{{by}}} with nothing after it names a gradient without saying of what: write the function it "
        f"differentiates, \\nabla_{{{by}}} L or \\frac{{\\partial L}}{{\\partial {by}}} (L the page's loss)"
    )


__all__ = ["alone_gradient", "labelled_part", "word_label"]
