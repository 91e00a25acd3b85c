"""A sum written out with dots, ``a_1 + a_2 + \\dots + a_n``: read as Σ_{v=1}^{n} a_v when the terms before the
dots are the pattern of the last one at 1, 2, …, and exactly one length of the file (n, or a size of its own)
makes them so; anything else is refused, since the dots could stand for more than one sum."""

from __future__ import annotations

from sympy import Add, Basic, Dummy, Expr, Indexed, Integer, KroneckerDelta, Sum, Symbol

from derive.errors import InputError
from derive.model.notation import entry
from derive.read.latex_lexer import Token
from derive.read.names import Names

#: The dots a written-out sum uses between its terms.
DOTS_TERMS = frozenset({"dots", "cdots", "ldots", "dotsi", "dotsb", "dotsc", "dotsm"})
#: Where the dots stand in a list of terms.
DOTS_MARK = Dummy("dots")
#: Letters for the index of a written-out sum, the first the file does not use.
LETTERS = "vuqprstabcfgh"


def at_index(term: Basic, length: Basic, value: Basic) -> Basic:
    """``term`` with ``length`` replaced by ``value`` where it stands as an index, in its entries and its Kronecker
    deltas (only there: a factor 1/n stays)."""
    term = term.replace(
        lambda e: isinstance(e, KroneckerDelta) and e.has(length),
        lambda e: KroneckerDelta(*(a.xreplace({length: value}) for a in e.args)),
    )
    return term.replace(
        lambda e: isinstance(e, Indexed) and any(i.has(length) for i in e.indices),
        lambda e: entry(e.base, tuple(i.xreplace({length: value}) for i in e.indices)),
    )


def written_out(terms: list[Expr], names: Names, dots: Token) -> Expr:
    """The sum that ``first + … + \\dots + last`` writes out (``terms`` holds ``DOTS_MARK`` where the dots stand),
    plus the terms written before or after it (``w_1 x_1 + \\dots + w_n x_n + b``): the pattern runs over the
    most terms before the dots that fit it, and ends at the term just after them."""
    at = terms.index(DOTS_MARK)
    before, after = terms[:at], terms[at + 1 :]
    shown = f"\\{dots.value}"
    if not after or not before:
        raise InputError(f"line {dots.line}: {shown} must stand between two terms, as in a_1 + \\dots + a_n")
    if not all(isinstance(term, Expr) for term in (*before, *after)):  # b + … + b of whole vectors (R-10's crash)
        raise InputError(f"line {dots.line}: a sum written with {shown} of whole vectors or matrices: write it as "
                         "\\sum_{v=1}^{n} of its terms' entries")  # fmt: skip
    last, extra = after[0], after[1:]
    known = set(names.known())
    letter = next(c for c in LETTERS if c not in known and c != names.length_name and c not in names.sizes)
    variable = Symbol(letter, integer=True)
    readings = []
    lengths = [length for length in names.lengths() if isinstance(length, Symbol)]
    for length in lengths:
        pattern = at_index(last, length, variable)
        if pattern == last:
            continue
        for count in range(len(before), 0, -1):
            if all(at_index(pattern, variable, Integer(m)) == term for m, term in enumerate(before[-count:], start=1)):
                readings.append((Sum(pattern, (variable, 1, length)), before[:-count]))
                break
    if len(readings) != 1:
        why = "no length of the file makes the terms before it a pattern of the last one" if not readings else (
            "more than one length makes them a pattern")  # fmt: skip
        raise InputError(f"line {dots.line}: a sum written with {shown}: {why}; write it as \\sum_{{v=1}}^{{n}} a_v")
    total, leading = readings[0]
    return Add(*leading, total, *extra)
