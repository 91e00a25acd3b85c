"""The constants of a defined function: what its body holds beside its parameters.

A page that defines the Gaussian density as p(x) = 1/√(2πσ²) exp(−(x − μ)²/(2σ²)) names x as what p varies with;
μ and σ, which the page neither declares nor defines, are p's constants (its parameters in the statistician's
sense). Only a body that holds every parameter says so: h(x) := σ(z) holds no x, and z is what varies
with x there. ∂/∂x of an expression written in them alone is then 0, as the page means when it says "the first term is
constant": it is not refused as reading two ways (``CalculusParser.refuse_undeclared``). The report says so.
"""

from __future__ import annotations

from sympy import Basic, Symbol

from derive.read.names import FunctionDefinition, Names, display_name


def function_constants(names: Names) -> dict[str, tuple[str, tuple[str, ...]]]:
    """Each name the page neither declares nor defines that a defined function's body holds beside its
    parameters (a body that holds them all), with the first such function by name and its parameters."""
    found: dict[str, tuple[str, tuple[str, ...]]] = {}
    for name, function in sorted(names.functions.items()):
        if (
            not isinstance(function, FunctionDefinition)
            or not function.parameters
            or not isinstance(function.body, Basic)
        ):
            continue  # a function of whole vectors (softmax(a)): its body is a Shaped, its constants left alone
        if not set(function.parameters) <= function.body.free_symbols:  # h(x) := σ(z): z is what varies with x
            continue
        parameters = tuple(p.name for p in function.parameters)
        held = {s.name for s in function.body.free_symbols if isinstance(s, Symbol) and not s.is_integer}
        for constant in sorted(held & names.undeclared - set(parameters)):
            found.setdefault(constant, (name, parameters))
    return found


def constants_words(names: Names) -> tuple[str, ...]:
    """The report's line on them: "\\mu, \\sigma read as constants of p(x): its definition varies with x alone"."""
    by_function: dict[tuple[str, tuple[str, ...]], list[str]] = {}
    for constant, function in function_constants(names).items():
        by_function.setdefault(function, []).append(display_name(constant))
    lines = []
    for (name, parameters), constants in by_function.items():
        arguments = ", ".join(display_name(p) for p in parameters)
        lines.append(
            f"{', '.join(constants)} read as constants of {display_name(name)}({arguments}): its definition varies "
            f"with {arguments} alone"
        )
    return tuple(lines)


__all__ = ["constants_words", "function_constants"]
