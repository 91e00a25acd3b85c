"""Sums over sets the page names but never defines: ``\\sum_{j \\in input(o)}``, ``\\sum_{k \\in path(j)}``.

Such a set is read as an arbitrary subset of the index's range, one for each value of its parameter: the sum
runs over 1..n with the summand multiplied by a membership entry, input_{o,j} ∈ {0, 1} (1 when j is in
input(o)). A claim is then proven only if it holds for every such subset, and a counterexample names the
memberships it uses. Never the full range: that would prove what holds only when every index is in the set.
"""

from __future__ import annotations

from collections.abc import Sequence

from sympy import Basic, Contains, Expr, FiniteSet, Indexed, IndexedBase, Mul, Sum, Symbol

from derive.engine.step import Assumption
from derive.errors import InputError
from derive.read.latex_lexer import Token
from derive.read.names import Names, display_name

#: The letters a set's name is made of (a word: input, path, children), and its most.
MAX_LETTERS = 12


def set_name(rest: list[Token]) -> tuple[str, Token] | None:
    """The set a sum runs over, from its subscript after ``\\in``: a word of letters and one index in
    parentheses (``input(o)``), as (word, the index's token); None for anything else."""
    letters: list[str] = []
    at = 0
    while at < len(rest) and rest[at].kind == "letter" and (not letters or rest[at].gap == ""):
        letters.append(rest[at].value)
        at += 1
    tail = rest[at:]
    if not 2 <= len(letters) <= MAX_LETTERS or len(tail) != 3:
        return None
    opening, index, closing = tail
    if opening.kind != "(" or closing.kind != ")" or index.kind != "letter":
        return None
    return "".join(letters), index


def membership(word: str) -> IndexedBase:
    """The membership array of the set named ``word``: entry (a, b) is 1 when b is in word(a), else 0."""
    return IndexedBase(word, integer=True, nonnegative=True)


def member(names: Names, word: str, parameter: Expr, variable: Expr) -> Expr:
    """The membership entry of ``variable`` in the set ``word(parameter)``, the set noted in ``names``; of a set
    the network names from the other end (k ∈ path(j) exactly when j ∈ input(k)), the wiring's entry."""
    network = names.network
    if network is not None and word in network.after:
        return Indexed(network.membership, variable, parameter)
    base = names.sets.setdefault(word, membership(word))
    return Indexed(base, parameter, variable)


def refuse_network(exprs: Sequence[Basic], names: Names, line: int) -> None:
    """A vector at a set's parameter and at its members (z_o beside Σ_{j ∈ input(o)} z_j …, δ_j beside
    Σ_{k ∈ path(j)} δ_k …) reads two ways: entries of one vector, each its own variable (as derive reads them), or
    neurons of a network wired by the set, z_o computed from the z_j before it, whose derivatives go through that
    wiring (which derive does not read): refused, naming both."""
    bases = set(names.sets.values())
    if not bases:
        return
    written = {(entry.base, entry.indices) for expr in exprs for entry in expr.atoms(Indexed)}
    for expr in exprs:
        for total in expr.atoms(Sum):
            for factor in Mul.make_args(total.function):
                if not (isinstance(factor, Indexed) and factor.base in bases):
                    continue
                parameter, variable = factor.indices
                inside = {e.base for e in total.function.atoms(Indexed) if e.indices == (variable,)}
                both = sorted((b for b in inside if (b, (parameter,)) in written), key=str)
                if both:
                    label, word = str(both[0].label), str(factor.base.label)
                    shown = "\\delta" if label == "delta" else display_name(label)  # the page's δ_j
                    raise InputError(
                        f"line {line}: {shown}_{parameter} beside {shown}_{variable} summed over {variable} \\in "
                        f"{word}({parameter}) can be read two ways: entries of one vector {shown}, each its own "
                        f"variable, or neurons of a network wired by {word}, each computed from those before it, "
                        "with derivatives through that wiring (not read yet: give the layers names of their own)"
                    )


def set_domains(names: Names) -> tuple[Assumption, ...]:
    """Every membership entry is 0 or 1: the counterexamples draw them so, and the report states it."""
    a, b = Symbol("a", integer=True), Symbol("b", integer=True)
    return tuple(
        Assumption(
            "domain",
            f"{word}(a) is any subset of 1..{names.length_name}: {word}_{{a,b}} = 1 when b ∈ {word}(a), else 0",
            Contains(Indexed(base, a, b), FiniteSet(0, 1)),
        )
        for word, base in sorted(names.sets.items())
    )


__all__ = ["member", "membership", "refuse_network", "set_domains", "set_name"]
