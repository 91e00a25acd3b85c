"""A defined value written with what it depends on, as books write a loss: ``\\mathcal{L}(\\hat{y}, y) = …``,
d2l's ``l(\\mathbf{y}, \\hat{\\mathbf{y}}) = -\\sum_j y_j \\log \\frac{\\exp(o_j)}{\\sum_k \\exp(o_k)}``.

The parentheses of such a head are a label, not a function's parameters, where each argument is a whole vector
the body uses by its entries (y_j), or is written in a vector font (``\\mathbf{y}``), or does not stand in the body
at all (ŷ above): no argument stands bare in the body (σ(x) = 1/(1 + e^{-x}) is a function of x). Where only the
font or the absence makes it a label, the page's other ``l(\\mathbf{y}, \\hat{\\mathbf{y}})`` are that value (their
parentheses blanked) and ``l`` with other arguments is refused: the page defines l for those arguments only, and
reading l(𝐲, 𝐨) as the same value would be a guess.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from derive.errors import InputError
from derive.read.declarations import name_of
from derive.read.find import Display, Found, Unchecked
from derive.read.frontmatter import Entry
from derive.read.inference import Usage, scan
from derive.read.known_functions import KNOWN_FUNCTIONS
from derive.read.latex_lexer import Token, tokenize
from derive.read.names import ACCENTS, GREEK, display_name

#: Fonts that write a whole vector: ``\\mathbf{y}``, ``\\boldsymbol{\\theta}``, ``\\vec{x}``.
VECTOR_FONTS = ("mathbf", "boldsymbol", "bm", "vec")
_FONTED = re.compile(r"\\(?:mathbf|boldsymbol|bm|vec)\s*\{\s*(.*?)\s*\}")
_HEAD = re.compile(
    r"(?P<name>.*?\S)\s*(?:\\left\s*)?\((?P<args>[^()]*)\)\s*(?:\\right\s*\)?)?(?P<entry>_\s*\{?\s*[a-z]\s*\}?)?\s*",
    re.S,
)


@dataclass(frozen=True)
class Label:
    """A value the page defines at ``line`` written with the arguments ``arguments`` (their names, "yhat")."""

    name: str
    arguments: tuple[str, ...]
    line: int


def argument_name(written: str, line: int) -> str:
    """The name an argument is written with, its font dropped: ``\\hat{\\mathbf{y}}`` → "yhat"."""
    return name_of(Entry(_FONTED.sub(r"\1", written.strip().removesuffix("\\right").strip()), line), "vector")


def without_labels(head: str, body: list[Token], usage: Usage, line: int) -> tuple[str, Label | None]:
    """``\\mathcal{L}(\\hat{y}, y)`` as ``\\mathcal{L}``: a value written with the whole vectors it depends on (each
    used by its entries in the body or on the page), not a function of numbers; with the Label where an argument
    is one only by its font or its absence from the body; any other head as it is."""
    match = _HEAD.fullmatch(head)
    if match is None:
        return head, None
    own = Usage()
    scan(body, own)
    wholes = {*usage.vectors, *usage.arrays, *own.vectors, *own.arrays}
    present = {*own.vectors, *own.arrays, *own.lettered, *own.alone, *own.applied, *own.indices, *own.bounds}
    arguments: list[str] = []
    by_whole = True
    for arg in match.group("args").split(","):
        try:
            named = argument_name(arg, line)
        except InputError:
            return head, None
        if named not in own.vectors and _bare_in(body, named):
            return head, None  # σ(x) = 1/(1 + e^{-x}) beside a vector x_i: x bare in the body, a function's parameter
        fonted = _FONTED.search(arg) is not None
        if named not in wholes and not fonted and named in present:
            return head, None
        by_whole = by_whole and named in wholes
        arguments.append(named)
    if match.group("entry") and any(word in match.group("name") for word in KNOWN_FUNCTIONS):
        return head, None  # softmax(z)_i = …: a claim about the function derive knows, checked, never a redefinition
    if by_whole:
        return match.group("name") + (match.group("entry") or ""), None  # σ(z)_i: the entry i of the vector σ
    if match.group("entry") or len(set(arguments)) != len(arguments):
        return head, None
    try:
        name = _name_at(tokenize(match.group("name")), 0)
    except InputError:
        return head, None
    if name is None or name[1] != len(tokenize(match.group("name"))):
        return head, None
    return match.group("name"), Label(name[0], tuple(arguments), line)


def _bare_in(body: list[Token], name: str) -> bool:
    """Whether ``name`` stands bare in ``body`` (e^{-x}), not in a script (h_\\theta) nor with one (x_i)."""
    for at, token in enumerate(body):
        if token.kind in ("letter", "command") and token.value == name:
            before = body[at - 1].kind if at else ""
            after = body[at + 1].kind if at + 1 < len(body) else ""
            if before not in ("_", "^") and after not in ("_", "^"):
                return True
    return False


def _name_at(tokens: list[Token], at: int) -> tuple[str, int] | None:
    """The name written at ``at`` (``l``, ``\\ell``, ``\\hat{y}``, ``\\mathcal{L}``) and the position after it."""
    token = tokens[at]
    if token.kind == "letter" and len(token.value) == 1:
        return token.value, at + 1
    if token.kind == "command" and token.value in GREEK:
        return token.value, at + 1
    if token.kind == "command" and token.value in ACCENTS:
        inner = tokens[at + 1 : at + 4]
        if [t.kind for t in inner] == ["{", "letter", "}"]:
            return inner[1].value + ACCENTS[token.value], at + 4
        if inner[:1] and inner[0].kind == "letter" and len(inner[0].value) == 1:
            return inner[0].value + ACCENTS[token.value], at + 2
    return None


def _arguments_at(tokens: list[Token], at: int, text: str) -> tuple[int, int, list[str]] | None:
    """The parentheses right after a name at ``at`` (``\\left(`` allowed): where they start and end in the text,
    and each argument as written; None where no parentheses follow."""
    if at < len(tokens) and tokens[at].kind == "command" and tokens[at].value == "left":
        at += 1
    if at >= len(tokens) or tokens[at].kind != "(":
        return None
    start, level, parts, current = at, 0, list[str](), list[Token]()
    for end in range(at, len(tokens)):
        level += {"(": 1, ")": -1}.get(tokens[end].kind, 0)
        if level == 0:
            parts.append(text[current[0].start : current[-1].end] if current else "")
            opening = tokens[start - 1] if tokens[start - 1].value == "left" else tokens[start]
            return opening.start, tokens[end].end, parts
        if end > start and level == 1 and tokens[end].kind == ",":
            parts.append(text[current[0].start : current[-1].end] if current else "")
            current = []
        elif end > start:
            current.append(tokens[end])
    return None


def take_labelled_uses(labels: list[Label], found: Found) -> Found:
    """The displays with each use of a label as defined (``l(\\mathbf{y}, \\hat{\\mathbf{y}})``) read as the value
    (its parentheses blanked), and each display that writes a label with other arguments refused, saying why."""
    if not labels:
        return found
    by_name = {label.name: label for label in labels}
    kept: list[Display] = []
    refused: list[Unchecked] = []
    for display in found.displays:
        read = _read_uses(display, by_name)
        if isinstance(read, Unchecked):
            refused.append(read)
            continue
        kept.append(read)
    return dataclasses.replace(found, displays=tuple(kept), unchecked=(*found.unchecked, *refused))


def _read_uses(display: Display, labels: dict[str, Label]) -> Display | Unchecked:
    """The display with its uses of ``labels`` blanked; why it is not read where one has other arguments."""
    try:
        tokens = tokenize(display.text, display.line)
    except InputError:
        return display
    text = display.text
    for at in range(len(tokens)):
        if at and tokens[at - 1].kind in ("_", "^"):
            continue
        name = _name_at(tokens, at)
        label = labels.get(name[0]) if name is not None else None
        written = _arguments_at(tokens, name[1], display.text) if name is not None and label is not None else None
        if label is None or written is None:
            continue
        start, end, parts = written
        try:
            same = tuple(argument_name(part, display.line) for part in parts) == label.arguments
        except InputError:
            same = False
        if not same:
            shown = display_name(label.name)
            return Unchecked(
                tokens[at].line,
                f"unreadable: {shown}({', '.join(parts)}): {shown} is defined for "
                f"({', '.join(display_name(a) for a in label.arguments)}) at line {label.line}, not as a function "
                f"of other arguments: write {shown}({', '.join(display_name(a) for a in label.arguments)}), or "
                f"define {shown} with parameters",
            )
        text = text[:start] + " " * (end - start) + text[end:]
    return dataclasses.replace(display, text=text)
