"""Presentation MathML of expressions, which Chromium, Firefox and Safari render without any script: SymPy's
MathML printer with derive's notation (δ_ik, Σ_{i≠k}, ŷ, e, sums' dummy indices named apart)."""

from __future__ import annotations

from html import escape
from typing import Any, ClassVar

from sympy import Basic, S, Symbol
from sympy.printing.mathml import MathMLPresentationPrinter

from derive.model.notation import SumExcept
from derive.printers.bound import bound_names
from derive.printers.plain import plain

#: Names of indexed bases written as a person writes them: (letter, accent).
ACCENTS = {"yhat": ("y", "^")}


class MathMLPrinter(MathMLPresentationPrinter):
    """SymPy's presentation MathML, in the order each step writes its terms, with derive's notation."""

    _default_settings: ClassVar[dict[str, Any]] = {**MathMLPresentationPrinter._default_settings, "order": "none"}

    def __init__(self, settings: dict[str, Any] | None = None) -> None:
        super().__init__(settings)
        self.bound: dict[Basic, str] = {}

    def _element(self, tag: str, *children: Any, text: str | None = None) -> Any:
        element = self.dom.createElement(tag)
        if text is not None:
            element.appendChild(self.dom.createTextNode(text))
        for child in children:
            element.appendChild(child)
        return element

    def _print_Exp1(self, expr: Basic) -> Any:
        return self._element("mi", text="e")

    def _print_Dummy(self, expr: Symbol) -> Any:
        name = self.bound.get(expr)
        return self._print(Symbol(name)) if name else self._print_Symbol(expr)

    def _print_IndexedBase(self, expr: Basic) -> Any:
        label = str(expr.label)
        if label in ACCENTS:
            letter, accent = ACCENTS[label]
            return self._element("mover", self._element("mi", text=letter), self._element("mo", text=accent))
        return self._element("mi", text=label)

    def _print_Indexed(self, expr: Basic) -> Any:
        indices = [self._print(index) for index in expr.indices]
        below = indices[0] if len(indices) == 1 else self._element("mrow", *indices)
        return self._element("msub", self._print(expr.base), below)

    def _print_KroneckerDelta(self, expr: Basic) -> Any:
        below = self._element("mrow", *(self._print(a) for a in expr.args))
        return self._element("msub", self._element("mi", text="δ"), below)

    def _print_SumExcept(self, expr: SumExcept) -> Any:
        under = self._element(
            "mrow", self._print(expr.variable), self._element("mo", text="≠"), self._print(expr.excluded)
        )
        sigma = self._element("munder", self._element("mo", text="∑"), under)
        body = self._element("mrow", self._element("mo", text="("), self._print(expr.function))
        body.appendChild(self._element("mo", text=")"))
        return self._element("mrow", sigma, body)

    def _print_Piecewise(self, expr: Basic) -> Any:
        """A brace before one row per piece: its value, then "if" and its condition ("otherwise" for true)."""
        table = self._element("mtable")
        for value, condition in expr.args:
            when = self._element("mtext", text="otherwise") if condition is S.true else self._print(condition)
            cells = (self._element("mtd", self._print(value)), self._element("mtd", self._element("mtext", text="if ")))
            row = self._element("mtr", *cells, self._element("mtd", when))
            if condition is S.true:
                row.removeChild(row.childNodes[1])
            table.appendChild(row)
        return self._element("mrow", self._element("mo", text="{"), table)

    def expression(self, expr: Basic) -> str:
        """``expr`` as the inside of a <math> element; an expression SymPy's printer has no MathML for is
        shown as derive's plain text of it (<mtext>), never dropped."""
        self.bound = bound_names(expr)
        try:
            return str(self.doprint(expr))
        except Exception:  # SymPy raises many kinds of error for what it cannot print
            return str(self._element("mtext", text=plain(expr)).toxml())
        finally:
            self.bound = {}


def mathml(expr: Basic, display: bool = False, before: str = "", alttext: str = "") -> str:
    """``expr`` as a <math> element (``display``: in display style, as a block is, but aligned where it stands);
    ``before`` is MathML put in front (such as <mo>=</mo>); ``alttext``, the LaTeX that the page wrote."""
    inner = MathMLPrinter().expression(expr)
    style = ' displaystyle="true"' if display else ""
    alt = f' alttext="{escape(alttext)}"' if alttext else ""
    return f"<math{style}{alt}>{before}{inner}</math>"


__all__ = ["MathMLPrinter", "mathml"]
