"""``srepr`` for the verdict cache's keys: exact for integers of any size, faithful for Dummies and functions."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sympy import Basic, Dummy, Integer, MatrixBase, Rational, Sum, Symbol
from sympy.core.function import UndefinedFunction
from sympy.printing.repr import ReprPrinter

#: Integers longer than this many bits are written in hexadecimal.
HEX_BITS = 3300


class ExactRepr(ReprPrinter):
    """``srepr`` that writes an integer of more than 1,000 digits in hexadecimal: Python refuses to write an int of
    more than 4,300 digits in decimal, and a claim such as ((10^64)^64)^2 = z_1 holds one."""

    def __init__(self, settings: dict[str, Any] | None = None) -> None:
        super().__init__(settings)
        self.written: dict[Basic, str] = {}

    def _print(self, expr: Any, **kwargs: Any) -> str:
        """Each distinct subexpression written once (srepr has no context: equal objects are written alike), so
        the n² entries of a matrix do not write the same n entries of a vector over and over."""
        if kwargs or not isinstance(expr, Basic):
            return str(super()._print(expr, **kwargs))
        try:
            return self.written[expr]
        except KeyError:
            text = self.written[expr] = str(super()._print(expr))
            return text
        except TypeError:  # an object that cannot be hashed
            return str(super()._print(expr))

    def _print_Integer(self, expr: Integer) -> str:
        if abs(int(expr.p)).bit_length() > HEX_BITS:
            return f"Integer({int(expr.p):#x})"
        return str(super()._print_Integer(expr))

    def _print_Rational(self, expr: Rational) -> str:
        if max(abs(int(expr.p)).bit_length(), int(expr.q).bit_length()) > HEX_BITS:
            return f"Rational({int(expr.p):#x}, {int(expr.q):#x})"
        return str(super()._print_Rational(expr))


def srepr_exact(value: Basic, **settings: Any) -> str:
    """``srepr(value)``, exact for integers of any size (see ``ExactRepr``)."""
    return str(ExactRepr(settings).doprint(value))


class KeyMemo(dict[int, tuple[object, str | None]]):
    """The verdict cache's memory while it keys claims: each part's text by the part's identity, and one ordinal
    per Dummy over every claim keyed with it (a Dummy's own index depends on what the process made before it)."""

    def __init__(self) -> None:
        super().__init__()
        self.dummies: dict[Dummy, int] = {}


class KeyRepr(ExactRepr):
    """``ExactRepr`` for a cache key: a Dummy by its ordinal in ``dummies`` (distinct Dummies stay distinct), and
    an undefined function with its assumptions, which ``srepr`` drops (σ(x) real and σ(x) positive would share a
    key); so are derive's classes made at run time for one function (g(x) of a whole vector, its partials)."""

    def __init__(self, dummies: dict[Dummy, int], settings: dict[str, Any] | None = None) -> None:
        super().__init__(settings)
        self.dummies = dummies

    def _print_Symbol(self, expr: Symbol) -> str:
        """With its assumptions in sorted order: their stored order can follow a set's, which differs by process."""
        facts = "".join(f", {key}={value}" for key, value in sorted(expr._assumptions_orig.items()))
        return f"{type(expr).__name__}({expr.name!r}{facts})"

    def _print_Dummy(self, expr: Dummy) -> str:
        ordinal = self.dummies.setdefault(expr, len(self.dummies))
        facts = "".join(f", {key}={value}" for key, value in sorted(expr._assumptions_orig.items()))
        return f"Dummy({expr.name!r}, ordinal={ordinal}{facts})"

    def _print_FunctionClass(self, expr: Any) -> str:
        if isinstance(expr, UndefinedFunction):
            facts = ", ".join(f"{key}={value!r}" for key, value in sorted(expr._kwargs.items()))
            return f"Function({expr.__name__!r}, {facts})"
        function = getattr(expr, "function", None)
        if isinstance(function, UndefinedFunction):  # of_vector(g), partial_of(g), output_partial(ℓ), …
            made_from = expr.__mro__[1]
            return f"{made_from.__module__}.{made_from.__qualname__}[{self._print_FunctionClass(function)}]"
        return str(super()._print_FunctionClass(expr))


def key_text(value: Basic, dummies: dict[Dummy, int]) -> str:
    """``value``'s text in a cache key (see ``KeyRepr``), with SymPy's stored order of arguments."""
    return str(KeyRepr(dummies, {"order": "none"}).doprint(value))


def any_part(value: object, test: Callable[[Basic], bool], summand_only: bool = False) -> bool:
    """Whether ``test`` holds for some part of ``value`` (a matrix: of an entry); each distinct subexpression is
    looked at once, since the n² entries of a matrix share the n entries of a vector. ``summand_only``: of a
    sum, only its summand, not its limits."""
    seen: set[Basic] = set()
    stack: list[Any] = [value]
    while stack:
        node = stack.pop()
        if isinstance(node, MatrixBase):
            stack.extend(node.flat())  # ``list(matrix)`` reads each entry through the slow path
            continue
        if not isinstance(node, Basic) or node in seen:
            continue
        if test(node):
            return True
        seen.add(node)
        stack.extend((node.function,) if summand_only and isinstance(node, Sum) else node.args)
    return False


__all__ = ["ExactRepr", "KeyMemo", "KeyRepr", "any_part", "key_text", "srepr_exact"]
