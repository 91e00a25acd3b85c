"""The range of each index: the length of the slot it stands in. With ``arrays: {x: [n, m]}``, x_{jk} puts j in
1..n and k in 1..m; a sum written without its bounds runs over its index's range, and a free index takes its
range from the slots it stands in on the chain. An index that stands in slots of two lengths is refused, naming
both: it cannot range over both."""

from __future__ import annotations

from collections.abc import Iterable

from sympy import Basic, Expr, Indexed, Integer, Symbol

from derive.errors import InputError
from derive.read.names import Names


def slot_lengths(exprs: Iterable[Basic], names: Names) -> dict[Symbol, set[Expr]]:
    """Each index that stands in a slot of a vector or array, and the lengths of those slots (n, unless the front
    matter gives the name lengths of its own); a defined vector whose length is not known yet says nothing."""
    found: dict[Symbol, set[Expr]] = {}
    defined = {str(base.label) for base in names.defined_vectors.values()}
    for expr in exprs:
        for atom in expr.atoms(Indexed):
            shape = names.shapes.get(str(atom.base.label))
            if shape is None and str(atom.base.label) in defined and names.sizes:
                continue  # its length follows from its definition (``defined_shapes``)
            if shape is None:
                shape = (names.n,) * len(atom.indices)
            for index, length in zip(atom.indices, shape, strict=False):
                if isinstance(index, Symbol):
                    found.setdefault(index, set()).add(length)
    return found


def _one(index: Symbol, lengths: set[Expr], names: Names, line: int) -> Expr:
    if len(lengths) > 1:
        shown = " and ".join(sorted(names.lengths().get(length, str(length)) for length in lengths))
        raise InputError(
            f"line {line}: the index {index} stands in slots of lengths {shown}: it cannot range over both "
            "(use a letter of its own for each)"
        )
    (length,) = lengths
    return length


def index_range(index: Symbol, exprs: Iterable[Basic], names: Names, line: int) -> Expr:
    """The length ``index`` runs up to in ``exprs``: that of the slots it stands in, or n."""
    lengths = slot_lengths(exprs, names).get(index)
    return names.n if not lengths else _one(index, lengths, names, line)


def ranges_of(exprs: Iterable[Basic], names: Names, line: int) -> tuple[tuple[Symbol, int | Symbol], ...]:
    """The indices of ``exprs`` whose range is not 1..n, each with its length (an int, or a Symbol)."""
    found = []
    axes = names.axes
    whole = {axes.row, axes.column} if axes is not None else set()  # a whole H×1 vector's rows run over 1..H
    for index, lengths in sorted(slot_lengths(exprs, names).items(), key=lambda item: str(item[0])):
        if index not in names.indices.values() and index not in whole:
            continue
        length = _one(index, lengths, names, line)
        if length != names.n:
            found.append((index, int(length) if isinstance(length, Integer) else length))
    return tuple(found)


def link_ranges(
    head: Expr, sides: list[Expr], shapes: list[str], names: Names, line: int
) -> tuple[tuple[Symbol, int | Symbol], ...]:
    """``ranges_of`` a link's two sides and its chain's head: the rows of a whole n×H matrix run over 1..n, its
    columns over 1..H. Sides of different shapes are refuted by their shapes, so their rows range over nothing in
    common; a head of another shape than the link's (∂L/∂W = … = a number) says nothing of the link's rows."""
    if shapes[0] != shapes[1]:
        return ()
    try:
        return ranges_of([head, *sides], names, line)
    except InputError:
        return ranges_of(sides, names, line)


def defined_shapes(names: Names) -> bool:
    """A defined vector has the length of the slots its parameter stands in (ŷ_j: Σ_k w_k x_{jk} with x: [n, m]
    puts j in 1..n; e_i: y_i − a_i with y: [m] in 1..m), recorded in ``names.shapes``; True if one is not n, so
    that the definitions are read again with every length known."""
    if names.defined is None or not names.sizes:
        return False
    other = False
    for _ in range(len(names.defined.definitions)):  # definitions may refer to each other
        changed = False
        for definition in names.defined.definitions:
            key = str(getattr(definition.name, "label", definition.name))
            if definition.index is None or key in names.shapes:
                continue
            lengths = slot_lengths([definition.body], names).get(definition.index)
            if lengths and len(lengths) == 1:
                names.shapes[key] = (next(iter(lengths)),)
                other = other or names.shapes[key] != (names.n,)
                changed = True
        if not changed:
            break
    return other
