"""A name whose definition the page writes but derive could not read (``q_i = \\frac{e^{z_i}}{\\sum_i e^{z_i}}``, the
sum binding q's own index) is no free name: read free, a link that uses it would be refuted, or proven, by accident
(a correct step refuted with q_1 = -9/5 and a complex logarithm). Such a side is unreadable, naming it."""

from __future__ import annotations

import re
from collections.abc import Iterable

from sympy import Basic, Expr, Indexed
from sympy.core.function import AppliedUndef

from derive.errors import InputError
from derive.model.notation import expand_definitions
from derive.model.vector_functions import OfVector
from derive.read.definition_heads import head_name
from derive.read.names import Names, display_name
from derive.read.shapes import Shaped


def unread_names(expr: object, names: Names) -> list[str]:
    """The names a side stands for, down through the definitions (J := -Σ p_i log q_i stands for q), whose own
    definition the page writes but could not be read."""
    core = expr.entry if isinstance(expr, Shaped) else expr
    if not (names.unread_entries or names.unread) or not isinstance(core, Basic):
        return []
    try:
        written = expand_definitions(core, names.defined.definitions if names.defined is not None else ())
    except ValueError:  # ∂C/∂z^{l+1}_k with z^{l+1}_k defined: SymPy differentiates by no sum; its own names then
        written = core
    made_of = {s.name for s in written.free_symbols if not s.is_integer} | {str(e.base) for e in written.atoms(Indexed)}
    generic = written.atoms(AppliedUndef, OfVector)  # L(p)'s definition unread: L is no function of x the page means
    applied = {type(f).__name__ for f in generic}
    inferred = names.undeclared | set(names.examples)  # x^{(i)}'s: read from the page, not declared by the file
    return sorted((made_of & inferred & names.unread_entries) | (applied & names.unread))


def tied_entries(written: Expr, names: Names, base: object, by: object) -> set[str]:
    """The entries of ``base`` a tie the page states relates (unread: w_2 of w_2 = 2w_1) that ``written`` writes,
    other than the one a derivative is ``by``: d/dw_1 w_1² needs no tie (probe s53's y01 had been refused)."""
    mine = {f"{e.base}_{e.indices[0]}" for e in written.atoms(Indexed) if e.base == base and e != by}
    return {u for u in names.unread if u.startswith(f"{base}_") and u in mine} - set(names.known())


def needs_unread(what: str, shown: list[str]) -> str:
    """Why ``what`` (a derivative) is refused where it needs names whose definitions could not be read: the cause to
    fix, not the two readings of an undeclared name that follow from it (a blog's refused y_k = …, then ∂y_k/∂z_i)."""
    if all(re.fullmatch(r"\\?[A-Za-z]+_\d+", name) for name in shown):  # w_1, w_2: entries the page ties
        return (f"{what} needs the page's definition of {', '.join(shown)}, which derive could not read: one "
                "listed at its line with why, or a value or a tie the page states (in a formula or words derive reads "
                "no definition in), which reads two ways, the entries held apart or moved together; define each "
                "entry, or write the derivative with the tie substituted")  # fmt: skip
    return (f"{what} needs the page's definition of {', '.join(shown)}, which derive could not read (listed at its "
            "line, with why): correct it there")  # fmt: skip


#: How the refusal of a page's definition of a name the front matter lists as an input begins
#: (``derive.read.declared_definitions``).
DECLARED = "the front matter declares"

#: Why a name defined only under a condition ("If $x > 0$: f = …") is unread: no free f, wherever it stands.
CONDITIONED = "a condition is stated with it"


def unread_heads(
    refused: dict[tuple[int, str], str], given: Iterable[str] = (), tied: Iterable[str] = ()
) -> tuple[set[str], set[str]]:
    """The names of the page's definitions that could not be read, and those of them written as an entry or
    applied (``q_i``, ``y_i(x)``), or defined under a condition: an unread ``$y = …$`` in a sentence is no
    definition of the entries y_k, and refuses only those. Names the prose gives a value derive did not read
    (``given``, ``inline_values``) are both; entries a tie relates (``tied``) are unread only, for a derivative."""
    heads = {head.strip() for _, head in refused}
    conditioned = {head.strip() for (_, head), why in refused.items() if CONDITIONED in why}  # f, x > 0 only
    written = {head_name(head) for head in heads if head_name(head) != head or head in conditioned}
    return {head_name(head) for head in heads} | set(given) | set(tied), written | set(given)


def contested_inputs(refused: dict[tuple[int, str], str]) -> set[str]:
    """The names the front matter lists as inputs whose page definition reads two ways (``declared_and_defined``):
    neither reading is taken, so what uses them is unread, as for a name the page alone writes."""
    return {head_name(head.strip()) for (_, head), why in refused.items() if f"({DECLARED} " in why}


def refuse_unread_names(expr: Expr, names: Names, line: int) -> None:
    """Refuse a chain's side that stands for a name whose definition is unread (``unread_names``)."""
    unread = unread_names(expr, names)
    if unread:
        shown = ", ".join(display_name(u) for u in unread)
        raise InputError(
            f"line {line}: {shown} stands here, but its definition on the page could not be read "
            "(see that line's reason): fix the definition, or define it in the front matter"
        )


__all__ = [
    "CONDITIONED",
    "DECLARED",
    "contested_inputs",
    "refuse_unread_names",
    "tied_entries",
    "unread_heads",
    "unread_names",
]
