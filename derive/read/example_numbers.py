"""A defined name set equal to a number written out, as a worked example does: ``H = -(0.0*log(0.228) + 1.0*log(0.619)
+ 0.0*log(0.153)) = 0.479`` below ``H(y, \\hat y) = -\\sum_i y_i \\log \\hat y_i``, the example's y and ŷ given in
words ("[0, 1, 0]", "[0.228, 0.619, 0.153]"). Read as a claim about H at every y and ŷ, the link had been refuted; a
reader reads H at the example's values, which derive does not read. The link reads two ways and is refused; the
rest of the chain (the number worked out) is checked."""

from __future__ import annotations

import re
from collections.abc import Sequence

from sympy import Basic, Derivative, Expr, Indexed, Symbol

from derive.model.notation import Definition, expand_definitions
from derive.read.find import Display, Unchecked
from derive.read.links import Link
from derive.read.names import Names

#: Words that set a display apart as an example: "For example, if the label is "3", then we would have:".
_EXAMPLE = re.compile(r"\b(?:for\s+(?:example|instance)|e\.\s?g\.|as\s+an\s+example|example\s*:)", re.I)


def evaluated_names(
    links: list[Link], names: Names, unchecked: list[Unchecked], displays: Sequence[Display] = ()
) -> list[Link]:
    """The links, less each whose first side is a defined name that depends on variables and whose other side is a
    number written out (no variable in it), and each under words that set it apart as an example whose first side
    is a name and whose other side is numbers written out (an example's y, a column of 0s and a 1); each is listed
    unread."""
    definitions = names.defined.definitions if names.defined is not None else ()
    defined = {d.name for d in definitions}
    examples = {d.line + k for d in displays if _EXAMPLE.search(d.lead) for k in range(d.text.count("\n") + 1)}
    axes = {names.axes.row, names.axes.column} if names.axes is not None else set()
    kept = []
    for link in links:
        lhs = link.lhs
        named = isinstance(lhs, Symbol | Indexed) and (lhs in defined or getattr(lhs, "base", None) in defined)
        example = link.position == 1 and link.line in examples and isinstance(lhs, Symbol | Indexed)
        if named and _number(link.rhs) and _varies(lhs, definitions) and not link.stated:
            shown = link.lhs_latex
            unchecked.append(
                Unchecked(
                    link.line,
                    f"unreadable: {shown} = {link.rhs_latex} sets {shown}, which the page defines with variables, "
                    f"equal to a number: {shown} at values the page gives in words (an example's), which derive does "
                    f"not read, or {shown} at every value, which no number is; write the example's values into "
                    f"{shown}'s definition to check it there",
                )
            )
        elif worked_out(link, definitions) and link.line not in examples:
            unchecked.append(  # Mazur's out_{h1} = 1/(1 + e^{-net_{h1}}) = 1/(1 + e^{-0.3775}): the example's numbers
                Unchecked(
                    link.line,
                    f"unreadable: {link.rhs_latex} puts decimals where the side before it has variables: that side "
                    "at an example's values, which the page gives elsewhere and derive does not read, or at every "
                    "value, which no number is; the rest of the chain, numbers alone, is checked",
                )
            )
        elif example and not named and _number(link.rhs, axes):
            said = f"an example's value of {link.lhs_latex} (the words before it set it apart as an example)"
            unchecked.append(Unchecked(link.line, f"{said}: a value the page gives, not a claim, not checked"))
        else:
            kept.append(link)
    return kept


def worked_out(link: Link, definitions: Sequence[Definition]) -> bool:
    """Whether ``link`` goes from a formula in the page's defined names (``\\frac{1}{1+e^{-net_{h1}}}``, net_{h1}
    defined) to that formula of decimals written out: the formula at a worked example's numbers. A formula set equal
    to one decimal (``(\\hat{y} - y)^2 = 0.04``) stays a claim."""
    if not (_number(link.rhs) and _DECIMAL.search(link.rhs_latex) and _varies(link.lhs, definitions, True)):
        return False
    if not _FORMULA.search(link.rhs_latex.strip().lstrip("-")):  # = 0.04, one number: a claim about the formula
        return False
    try:
        return expand_definitions(link.lhs, definitions) != link.lhs
    except (TypeError, ValueError, RecursionError):
        return False


def _number(side: Basic, axes: set[Symbol] | None = None) -> bool:
    """Whether ``side`` is a number written out (or a column of them, by its entry at the ``axes``): no symbol, no
    entry of a vector."""
    return isinstance(side, Expr) and not side.free_symbols - (axes or set()) and not side.atoms(Indexed)


def _varies(name: Basic, definitions: Sequence[Definition], worked: bool = False) -> bool:
    """Whether ``name``, its definition written out (and, ``worked``, its derivatives taken), still depends on a
    variable."""
    try:
        body = expand_definitions(name, definitions)
        body = body.doit() if worked and isinstance(body, Basic) and body.has(Derivative) else body
    except (TypeError, ValueError, RecursionError, NotImplementedError):
        return False
    return isinstance(body, Basic) and bool(body.free_symbols) and (worked or body != name)


#: A side that is a formula of numbers, not one number: an operation, a function, or a second number.
_FORMULA = re.compile(r"[-+*/^(]|\\[A-Za-z]+|\d\s+\d")
#: A decimal written out, as a worked example writes its numbers (0.3775, 0.593269992).
_DECIMAL = re.compile(r"(?<![\w.])\d*\.\d+")


__all__ = ["evaluated_names"]
