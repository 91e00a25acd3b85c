"""The absolute value as the page means it: ``|a|``, ``\\lvert a \\rvert``, ``\\left| a \\right|``.

SymPy differentiates Abs(a) to sign(a), whose value at 0 is 0 by convention: a claim about the slope at the kink
would then be proven through that convention. Here d|a|/da is sgn(a) where a ≠ 0 and has no value at 0 (a
Piecewise with no branch there), so that a link is checked where its sides are defined, and the report says so
(``derive.read.value_domains``). A bare ``|`` reads two ways where it stands between two factors and bars enough
for either reading follow (``|a|b|c|``: |a| b |c|, or |a |b| c|): refused, naming both.
"""

from __future__ import annotations

from sympy import Abs, Basic, Derivative, Expr, Indexed, KroneckerDelta, Mul, Ne, Piecewise, Sum, sign
from sympy.printing.printer import Printer

from derive.errors import InputError
from derive.read.index_ranges import index_range
from derive.read.latex_lexer import Token
from derive.read.latex_parser import STARTS_PRIMARY, ambiguous
from derive.read.latex_sums import SumParser
from derive.read.names import GREEK, Names
from derive.read.shapes import Shaped

#: Token kinds after which a bar closes what is open (what ends a factor stands before it).
_ENDS = frozenset({"letter", "number", ")", "]", "}", "'"})
#: Token kinds that start a factor after a bar.
_STARTS = frozenset({"letter", "number", "(", "[", "{"})


def signum(value: Expr) -> Expr:
    """sgn(value), written so that sgn(y − ŷ) and −sgn(ŷ − y) are one expression (the rewrites compare forms)."""
    return -sign(-value) if value.could_extract_minus_sign() else sign(value)


class Absolute(Abs):
    """|a|: SymPy's Abs, whose derivative is sgn(a) where a ≠ 0 and has no value at a = 0 (not sign(0) = 0)."""

    def _eval_derivative(self, x: Expr) -> Expr:
        inner = self.args[0]
        return Derivative(inner, x, evaluate=True) * Piecewise((signum(inner), Ne(inner, 0)))

    def _latex(self, printer: Printer) -> str:
        return rf"\left|{printer._print(self.args[0])}\right|"

    def _sympystr(self, printer: Printer) -> str:
        return f"|{printer._print(self.args[0])}|"


def entry_sums(expr: Expr, variable: Basic, names: Names, line: int) -> Expr:
    """Σ_t δ_tk g(t), as SymPy leaves a sum differentiated by the entry x_k (∂/∂ŷ_k Σ_t |y_t − ŷ_t|), written g(k):
    every term but the k-th is constant in x_k, so its derivative is 0 wherever its own value is undefined too.
    Only where t runs over k's own range, 1 to the length of x's slot."""
    if not (isinstance(variable, Indexed) and len(variable.indices) == 1):
        return expr
    k = variable.indices[0]
    upper = index_range(k, [variable], names, line)

    def one(node: Sum) -> Expr:
        if len(node.limits) != 1:
            return node
        t, low, high = node.limits[0]
        body = node.function
        inner = body.args[0][0] if isinstance(body, Piecewise) and len(body.args) == 1 else body
        delta = next((f for f in Mul.make_args(inner) if f in (KroneckerDelta(t, k), KroneckerDelta(k, t))), None)
        if delta is None or t == k or low != 1 or high != upper:
            return node
        return body.xreplace({delta: 1}).xreplace({t: k})

    return expr.replace(lambda node: isinstance(node, Sum), one)


class AbsoluteParser(SumParser):
    """Reads ``|a|``, ``\\lvert a \\rvert`` and ``\\left| a \\right|`` as the absolute value of a number."""

    open_bars = 0  #: how many bare bars the cursor stands inside
    opened_at = -1  #: where the last bare bar opened

    def starts_factor(self) -> bool:
        """A bare bar starts a factor unless it closes the one open; ``\\lvert`` always does."""
        token = self.peek()
        if token is not None and token.kind == "|":
            return self.bar_opens()
        if token is not None and token.kind == "command" and token.value == "lvert":
            return True
        return bool(super().starts_factor())

    def bar_opens(self) -> bool:
        """Whether the bare bar at the cursor opens an absolute value (else it closes the one open)."""
        if not self.open_bars:
            return True
        before = self.tokens[self.position - 1] if self.position else None
        just_opened = before is not None and before.kind == "|" and self.position - 1 == self.opened_at
        ends = before is not None and (
            before.kind in _ENDS or (before.kind == "|" and not just_opened) or (before.kind, before.value) in _GREEK
        )
        if not ends:
            return True  # |a - |b||: after an operator, a bar opens
        after = self.peek(1)
        starts = after is not None and (
            after.kind in _STARTS or (after.kind == "command" and after.value in (*STARTS_PRIMARY, "lvert"))
        )
        if starts and self.bars_ahead() >= 2:
            raise ambiguous(
                self.peek(),  # type: ignore[arg-type]
                "a bar between two factors with more bars after it (|a|b|c|)",
                "two absolute values side by side, |a| b |c|, written \\left|a\\right| b \\left|c\\right|",
                "one inside the other, |a |b| c|, written \\left|a \\left|b\\right| c\\right|",
            )
        return False

    def bars_ahead(self) -> int:
        """How many bare bars follow the one at the cursor in its own group (not inside brackets or braces)."""
        level, count = 0, 0
        for at in range(self.position + 1, len(self.tokens)):
            token = self.tokens[at]
            if token.kind in ("(", "[", "{"):
                level += 1
            elif token.kind in (")", "]", "}"):
                level -= 1
                if level < 0:
                    break
            elif token.kind in ("&", "newline") and level == 0:
                break
            elif token.kind == "|" and level == 0 and self.tokens[at - 1].value not in ("left", "right"):
                count += 1
        return count

    def absolute_value(self, token: Token) -> Expr:
        """``|a|`` (its bar at ``token`` read), ``\\lvert a \\rvert`` or ``\\left| a \\right|``."""
        bare = token.kind == "|"
        saved = self.open_bars, self.opened_at
        self.open_bars, self.opened_at = (saved[0] + 1, self.position - 1) if bare else (0, -1)
        if token.value == "left":
            self.next()
        try:
            inner = self.expr()
        finally:
            self.open_bars, self.opened_at = saved
        if token.value == "left":
            self.expect("command", "right")
        closer = ("command", "rvert") if token.value == "lvert" else ("|", "|")
        if not self.at(*closer):
            raise InputError(
                f"line {token.line}: a '{token.describe()}' with no closing bar: an absolute value is written |a| "
                "(a bar inside a function's parentheses, p(k | x), is not read as one)"
            )
        self.next()
        if isinstance(inner, Shaped):
            raise ambiguous(token, f"|…| of a whole {inner.shape()}", "a norm, written \\lVert v \\rVert",
                            "the absolute value of each entry, written of one entry |v_j|")  # fmt: skip
        return Absolute(inner)


_GREEK = frozenset(("command", name) for name in GREEK)
