"""Index notation shared by every model: the index space, defined names, and sums that leave one index out."""

from __future__ import annotations

import functools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sympy import Add, Basic, Derivative, Dummy, Expr, Indexed, IndexedBase, Integer, Sum, Symbol, Tuple, sympify

from derive.model.output_partials import ENTRY, OutputPartial


@dataclass(frozen=True)
class IndexSpace:
    """The length n of the vectors (an int, or a positive integer Symbol) and the index names 1 ≤ i ≤ n; an index
    may have a concrete range of its own (``ranges``)."""

    n: int | Symbol
    indices: tuple[Symbol, ...]
    #: Indices with a range of their own, 1 ≤ i ≤ d (e.g. the inputs of a layer): (index, d) pairs with d an int
    #: or a positive integer Symbol of its own (a second length, as the examples N of a batch). Every index not
    #: listed here ranges over 1..n.
    ranges: tuple[tuple[Symbol, int | Symbol], ...] = ()
    #: Symbolic lengths other than n that the claim's definitions or sums may run up to (``sizes``), whether
    #: or not a free index ranges over them.
    lengths: tuple[Symbol, ...] = ()

    @property
    def is_concrete(self) -> bool:
        return isinstance(self.n, int)

    @property
    def upper(self) -> Expr:
        """The upper bound of the indices that range over 1..n, as a SymPy object."""
        return Integer(self.n) if isinstance(self.n, int) else self.n

    def upper_of(self, index: Symbol) -> Expr:
        """The upper bound of ``index``: its own range if it has one, else n."""
        for name, bound in self.ranges:
            if name == index:
                return Integer(bound) if isinstance(bound, int) else bound
        return self.upper

    @property
    def sizes(self) -> tuple[Symbol, ...]:
        """The symbolic lengths other than n that some index ranges over, in a fixed order."""
        found = {bound for _, bound in self.ranges if isinstance(bound, Symbol)} | set(self.lengths)
        return tuple(sorted(found - {self.n}, key=str))


class NamedIndices:
    """The index symbols of ``self.space`` by name, for model dataclasses: ``m.i``, ``m.j``, ``m.k``."""

    space: IndexSpace

    @property
    def i(self) -> Symbol:
        return self.space.indices[0]

    @property
    def j(self) -> Symbol:
        return self.space.indices[1]

    @property
    def k(self) -> Symbol:
        return self.space.indices[2]


def index_symbols(names: str) -> tuple[Symbol, ...]:
    """Integer index symbols, e.g. ``index_symbols("i j k")``."""
    return tuple(Symbol(name, integer=True) for name in names.split())


def vector_symbols(base: IndexedBase, n: int) -> tuple[Indexed, ...]:
    """The entries base_1 … base_n of a vector of concrete length n."""
    return tuple(base[m] for m in range(1, n + 1))


class SumExcept(Expr):
    """Σ_{v=a..b, v≠m} f(v): a sum with one index value left out, as seeds 001 and 002 split their sums.

    Its value equals Σ_{v=a..b} f(v) − f(m) whenever a ≤ m ≤ b; ``doit`` expands it only for integer bounds.
    """

    is_commutative = True

    def __new__(cls, function: Expr, limit: Sequence[Expr], excluded: Expr) -> SumExcept:
        variable, lower, upper = (sympify(x) for x in limit)
        obj: SumExcept = Expr.__new__(cls, sympify(function), Tuple(variable, lower, upper), sympify(excluded))
        return obj

    @property
    def function(self) -> Expr:
        return self.args[0]

    @property
    def limit(self) -> Tuple:
        return self.args[1]

    @property
    def variable(self) -> Symbol:
        return self.args[1][0]

    @property
    def excluded(self) -> Expr:
        return self.args[2]

    @property
    def free_symbols(self) -> set[Basic]:
        _, lower, upper = self.limit
        bound = self.variable
        inner = {s for s in self.function.free_symbols if s != bound and bound not in s.free_symbols}
        return inner | lower.free_symbols | upper.free_symbols | self.excluded.free_symbols

    def _eval_subs(self, old: Basic, new: Basic) -> Basic | None:
        if old == self.variable:
            return self
        return None

    def doit(self, **hints: object) -> Expr:
        function = self.function.doit(**hints) if hints.get("deep", True) else self.function
        variable, lower, upper = self.limit
        if all(isinstance(x, Integer) for x in (lower, upper, self.excluded)):
            values = (m for m in range(int(lower), int(upper) + 1) if m != int(self.excluded))
            return Add(*(function.subs(variable, m) for m in values))
        return SumExcept(function, (variable, lower, upper), self.excluded)


@dataclass(frozen=True)
class Definition:
    """A defined name: ``head`` (a Symbol such as L, or an IndexedBase such as s with its index) ``:=`` body."""

    name: Symbol | IndexedBase
    body: Expr
    index: Symbol | None = None

    @property
    def head(self) -> Expr:
        """The defined name as it stands in formulas: ``L`` or ``s[i]``."""
        if isinstance(self.name, IndexedBase):
            return self.name[self.index]
        return self.name

    def _instance(self, value: Expr | None) -> Expr:
        if value is None or self.index is None:
            return self.body
        return rename_bound_apart(self.body, value.free_symbols).xreplace({self.index: value})

    def expand_in(self, expr: Basic) -> Basic:
        """Replace every occurrence of the defined name in ``expr`` by its body."""
        if isinstance(self.name, IndexedBase):
            base = self.name
            expr = expr.replace(
                lambda e: isinstance(e, OutputPartial) and e.base == base,
                lambda e: e.defined_by(self._instance(ENTRY)),
            )
            return expr.replace(
                lambda e: isinstance(e, Indexed) and e.base == base,
                lambda e: self._instance(e.indices[0]),
            )
        return expr.xreplace({self.name: self.body})


def rename_bound_apart(expr: Basic, avoid: Iterable[Basic]) -> Basic:
    """Give the bound indices of sums in ``expr`` fresh names where they clash with ``avoid``.

    After this, ``xreplace`` of the names in ``avoid`` touches free occurrences only (``subs`` would not
    reach a derivative's variable such as z_k).
    """
    clash = set(avoid)
    if not clash or not clash & bound_symbols(expr):  # a walk, cheaper than ``replace``'s rebuilding one
        return expr

    def bound(node: Basic) -> list[Basic]:
        if isinstance(node, SumExcept):
            return [node.variable]
        return [limit[0] for limit in node.limits]

    def renamed(node: Basic) -> Basic:
        fresh = {v: Dummy(str(v), integer=True) for v in bound(node) if v in clash}
        return node.xreplace(fresh)

    return expr.replace(lambda e: isinstance(e, (Sum, SumExcept)) and any(v in clash for v in bound(e)), renamed)


def bound_symbols(expr: Basic) -> set[Basic]:
    """The indices bound by some sum inside ``expr``."""
    bound: set[Basic] = set()
    for node in expr.atoms(Sum, SumExcept):
        if isinstance(node, SumExcept):
            bound.add(node.variable)
        else:
            bound.update(limit[0] for limit in node.limits)
    return bound


def bears_on_lengths(exprs: Iterable[Basic], definitions: Sequence[Definition], space: IndexSpace) -> bool:
    """Whether a length plays a part in ``exprs`` (their definitions written in): a vector, array, index or sum,
    or n or another length itself. Of scalars alone, an equation holds or fails whatever n is."""
    n = space.n
    sized = {*space.indices, *space.sizes, *([n] if isinstance(n, Symbol) else [])}
    for expr in exprs:
        written = expand_definitions(expr, definitions)
        if written.atoms(Indexed, IndexedBase, Sum, SumExcept) or written.free_symbols & sized:
            return True
    return False


def expand_definitions(expr: Basic, definitions: Sequence[Definition], depth: int = 16) -> Basic:
    """Replace defined names by their bodies until none is left (definitions may refer to each other).

    A definition whose name is not in the expression is skipped without a walk of the tree: the names present
    are those of ``expr`` and of the bodies expanded since (a superset; the result is the same as expanding
    with every definition in every round, a walk each, which took most of the time for long chains)."""
    present = frozenset(expr.atoms(Symbol, IndexedBase))
    for _ in range(depth):
        expanded = expr
        for definition in definitions:
            if definition.name in present:
                expanded = definition.expand_in(expanded)
                present = present | _names_in_body(definition)
        if expanded == expr:
            return expr
        expr = expanded
    raise ValueError("definitions refer to each other in a cycle")


@functools.lru_cache(maxsize=4096)
def _names_in_body(definition: Definition) -> frozenset[Basic]:
    """The symbols and indexed bases in a definition's body: the names its expansion brings in."""
    return frozenset(definition.body.atoms(Symbol, IndexedBase))


@functools.lru_cache(maxsize=1 << 16)
def entry(base: IndexedBase, indices: tuple[Basic, ...]) -> Indexed:
    """base[indices], memoized: SymPy takes long to create an Indexed (it derives its assumptions each time)."""
    return base[indices]


@functools.lru_cache(maxsize=4096)
def write_out_sum(node: Sum) -> Basic:
    """Σ_{v=a}^{b} f(v) = f(a) + … + f(b) when the bounds are integers (else ``node`` itself); memoized."""
    term = node.function
    for variable, lower, upper in node.limits:
        if not (isinstance(lower, Integer) and isinstance(upper, Integer)):
            return node
        moving = [e for e in term.atoms(Indexed) if variable in e.free_symbols]
        terms = []
        for m in range(int(lower), int(upper) + 1):
            value = {variable: Integer(m)}
            fixed = {e: entry(e.base, tuple(i.xreplace(value) for i in e.indices)) for e in moving}
            terms.append(term.xreplace({**fixed, **value}))
        term = Add(*terms)
    return term


def write_out_sums(expr: Basic) -> Basic:
    """Σ_{v=a}^{b} f(v) = f(a) + … + f(b) for integer bounds, inner sums first (SymPy's ``Sum.doit`` first
    tries closed forms, which is far slower)."""
    return expr.replace(lambda e: isinstance(e, Sum), write_out_sum)


def used_symbols(expr: Basic) -> set[Basic]:
    """The symbols ``expr`` uses, with the indices of what it differentiates by (∂θ_p/∂w_qr uses q and r, which
    SymPy's ``free_symbols`` counts as bound)."""
    by = (v for d in expr.atoms(Derivative) for v in d.variables)
    return set(expr.free_symbols).union(*(v.free_symbols for v in by))
