"""A defined name set equal to a number written out, as a worked example does: ``H = -(0.0*log(0.228) + 1.0*log(0.619)
+ 0.0*log(0.153)) = 0.479`` below ``H(y, \\hat y) = -\\sum_i y_i \\log \\hat y_i``, the example's y and ŷ given in
words ("[0, 1, 0]", "[0.228, 0.619, 0.153]"). Read as a claim about H at every y and ŷ, the link had been refuted; a
reader reads H at the example's values, which derive does not read. The link reads two ways and is refused; the
rest of the chain (the number worked out) is checked."""

from __future__ import annotations

from collections.abc import Sequence

from sympy import Basic, Expr, Indexed, Symbol

from derive.model.notation import Definition, expand_definitions
from derive.read.find import Unchecked
from derive.read.links import Link
from derive.read.names import Names


def evaluated_names(links: list[Link], names: Names, unchecked: list[Unchecked]) -> list[Link]:
    """The links, less each whose first side is a defined name that depends on variables and whose other side is a
    number written out (no variable in it); each is listed unread with both readings."""
    definitions = names.defined.definitions if names.defined is not None else ()
    defined = {d.name for d in definitions}
    kept = []
    for link in links:
        lhs = link.lhs
        named = isinstance(lhs, Symbol | Indexed) and (lhs in defined or getattr(lhs, "base", None) in defined)
        if not named or not _number(link.rhs) or not _varies(lhs, definitions):
            kept.append(link)
            continue
        shown = link.lhs_latex
        unchecked.append(
            Unchecked(
                link.line,
                f"unreadable: {shown} = {link.rhs_latex} sets {shown}, which the page defines with variables, equal "
                f"to a number: {shown} at values the page gives in words (an example's), which derive does not "
                f"read, or {shown} at every value, which no number is; write the example's values into "
                f"{shown}'s definition to check it there",
            )
        )
    return kept


def _number(side: Basic) -> bool:
    """Whether ``side`` is a number written out: no symbol, no entry of a vector."""
    return isinstance(side, Expr) and not side.free_symbols and not side.atoms(Indexed)


def _varies(name: Basic, definitions: Sequence[Definition]) -> bool:
    """Whether ``name``, its definition written out, still depends on a variable."""
    try:
        body = expand_definitions(name, definitions)
    except (TypeError, ValueError, RecursionError):
        return False
    return isinstance(body, Basic) and bool(body.free_symbols) and body != name


__all__ = ["evaluated_names"]
