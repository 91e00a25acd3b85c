"""``srepr`` for the verdict cache's keys, exact for integers of any size, and the test for what it cannot key."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sympy import Basic, Integer, MatrixBase, Rational, Sum
from sympy.core.function import AppliedUndef
from sympy.printing.repr import ReprPrinter

from derive.model.vector_functions import OfVector, PartialOf

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


def has_undefined(value: Basic) -> bool:
    """Whether an undefined function f(x), or one of a whole vector g(x), occurs in ``value``."""
    return any_part(value, lambda node: isinstance(node, (AppliedUndef, OfVector, PartialOf)))


__all__ = ["ExactRepr", "any_part", "has_undefined", "srepr_exact"]
