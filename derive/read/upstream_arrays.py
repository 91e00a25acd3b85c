"""The upstream loss of an output with two indices: ∂f/∂W_dc = Σ_j ∂f/∂D_dj X_cj for D = WX, batch norm's ∂ℓ/∂γ_j =
Σ_i ∂ℓ/∂y_ij x̂_ij, the output an array the page defines by its entries (``entry_definitions``, ``page_arrays``).

As for a number or a vector (``derive.read.upstream``): ℓ an arbitrary function of the output D alone, ∂ℓ/∂D_st an
arbitrary number for each (s, t) (``derive.model.array_output_partials``), and ∂ℓ/∂v = Σ_{s,t} ∂ℓ/∂D_st ∂D_st/∂v, the
chain rule through D's definition. D is the output when it is the one array defined by its entries that no other
uses, and every quantity the page defines is used by one of them; else the vector reading is tried, or refused.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from sympy import Dummy, Expr, Indexed, IndexedBase, Sum, Symbol

from derive.model.array_output_partials import COLUMN, ROW, array_output_partial
from derive.model.notation import expand_definitions
from derive.model.output_partials import OutputPartial
from derive.read.entry_definitions import EntryDefinition, apply_entries
from derive.read.latex_lexer import Token
from derive.read.names import Names, display_name

if TYPE_CHECKING:
    from derive.read.latex_calculus import CalculusParser


def _mentions(entry: EntryDefinition, name: str) -> bool:
    """Whether an entry definition's body writes ``name`` (a letter, or a command such as \\mu)."""
    return any(t.kind in ("letter", "command") and t.value == name.lstrip("\\") for t in entry.body)


def mentioned(names: Names, loss: str) -> bool:
    """Whether the body of an array defined by its entries writes the loss ℓ (then it is no loss at the end)."""
    return any(_mentions(entry, loss) for entry in names.entry_arrays)


def array_output(names: Names, loss: Symbol, error: Callable[[str], Exception]) -> EntryDefinition | None:
    """The page's output when it is an array defined by its entries; None when the page defines quantities none of
    those arrays uses (one of them is the output, read with one index or none: ``upstream.output``)."""
    arrays = names.entry_arrays
    definitions = names.defined.definitions if names.defined is not None else ()
    loose = [
        d
        for d in definitions
        if not d.body.atoms(OutputPartial) and not any(_mentions(a, str(d.name).lstrip("\\")) for a in arrays)
    ]
    if not arrays or loose:
        return None
    computed = [a for a in arrays if {t.value for t in a.body if t.kind == "letter"} - set(a.parameters)]  # not I: δ
    outputs = [a for a in computed if not any(_mentions(b, a.name) for b in arrays if b is not a)]
    if len(outputs) != 1:
        shown = display_name(loss.name)
        found = ", ".join(sorted(a.head.strip() for a in outputs)) or "none"
        raise error(
            f"{shown}, which the page never defines, can be read two ways: a constant, or the loss of a chain rule, "
            f"an arbitrary function of the page's output; the arrays it defines by their entries have no one output "
            f"that no other uses ({found}): define {shown} (define: {shown}: …), or declare it"
        )
    return outputs[0]


def _base(parser: CalculusParser, entry: EntryDefinition) -> IndexedBase:
    """The output's base, as the page's displays read it where they write it (∂ℓ/∂D_dj)."""
    return parser.names.arrays.get(entry.name) or IndexedBase(entry.name, real=True)


def _body(parser: CalculusParser, entry: EntryDefinition) -> Expr:
    """D_ab's definition at a = ``ROW``, b = ``COLUMN``: read with its parameters and a sum's index in it (k in
    Σ_k W_ik X_kj, which no display shows where D stays whole) as indices, and its parameters put back as those."""
    names = parser.names
    known = set(names.known())
    clash = [p for p in entry.parameters if p in known and p not in names.indices]
    if clash:  # a parameter that is a name of the page (x_{ij} = …, x a vector): not read here
        raise parser.error(f"{entry.head.strip()}: its index {clash[0]} is also a name of the page")
    tokens = apply_entries(list(entry.body), names.entry_arrays)
    letters = (_subscripts(tokens) | set(entry.parameters)) - (known - set(names.indices))
    indices = {name: names.indices.get(name) or Symbol(name, integer=True) for name in letters}
    reader = type(parser)(tokens, replace(names, indices={**names.indices, **indices}), parser.line)
    body = reader.parse()
    first, second = (indices[p] for p in entry.parameters)
    return body.xreplace({first: ROW, second: COLUMN})


def _shape_of_body(names: Names, entry: EntryDefinition) -> tuple[Expr, ...] | None:
    """The shape of an array D's body writes at D's own indices in order (y_ij = e^{x_ij}/Z_i: y is x's shape), for
    a D whose shape nothing states; else None."""
    body = list(entry.body)
    for at, token in enumerate(body[:-1]):
        if token.kind != "letter" or token.value not in names.shapes or body[at + 1].kind != "_":
            continue
        group = body[at + 2 : at + 2 + len(entry.parameters) + 2]
        letters = [t.value for t in group[1:-1]] if group and group[0].kind == "{" else []
        if letters == list(entry.parameters) and group[-1].kind == "}" and len(names.shapes[token.value]) >= 2:
            return tuple(names.shapes[token.value])
    return None


def _subscripts(tokens: list[Token]) -> set[str]:
    """The letters written as subscripts (``_k``, ``_{ik}``, ``_{k=1}``)."""
    found: set[str] = set()
    for at, token in enumerate(tokens):
        if token.kind != "_" or at + 1 >= len(tokens):
            continue
        if tokens[at + 1].kind == "letter":
            found.add(tokens[at + 1].value)
            continue
        depth = 0
        for inner in tokens[at + 1 :]:
            depth += {"{": 1, "}": -1}.get(inner.kind, 0)
            if depth <= 0:
                break
            if inner.kind == "letter":
                found.add(inner.value)
    return found


def array_derivative(
    parser: CalculusParser, loss: Symbol, coefficient: Expr, variable: Expr, entry: EntryDefinition, function: object
) -> Expr:
    """∂ℓ/∂v: ∂ℓ/∂D_st for an entry of the output D itself, else Σ_{s,t} ∂ℓ/∂D_st ∂D_st/∂v."""
    names = parser.names
    base = _base(parser, entry)
    rows, columns = (names.shapes.get(entry.name) or _shape_of_body(names, entry) or (names.n, names.n))[:2]
    partial = array_output_partial(function)
    body = _body(parser, entry)
    names.upstream[loss.name] = entry.name
    if isinstance(variable, Indexed) and str(variable.base.label) == entry.name:
        if len(variable.indices) != 2:
            raise parser.error(f"∂/∂{entry.name} with one index: {entry.head.strip()} is defined with two")
        names.by_output.add(loss.name)
        return coefficient * partial(base, rows, columns, *variable.indices, ROW, COLUMN, body)
    by = variable.base if isinstance(variable, Indexed) else variable
    if any(str(by) == other.name for other in names.entry_arrays):
        raise parser.error(
            f"∂{display_name(loss.name)}/∂{display_name(str(by))}: {display_name(str(by))} is defined by its entries "
            f"inside the output {entry.name}'s definition; derive reads a loss's derivative by the output's entries"
        )
    s, t = Dummy("s", integer=True, positive=True), Dummy("t", integer=True, positive=True)
    at = body.xreplace({ROW: s, COLUMN: t})
    definitions = names.defined.definitions if names.defined is not None else ()
    if not expand_definitions(at, [d for d in definitions if d.name != by]).has(by):
        shown, of = display_name(loss.name), display_name(str(by))
        raise parser.error(
            f"∂{shown}/∂{of}: {shown}, which the page never defines, is read as a function of its output "
            f"{entry.name} alone, and {entry.name} is not made of {of}; that reading alone makes it 0: define "
            f"{shown}, or declare it"
        )
    through = parser.differentiate(at, variable)
    partials = partial(base, rows, columns, s, t, ROW, COLUMN, body)
    return coefficient * Sum(partials * through, (s, 1, rows), (t, 1, columns))


def by_entry_array(names: Names, variable: Expr) -> str | None:
    """The array defined by its entries that ``variable`` is an entry of (D_dj left as written in ∂ℓ/∂D_dj)."""
    if isinstance(variable, Indexed) and any(str(variable.base.label) == e.name for e in names.entry_arrays):
        return str(variable.base.label)
    return None


__all__ = ["array_derivative", "array_output", "by_entry_array", "mentioned"]
