"""The refusal of a name applied that nothing declares, ``J(\\theta)``, ``h_\\theta(x)``, ``\\sigma(x)``: both
readings, each with the front matter that says it, written as the page writes the name."""

from __future__ import annotations

import re

from derive.errors import InputError
from derive.read.latex_lexer import Token
from derive.read.latex_parser import ambiguous
from derive.read.names import BIAS, GREEK, Names, display_name
from derive.read.stated_sigmoid import SIGMOID
from derive.read.value_products import complement_factor, parenthesized


def _argument(after: list[Token]) -> str | None:
    """The one name in the parentheses at the start of ``after`` (``(a)``: the page's ``(\\mathbf{a})``, its font
    already typography), as written; else None. The head to declare takes the page's own argument: with a
    vector there, ``\\mathcal{S}(a): \\operatorname{softmax}(a)`` reads, where ``(x)``, no vector, would not."""
    if [t.kind for t in after[:3]] not in (["(", "letter", ")"], ["(", "command", ")"]):
        return None
    name = after[1]
    return name.describe() if name.kind == "command" or len(name.value) == 1 else None


def undeclared_applied(
    token: Token, shown: str, subscript: list[Token] | None, after: list[Token] | None = None
) -> InputError:
    """``f(…)`` with f undeclared: a function applied (``define: f(x): …``, or an arbitrary one under ``functions``;
    ``h_\\theta(x): …`` keeps its subscript, a hypothesis parametrized by θ), or a product; for σ, the front matter
    of the logistic sigmoid, never assumed. ``after``: the tokens from the parenthesis on; one name there
    (``\\mathcal{S}(\\mathbf{a})``) is the parameter the message writes."""
    script = "".join(t.describe() for t in subscript or [])
    head = shown + (f"_{script}" if len(subscript or []) == 1 else f"_{{{script}}}" if script else "")
    hint = f" (if σ is the sigmoid, the front matter define: \\sigma(x): {SIGMOID})" if shown == "\\sigma" else ""
    letter = shown.lstrip("\\")
    if not subscript and letter not in ("e", "d") and (len(letter) == 1 or letter in GREEK):  # functions: [f]
        hint += f" (or, for an arbitrary function, under functions: [{letter}])"
    return ambiguous(
        token,
        f"{head}(…) with {shown} undeclared",
        f"a function applied, declared under define as {head}({_argument(after or []) or 'x'}): …{hint}",
        f"a product, with {head} declared under scalars or define",
    )


def vector_applied(token: Token, shown: str, tokens: list[Token], position: int, mentions_defined: bool) -> None:
    """Refuse ``σ(A_i)`` with σ the page's vector (``σ_i: …``): σ applied, or the whole vector times A_i; a product
    the page writes so, ``\\mathbf{s}(1 - \\mathbf{s})`` or σ(1 − σ), stays one (it was read as the product, and the
    page's own definition refuted by its shape)."""
    opens = position < len(tokens) and (tokens[position].kind == "(" or tokens[position].value == "left")
    if not opens or mentions_defined or complement_factor(tokens, position):
        return
    inside = re.sub(r"\s*([_^])\s*", r"\1", parenthesized(tokens, position))
    raise ambiguous(
        token,
        f"{shown}({inside}) with {shown} the page's vector",
        f"a function {shown} applied to {inside} (give the function a letter of its own, defined as {shown}(x): …)",
        f"the whole vector {shown} times {inside}, written {shown} \\cdot ({inside})",
    )


#: Functions a page may type without their backslash: "3log(1-w)", "exp(x)".
_BARE_FUNCTIONS = ("log", "ln", "exp", "sin", "cos", "tanh", "tan", "max", "min")


class UnknownSymbol(InputError):
    """A letter nothing on the page declares or defines, with the letter (``name``): a row's definition takes it for
    a number of its own (``derive.read.row_definitions``)."""

    def __init__(self, message: str = "", name: str = "") -> None:
        super().__init__(message)
        self.name = name


def unknown_symbol(line: int, shown: str, names: Names, tokens: list[Token]) -> InputError:
    """A letter nothing declares, with the page's names; where it starts a function's name typed without its
    backslash ("3log(1-w)"), that instead."""
    letters = "".join(t.value for t in tokens[:4] if t.kind == "letter" and len(t.value) == 1)
    typed = next((word for word in _BARE_FUNCTIONS if letters.startswith(word)), None)
    if typed is not None:
        return InputError(
            f"line {line}: '{typed}' typed without its backslash here reads as the letters {', '.join(typed)}: "
            f"write \\{typed}"
        )
    known = ", ".join(display_name(k) for k in names.known())
    return UnknownSymbol(f"line {line}: unknown symbol {shown}; declare it in the front matter (known: {known})", shown)


def index_outside(line: int, value: int, length: str, symbolic: bool) -> InputError:
    """An entry number outside 1..n: a bias numbered 0, a page of that many entries at a symbolic length, or a
    layer's own name (each with the front matter that says so)."""
    bias = BIAS if value == 0 else ""
    entries = f"for {value} entries, give the length, {length}: {value}; " if symbolic and value > 1 else ""
    if value > 1:  # \lambda_1, \lambda_2 of an elastic net: two numbers, no vector (n: 2 made λ and w 2 entries)
        entries += f"for numbers of their own (\\lambda_1, \\lambda_{value}), declare each under scalars; "
    return InputError(
        f"line {line}: index {value} is outside 1..{length} ({bias}{entries}if it numbers a layer's matrix or vector, "
        f"declare that name with its sizes, as in arrays: {{W_{value}: [n, H]}})"
    )


def entry_applied(token: Token, shown: str, index: Token, argument: Token) -> InputError:
    """``y_1(x)`` with y the page's vector: the entry as a function of x, or the product. The first reads where the
    page sets a column of such entries equal to formulas (``derive.read.entry_columns``) and writes no ``y_i``."""
    entry, x = f"{shown}_{index.describe()}", argument.describe()
    return ambiguous(
        token,
        f"{entry}({x}) beside the vector {shown}",
        f"the entry {entry} as a function of {x} (a column [{shown}_1(x) \\\\ {shown}_2(x)] = [formulas], x a number, "
        f"defines each entry so, where the page writes none of the column's letters with a letter index, as {shown}_i)",
        f"the product {entry} \\cdot {x}",
    )
