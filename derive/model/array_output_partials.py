"""∂ℓ/∂D_st for a loss ℓ the page never writes down, of an output D with two indices (D = WX, batch norm's y_ij):
an arbitrary function ℓ of every entry of D, differentiated by one entry and taken at D as the page defines it.

The sibling of ``derive.model.output_partials`` for a matrix. At every size it is opaque, an arbitrary function of
(s, t) that sums and Kronecker deltas reach as any other. At concrete sizes m × p it is SymPy's
``Subs(Derivative(ℓ(u_11, …, u_mp), u_st), (u_11, …, u_mp), (D_11, …, D_mp))``, each D_ab given by D's definition
(its body at the parameters a, b), so that the concrete checker and its stand-ins see the chain rule through D.
"""

from __future__ import annotations

import functools

from sympy import Basic, Derivative, Dummy, Expr, IndexedBase, Integer, Subs, Tuple
from sympy.core.function import UndefinedFunction
from sympy.printing.printer import Printer

from derive.model.output_partials import OutputPartial

#: The parameters D's definition is read with (each partial carries them: ``ArrayOutputPartial``).
ROW = Dummy("a", integer=True, positive=True)
COLUMN = Dummy("b", integer=True, positive=True)


class ArrayOutputPartial(OutputPartial):
    """∂ℓ/∂D_st at D (args: D's base, its rows m and columns p, s, t, D's parameters a and b, and D_ab's body: the
    parameters travel with it, as a Dummy made in the reader's sandbox is not the same as one made here)."""

    @classmethod
    def eval(  # type: ignore[override]
        cls, base: Basic, rows: Basic, columns: Basic, row: Basic, column: Basic, a: Basic, b: Basic, body: Basic
    ) -> Expr | None:
        """At concrete sizes and indices, SymPy's derivative of ℓ(u_11, …, u_mp) by u_st, taken at u = D."""
        sizes, at = (rows, columns), (row, column)
        if not all(isinstance(v, Integer) for v in (*sizes, *at)) or not isinstance(base, IndexedBase):
            return None
        m, p = int(rows), int(columns)
        if not (1 <= int(row) <= m and 1 <= int(column) <= p):
            raise ValueError(f"∂ℓ/∂D_{row}{column} outside {m} × {p}")
        pairs = [(a, b) for a in range(1, m + 1) for b in range(1, p + 1)]
        points = tuple(Dummy(f"u{r}{c}", real=True) for r, c in pairs)
        entries = tuple(body.xreplace({a: Integer(r), b: Integer(c)}).doit() for r, c in pairs)
        by = points[pairs.index((int(row), int(column)))]
        return Subs(Derivative(cls.function(*points), by), Tuple(*points), Tuple(*entries))

    @property
    def indices(self) -> tuple[Basic, ...]:
        return (self.args[3], self.args[4])

    def defined_by(self, body: Expr) -> ArrayOutputPartial:
        """Already carried with D's definition."""
        return self

    def __reduce_ex__(self, protocol: object) -> tuple[object, ...]:
        return _rebuilt, (self.function, self.args)

    def _latex(self, printer: Printer) -> str:
        """∂ℓ/∂D_st, as the page writes it."""
        by = printer._print(self.base[self.indices])
        return f"\\frac{{\\partial {printer._print(self.function)}}}{{\\partial {by}}}"

    def _sympystr(self, printer: object) -> str:
        return f"d{self.function}/d{self.base}[{self.indices[0]}, {self.indices[1]}]"


@functools.cache
def array_output_partial(function: UndefinedFunction) -> type[ArrayOutputPartial]:
    """The class of ∂ℓ/∂D_st for one function ℓ: the same wherever the page writes it."""
    return type(f"d{function}_at_array_output", (ArrayOutputPartial,), {"function": function, "is_real": True})


def _rebuilt(function: UndefinedFunction, args: tuple[Basic, ...]) -> Basic:
    """An ``ArrayOutputPartial`` from its pickle (the reader's sandbox sends it back)."""
    return array_output_partial(function)(*args)


__all__ = ["COLUMN", "ROW", "ArrayOutputPartial", "array_output_partial"]
