"""LaTeX of expressions, as every printer writes math: a LatexPrinter for z_{i}, \\hat{y}_{k}, ∂a/∂b, Σ_{i≠k}, δ_{ik}.

Expressions keep the order in which a step writes them (``order='none'``); every bracket that the structure
needs is kept, so that derive's own reader reads the output back (tests/printers/latex_reader.py).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, ClassVar

from sympy import Basic, Derivative, Indexed, IndexedBase, Mul, Pow, S, Subs, Sum, Symbol, log
from sympy import exp as exp_function
from sympy.core.function import AppliedUndef
from sympy.printing.latex import LatexPrinter
from sympy.printing.precedence import PRECEDENCE, precedence_traditional

from derive.model.notation import SumExcept
from derive.printers.bound import bound_names
from derive.printers.numbers import HugeNumbers

#: Names of indexed bases written as a person writes them.
BASE_NAMES = {"yhat": r"\hat{y}"}


def _loose_sum(expr: Basic) -> bool:
    """Whether a Σ stands unenclosed at the right end of ``expr`` as printed (a following factor would join it)."""
    if isinstance(expr, (Sum, SumExcept)):
        return True
    if isinstance(expr, Mul):
        if any(isinstance(f, Pow) and f.exp.is_negative for f in expr.args):
            return False  # printed as \frac{…}{…}
        return _loose_sum(expr.args[-1])
    return False


def _product(factors: list[Basic]) -> Basic:
    """Factors as one unevaluated product (a single factor as itself): printing structure, not arithmetic."""
    return factors[0] if len(factors) == 1 else Mul(*factors, evaluate=False)


def plain_product(printer: Any, args: Sequence[Basic], separator: str, minus: str) -> str | None:
    """A product of entries and symbols (−s_i s_k), as SymPy's printers write it, without their general path
    (which negates the product and splits it into a fraction to ask how to write it): the n² entries of a matrix
    are mostly such products. None for any other product, or one whose written factor could be mistaken for a
    number (a name that starts with a digit)."""
    negative = args[0] is S.NegativeOne
    factors = args[1:] if negative else args
    if not factors or not all(isinstance(factor, (Indexed, Symbol)) for factor in factors):
        return None
    known = printer.indexed  # an entry already written in this expression: its text, without the dispatch
    written = [known.get(factor) or str(printer._print(factor)) for factor in factors]
    if any(not text or text[0].isdigit() or text.startswith(("-", r"\frac")) for text in written):
        return None
    return (minus if negative else "") + separator.join(written)


def written_once(printer: Any) -> Callable[[Basic], str]:
    """``printer._print`` as text, once per distinct expression (for the entries of one matrix)."""
    texts: dict[Basic, str] = {}

    def text(expr: Basic) -> str:
        found = texts.get(expr)
        if found is None:
            found = texts[expr] = str(printer._print(expr))
        return found

    return text


class MathLatexPrinter(HugeNumbers, LatexPrinter):
    """LaTeX for expressions: z_{i}, \\hat{y}_{k}, ∂a/∂b, Σ_{i≠k}, δ_{ik}; sums' dummy indices named apart."""

    huge_form = r"\approx {m} \times 10^{{{e}}}"

    _default_settings: ClassVar[dict[str, Any]] = {**LatexPrinter._default_settings, "order": "none"}

    # Expressions ------------------------------------------------------------------------------------------

    def _print_IndexedBase(self, expr: IndexedBase) -> str:
        name = str(expr.label)
        return BASE_NAMES.get(name, str(self._print(expr.label)))

    def _print_Indexed(self, expr: Indexed) -> str:
        """w_{ij} when every index is one letter or digit, else w_{i,j+1}; each entry written once per expression
        (the n² entries of a matrix name the same n entries of s over and over)."""
        written = self.indexed.get(expr)
        if written is None:
            indices = [str(self._print(index)) for index in expr.indices]
            joined = "".join(indices) if all(len(i) == 1 for i in indices) else ",".join(indices)
            written = self.indexed[expr] = f"{self._print(expr.base)}_{{{joined}}}"
        return written

    def _print_Range(self, expr: Basic) -> str:
        """\\left\\{1, 2, 3\\right\\} as SymPy writes a short range, else \\left\\{1, \\dots, n\\right\\}."""
        low, high = expr.inf, expr.sup
        if low.is_Integer and high.is_Integer and int(high) - int(low) < 4:
            return str(super()._print_Range(expr))
        return rf"\left\{{{self._print(low)}, \dots, {self._print(high)}\right\}}"

    def _print_Add(self, expr: Basic, order: str | None = None) -> str:
        """Terms in the order written; a term printed with a leading − joins with " - " (never "+ -")."""
        tex = ""
        for at, term in enumerate(self._as_ordered_terms(expr, order=order)):
            printed = str(self._print(term))
            if self._needs_add_brackets(term):
                printed = rf"\left({printed}\right)"
            if at == 0:
                tex = printed
            elif printed.startswith("-"):
                tex += " - " + printed[1:].lstrip()
            else:
                tex += " + " + printed
        return tex

    def _print_Derivative(self, expr: Derivative) -> str:
        below = " ".join(
            rf"\partial {self._print(v)}" if c == 1 else rf"\partial {self._print(v)}^{{{c}}}"
            for v, c in expr.variable_count
        )
        order = sum(c for _, c in expr.variable_count)
        top = r"\partial" if order == 1 else rf"\partial^{{{order}}}"
        inner = expr.expr
        if isinstance(inner, (Indexed, Symbol)):
            return rf"\frac{{{top} {self._print(inner)}}}{{{below}}}"
        if isinstance(inner, log) and isinstance(inner.args[0], (Indexed, Symbol)):
            return rf"\frac{{{top} \log {self._print(inner.args[0])}}}{{{below}}}"
        return rf"\frac{{{top}}}{{{below}}} \left({self._print(inner)}\right)"

    def _print_AppliedUndef(self, expr: AppliedUndef, exp: str | None = None) -> str:
        """A generic function as the page writes it, \\sigma\\left(z_{j}\\right) (derive reads it back); a power of it
        (SymPy's ``_print_Pow`` passes ``exp``) in parentheses, never \\sigma^{2}(z), which reads two ways."""
        arguments = ", ".join(self._print(argument) for argument in expr.args)
        applied = rf"{self._print(Symbol(expr.func.__name__))}\left({arguments}\right)"
        return applied if exp is None else rf"\left({applied}\right)^{{{exp}}}"

    def _print_Subs(self, expr: Subs) -> str:
        """σ'(v), a generic function's derivative at its point (``derive.model.generic``), with its primes."""
        inner, variables = expr.expr, expr.variables
        if (
            isinstance(inner, Derivative)
            and isinstance(inner.expr, AppliedUndef)
            and len(variables) == 1
            and inner.expr.args == variables
            and [v for v, _ in inner.variable_count] == list(variables)
        ):
            order = sum(c for _, c in inner.variable_count)
            marks = "'" * order if order <= 3 else f"^{{({order})}}"
            name = self._print(Symbol(inner.expr.func.__name__))
            return rf"{name}{marks}\left({self._print(expr.point[0])}\right)"
        return str(super()._print_Subs(expr))

    def parenthesize(self, item: Basic, level: int, is_neg: bool = False, strict: bool = False) -> str:
        """As SymPy's, with Σ_{i≠k} ranked as SymPy ranks a Σ (a product): bracketed as a power's base."""
        if isinstance(item, SumExcept) and level >= PRECEDENCE["Mul"] and (strict or level > PRECEDENCE["Mul"]):
            return rf"\left({self._print(item)}\right)"
        return str(super().parenthesize(item, level, is_neg=is_neg, strict=strict))

    def _print_Sum(self, expr: Sum) -> str:
        """As SymPy's, but a summand printed with a leading minus is bracketed: \\sum_{j} \\left(- z_{j}\\right)."""
        tex = str(super()._print_Sum(expr))
        body = str(self._print(expr.function))
        if body.startswith("-") and tex.endswith(body):
            tex = tex[: -len(body)] + rf"\left({body}\right)"
        return tex

    def _print_SumExcept(self, expr: SumExcept) -> str:
        function = self._print(expr.function)
        if precedence_traditional(expr.function) < PRECEDENCE["Mul"] or str(function).startswith("-"):
            function = rf"\left({function}\right)"
        return rf"\sum_{{{self._print(expr.variable)} \neq {self._print(expr.excluded)}}} {function}"

    def _print_KroneckerDelta(self, expr: Basic, exp: Any = None) -> str:
        i, k = (str(self._print(a)) for a in expr.args)
        tex = rf"\delta_{{{i}{k}}}" if (i + k).isalpha() and len(i) == len(k) == 1 else rf"\delta_{{{i}, {k}}}"
        return tex if exp is None else rf"{{\left({tex}\right)}}^{{{exp}}}"

    def _print_Pow(self, expr: Pow) -> str:
        """As SymPy's, but a power of a function in brackets: SymPy's \\log{\\left(x \\right)}^{2} reads as
        log of x² just as well as (log x)², and derive's reader refuses it."""
        if isinstance(expr.base, (log, exp_function)) and not expr.exp.is_negative:
            return rf"{{\left({self._print(expr.base)}\right)}}^{{{self._print(expr.exp)}}}"
        return str(super()._print_Pow(expr))

    def _helper_print_standard_power(self, expr: Pow, template: str) -> str:
        """As SymPy's, but a bracketed base is a group, {\\left(…\\right)}^{2}: the exponent sits on the whole
        bracket, not on the closing parenthesis alone (chktex warning 3)."""
        tex = str(super()._helper_print_standard_power(expr, template))
        base = str(self.parenthesize(expr.base, PRECEDENCE["Pow"]))
        if base.startswith(r"\left(") and base.endswith(r"\right)") and tex.startswith(base + "^"):
            return "{" + base + "}" + tex[len(base) :]
        return tex

    def _print_Mul(self, expr: Mul) -> str:
        """A leading −1 as a sign, and x·y⁻¹ as \\frac{x}{y}, also in unevaluated products."""
        if not isinstance(expr, Mul):  # SymPy hands a power with a negative exponent to _print_Mul
            return str(super()._print_Mul(expr))
        args = [a for a in expr.args if a is not S.One] or [S.One]  # 1·x, as a substitution leaves it, is x
        if len(args) == 1:
            return str(self._print(args[0]))
        plain = plain_product(self, expr.args, " ", "- ")  # not ``args``: SymPy writes a 1 that stands among others
        if plain is not None:
            return plain
        if args[0] is S.NegativeOne:
            rest = _product(args[1:])
            tex = str(self._print(rest))
            loose = precedence_traditional(rest) < PRECEDENCE["Mul"] or tex.startswith("-")  # −(−x), never "- -x"
            return rf"- \left({tex}\right)" if loose else f"- {tex}"
        below = [a.base for a in args if isinstance(a, Pow) and a.exp is S.NegativeOne]
        if below:
            above = [a for a in args if not (isinstance(a, Pow) and a.exp is S.NegativeOne)]
            numerator = self._print(_product(above)) if above else "1"
            return rf"\frac{{{numerator}}}{{{self._print(_product(below))}}}"
        return str(super()._print_Mul(expr))

    def _print_MatMul(self, expr: Basic) -> str:
        """Matrix factors side by side, a leading −1 as a sign: never multiplied out."""
        args = list(expr.args)
        sign = ""
        if len(args) > 1 and args[0] == S.NegativeOne:
            sign, args = "- ", args[1:]
        return sign + " ".join(str(self.parenthesize(a, PRECEDENCE["Mul"], strict=False)) for a in args)

    def _print_MatAdd(self, expr: Basic) -> str:
        """Terms in the order written; SymPy's own negates a term, which multiplies explicit matrices out."""
        tex = ""
        for at, term in enumerate(expr.args):
            printed = str(self._print(term))
            if at and printed.startswith("- "):
                tex += " - " + printed[2:]
            else:
                tex += (" + " if at else "") + printed
        return tex

    def _print_matrix_contents(self, expr: Any) -> str:
        """As SymPy's, with the rows read by ``tolist`` (SymPy slices each row, a copy read entry by entry) and
        each distinct entry written once."""
        entry_text = written_once(self)
        lines = [" & ".join(entry_text(entry) for entry in row) for row in expr.tolist()]
        environment = self._settings["mat_str"]
        if environment is None:
            small = self._settings["mode"] == "inline"
            environment = "smallmatrix" if small else "matrix" if expr.cols <= 10 else "array"
        columns = "{" + "c" * expr.cols + "}" if environment == "array" else ""
        return rf"\begin{{{environment}}}{columns}" + r"\\".join(lines) + rf"\end{{{environment}}}"

    def _needs_mul_brackets(self, expr: Basic, first: bool = False, last: bool = False) -> bool:
        """As SymPy's, but a Σ needs brackets only where a following factor would run into it."""
        if isinstance(expr, SumExcept) and not last:
            return True
        return bool(super()._needs_mul_brackets(expr, first=first, last=last or not _loose_sum(expr)))

    def __init__(self, settings: dict[str, Any] | None = None) -> None:
        super().__init__(settings)
        #: The names to print for the dummy indices of the expression being printed (see ``bound_names``).
        self.bound: dict[Basic, str] = {}
        #: Each entry z_{i} as written, for the expression being printed (its indices' names depend on ``bound``).
        self.indexed: dict[Basic, str] = {}

    def expression(self, expr: Basic) -> str:
        """One expression of a derivation, its sums' dummy indices named apart from its free ones."""
        self.bound, self.indexed = bound_names(expr), {}
        try:
            return str(self._print(expr))
        finally:
            self.bound, self.indexed = {}, {}

    def _print_Dummy(self, expr: Symbol) -> str:
        name = self.bound.get(expr)
        return str(self._print(Symbol(name or expr.name)))


def latex_expr(expr: Basic) -> str:
    """One expression in LaTeX, as every printer writes it (for JSON and Markdown)."""
    return MathLatexPrinter().expression(expr)


__all__ = ["BASE_NAMES", "MathLatexPrinter", "latex_expr", "plain_product", "written_once"]
