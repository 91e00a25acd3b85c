"""∂ℓ/∂y_t for a loss ℓ the page never writes down: an arbitrary function ℓ of the page's output y, differentiated
by one entry and taken at y as the page computes it (backpropagation's upstream gradient).

At every n it is opaque: an arbitrary function of t, which sums over t and Kronecker deltas reach as any other.
At a concrete length it is SymPy's ``Subs(Derivative(ℓ(u_1, …, u_m), u_t), (u_1, …, u_m), (y_1, …, y_m))``: the
entries y_k stay outside the derivative, so y's definition can be put in for them (the concrete checker and its
stand-ins, ℓ(u_1, u_2) = sin(u_1) + …, then see the chain rule through y). A derivative of it by anything is left
unevaluated: y depends on what the page computes it from, and derive does not read second derivatives of ℓ.
"""

from __future__ import annotations

import functools

from sympy import Basic, Derivative, Dummy, Expr, IndexedBase, Integer, Subs, Tuple
from sympy.core.function import UndefinedFunction
from sympy.printing.printer import Printer

from derive.model.vector_functions import PartialOf

#: The parameter y's definition is carried with: one object everywhere, so that two sides compare equal.
ENTRY = Dummy("k", integer=True, positive=True)


class OutputPartial(PartialOf):
    """∂ℓ/∂y_t at y (args: y's base, its length, t, and once y's definition is put in, its parameter and body):
    a ``PartialOf`` whose vector is computed, not independent."""

    @classmethod
    def eval(
        cls, base: Basic, n: Basic, index: Basic, parameter: Basic | None = None, body: Basic | None = None
    ) -> Expr | None:
        """At a concrete length and index, SymPy's derivative of ℓ(u_1, …, u_m) by u_t, taken at u = y (each y_k
        as y's definition gives it, once put in)."""
        if isinstance(n, Integer) and isinstance(base, IndexedBase) and isinstance(index, Integer):
            if not 1 <= int(index) <= int(n):
                raise ValueError(f"∂ℓ/∂y_{index} outside 1..{n}")
            points = tuple(Dummy(f"u{m}", real=True) for m in range(1, int(n) + 1))
            entries = tuple(
                base[m] if body is None else body.xreplace({parameter: Integer(m)}) for m in range(1, int(n) + 1)
            )
            derivative = Derivative(cls.function(*points), points[int(index) - 1])
            return Subs(derivative, Tuple(*points), Tuple(*entries))
        return None

    @property
    def indices(self) -> tuple[Basic, ...]:
        return (self.args[2],)

    def defined_by(self, body: Expr) -> OutputPartial:
        """The same, with y's entries given by its definition (``body`` is y_k at k = ``ENTRY``, a parameter of its
        own: the claim's indices are given values, y's must not be), carried until n is concrete."""
        return self if len(self.args) == 5 else type(self)(*self.args, ENTRY, body)

    def _eval_derivative(self, s: Basic) -> Expr | None:
        """Left unevaluated by anything: through y it is a second derivative of ℓ, which nothing here reads."""
        return None

    def __reduce_ex__(self, protocol: object) -> tuple[object, ...]:
        return _rebuilt, (self.function, self.args)

    def _latex(self, printer: Printer) -> str:
        """∂ℓ/∂y_t, as the page writes it."""
        by = printer._print(self.base[self.indices[0]])
        return f"\\frac{{\\partial {printer._print(self.function)}}}{{\\partial {by}}}"


@functools.cache
def output_partial(function: UndefinedFunction) -> type[OutputPartial]:
    """The class of ∂ℓ/∂y_t for one function ℓ: the same wherever the page writes it."""
    return type(f"d{function}_at_output", (OutputPartial,), {"function": function, "is_real": True})


def _rebuilt(function: UndefinedFunction, args: tuple[Basic, ...]) -> Basic:
    """An ``OutputPartial`` from its pickle (the reader's sandbox sends it back)."""
    return output_partial(function)(*args)


__all__ = ["OutputPartial", "output_partial"]
