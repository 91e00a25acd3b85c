"""A generic function of a whole vector, g(x): an arbitrary real function of all of x's entries, at every n.

SymPy has no function of a vector of symbolic length: g applied to the IndexedBase x differentiates by an entry
x_m to 0 (x_m is none of its arguments), which would prove ∂g(x)/∂x_m = 0. Here g(x) is an ``OfVector`` (x's base
and its length n) and ∂g(x)/∂x_m a ``PartialOf`` (the same, and the indices it is differentiated by): an
arbitrary function of m that SymPy's rules reach through ``_eval_derivative`` only, so the chain rule holds
through both (∂ log g(x)/∂x_m = ∂g(x)/∂x_m / g(x)). At a concrete n each becomes SymPy's own, g(x_1, …, x_n) and
Derivative(g(x_1, …, x_n), x_m), which the concrete checker and its stand-ins (σ(t) = sin(t)) already know.
"""

from __future__ import annotations

import functools
from typing import ClassVar

from sympy import Basic, Derivative, Expr, Function, Indexed, IndexedBase, Integer, S, Symbol, default_sort_key
from sympy.core.function import UndefinedFunction
from sympy.printing.printer import Printer

#: The most partial derivatives taken of one function of a whole vector (∂³g/∂x_a∂x_b∂x_c).
MAX_ORDER = 3


class OfVector(Function):
    """g(x): the generic function ``function`` of every entry of the vector x (args: x's base and its length)."""

    nargs = 2
    function: ClassVar[UndefinedFunction]

    @classmethod
    def eval(cls, base: Basic, n: Basic) -> Expr | None:
        """At a concrete length, g(x_1, …, x_n): SymPy's own function of n arguments."""
        if isinstance(n, Integer) and isinstance(base, IndexedBase):
            return cls.function(*(base[m] for m in range(1, int(n) + 1)))
        return None

    @property
    def base(self) -> IndexedBase:
        return self.args[0]

    def _eval_derivative(self, s: Basic) -> Expr:
        """∂g(x)/∂x_m: a partial of its own (never 0, as SymPy would make it); by anything else, 0: g(x) is made
        of x's entries only."""
        base, n = self.args
        if isinstance(s, Indexed) and s.base == base and len(s.indices) == 1:
            return partial_of(self.function)(base, n, s.indices[0])
        return S.Zero

    def __reduce_ex__(self, protocol: object) -> tuple[object, ...]:
        """Pickled by its generic function (the reader's sandbox sends it back): the class is made at run time."""
        return _rebuilt, (False, self.function, self.args)

    def _sympystr(self, printer: object) -> str:
        return f"{self.function}({self.base})"

    def _latex(self, printer: Printer) -> str:
        """As the page writes it, g\\left(x\\right) (derive reads it back)."""
        return _latex_applied(self, printer)


class PartialOf(Function):
    """∂g(x)/∂x_a…∂x_c: a partial derivative of a function of a whole vector (args: x's base, its length, then the
    indices, in a fixed order: the partials of a smooth function commute)."""

    function: ClassVar[UndefinedFunction]

    @classmethod
    def eval(cls, base: Basic, n: Basic, *indices: Basic) -> Expr | None:
        """In a fixed order; at a concrete length and indices, SymPy's Derivative(g(x_1, …, x_n), x_m)."""
        if not indices or len(indices) > MAX_ORDER:
            raise ValueError(f"a partial derivative of order 1 to {MAX_ORDER}")
        ordered = tuple(sorted(indices, key=default_sort_key))
        if ordered != indices:
            return cls(base, n, *ordered)
        if isinstance(n, Integer) and isinstance(base, IndexedBase) and all(isinstance(i, Integer) for i in indices):
            applied = cls.function(*(base[m] for m in range(1, int(n) + 1)))
            return Derivative(applied, *(base[i] for i in indices))
        return None

    @property
    def base(self) -> IndexedBase:
        return self.args[0]

    @property
    def indices(self) -> tuple[Basic, ...]:
        return tuple(self.args[2:])

    def _eval_derivative(self, s: Basic) -> Expr:
        """One more partial by an entry of x; 0 by anything else."""
        base, n, *indices = self.args
        if isinstance(s, Indexed) and s.base == base and len(s.indices) == 1:
            return type(self)(base, n, *indices, s.indices[0])
        return S.Zero

    def __reduce_ex__(self, protocol: object) -> tuple[object, ...]:
        return _rebuilt, (True, self.function, self.args)

    def _sympystr(self, printer: object) -> str:
        by = "".join(f"d{self.base}[{index}]" for index in self.indices)
        return (
            f"d{self.function}({self.base})/{by}" if len(self.indices) == 1 else f"d{self.function}({self.base})/({by})"
        )

    def _latex(self, printer: Printer) -> str:
        """∂g(x)/∂x_k as the page writes it (derive reads it back)."""
        order = len(self.indices)
        top = "\\partial" if order == 1 else f"\\partial^{{{order}}}"
        by = " ".join(f"\\partial {printer._print(self.base[index])}" for index in self.indices)
        return f"\\frac{{{top} {_latex_applied(self, printer)}}}{{{by}}}"


def _latex_applied(node: OfVector | PartialOf, printer: Printer) -> str:
    """g\\left(x\\right): the function's name and the vector's, each as the printer writes a name."""
    name, base = (printer._print(Symbol(str(part))) for part in (node.function, node.base.label))
    return f"{name}\\left({base}\\right)"


def _facts(function: UndefinedFunction) -> dict[str, bool]:
    """The assumptions an undefined function gives its values (real, and a sign an assumption states)."""
    return {key: value for key, value in function._kwargs.items() if isinstance(value, bool)}


@functools.cache
def of_vector(function: UndefinedFunction) -> type[OfVector]:
    """The class of g(x) for one generic function g: the same class wherever the page writes it (SymPy compares
    applied functions by class), with g's assumptions on its values."""
    assumptions = {f"is_{key}": value for key, value in _facts(function).items()}
    return type(str(function), (OfVector,), {"function": function, **assumptions})


@functools.cache
def partial_of(function: UndefinedFunction) -> type[PartialOf]:
    """The class of g(x)'s partial derivatives: real where g is (a sign of g says nothing about its slope)."""
    real = {"is_real": True} if _facts(function).get("real") else {}
    return type(f"d{function}", (PartialOf,), {"function": function, **real})


def _rebuilt(partial: bool, function: UndefinedFunction, args: tuple[Basic, ...]) -> Basic:
    """An ``OfVector`` or ``PartialOf`` from its pickle."""
    return partial_of(function)(*args) if partial else of_vector(function)(*args)


def of_whole(node: Basic) -> bool:
    """Whether ``node`` is a generic function of a whole vector, or one of its partials."""
    return isinstance(node, (OfVector, PartialOf))


__all__ = ["OfVector", "PartialOf", "of_vector", "of_whole", "partial_of"]
