"""The constants of a defined function: what its body holds beside its parameters.

A page that defines the Gaussian density as p(x) = 1/√(2πσ²) exp(−(x − μ)²/(2σ²)) names x as what p varies with;
μ and σ, which the page neither declares nor defines, are p's constants (its parameters in the statistician's
sense). Only a body that holds every parameter says so: h(x) := σ(z) holds no x, and z is what varies
with x there. ∂/∂x of an expression written in them alone is then 0, as the page means when it says "the first term is
constant": it is not refused as reading two ways (``LatexCalculus.undeclared_inputs``). The report says so.
"""

from __future__ import annotations

from sympy import Basic, Symbol

from derive.read.names import FunctionDefinition, Names, display_name


def function_constants(names: Names) -> dict[str, str]:
    """Each name the page neither declares nor defines that a defined function's body holds beside its
    parameters (a body that holds them all), and the first such function by name (its head, as written: p(x))."""
    found: dict[str, str] = {}
    for name, function in sorted(names.functions.items()):
        if (
            not isinstance(function, FunctionDefinition)
            or not function.parameters
            or not isinstance(function.body, Basic)
        ):
            continue  # a function of whole vectors (softmax(a)): its body is a Shaped, its constants left alone
        if not set(function.parameters) <= function.body.free_symbols:  # h(x) := σ(z): z is what varies with x
            continue
        held = {s.name for s in function.body.free_symbols if isinstance(s, Symbol) and not s.is_integer}
        arguments = ", ".join(display_name(p.name) for p in function.parameters)
        for constant in sorted(held & names.undeclared - {p.name for p in function.parameters}):
            found.setdefault(constant, f"{display_name(name)}({arguments})")
    return found


def constants_words(names: Names) -> tuple[str, ...]:
    """The report's line on them: "\\mu, \\sigma read as constants of p(x): its definition varies with x alone"."""
    by_function: dict[str, list[str]] = {}
    for constant, function in function_constants(names).items():
        by_function.setdefault(function, []).append(display_name(constant))
    return tuple(
        f"{', '.join(constants)} read as constants of {function}: its definition varies with "
        f"{function[function.index('(') + 1 : -1]} alone"
        for function, constants in by_function.items()
    )


__all__ = ["constants_words", "function_constants"]
