"""A derivative by a power of a name, ``∂z^L/∂W^L`` where L is no layer derive knows: W^L is read as W to the power
L, which is no variable. The refusal says so, and how a layer's label is written (W^{[L]}), where it used to say only
"differentiate by an entry of a vector (z_k), a scalar, or a defined quantity (o_j)"."""

from __future__ import annotations

from sympy import Expr, Pow, Symbol


def variable_refusal(variable: Expr) -> str:
    """Why a derivative by ``variable``, which is no entry, scalar or defined quantity, is refused: for a name to a
    power with a letter in it (W^L, a^{L-1}), that it was read as a power, and how a label is written."""
    if not isinstance(variable, Pow) or not isinstance(variable.base, Symbol) or not variable.exp.free_symbols:
        return "differentiate by an entry of a vector (z_k), a scalar, or a defined quantity (o_j)"
    base, power = variable.base, str(variable.exp).replace(" ", "")
    return (
        f"differentiate by {base}^{{{power}}}, which derive reads as {base} to the power {power}, no variable: if "
        f"{power} labels a layer, write {base}^{{[{power}]}}; else differentiate by {base}"
    )


__all__ = ["variable_refusal"]
