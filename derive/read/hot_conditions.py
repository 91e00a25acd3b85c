"""A formula taken at the one-hot entry: ``L(\\mathbf{p}) = -\\log p_i \\text{ where } y_i = 1``, y one-hot.

The condition after "where" picks the index: the one i at which y is 1. Where the front matter assumes y one-hot,
exactly one entry of y is 1 and every other is 0, so the formula at that i is the sum over i of y_i times the
formula: the display is read as ``L(\\mathbf{p}) = \\sum_{i} y_{i} \\left(-\\log p_i\\right)``, the condition
dropped, and the report says so. Only one equation, its left side free of i, its right side binding no sum
(``\\sum``, ``\\prod``: its i could be another), and the condition exactly ``y_i = 1`` of a vector assumed one-hot:
anything else is left as it was (a remark the reader refuses, as before). Without this, the page's first
definition of its loss was unread, and with it every display of the loss.
"""

from __future__ import annotations

import dataclasses

from derive.errors import InputError
from derive.read.conjunctions import and_at
from derive.read.find import Display, Found
from derive.read.frontmatter import FrontMatter
from derive.read.latex_lexer import Token, tokenize
from derive.read.rows import at_top

#: Commands that may close a display after its condition: the environment's end, a label, a tag.
_CLOSING = frozenset({"end", "label", "tag", "notag", "nonumber"})
#: Commands whose index a body binds: a body holding one is left unread (its i may be the sum's own).
_BINDING = frozenset({"sum", "prod", "int", "bigcup", "bigcap"})
#: Fonts a one-hot vector is written in (``assume: [\\mathbf{y} one-hot]``).
_FONTS = ("mathbf", "boldsymbol", "bm", "vec")


@dataclasses.dataclass(frozen=True)
class HotCondition:
    """Where a display's formula, its condition and what follows stand (offsets in its text), and the letters."""

    body_start: int
    body_end: int
    line: int
    condition_end: int
    vector: str
    index: str


def one_hot_vectors(front: FrontMatter) -> frozenset[str]:
    """The letters the front matter assumes one-hot (``assume: [y one-hot]``, ``\\mathbf{y} one-hot`` too)."""
    found = set()
    for entry in front.assume:
        words = entry.text.split()
        if len(words) == 2 and words[1] == "one-hot":
            name = words[0]
            for font in _FONTS:
                if name.startswith(f"\\{font}{{") and name.endswith("}"):
                    name = name[len(font) + 2 : -1]
            found.add(name)
    return frozenset(found)


def _condition(tokens: list[Token], at: int, hot: frozenset[str]) -> tuple[str, str, int] | None:
    """``y_i = 1`` (or ``y_{i} = 1``) at ``at``, y one-hot, then only a closing ``.``/``,`` and the display's end:
    the vector, the index and where the condition ends; else None."""
    shown = [(t.kind, t.value) for t in tokens[at : at + 7]]
    braced = shown[2:5] == [("{", "{"), ("letter", shown[3][1]), ("}", "}")] if len(shown) >= 5 else False
    width = 7 if braced else 5
    if len(shown) < width or shown[0][0] != "letter" or shown[1][0] != "_":
        return None
    index = shown[3][1] if braced else shown[2][1]
    if not braced and shown[2][0] != "letter":
        return None
    if shown[width - 2][0] != "=" or shown[width - 1] != ("number", "1") or shown[0][1] not in hot:
        return None
    end = at + width
    rest = tokens[end:]
    rest = rest[1:] if rest and rest[0].kind in (".", ",") else rest
    if rest and not (rest[0].kind == "command" and rest[0].value in _CLOSING):
        return None
    return shown[0][1], index, tokens[end - 1].end


def _past_begin(tokens: list[Token]) -> int:
    """Where the math starts after a ``\\begin{equation}`` (whose name's letters are no index), else 0."""
    if len(tokens) > 1 and tokens[0].kind == "command" and tokens[0].value == "begin" and tokens[1].kind == "{":
        return next((k + 1 for k, t in enumerate(tokens) if t.kind == "}"), 0)
    return 0


def find_hot_condition(tokens: list[Token], hot: frozenset[str]) -> HotCondition | None:
    """The one-hot condition a one-equation display closes with, ``A = B \\text{ where } y_i = 1``, else None."""
    if any(t.kind in ("&", "newline") for t in tokens):
        return None
    marked = list(at_top(tokens))
    where = next((k for k, (t, top) in enumerate(marked) if top and and_at(tokens, k, frozenset({"where"}))), None)
    if where is None:
        return None
    after = and_at(tokens, where, frozenset({"where"}))
    condition = None if after is None else _condition(tokens, after, hot)
    equals = [k for k, (t, top) in enumerate(marked[:where]) if top and t.kind == "="]
    if condition is None or len(equals) != 1:
        return None
    vector, index, end = condition
    head, body = tokens[_past_begin(tokens) : equals[0]], tokens[equals[0] + 1 : where]
    while body and body[-1].kind == ",":  # -\log p_i, \quad \text{where} …: the comma is the sentence's
        body = body[:-1]
    if any(t.kind == "letter" and t.value == index for t in head):
        return None  # \frac{∂L}{∂z_i} = p_i - 1 where y_i = 1: a claim at one entry, not read here
    if not any(t.kind == "letter" and t.value == index for t in body):  # also no body at all
        return None
    if any(t.kind == "command" and t.value in _BINDING for t in body):
        return None
    return HotCondition(body[0].start, body[-1].end, body[0].line, end, vector, index)


def _rewritten(display: Display, hot: frozenset[str]) -> tuple[Display, str] | None:
    """The display read at its one-hot entry, and the report's words; None when it states no such condition."""
    try:
        tokens = tokenize(display.text, display.line)
    except InputError:
        return None
    found = find_hot_condition(tokens, hot)
    if found is None:
        return None
    text = display.text
    body = text[found.body_start : found.body_end]
    summed = f"\\sum_{{{found.index}}} {found.vector}_{{{found.index}}} \\left({body}\\right)"
    blank = "".join(c if c == "\n" else " " for c in text[found.body_end : found.condition_end])
    new = text[: found.body_start] + summed + blank + text[found.condition_end :]
    shown = " ".join(body.split())
    said = (
        f"line {found.line}: {shown} where {found.vector}_{found.index} = 1 read as the sum over {found.index} of "
        f"{found.vector}_{found.index} ({shown}): {found.vector} is one-hot (front matter), so its one entry equal to "
        "1 picks the term"
    )
    return dataclasses.replace(display, text=new), said


def with_hot_conditions(found: Found, front: FrontMatter) -> Found:
    """``found`` with each display that closes with ``\\text{where} y_i = 1`` (y one-hot) read as a sum over i."""
    hot = one_hot_vectors(front)
    if not hot:
        return found
    displays, said = [], []
    for display in found.displays:
        rewritten = _rewritten(display, hot)
        displays.append(display if rewritten is None else rewritten[0])
        said += [] if rewritten is None else [rewritten[1]]
    if not said:
        return found
    return dataclasses.replace(found, displays=tuple(displays), readings=(*found.readings, *said))


__all__ = ["find_hot_condition", "one_hot_vectors", "with_hot_conditions"]
