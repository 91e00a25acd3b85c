"""A layer's letter written as a bare superscript, R-03's ``W^L``, ``a^{L-1}``, ``z^L`` with "the Final Layer (Layer
L)": read as a power, W^L was W to the power L, and ∂z^L/∂W^L was refused ("differentiate by an entry of a vector").
Where the prose names the letter a layer ("layer L", "the l-th layer", "L is the last layer", "L layers"), or the
page writes L (or l) only as superscripts, on two names or more and shifted once (a^{L-1}), and nowhere else, each
such superscript is the layer's label: written as Ng writes one, W^{[L]}, a^{[L-1]} (``script_labels``), before
anything reads the page. A letter the page uses otherwise (L = …, ∂L/∂W, \\sum_L, a_L), declares, or writes as a
label beside a subscript (a^L_j, read so already) is left as it stands: a power, or refused."""

from __future__ import annotations

import re

from derive.errors import InputError
from derive.read.frontmatter import FrontMatter
from derive.read.latex_lexer import Token, tokenize

#: Fonts that make a name of their own of the letter (\\mathcal{L}, the loss), and words (\\text{Layer L}).
_OWN = frozenset({"mathcal", "mathscr", "mathfrak", "mathbb", "text", "mathrm", "textrm", "operatorname", "textbf"})
_FONTS = frozenset({"mathbf", "boldsymbol", "bm"})


def _prose_names(prose: str, letter: str) -> re.Match[str] | None:
    """Where the prose names ``letter`` a layer: "Layer L", "layer $l$", "the $l$-th layer", "L is the last layer",
    "$L$ layers"; else None."""
    said = rf"\$?\s*{letter}\s*\$?"  # the letter itself, case and all: "layer l" names l, never L
    return re.search(
        rf"(?i:\blayers?)\s+\(?{said}(?![\w$-])|(?<![\w\\]){said}\s*-?\s*th\s+(?i:layer)"
        rf"|(?<![\w\\]){said}\s+(?:is|be|denotes)\s+the\s+(?:index\s+of\s+the\s+)?(?i:last|final|output|top)\s+layer"
        rf"|(?<![\w\\{{]){said}\s+(?:hidden\s+)?layers",
        prose,
    )


def _argument(tokens: list[Token], at: int, letter: str) -> tuple[int, str] | None:
    """The superscript argument at ``at`` (after ``^``): ``L``, ``{L}``, ``{L-1}``, ``{L+2}``: its end and the
    label as Ng writes it ("[L-1]"); else None."""
    if at < len(tokens) and tokens[at].kind == "letter" and tokens[at].value == letter:
        return at + 1, f"[{letter}]"
    run = tokens[at : at + 5]
    kinds = [t.kind for t in run]
    if kinds[:3] == ["{", "letter", "}"] and run[1].value == letter:
        return at + 3, f"[{letter}]"
    shifted = len(run) == 5 and kinds == ["{", "letter", kinds[2], "number", "}"] and kinds[2] in ("+", "-")
    shifted = shifted and run[1].value == letter
    if shifted and run[3].value.isdigit():
        return at + 5, f"[{letter}{run[2].value}{run[3].value}]"
    return None


def _base(tokens: list[Token], caret: int) -> str | None:
    """The name a superscript at ``caret`` sits on: a letter, a Greek letter, or a bold letter; else None."""
    from derive.read.names import GREEK  # names imports the lexer, which this module reads

    before = tokens[caret - 1] if caret >= 1 else None
    if before is None:
        return None
    if before.kind == "letter" and len(before.value) == 1:
        return before.value
    if before.kind == "command" and before.value in GREEK:
        return before.value
    font = caret >= 4 and [t.kind for t in tokens[caret - 4 : caret]] == ["command", "{", "letter", "}"]
    return tokens[caret - 2].value if font and tokens[caret - 4].value in _FONTS else None


def _uses(tokens: list[Token], letter: str) -> tuple[list[tuple[int, int, str]], set[str], bool] | None:
    """The letter's superscripts (start, end, label), the names they sit on, and whether one is shifted; None where
    the letter stands anywhere else (a number, a name, a subscript) or beside a subscript (a^L_j)."""
    found: list[tuple[int, int, str]] = []
    bases: set[str] = set()
    taken: set[int] = set()
    for at, token in enumerate(tokens):
        if token.kind == "^" and (argument := _argument(tokens, at + 1, letter)) is not None:
            base = _base(tokens, at)
            beside = at >= 2 and tokens[at - 2].kind == "_"
            following = tokens[argument[0]] if argument[0] < len(tokens) else None
            if base in (None, "e") or beside or (following is not None and following.kind == "_"):  # e^{L-1}
                return None
            found.append((token.start, tokens[argument[0] - 1].end, argument[1]))
            bases.add(base)
            taken |= set(range(at + 1, argument[0]))
    depth, inside = 0, False  # within \mathcal{…}, \text{…}: a name or a word of its own
    for at, token in enumerate(tokens):
        if not inside and token.kind == "{" and at >= 1 and tokens[at - 1].value in _OWN:
            depth, inside = 0, True
        if inside:
            depth += {"{": 1, "}": -1}.get(token.kind, 0)
            inside = depth > 0
            continue
        if token.kind == "letter" and letter in token.value and at not in taken:
            return None
    return found, bases, any("+" in label or "-" in label for *_, label in found)


def with_layer_letters(text: str, spans: list[tuple[int, int, str]], front: FrontMatter | None) -> tuple[str, str]:
    """``text`` with each layer's letter written as a label (W^L as W^{[L]}), and a line for the report ("" when none);
    ``spans``: the page's math, each its start, end and text with its delimiters blanked."""
    declared = (
        {e.text.strip() for e in (*front.vectors, *front.arrays, *front.scalars, *front.indices)} if front else set()
    )
    for letter in ("L", "l"):
        if letter in declared:
            continue
        edits: list[tuple[int, int, str]] = []
        bases: set[str] = set()
        shifted = False
        for start, _, math in spans:
            if math.strip() == letter:  # "layer $L$": the prose naming it
                continue
            try:
                read = _uses(tokenize(math), letter)
            except InputError:
                read = None
            if read is None:
                edits = []
                break
            edits += [(start + a, start + b, f"^{{{label}}}") for a, b, label in read[0]]
            bases |= read[1]
            shifted |= read[2]
        if not edits:
            continue
        prose = text
        for start, end, math in reversed(spans):
            prose = prose if math.strip() == letter else prose[:start] + " " * (end - start) + prose[end:]
        said = _prose_names(prose, letter)
        if said is None and not (len(bases) > 1 and shifted):
            continue
        why = f"the page calls it so at line {prose.count(chr(10), 0, said.start()) + 1}" if said else "never a number"
        for a, b, new in sorted(edits, reverse=True):
            text = text[:a] + new + text[b:]
        return text, f"{letter}, in superscripts, read as a layer's label ({why}): W^{letter} is layer {letter}'s W"
    return text, ""


__all__ = ["with_layer_letters"]
