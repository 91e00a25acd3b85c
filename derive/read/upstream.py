"""The upstream loss: ∂ℓ/∂x of a loss ℓ the page never defines nor declares, as backpropagation writes it.

Ioffe & Szegedy's ∂ℓ/∂x̂_i = ∂ℓ/∂y_i · γ, Bendersky's ∂L/∂W_ij = Σ_t ∂L/∂y_t ∂y_t/∂W_ij: ℓ is "the loss", given only
through its gradient by the page's output y. Read so: ℓ an arbitrary differentiable function of the output alone,
the one quantity the page defines that none of its other definitions uses. ∂ℓ/∂y_t is then an arbitrary number for
each t (``derive.model.output_partials``), and ∂ℓ/∂v for what y is made of is Σ_t ∂ℓ/∂y_t ∂y_t/∂v, the chain
rule through y's definition. A claim is proven only if it holds for every such ℓ; the report states the reading.
Where the output cannot be told (several, none), ℓ's own definition is unread, or y is not made of v, it is refused.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from sympy import Derivative as SymDerivative
from sympy import Dummy, Expr, Indexed, IndexedBase, Subs, Sum, Symbol
from sympy.core.function import AppliedUndef

from derive.model.notation import Definition, expand_definitions
from derive.model.output_partials import OutputPartial, output_partial
from derive.read.find import Unchecked
from derive.read.generic_functions import generic
from derive.read.links import Link
from derive.read.names import Names, display_name
from derive.read.restated_output import restated
from derive.read.upstream_arrays import array_derivative, array_output, mentioned

if TYPE_CHECKING:
    from derive.read.latex_calculus import CalculusParser


def upstream_name(expr: Expr, names: Names) -> Symbol | None:
    """The loss ℓ when ``expr`` is ℓ alone (times a number), ℓ a scalar the page neither declares nor defines, and
    none of its definitions uses (what they use is an input, z in φ(z), not the loss at the end of them)."""
    _, bare = expr.as_coeff_Mul()
    if not (isinstance(bare, Symbol) and bare.name in names.undeclared and bare.name in names.scalars):
        return None
    definitions = names.defined.definitions if names.defined is not None else ()
    if not (definitions or names.entry_arrays) or any(d.body.has(bare) for d in definitions):
        return None  # with nothing defined, ∂L/∂z keeps its own refusal (L a constant, or a quantity of z)
    return None if mentioned(names, bare.name) else bare


def output(names: Names, loss: Symbol, error: Callable[[str], Exception]) -> Definition:
    """The page's output: the one definition no other definition uses, of a number or of a vector's entries."""
    defined = names.defined
    shown = display_name(loss.name)
    if defined is None:
        raise error(_two_ways(shown, "the page defines no quantity of one index or none"))
    if loss.name in names.unread:  # the page writes ℓ's definition, which could not be read: never arbitrary
        raise error(_two_ways(shown, f"the definition of {shown} on the page could not be read"))
    definitions = [d for d in defined.definitions if not d.body.atoms(OutputPartial)]  # δ_i = ∂ℓ/∂z_i: no step
    outputs = [d for d in definitions if not any(_uses(other, d) for other in definitions if other is not d)]
    outputs = restated(outputs, names, lambda why: error(_two_ways(shown, why)))  # y_j = …, Y = XW + B: one
    if len(outputs) != 1:
        found = ", ".join(sorted(display_name(str(d.name)) for d in outputs)) or "none"
        raise error(_two_ways(shown, f"the page's definitions have no one output that no other uses ({found})"))
    return outputs[0]


def _uses(definition: Definition, of: Definition) -> bool:
    """Whether ``definition`` computes from ``of``: δ_i = ∂ℓ/∂z_i names ℓ's gradient at z, and computes nothing."""
    body = definition.body.xreplace({node: Dummy() for node in definition.body.atoms(OutputPartial)})
    if isinstance(of.name, IndexedBase):
        return body.has(of.name)
    return of.name in body.free_symbols


def _two_ways(shown: str, why: str) -> str:
    return (
        f"{shown}, which the page never defines, can be read two ways: a constant, whose derivatives are 0 (declare "
        f"it: scalars: [{shown}]), or the loss of a chain rule, an arbitrary function of the page's output; {why}: "
        f"define {shown} (define: {shown}: …), or declare it"
    )


def upstream_derivative(parser: CalculusParser, loss: Symbol, coefficient: Expr, variable: Expr) -> Expr:
    """∂ℓ/∂v: ∂ℓ/∂y_t for an entry of the output y itself, else the chain rule Σ_t ∂ℓ/∂y_t ∂y_t/∂v."""
    names = parser.names
    function = generic(loss.name, names.generic_facts.get(loss.name))
    array = array_output(names, loss, parser.error)
    if array is not None:  # D_{ij} = Σ_k W_ik X_kj: ``upstream_arrays``
        return array_derivative(parser, loss, coefficient, variable, array, function)
    out = output(names, loss, parser.error)
    base = variable.base if isinstance(variable, Indexed) else variable
    _refuse_unreached(parser, names, out, base, loss)
    names.upstream[loss.name] = str(out.name)
    if isinstance(out.name, IndexedBase):
        length = names.shapes.get(str(out.name.label), (names.n,))[0]
        partial = output_partial(function)
        if isinstance(variable, Indexed) and variable.base == out.name:
            names.by_output.add(loss.name)
            return coefficient * partial(out.name, length, variable.indices[0])
        index = Dummy("t", integer=True, positive=True)
        through = parser.differentiate(out.name[index], variable)
        return coefficient * Sum(partial(out.name, length, index) * through, (index, 1, length))
    point = Dummy("u", real=True)
    slope = Subs(SymDerivative(function(point), point), point, out.name)
    if variable == out.name:
        names.by_output.add(loss.name)
        return coefficient * slope
    return coefficient * slope * parser.differentiate(out.name, variable)


def _refuse_unreached(parser: CalculusParser, names: Names, out: Definition, base: object, loss: Symbol) -> None:
    """ℓ read as a function of y alone: by a v that y is not made of that reading alone makes it 0, and is refused."""
    if base == out.name:
        return
    assert names.defined is not None
    others = [d for d in names.defined.definitions if d.name != base]
    written = expand_definitions(out.head, others)
    if not written.has(base):
        shown, by, of = display_name(loss.name), display_name(str(base)), display_name(str(out.name))
        raise parser.error(
            f"∂{shown}/∂{by}: {shown}, which the page never defines, is read as a function of its output {of} "
            f"alone, and {of} is not made of {by}; that reading alone makes it 0: define {shown}, or declare it"
        )


def unconfirmed(links: list[Link], names: Names, unchecked: list[Unchecked]) -> list[Link]:
    """The links, less those the upstream reading cannot carry, each then unchecked naming both readings: a loss
    the page never differentiates by its output (∂ℓ/∂y written somewhere is what says ℓ is the loss at the end of
    y; Raschka's ∂z/∂w_j, z an input defined elsewhere, is none), and a derivative of ℓ on one side only
    (∂ℓ/∂y_i = y_i − t_i says what ℓ is: false of every ℓ, though the page may well mean a loss of its own)."""
    if not names.upstream:
        return links
    kept = []
    for link in links:
        held = [{loss for loss in names.upstream if _holds(side, loss, names)} for side in (link.lhs, link.rhs)]
        losses = held[0] | held[1]
        if not losses:
            kept.append(link)
            continue
        loss = min(losses)
        shown, of = display_name(loss), display_name(names.upstream[loss])
        if loss not in names.by_output:
            why = f"derive reads it as the loss at the end of {of} only where the page writes ∂{shown}/∂{of}"
        elif held[0] != held[1]:
            why = f"a derivative of it on one side only says what it is, false of every loss of {of}"
        else:
            kept.append(link)
            continue
        unchecked.append(Unchecked(link.line, f"unreadable: {_two_ways(shown, why)}"))
    names.upstream = {loss: of for loss, of in names.upstream.items() if loss in names.by_output}
    return kept


def _holds(expr: Expr, loss: str, names: Names | None = None) -> bool:
    """Whether ``expr`` holds a derivative of the loss, itself or through a name defined as one (δ_i = ∂ℓ/∂z_i)."""
    defined = names.defined.definitions if names is not None and names.defined is not None else ()
    if any(expr.has(d.name) and _holds(d.body, loss) for d in defined):
        return True
    return any(str(node.function) == loss for node in expr.atoms(OutputPartial)) or any(
        str(node.func) == loss for node in expr.atoms(AppliedUndef)
    )


def upstream_words(names: Names) -> tuple[str, ...]:
    """The report's statement of each upstream reading made."""
    return tuple(
        f"{display_name(loss)}, which the page never defines, read as an arbitrary function of {display_name(out)} "
        f"alone (the one quantity its definitions compute that none of them uses): a claim is proven only if it "
        f"holds for every such function"
        for loss, out in sorted(names.upstream.items())
    )
