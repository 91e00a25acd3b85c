"""Activation functions σ of a hidden layer and their derivatives σ′, written in terms of h = σ(a).

ReLU has no derivative at 0. ``relu`` differentiates to ``relu_prime``, which is 1 for a > 0 and 0 for a ≤ 0:
the value at the kink is a convention (the one deep-learning frameworks use), and a derivation that uses it
states it as an assumption. ``relu_prime`` is a ``Piecewise`` in a, so its value at a = 0 is explicit.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sympy import Expr, Function, Gt, Max, Piecewise, S, exp, tanh
from sympy.core.function import ArgumentIndexError


def relu_prime(a: Expr) -> Expr:
    """ReLU′(a) = 1 for a > 0, 0 for a ≤ 0 (the value at a = 0 is the convention ReLU′(0) = 0)."""
    return Piecewise((S.One, Gt(a, 0)), (S.Zero, True))


class relu(Function):
    """ReLU(a) = max(0, a); its derivative is ``relu_prime`` (with ReLU′(0) = 0 by convention)."""

    is_real = True

    @classmethod
    def eval(cls, a: Expr) -> Expr | None:
        if a.is_number:
            return Max(S.Zero, a)
        return None

    def fdiff(self, argindex: int = 1) -> Expr:
        if argindex != 1:
            raise ArgumentIndexError(self, argindex)
        return relu_prime(self.args[0])

    def _eval_rewrite_as_Piecewise(self, a: Expr, **kwargs: object) -> Expr:
        return Piecewise((a, Gt(a, 0)), (S.Zero, True))


@dataclass(frozen=True)
class Activation:
    """An activation σ: its name, σ(a), σ′ written in terms of h = σ(a) (or of a, for ReLU), and a note."""

    name: str
    slug: str
    function: Callable[[Expr], Expr]
    derivative_in_h: Callable[[Expr, Expr], Expr]  # (a, h) ↦ σ′(a) written with h = σ(a)
    statement: str
    convention: str = ""


def _sigmoid(a: Expr) -> Expr:
    return 1 / (1 + exp(-a))


SIGMOID = Activation(
    "logistic sigmoid",
    "sigmoid",
    _sigmoid,
    lambda a, h: h * (1 - h),
    "σ(a) = 1/(1 + e^(−a)), σ′(a) = σ(a)(1 − σ(a))",
)
TANH = Activation("tanh", "tanh", tanh, lambda a, h: 1 - h**2, "tanh′(a) = 1 − tanh²(a)")
RELU = Activation(
    "ReLU",
    "relu",
    relu,
    lambda a, h: relu_prime(a),
    "ReLU of a is the larger of 0 and a, and ReLU′(a) = 1 for a > 0 and 0 for a < 0",
    "ReLU has no derivative at a = 0; this derivation uses the convention ReLU′(0) = 0 (one-sided derivatives"
    " there are 0 from the left and 1 from the right), so at a_j = 0 its results are for that convention",
)
ACTIVATIONS = (SIGMOID, TANH, RELU)
