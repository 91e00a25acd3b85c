"""⊙ between numbered names read as numbers, as an LSTM page's steps are: ``\\vec{c}^{(1)} = \\vec{f}^{(1)} \\odot
\\vec{c}^{(0)} + \\vec{i}^{(1)} \\odot \\tilde{c}^{(1)}``, c_1, f_1, … each read one entry at a time.

derive reads such names (a step's or a layer's, ``derive.read.step_labels``) as numbers where the page gives them no
shape; ⊙ of two numbers was refused. Where a display does nothing else to them than add, subtract, take ⊙ and
multiply by a number, the vectors' claim holds iff it holds entry by entry, and one entry's ⊙ is the product: the
display is read so. Anything else beside them (a product of two names, ∂, a function, a sum, a transpose) may not
act entry by entry, and ⊙ stays refused there.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from derive.read.latex_lexer import Token

#: A numbered name merged into one token: c_1, ctilde_2, W_1.
_NUMBERED = re.compile(r"[A-Za-z]+_\d")
#: Commands that only set a number in a vector's font: \vec{0}, \mathbf{1}.
_FONTS = frozenset({"vec", "mathbf", "boldsymbol", "bm"})
#: Tokens that only add, group or relate.
_PLAIN = frozenset({"+", "-", "=", "(", ")"})


def _number(token: Token | None) -> bool:
    return token is not None and token.kind == "number"


def entry_by_entry(tokens: Sequence[Token]) -> bool:
    """Whether ``tokens`` (a display, its names merged) write only numbered names and numbers, joined by +, −, =,
    ⊙, parentheses, and × or · with a number on one side (``1 \\times 0 + 0 \\times \\tilde{c}^{(1)}``)."""
    kept = [t for t in tokens if not (t.kind == "command" and t.value in ("left", "right"))]
    named = False
    at = 0
    while at < len(kept):
        token = kept[at]
        before = kept[at - 1] if at else None
        after = kept[at + 1] if at + 1 < len(kept) else None
        if token.kind == "command" and token.value in _FONTS:  # \vec{0}: the number 0 in every entry
            group = kept[at + 1 : at + 4]
            if [t.kind for t in group] != ["{", "number", "}"]:
                return False
            at += 4
            continue
        if token.kind == "letter":
            if not _NUMBERED.fullmatch(token.value) or (before is not None and before.kind in ("letter", ")")):
                return False  # another name, or two names side by side: a product not entry by entry?
            named = True
        elif token.kind == "(" and before is not None and before.kind in ("letter", ")"):
            return False  # c_1 (…): a product, or a function applied
        elif token.kind == "command" and token.value in ("times", "cdot"):
            if not (_number(before) or _number(after)):
                return False  # c_1 \cdot c_2: a dot product?
        elif not (
            token.kind == "number" or token.kind in _PLAIN or (token.kind == "command" and token.value == "odot")
        ):
            return False
        at += 1
    return named


__all__ = ["entry_by_entry"]
