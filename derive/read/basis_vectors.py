"""``e_i`` with no vector e: the i-th standard basis vector, as notes write ∇_z log s_i = e_i − s.

Read so only beside a whole vector: in a sum with one (``e_i - s``), or as a side whose other side is one
(``∇_z z_i = e_i``). Beside a number, scaled, or as a side against a number it could as well be an entry of a
vector e the page never defined, so it is refused naming both readings.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sympy import Expr

from derive.errors import InputError
from derive.read.shapes import Shaped


@dataclass(frozen=True)
class Basis(Shaped):
    """``e_i``, its entry at P δ_iP, not yet beside a whole vector: beside one it is a ``Shaped`` like any other."""

    line: int = 0

    def refusal(self) -> InputError:
        return InputError(
            f"line {self.line}: e_i can be read two ways: the i-th standard basis vector (entries δ_ik), read so "
            "only beside a whole vector (e_i - s), or an entry of a vector e (define it: e_i: …)"
        )

    def __add__(self, other: object) -> Shaped:
        if other == 0:
            return self
        if isinstance(other, Basis):
            return Basis(self.rows, self.columns, self.entry + other.entry, self.axes, self.line)
        if isinstance(other, Shaped):
            return Shaped.__add__(self, other)
        raise self.refusal()

    def __radd__(self, other: object) -> Shaped:
        return self.__add__(other)

    def __neg__(self) -> Shaped:
        return Basis(self.rows, self.columns, -self.entry, self.axes, self.line)

    def __mul__(self, other: object) -> Expr | Shaped:
        if other in (1, -1):
            return Basis(self.rows, self.columns, self.entry * other, self.axes, self.line)
        raise self.refusal()

    def __rmul__(self, other: object) -> Shaped:
        return self.__mul__(other)


def refuse_lonely(sides: Iterable[Expr | Shaped], continued: bool) -> None:
    """A link's sides, one of them ``e_i`` not yet beside a whole vector and another a number, or the chain going on
    from a display before (whose side this reader does not see as a whole here): refused."""
    listed = list(sides)
    basis = next((side for side in listed if isinstance(side, Basis)), None)
    if basis is not None and (continued or not all(isinstance(side, Shaped) for side in listed)):
        raise basis.refusal()
