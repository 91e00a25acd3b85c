"""Expressions on one line in readable unicode, for the terminal and for prose: ∂s_i/∂z_k = s_i·(δ_ik - s_k)."""

from __future__ import annotations

import unicodedata
from typing import Any, ClassVar

from sympy import (
    Add,
    Basic,
    Derivative,
    Indexed,
    IndexedBase,
    Integer,
    Interval,
    MatrixBase,
    Mul,
    NDimArray,
    Pow,
    S,
    Sum,
    Symbol,
    exp,
    log,
)
from sympy.core.mul import _keep_coeff
from sympy.printing.precedence import PRECEDENCE, precedence
from sympy.printing.str import StrPrinter

from derive.model.notation import SumExcept
from derive.printers.bound import bound_names
from derive.printers.numbers import HugeNumbers

#: Names written as a person writes them.
NAMES = {"yhat": "ŷ", "theta": "θ", "delta": "δ", "epsilon": "ε", "gamma": "γ", "ytilde": "ỹ"}
#: A name's accent, as the reader names it ("phat" is p̂, "Lcal" is 𝓛): a combining mark after its letter.
MARKS = {"hat": "\u0302", "tilde": "\u0303", "bar": "\u0304"}


def person_name(name: str) -> str:
    """How a person writes ``name``: θ for theta, ŷ for yhat, ℒ for Lcal; any other name as it is."""
    if name in NAMES:
        return NAMES[name]
    base, suffix = name[:-3], name[-3:]
    if len(base) == 1 and base.isalpha() and suffix in MARKS:
        return base + MARKS[suffix]
    if len(base) == 1 and "A" <= base <= "Z" and suffix == "cal":
        for prefix in ("SCRIPT CAPITAL ", "MATHEMATICAL SCRIPT CAPITAL "):
            try:
                return unicodedata.lookup(prefix + base)
            except KeyError:
                continue
    return name


class PlainPrinter(HugeNumbers, StrPrinter):
    """A StrPrinter for people: z_i for z[i], e^(x), Σ_{j=1..n}, ∂a/∂b, δ_ik, · for products, ^ for powers."""

    printmethod = "_derive_plain"  # not "_sympystr": Indexed would print itself as z[i]
    #: ``matrix_edge``: when set, a matrix with more rows (columns) than twice this and one more shows only its
    #: first and last ``matrix_edge`` rows (columns), with … between, and its shape.
    _default_settings: ClassVar[dict[str, Any]] = {**StrPrinter._default_settings, "order": "none", "matrix_edge": None}

    def parenthesize(self, item: Basic, level: int, strict: bool = False) -> str:
        """``item`` in brackets when it binds more loosely than ``level`` (see ``rank``)."""
        rank = self.rank(item)
        if rank < level or (not strict and rank <= level):
            return f"({self._print(item)})"
        return str(self._print(item))

    @staticmethod
    def rank(item: Basic) -> int:
        """How tightly ``item`` binds as printed: a sum (Σ … runs on to the right) as a sum, a derivative (a/b)
        and a product as a product, e^(x) as a power, a product printed with a leading − as a sum."""
        if isinstance(item, (Sum, SumExcept)):
            return PRECEDENCE["Add"]
        if isinstance(item, Derivative):
            return PRECEDENCE["Mul"]
        if isinstance(item, exp):
            return PRECEDENCE["Pow"]
        if isinstance(item, Mul) and item.args and item.args[0].is_number and item.args[0].is_extended_negative:
            return PRECEDENCE["Add"]
        return int(precedence(item))

    def __init__(self, settings: dict[str, Any] | None = None) -> None:
        super().__init__(settings)
        #: The names to print for the dummy indices of the expression being printed (see ``bound_names``).
        self.bound: dict[Basic, str] = {}

    def _print_Symbol(self, expr: Symbol) -> str:
        return person_name(expr.name)

    def _print_Dummy(self, expr: Symbol) -> str:
        return person_name(self.bound.get(expr, expr.name))

    def _print_IndexedBase(self, expr: IndexedBase) -> str:
        return str(self._print(expr.label))

    def _print_Indexed(self, expr: Indexed) -> str:
        indices = [str(self._print(index)) for index in expr.indices]
        joined = "".join(indices) if all(len(i) == 1 for i in indices) else ",".join(indices)
        return f"{self._print(expr.base)}_{joined}"

    def _print_Derivative(self, expr: Derivative) -> str:
        below = "".join(f"∂{self._print(v)}" if c == 1 else f"∂{self._print(v)}^{c}" for v, c in expr.variable_count)
        order = sum(c for _, c in expr.variable_count)
        top = "∂" if order == 1 else f"∂^{order}"
        inner = expr.expr
        if isinstance(inner, (Indexed, Symbol)):
            return f"{top}{self._print(inner)}/{below}"
        if isinstance(inner, log) and isinstance(inner.args[0], (Indexed, Symbol)):
            return f"{top} log {self._print(inner.args[0])}/{below}"
        return f"{top}/{below} ({self._print(inner)})"

    def _print_Sum(self, expr: Sum) -> str:
        ranges = ", ".join(f"{self._print(v)}={self._print(a)}..{self._print(b)}" for v, a, b in expr.limits)
        return f"Σ_{{{ranges}}} {self.parenthesize(expr.function, PRECEDENCE['Add'])}"

    def _print_NDimArray(self, expr: NDimArray) -> str:
        """An array of three indices (∂θ/∂w written out at n = 2) as nested lists."""

        def nested(items: object) -> str:
            if isinstance(items, list):
                return "[" + ", ".join(nested(item) for item in items) + "]"
            return str(self._print(items))

        return nested(expr.tolist())

    def _print_SumExcept(self, expr: SumExcept) -> str:
        where = f"{self._print(expr.variable)}≠{self._print(expr.excluded)}"
        return f"Σ_{{{where}}} {self.parenthesize(expr.function, PRECEDENCE['Add'])}"

    def _print_exp(self, expr: Basic) -> str:
        return f"e^({self._print(expr.args[0])})"

    def _print_KroneckerDelta(self, expr: Basic) -> str:
        i, k = (str(self._print(a)) for a in expr.args)
        return f"δ_{i}{k}" if len(i) == len(k) == 1 else f"δ_{i},{k}"

    def _print_Add(self, expr: Add, order: str | None = None) -> str:
        """Terms in the order written; a term printed with a leading − joins with " - "."""
        text = ""
        for at, term in enumerate(expr.args):
            printed = str(self._print(term))
            if self.rank(term) < PRECEDENCE["Add"]:
                printed = f"({printed})"
            if at == 0:
                text = printed
            elif printed.startswith("-"):
                text += " - " + printed[1:]
            else:
                text += " + " + printed
        return text

    def _print_Mul(self, expr: Mul) -> str:
        """Factors in the order written; a leading −1 as a sign; x^-1 factors as one denominator."""
        factors = [f for f in expr.args if f is not S.One] or [S.One]  # 1·x, as a substitution leaves it, is x
        sign = ""
        if len(factors) > 1 and factors[0] is S.NegativeOne:
            sign, factors = "-", factors[1:]
        above = [f for f in factors if not (isinstance(f, Pow) and f.exp is S.NegativeOne)]
        below = [f.base for f in factors if isinstance(f, Pow) and f.exp is S.NegativeOne]
        numerator = self._product(above) if above else "1"
        if below:
            if (len(above) > 1 and len(below) == 1) or (len(above) == 1 and self._loose(above[0])):
                numerator = f"({numerator})"
            text = f"{numerator}/{self._denominator(below)}"
        else:
            text = numerator
        single = above[0] if not below and len(above) == 1 else None
        signed_sum = single is not None and self._loose(single) and not isinstance(single, (Sum, SumExcept))
        if sign and (text.startswith("-") or signed_sum):
            text = f"({text})"  # −(a − b), −(−a): the sign applies to all of it; −Σ_i a_i needs no brackets
        return sign + text

    def _product(self, factors: list[Basic]) -> str:
        printed = []
        for at, factor in enumerate(factors):
            last = at == len(factors) - 1
            tail = factor.args[-1] if isinstance(factor, Mul) else factor
            loose = isinstance(tail, (Sum, SumExcept)) and not last
            closing_sum = last and isinstance(factor, (Sum, SumExcept))  # a·Σ_j b_j: the Σ ends the product
            bracket = len(factors) > 1 and not closing_sum and self._needs_brackets(factor, first=at == 0)
            printed.append(f"({self._print(factor)})" if loose or bracket else str(self._print(factor)))
        return "·".join(printed)

    def _loose(self, term: Basic) -> bool:
        """A term that runs on to its right (a sum, Σ …, ∂a/∂b, −a) and so needs brackets before "/" or after −."""
        return isinstance(term, (Add, Sum, SumExcept, Derivative)) or self.rank(term) < PRECEDENCE["Mul"]

    def _needs_brackets(self, factor: Basic, first: bool) -> bool:
        """A factor of a product needs brackets if it is a sum, a derivative, a fraction or signed."""
        if isinstance(factor, Derivative) or (self.rank(factor) < PRECEDENCE["Mul"] and not first):
            return True
        if factor.is_Rational and not factor.is_Integer:
            return True  # (1/2)·x, as a written coefficient prints
        if isinstance(factor, Add):
            return True
        if isinstance(factor, Mul):
            fraction = any(isinstance(f, Pow) and f.exp is S.NegativeOne for f in factor.args)
            return fraction or (not first and factor.could_extract_minus_sign())
        return False

    def _denominator(self, factors: list[Basic]) -> str:
        (single,) = factors if len(factors) == 1 else (None,)
        slash = isinstance(single, Pow) and single.exp is S.NegativeOne  # 1/x prints with a slash
        if single is not None and self.rank(single) >= PRECEDENCE["Pow"] and not single.is_Mul and not slash:
            return str(self._print(single))
        if isinstance(single, (Sum, SumExcept)):
            return str(self._print(single))  # a/Σ_j b_j: the Σ runs to the end of the fraction
        return f"({self._product(factors)})"

    def _print_MatMul(self, expr: Basic) -> str:
        """Factors joined by ·, a negative coefficient as a leading −. Each factor is parenthesized at Mul's
        precedence: SymPy's ``precedence`` of a MatMul would negate it, multiplying explicit matrices out."""
        coefficient, factors = expr.as_coeff_mmul()
        sign = ""
        if coefficient.is_number and coefficient.is_extended_negative:
            expr, sign = _keep_coeff(-coefficient, factors), "-"
        return sign + "·".join(self.parenthesize(arg, PRECEDENCE["Mul"]) for arg in expr.args)

    def _print_Pow(self, expr: Pow, rational: bool = False) -> str:
        """b^e, with the base in brackets unless it is a name or a number, the exponent unless it is one;
        x^(1/2) as sqrt(x) and x^(-1) as 1/x."""
        base, exponent = expr.args
        if exponent is S.Half:
            return f"sqrt({self._print(base)})"
        if exponent is S.NegativeOne:
            return f"1/{self._denominator([base])}"
        printed_base = self.parenthesize(base, PRECEDENCE["Pow"], strict=False)
        printed_exponent = str(self._print(exponent))
        simple = isinstance(exponent, (Symbol, Indexed)) or (exponent.is_Integer and exponent >= 0)
        return f"{printed_base}^{printed_exponent if simple else f'({printed_exponent})'}"

    def _print_MatrixBase(self, expr: MatrixBase) -> str:
        rows, columns = self._shown(expr.rows), self._shown(expr.cols)

        def row(r: int) -> str:
            return "[" + ", ".join("…" if c is None else str(self._print(expr[r, c])) for c in columns) + "]"

        lines = ["…" if r is None else row(r) for r in rows]
        elided = None in rows or None in columns
        return "[" + ", ".join(lines) + "]" + (f" ({expr.rows} × {expr.cols})" if elided else "")

    def _shown(self, count: int) -> list[int | None]:
        """The positions of the rows (or columns) shown, None where the rest are left out."""
        edge = self._settings["matrix_edge"]
        if edge is None or count <= 2 * edge + 1:
            return list(range(count))
        return [*range(edge), None, *range(count - edge, count)]

    def _print_Equality(self, expr: Basic) -> str:
        return f"{self._print(expr.lhs)} = {self._print(expr.rhs)}"

    def _print_Unequality(self, expr: Basic) -> str:
        return f"{self._print(expr.lhs)} ≠ {self._print(expr.rhs)}"

    def _print_Contains(self, expr: Basic) -> str:
        return f"{self._print(expr.args[0])} ∈ {self._print(expr.args[1])}"

    def _print_Reals(self, expr: Basic) -> str:
        return "ℝ"

    def _print_Interval(self, expr: Interval) -> str:
        left = "(" if expr.left_open else "["
        right = ")" if expr.right_open else "]"
        return f"{left}{self._print(expr.start)}, {self._print(expr.end)}{right}"

    def _print_Infinity(self, expr: Basic) -> str:
        return "∞"

    def _print_Range(self, expr: Basic) -> str:
        """{1, 2, 3} when short, else {1, …, n}."""
        low, high = expr.inf, expr.sup
        if isinstance(low, Integer) and isinstance(high, Integer) and int(high) - int(low) < 4:
            return "{" + ", ".join(str(v) for v in range(int(low), int(high) + 1)) + "}"
        return f"{{{self._print(low)}, …, {self._print(high)}}}"

    def _print_Piecewise(self, expr: Basic) -> str:
        pieces = []
        for value, condition in expr.args:
            when = "otherwise" if condition is S.true else f"if {self._print(condition)}"
            pieces.append(f"{self._print(value)} {when}")
        return "{" + "; ".join(pieces) + "}"


def plain(expr: Basic, matrix_edge: int | None = None) -> str:
    """``expr`` on one line in readable unicode (z_i, e^(z_i), Σ_{j=1..3}, ∂s_i/∂z_k); with ``matrix_edge``, a
    large matrix shows its first and last rows and columns only (see ``PlainPrinter``)."""
    printer = PlainPrinter({"matrix_edge": matrix_edge})
    printer.bound = bound_names(expr)
    return str(printer.doprint(expr))


__all__ = ["PlainPrinter", "plain"]
