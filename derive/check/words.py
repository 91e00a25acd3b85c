"""Expressions in the checker's own messages ("undefined — at q_1 = 0, where q_i/p_i = 0"), written as the pages
write them: an entry as q_1 or w_{12}, a sum as Σ_{k=1}^{N} (…), not SymPy's q[1] and Sum(…, (k, 1, N))."""

from __future__ import annotations

from sympy import Basic, Indexed, Sum
from sympy.printing.str import StrPrinter


class _Words(StrPrinter):
    """SymPy's plain printer, with entries and sums as a page writes them."""

    printmethod = "_derive_words"  # not Indexed's own _sympystr, which writes q[1]

    def _print_Indexed(self, expr: Indexed) -> str:
        indices = [self._print(i) for i in expr.indices]
        written = "".join(indices) if all(len(i) == 1 for i in indices) else ",".join(indices)
        return f"{self._print(expr.base.label)}_{written if len(written) == 1 else '{' + written + '}'}"

    def _print_Sum(self, expr: Sum) -> str:
        body = self.parenthesize(expr.function, 50)  # below a product's precedence: a sum of terms in parentheses
        for variable, lower, upper in reversed(expr.limits):
            body = f"Σ_{{{self._print(variable)}={self._print(lower)}}}^{{{self._print(upper)}}} {body}"
        return body


def words(expr: object) -> str:
    """``expr`` as the checker's messages write it, or a stand-in when Python refuses to write one of its integers
    (over 4,300 digits)."""
    try:
        return _Words().doprint(expr) if isinstance(expr, Basic) else str(expr)
    except ValueError:
        return "an expression with an integer too long to write"
