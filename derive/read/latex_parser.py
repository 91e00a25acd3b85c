"""A recursive-descent parser for the LaTeX of derivations, building SymPy objects directly (no ``eval``).

Grammar (``factor`` juxtaposed means a product; ``\\cdot``, ``\\times``, ``*`` and ``/`` are explicit)::

    expr    := ['+'|'-'] term (('+'|'-') term)*
    term    := factor ((['\\cdot'|'\\times'|'*'|'/'] factor) | ∂-operator term)*
    factor  := primary ['^' group]
    primary := number | name [subscript] | 'e' '^' group | '(' expr ')' | '[' expr ']' | '{' expr '}'
             | '\\left(' expr '\\right)' | '\\frac' group group | '\\frac{\\partial X}{\\partial v}'
             | '\\frac{\\partial}{\\partial v}' (applies to the rest of the term)
             | '\\sum_{v=1}^{n}' term | '\\sum_{v \\neq m}' term | '\\sum_{v}' term
             | ('\\log'|'\\ln'|'\\exp') (parenthesized | factor) | '\\delta_{ab}' | '\\hat{name}'

Tokens, scripts and numbers follow TeX's rules (a script takes one token or one braced group; digits apart only
by white space are one number); what a reader could take two ways is refused with both readings. Names are
single letters, Greek letters (``\\theta``) and hatted letters (``\\hat{y}``); what each stands for (a vector,
an index, a scalar, a defined name or function, the length n) is given by ``Names``, and the constructs are read
in ``derive.read.latex_constructs``. Anything else is rejected with the line and the construct. Depth,
exponents and numbers are bounded before SymPy sees them.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from sympy import (
    Derivative,
    Expr,
    Integer,
    MatrixBase,
    Mul,
    Pow,
    Rational,
)

from derive.errors import InputError
from derive.model.real_values import not_negative
from derive.read.code_indexing import refuse_code_index, refuse_code_name
from derive.read.cursor import Cursor
from derive.read.entry_builders import entry_builder
from derive.read.factor_gaps import refuse_gap, typed_function_at
from derive.read.hadamard import SIGNS, hadamard
from derive.read.latex_lexer import Token
from derive.read.names import GREEK, Names, refuse_undeclared_broadcast
from derive.read.script_labels import bracket_readings
from derive.read.shapes import Shaped, inner_or_product, power_refusal
from derive.read.shown_terms import shown_entries, within_shown
from derive.read.stray_tokens import unexpected, unsupported
from derive.read.transposes import Mark, transpose_mark, transpose_refusal, transposed
from derive.read.written_out import DOTS_MARK, DOTS_TERMS, written_out

#: Bounds checked before SymPy builds anything.
MAX_DEPTH = 40
MAX_EXPONENT = 64
MAX_EXP_ARGUMENT = 1000
MAX_TOKENS = 5000
#: The most bits of any integer in a formula (about 300 decimal digits), so that no huge number is ever built.
MAX_BITS = 1000

FRACTIONS = frozenset({"frac", "dfrac", "tfrac"})
HATS = frozenset({"hat", "widehat", "tilde", "widetilde", "bar", "overline", "mathcal", "dot"})
PRODUCT_COMMANDS = frozenset({"cdot", "times"})
STARTS_PRIMARY = frozenset({"sum", "log", "ln", "exp", "delta", "partial", "mathbb", "cases", "matrixenv", "left", "{",
                            "sqrt", "operatorname", "text", "nabla", "mathrm", "pi",
                            *FRACTIONS, *HATS, *GREEK})  # fmt: skip


@dataclass(frozen=True)
class _DerivativeOperator:
    """∂/∂v written before what it applies to; ``gradient`` for ∇_v, whose result is shaped like v."""

    variable: Expr
    gradient: bool = False


def _product(left: Expr, right: Expr) -> Expr:
    """left · right, where either may be a whole vector (SymPy's numbers do not defer to it)."""
    if isinstance(right, Shaped) and not isinstance(left, Shaped):
        return right.__rmul__(left)
    return left * right


def ambiguous(token: Token, shown: str, first: str, second: str) -> InputError:
    """A refusal for what a reader could take two ways: both readings, each with how to write it."""
    return InputError(f"line {token.line}: {shown} can be read two ways: {first}, or {second}")


class Parser(Cursor):
    """Parses one expression from a list of tokens (all of them must be used).

    ``nonzero`` collects what the page divides by, takes the logarithm of, or raises to a negative power,
    as written (before SymPy's evaluation can cancel it): the sides are defined only where each is nonzero.
    """

    shown_positions = 1  #: the largest number surely an index at symbolic n (a dotted matrix's shown rows: more)

    def __init__(self, tokens: list[Token], names: Names, line: int) -> None:
        if len(tokens) > MAX_TOKENS:
            raise InputError(f"line {line}: formula too long ({len(tokens)} tokens; at most {MAX_TOKENS})")
        super().__init__(list(tokens), line, MAX_DEPTH)  # a copy: \hat{y_i} inserts tokens while parsing
        self.names = names
        self.nonzero: list[Expr] = []
        self.one_example: set[str] = set()  #: indices of the sums being read over a batch of one (N: 1)
        self.one_example_sizes: dict[str, str] = {}  #: the size each of those sums runs over, by its index

    # Grammar -----------------------------------------------------------------------------------------------

    def parse(self) -> Expr:
        if not self.tokens:
            raise InputError(f"line {self.line}: an empty side of an equation")
        expr = self.expr()
        if self.peek() is not None:
            raise self.error(unexpected(self.peek()))  # type: ignore[arg-type]
        self.bounded(expr)
        return expr

    def bounded(self, expr: Expr) -> None:
        """Refuse a formula whose numbers are too large to work with (10^{64} raised again, say)."""
        if isinstance(expr, Shaped):
            expr = expr.entry
        for number in expr.atoms(Rational):
            if max(abs(number.p).bit_length(), number.q.bit_length()) > MAX_BITS:
                raise self.error(f"a number too large to check (more than {MAX_BITS} bits)")

    def expr(self) -> Expr:
        self.enter()
        with shown_entries(self) as shown:  # p_1 + p_2 + \\dots + p_n at symbolic n: p_2 is the second term's
            terms: list[Expr] = []
            sign = 1
            if self.at("+") or self.at("-"):
                sign = -1 if self.next().kind == "-" else 1
            terms.append(self.term() * sign)
            dots: Token | None = None  # where "+ \\dots +" stands: the terms before it and the one after, a pattern
            while self.at("+") or self.at("-"):
                sign = -1 if self.next().kind == "-" else 1
                token = self.peek()
                if token is not None and token.kind == "command" and token.value in DOTS_TERMS and dots is None:
                    dots = self.next()
                    if not (self.at("+") or self.at("-")):
                        raise self.error(f"\\{dots.value} must stand between two terms, as in a_1 + \\dots + a_n")
                    sign = -1 if self.next().kind == "-" else 1
                    terms.append(DOTS_MARK)
                terms.append(self.term() * sign)
        self.depth -= 1
        if dots is not None:
            return within_shown(written_out(terms, self.names, dots), shown, self.names, self.line)
        refuse_undeclared_broadcast(terms, self.names, self.line)  # x + b: b a number, or a bias written whole?
        return sum(terms[1:], terms[0])

    def starts_factor(self) -> bool:
        token = self.peek()
        if token is None:
            return False
        if token.kind in ("letter", "number", "(", "[", "{"):
            return True
        return token.kind == "command" and token.value in STARTS_PRIMARY

    def term(self) -> Expr:
        self.enter()
        factors: list[Expr] = []
        chunks: list[list[Expr]] = []  # the factors between ⊙ (⊘) signs (derive.read.hadamard)
        operators: list[Token] = []
        while True:
            dotted = self.at(".") and bool(factors) and self.peek(1) is not None  # a . b: a product, as typed
            if dotted and self.peek(1).kind == "number":  # type: ignore[union-attr]
                raise ambiguous(self.peek(), "a '.' before a digit (TeX shows 2 . 5 as 2.5)", "a decimal point, 2.5",  # type: ignore[arg-type]
                                "a product, written 2 \\cdot 5")  # fmt: skip
            if (self.at("command") and self.peek().value in PRODUCT_COMMANDS) or self.at("*") or dotted:  # type: ignore[union-attr]
                if not factors:
                    raise self.error("a product sign with nothing before it")
                sign, negated = self.next(), bool(self.at("-") and self.next())  # z \\cdot -\\log p: z times −log p
                item = self.factor()
                if isinstance(item, _DerivativeOperator):  # a \\cdot \\frac{∂}{∂x} (…): ∂/∂x of the term's rest
                    factors.append((-1) ** negated * self.operator_applied(item))
                    break
                factors[-1:] = inner_or_product(factors[-1], sign.value, (-1) ** negated * item)
            elif self.at("/"):
                if not factors:
                    raise self.error("'/' with nothing before it")
                slash = self.next()
                divisor = self.factor_value()
                self.nonzero.append(divisor)
                factors.append(Pow(divisor, -1))
                if self.starts_factor():
                    raise ambiguous(
                        slash,
                        "a/bc (a factor after the divisor)",
                        "a/(bc), written \\frac{a}{bc}",
                        "(a/b)c, written \\frac{a}{b} c",
                    )
            elif factors and self.at("command") and self.peek().value in SIGNS:  # type: ignore[union-attr]
                chunks.append(factors)
                factors = []
                operators.append(self.next())
            elif factors and self.at("{") and self.peek(1) is not None and self.peek(1).kind == "}":  # type: ignore[union-attr]
                self.position += 2  # an empty group after a factor ("\\frac{a}{b}{}") typesets nothing
            elif self.starts_factor():
                refuse_code_index(self.tokens, self.position)  # x[j]: x_j, or x·[j]?
                if factors:
                    refuse_code_name(self.tokens, self.position)  # x2: x_2, or x·2?
                    refuse_gap(self.peek(), typed_function_at(self.tokens, self.position))  # type: ignore[arg-type]
                item = self.factor()
                if isinstance(item, _DerivativeOperator):
                    factors.append(self.operator_applied(item))
                    break
                factors.append(item)
            else:
                break
        if not factors:
            token = self.peek()
            if token is not None and token.kind == "command":
                raise self.error(unsupported(token, self.position > 0 and self.tokens[self.position - 1].kind in "+-"))
            raise self.error("expected a term but found " + ("the end" if token is None else f"'{token.describe()}'"))
        self.depth -= 1
        if chunks:
            return hadamard([*chunks, factors], operators, _product, self.nonzero)
        if any(isinstance(f, (MatrixBase, Shaped)) for f in factors):
            return functools.reduce(_product, factors)  # a matrix product, in the order written
        return Mul(*factors) if len(factors) > 1 else factors[0]  # one factor: as it is (an array, too)

    def _declined(self) -> str:
        """Why a page's ^{(i)} was not read as a training example's number, where a name written both ways kept it."""
        both = self.names.examples_declined
        return f"; no example's number here, {both} written both with and without it" if both else ""

    def refuse_label(self, caret: Token | None) -> None:
        """``z^{(l)}``, ``x^{(i)}``, ``W^{[2]}``: a layer's or a sample's label in ML notation, or a power."""
        group = self.tokens[self.position + 1 : self.position + 6]
        kinds = [t.kind for t in group]
        bracket = bracket_readings(self.tokens, self.position + 1)  # ^{[l+2]}, ^{[L](i)}: a label, never a power
        if bracket is not None:
            raise ambiguous(caret or group[0], *bracket)
        if kinds[:2] == ["{", "("] and len(kinds) >= 5 and kinds[3:5] == [")", "}"]:
            label, declined = group[2].value, self._declined()
            raise ambiguous(caret or group[0], f"^{{({label})}}", f"a label (layer or sample {label}{declined})",
                            f"the power {label}, written ^{{{label}}}")  # fmt: skip

    def factor_value(self) -> Expr:
        item = self.factor()
        if isinstance(item, _DerivativeOperator):
            raise self.error("\\frac{\\partial}{\\partial ...} cannot stand after a product sign")
        return item

    def factor(self) -> Expr | _DerivativeOperator:
        base = self.primary()
        mark = transpose_mark(self.tokens, self.position) if self.at("^") else None
        if mark is not None and isinstance(base, (Shaped, MatrixBase)):
            self.position += mark.length  # x^T on a page of rows, an outer product?, is refused
            return transposed(base, self.names.row_vectors, self.tokens[self.position - mark.length])
        if mark is not None and not isinstance(base, _DerivativeOperator) and not self.names_power(mark, base):
            raise self.error(transpose_refusal(base, mark, self.names.undeclared))
        if self.at("^"):
            if isinstance(base, _DerivativeOperator):
                raise self.error("a power of a derivative operator")
            self.refuse_label(self.peek())
            self.next()
            exponent = self.group_or_token()
            self.after_script("^")
            return self.power(base, exponent)
        if self.at("_"):  # (E)_{ij}: the matrix of the E's, or nothing to attach to
            return entry_builder(self, self.names, base)
        return base

    def after_script(self, script: str) -> None:
        """TeX attaches a second script to the same base, and sets a digit after a one-token script beside it:
        refuse what the page shows differently from how it reads."""
        token = self.peek()
        if token is None:
            return
        if token.kind in ("^", "_") and script == "^":
            raise self.error(
                "a script after a superscript: TeX attaches both to the base (e^z_1 is e with superscript z and "
                "subscript 1); write the scripts in braces, as in e^{z_1}, or z_1^2"
            )
        previous = self.tokens[self.position - 1]
        if token.kind == "number" and previous.kind != "}":
            raise ambiguous(
                token,
                f"a digit after a one-token script ({script}{previous.describe()} {token.value})",
                f"one script {script}{{{previous.describe()}{token.value}}}",
                f"a product, written {script}{previous.describe()} \\cdot {token.value}",
            )

    def power(self, base: Expr, exponent: Expr) -> Expr:
        if isinstance(base, Shaped) or isinstance(exponent, Shaped):
            raise self.error(power_refusal(exponent))
        small = exponent.is_Rational and abs(exponent.p) <= MAX_EXPONENT and exponent.q <= MAX_EXPONENT
        if exponent.is_number and not small:
            raise self.error(f"exponent too large or not a plain number (at most {MAX_EXPONENT} in size)")
        if base.is_Rational and exponent.is_Integer:
            size = max(abs(base.p).bit_length(), base.q.bit_length()) * abs(int(exponent))
            if size > MAX_BITS:
                raise self.error(f"a number too large to check (more than {MAX_BITS} bits)")
        if exponent.is_number and exponent.is_negative:
            self.nonzero.append(base)
        if exponent.is_Rational and exponent.q % 2 == 0:  # √x, x^{3/2}: no real value where x < 0
            self.nonzero.append(not_negative(base))
        return Pow(base, exponent)

    def group_or_token(self, limit: bool = False) -> Expr:
        """An exponent: ``{expr}``, or one token as TeX takes it after ^ (a digit, a letter, a Greek letter); a sum's
        ``limit`` is set above the sign, and a digit after it (``\\sum_{i=1}^n 2e_i``) is plainly the summand's."""
        if self.at("{"):
            return self.group()
        token = self.next()
        if token.kind == "number":
            if len(token.value) > 1:  # TeX takes one digit: x^12 shows x¹2
                raise ambiguous(token, f"^{token.value} (TeX raises only the first digit)", f"^{{{token.value}}}",
                                f"^{token.value[0]} \\cdot {token.value[1:]}")  # fmt: skip
            return Integer(token.value)
        if token.kind == "letter" or (token.kind == "command" and token.value in GREEK):
            if not limit:
                self.after_script("^")
            return self.named(token.value, scripts=False)
        raise InputError(f"line {token.line}: write the exponent in braces: ^{{{token.describe()} …}}")

    def group(self) -> Expr:
        self.expect("{")
        inner = self.expr()
        self.expect("}")
        return inner

    def sub(self, tokens: list[Token]) -> Parser:
        parser = type(self)(tokens, self.names, tokens[0].line if tokens else self.line)
        parser.depth = self.depth
        parser.nonzero = self.nonzero
        parser.shown_positions = self.shown_positions
        return parser

    def primary(self) -> Expr | _DerivativeOperator:
        self.enter()
        try:
            return self._primary()
        finally:
            self.depth -= 1

    def number(self, token: Token) -> Expr:
        """A number as TeX typesets it: digits that only white space separates are one number (``2 5`` shows
        25); digits apart by a visible space (``1\\,000``) are refused."""
        digits = token.value
        following = self.peek()
        while following is not None and following.kind == "number" and "." not in digits:
            if following.gap != " ":
                raise ambiguous(
                    following,
                    f"{digits}{following.gap}{following.value} (digits apart by a space)",
                    f"the number {digits}{following.value}",
                    f"a product, written {digits} \\cdot {following.value}",
                )
            digits += self.next().value
            following = self.peek()
        if len(digits.replace(".", "")) > 30:
            raise InputError(f"line {token.line}: number {digits[:40]} is too long")
        return Rational(digits) if "." in digits else Integer(digits)

    def names_power(self, mark: Mark, base: Expr) -> bool:
        """Whether ``^T`` after a number is a power: T is a name of the page (``derive.read.latex_names``)."""
        return False

    def differentiate(self, expr: Expr, variable: Expr) -> Expr:
        """∂expr/∂variable as written (``ConstructParser`` gives a defined variable its meaning)."""
        return Derivative(expr, variable)

    def gradient(self, expr: Expr, variable: Expr) -> Expr:
        """∇_v expr, shaped like v (``derive.read.latex_calculus``)."""
        raise NotImplementedError

    def operator_applied(self, item: _DerivativeOperator) -> Expr:
        """∂/∂x applied to the rest of the term (``derive.read.latex_calculus``)."""
        raise NotImplementedError

    def _primary(self) -> Expr | _DerivativeOperator:
        """One primary: a number, a bracket, a name, a command (``derive.read.latex_constructs``)."""
        raise NotImplementedError

    def named(self, name: str, scripts: bool = True) -> Expr:
        """A declared name (``derive.read.latex_constructs``)."""
        raise NotImplementedError

    def index_value(self, token: Token) -> Expr:
        """An index letter or number (``derive.read.latex_constructs``)."""
        raise NotImplementedError


def parse_expression(tokens: list[Token], names: Names, line: int) -> Expr:
    """One expression from its tokens (``line`` is used when there are none)."""
    from derive.read.latex_constructs import ConstructParser

    return ConstructParser(tokens, names, line).parse()


def read_expression(tokens: list[Token], names: Names, line: int) -> tuple[Expr, tuple[Expr, ...]]:
    """One expression and what must not be zero for it to be defined (denominators, logs' arguments, as written)."""
    from derive.read.latex_constructs import ConstructParser

    parser = ConstructParser(tokens, names, line)
    expr = parser.parse()
    return expr, tuple(dict.fromkeys(parser.nonzero))
