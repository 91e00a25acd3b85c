"""∂A/∂x where A is made of x both directly and through a name B the page defines from x and also differentiates
A by: batch norm's x̂_i = (x_i − μ_B)/√(σ²_B + ε), beside ∂x̂_i/∂μ_B. A chain rule that adds ∂x̂_i/∂x_i to
∂x̂_i/∂μ_B ∂μ_B/∂x_i means ∂x̂_i/∂x_i with μ_B held fixed; the derivative through μ_B as well is the other reading,
the one derive computes. Read so, the page's ∂/∂x_i [x_i/√(σ² + ε) − μ_B/√(σ² + ε)] = 1/√(σ² + ε) had been
refuted. Such a link is refused, naming both readings: where the page differentiates A by B and A's definition
writes x beside B, or where a written expression holds both x and B. A loss the page never differentiates by B
(∂f/∂x_i through y_i = γx̂_i + β) reads one way, through everything, and is kept; so is ∂μ_B/∂x_i."""

from __future__ import annotations

from collections.abc import Sequence

from sympy import Basic, Derivative, Indexed, Symbol

from derive.model.notation import Definition, expand_definitions
from derive.read.find import Unchecked
from derive.read.links import Link, refusing
from derive.read.names import Names, display_name


def _base(expr: Basic) -> Basic:
    return expr.base if isinstance(expr, Indexed) else expr


def _shown(expr: Basic) -> str:
    """A name or an entry as the page writes it: \\hat{x}_i, \\mu_{\\text{B}} (a labelled name, "mu_B"); an entry at
    derive's own summation index as the name alone (it had shown \\hat{x}__t)."""
    base, _, label = str(_base(expr)).partition("_")
    name = f"{display_name(base)}_{{\\text{{{label}}}}}" if label.isalpha() else display_name(str(_base(expr)))
    indices = [str(index) for index in expr.indices] if isinstance(expr, Indexed) else []
    if any(index.startswith("_") for index in indices):  # derive's own summation index (f of the whole x̂): x̂ alone
        return name
    return name + (f"_{''.join(indices)}" if indices else "")


def _two_ways(derivative: Derivative, names: Names, definitions: Sequence[Definition]) -> str | None:
    """Why ``derivative`` (by a name the page does not define) reads two ways, or None."""
    if len(derivative.variables) != 1:
        return None  # a second derivative: not the page's chain rule
    expr, variable = derivative.expr, derivative.variables[0]
    by = _base(variable)
    if any(d.name == by for d in definitions):
        return None  # by a defined name: held as every chain rule holds it (``latex_calculus.held_derivative``)
    named = isinstance(expr, (Indexed, Symbol))
    middles = {b for _, b in names.held_by}
    written = expr  # its own definition once (x̂_i's body), then every name but those the page differentiates by
    for definition in (d for d in definitions if named and d.name == _base(expr)):
        written = definition.expand_in(written)
    written = expand_definitions(written, [d for d in definitions if d.name not in middles])
    for held in sorted(middles - {by}, key=lambda b: str(b)):
        if display_name(str(held)) == display_name(str(by)):
            continue  # z beside z_i: the page's whole vector, not a name made of its entries
        if named and (_base(expr), held) not in names.held_by:
            continue  # ∂f/∂x_i of a loss the page never differentiates by that name: through everything
        if not named and not (expr.has(held) and expr.has(by)):
            continue  # a written expression that does not show both
        if held != _base(expr) and written.has(held) and written.has(by) and _made_of(held, by, definitions):
            shown, middle = _shown(variable), _shown(held)
            what = _shown(expr) if named else f"an expression that writes both {shown} and {middle}"
            return (
                f"∂/∂{shown} of {what} can be read two ways: by {shown} alone, {middle} held fixed (as a chain rule "
                f"that adds ∂…/∂{middle} ∂{middle}/∂{shown} reads it, and the page differentiates by {middle}), or "
                f"through {middle} as well, which the page defines from {shown}: write out the derivative meant"
            )
    return None


def _made_of(name: Basic, by: Basic, definitions: Sequence[Definition]) -> bool:
    """Whether the defined ``name`` is made of ``by``, through its definitions."""
    return bool(expand_definitions(name, definitions).has(by))


def held_partials(links: list[Link], names: Names, unchecked: list[Unchecked]) -> list[Link]:
    """The links, less those holding a derivative that reads two ways as the module says (each listed, naming both
    readings)."""
    if not names.held_by or names.defined is None:
        return links
    definitions = names.defined.definitions

    def why(link: Link) -> str | None:
        found = sorted(
            {*link.lhs.atoms(Derivative), *link.rhs.atoms(Derivative)},
            key=lambda d: (not isinstance(d.expr, (Indexed, Symbol)), str(d)),  # ∂x̂_i/∂x_i named first
        )
        return next(filter(None, (_two_ways(d, names, definitions) for d in found)), None)

    return refusing(links, unchecked, why)


__all__ = ["held_partials"]
