"""The front matter's assumptions (``assume:``): a vector one-hot or in a domain, a sign, a sum to one. Moved out of
``derive.read.declarations`` whole, as one group."""

from __future__ import annotations

import re
from dataclasses import replace

from sympy import Add, Contains, Eq, Expr, FiniteSet, Indexed, IndexedBase, Integer, Sum, Symbol

from derive.engine.step import Assumption
from derive.errors import InputError
from derive.read.declarations import DOMAIN_WORDS
from derive.read.frontmatter import Entry, FrontMatter
from derive.read.generic_functions import generic_sign
from derive.read.latex_lexer import tokenize
from derive.read.latex_parser import read_expression
from derive.read.names import Names
from derive.read.rows import split_top
from derive.read.stated_domains import stated_domain
from derive.read.typed_greek import as_letters


def build_assumptions(front: FrontMatter, names: Names) -> tuple[Assumption, ...]:
    found: list[Assumption] = []
    for entry in front.assume:
        words = entry.text.split()
        if len(words) == 2 and words[1] in ("one-hot", *DOMAIN_WORDS):
            name = words[0].lstrip("\\")
            row = re.fullmatch(r"(\w+)_\{?([A-Za-z])\}?", name)  # Y_i one-hot: row i of the array Y, each i
            name = row.group(1) if row is not None and row.group(1) in names.arrays else name
            if words[1] == "one-hot" and name in names.arrays:  # a batch's targets: each example's row one-hot
                found.extend(_rows_one_hot(name, names))
                continue
            if name not in names.vectors:
                rows = " (Y_i one-hot: the rows of an array Y, one written Y_{ic} on the page)" if row else ""
                raise InputError(f"line {entry.line}: {words[0]!r} in {entry.text!r} is not a declared vector{rows}")
            base = names.vectors[name]
            if words[1] == "one-hot":
                found.append(one_hot_assumption(name, names))
            else:
                found.append(Assumption("domain", f"{name} is {words[1]}", None, base))
            continue
        entry = replace(entry, text=as_letters(entry.text))  # Delta \geq 0, the page's \Delta
        domain = generic_sign(entry, names) or stated_domain(entry, names)  # g(x) > 0, or T > 0, y_i ∈ [0, 1]
        found.append(domain if domain is not None else sum_to_one(entry, names))
    return _with_hot_rows(found)


def one_hot_assumption(name: str, names: Names) -> Assumption:
    """ "y one-hot" of a vector; of one with a length of its own (y of length q, from the sums it stands in), with
    Σ_{i=1}^{q} y_i = 1 as its relation, so that a concrete check fills all q entries, not n."""
    base = names.vectors[name]
    length = (names.shapes.get(name) or (names.n,))[0]
    index = Symbol("i", integer=True, positive=True)
    relation = Eq(Sum(Indexed(base, index), (index, 1, length)), 1) if length != names.n else None
    return Assumption("one-hot", f"{name} is one-hot", relation, base)


def _rows_one_hot(name: str, names: Names) -> tuple[Assumption, Assumption]:
    """ "y one-hot" of an array y (a batch's targets, y_{n,i}): every row sums to one and every entry is 0 or 1."""
    base = names.arrays[name]
    rows, length = names.shapes.get(name, (names.n, names.n))
    row, column = Symbol("a", integer=True), Symbol("v", integer=True)
    total = Sum(Indexed(base, row, column), (column, 1, length))
    return (
        Assumption("rows-sum-to-one", f"each row of {name} is one-hot", Eq(total, 1), base, rows=rows, hot=True),
        Assumption("domain", f"{name} one-hot", Contains(Indexed(base, row, column), FiniteSet(0, 1)), base),
    )


def _with_hot_rows(found: list[Assumption]) -> tuple[Assumption, ...]:
    """The assumptions, an array's rows summing to one marked one-hot where a domain puts its entries in {0, 1}."""
    labels = {
        a.vector for a in found
        if a.kind == "domain" and isinstance(a.relation, Contains) and isinstance(a.relation.args[0], Indexed)
        and len(a.relation.args[0].indices) == 2 and a.relation.args[1].is_subset(FiniteSet(0, 1)) is True
    }  # fmt: skip
    marked = (replace(a, hot=True) if a.kind == "rows-sum-to-one" and a.vector in labels else a for a in found)
    return tuple(marked)


def sum_to_one(entry: Entry, names: Names) -> Assumption:
    tokens = tokenize(entry.text, entry.line)
    sides = split_top(tokens, "=")
    if len(sides) != 2:
        raise InputError(
            f"line {entry.line}: cannot read the assumption {entry.text[:60]!r}; write \\sum_{{i=1}}^{{n}} y_i = 1, "
            "'y one-hot', 'z real' or a domain such as 'y_i \\in [0, 1]' or 'T > 0'"
        )
    left, right = (read_expression(side, names, entry.line)[0] for side in sides)
    if right == 1 and isinstance(left, Sum) and len(left.limits) == 1:
        variable, lower, upper = left.limits[0]
        function = left.function
        if lower == 1 and upper == names.n and getattr(function, "indices", None) == (variable,):
            base = function.base
            if base in names.vectors.values():
                return Assumption("sum-to-one", f"Σ {base} = 1", Eq(left, 1), base)
        rows = _rows_sum_to_one(left, names)
        if right == 1 and rows is not None:
            return rows
    written_out = _written_out_sum(left, names)
    if right == 1 and written_out is not None:
        base = written_out
        variable = Symbol("i", integer=True)
        total = Sum(Indexed(base, variable), (variable, 1, names.n))
        return Assumption("sum-to-one", f"Σ {base} = 1", Eq(total, 1), base)
    raise InputError(
        f"line {entry.line}: only Σ_i y_i = 1 (or y_1 + … + y_n = 1 at a given n) over a vector, or a declared "
        "scalar at a number (x = 1), is understood as an equation"
    )


def _rows_sum_to_one(total: Sum, names: Names) -> Assumption | None:
    """Σ_i y_{n,i} = 1 over the second slot of an array, at a free first index: every row (each example of a
    batch) sums to one."""
    variable, lower, upper = total.limits[0]
    function = total.function
    if not (isinstance(function, Indexed) and function.base in names.arrays.values() and lower == 1):
        return None
    row, column = function.indices
    shape = names.shapes.get(str(function.base.label), (names.n, names.n))
    if column != variable or row not in names.indices.values() or upper != shape[1]:
        return None
    base = function.base
    phrase = f"Σ_{variable} {base}_{row}{variable} = 1 for every {row}"
    return Assumption("rows-sum-to-one", phrase, Eq(total, 1), base, rows=shape[0])


def _written_out_sum(expr: Expr, names: Names) -> IndexedBase | None:
    """The vector y when ``expr`` is y_1 + y_2 + … + y_n written out, every entry once, at a concrete n."""
    if not (isinstance(names.n, Integer) and isinstance(expr, Add)):
        return None
    terms = expr.args
    if not all(isinstance(t, Indexed) and len(t.indices) == 1 for t in terms):
        return None
    bases = {t.base for t in terms}
    if len(bases) != 1:
        return None
    (base,) = bases
    if base not in names.vectors.values() or sorted(t.indices[0] for t in terms) != list(range(1, int(names.n) + 1)):
        return None
    return base
