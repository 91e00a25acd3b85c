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

Names are single letters, Greek letters (``\\theta``) and hatted letters (``\\hat{y}``); what each stands for
(a vector, an index, a scalar, a defined name, the length n) is given by ``Names``. Anything else is rejected
with the line and the construct. Depth, exponents and numbers are bounded before SymPy sees them.
"""

from __future__ import annotations

from dataclasses import dataclass

from sympy import (
    Derivative,
    Expr,
    Indexed,
    Integer,
    KroneckerDelta,
    Mul,
    Pow,
    Rational,
    Sum,
    Symbol,
    exp,
    log,
)

from derive.errors import InputError
from derive.model.notation import SumExcept
from derive.read.cursor import Cursor
from derive.read.latex_lexer import Token
from derive.read.names import GREEK, Names, display_name

#: Bounds checked before SymPy builds anything.
MAX_DEPTH = 40
MAX_EXPONENT = 64
MAX_EXP_ARGUMENT = 1000
MAX_TOKENS = 5000

FRACTIONS = frozenset({"frac", "dfrac", "tfrac"})
HATS = frozenset({"hat", "widehat"})
PRODUCT_COMMANDS = frozenset({"cdot", "times"})
STARTS_PRIMARY = frozenset({"sum", "log", "ln", "exp", "delta", "left", *FRACTIONS, *HATS, *GREEK})


@dataclass(frozen=True)
class _DerivativeOperator:
    """∂/∂v written before what it applies to."""

    variable: Expr


class Parser(Cursor):
    """Parses one expression from a list of tokens (all of them must be used)."""

    def __init__(self, tokens: list[Token], names: Names, line: int) -> None:
        if len(tokens) > MAX_TOKENS:
            raise InputError(f"line {line}: formula too long ({len(tokens)} tokens; at most {MAX_TOKENS})")
        super().__init__(tokens, line, MAX_DEPTH)
        self.names = names

    # Grammar -----------------------------------------------------------------------------------------------

    def parse(self) -> Expr:
        if not self.tokens:
            raise InputError(f"line {self.line}: an empty side of an equation")
        expr = self.expr()
        if self.peek() is not None:
            raise self.error(f"unexpected '{self.peek().describe()}'")  # type: ignore[union-attr]
        return expr

    def expr(self) -> Expr:
        self.enter()
        terms: list[Expr] = []
        sign = 1
        if self.at("+") or self.at("-"):
            sign = -1 if self.next().kind == "-" else 1
        terms.append(self.term() * sign)
        while self.at("+") or self.at("-"):
            sign = -1 if self.next().kind == "-" else 1
            terms.append(self.term() * sign)
        self.depth -= 1
        result: Expr = sum(terms[1:], terms[0])
        return result

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
        while True:
            if (self.at("command") and self.peek().value in PRODUCT_COMMANDS) or self.at("*"):  # type: ignore[union-attr]
                if not factors:
                    raise self.error("a product sign with nothing before it")
                self.next()
                factors.append(self.factor_value())
            elif self.at("/"):
                if not factors:
                    raise self.error("'/' with nothing before it")
                self.next()
                factors.append(Pow(self.factor_value(), -1))
            elif self.starts_factor():
                item = self.factor()
                if isinstance(item, _DerivativeOperator):
                    if not self.starts_factor():
                        raise self.error("\\frac{\\partial}{\\partial ...} must be followed by what it differentiates")
                    factors.append(Derivative(self.term(), item.variable))
                    break
                factors.append(item)
            else:
                break
        if not factors:
            token = self.peek()
            if token is not None and token.kind == "command":
                raise self.error(f"the construct \\{token.value} is not supported here")
            raise self.error("expected a term but found " + ("the end" if token is None else f"'{token.describe()}'"))
        self.depth -= 1
        return Mul(*factors)

    def factor_value(self) -> Expr:
        item = self.factor()
        if isinstance(item, _DerivativeOperator):
            raise self.error("\\frac{\\partial}{\\partial ...} cannot stand after a product sign")
        return item

    def factor(self) -> Expr | _DerivativeOperator:
        base = self.primary()
        if self.at("^"):
            if isinstance(base, _DerivativeOperator):
                raise self.error("a power of a derivative operator")
            self.next()
            exponent = self.group_or_token()
            return self.power(base, exponent)
        return base

    def power(self, base: Expr, exponent: Expr) -> Expr:
        small = exponent.is_Rational and abs(exponent.p) <= MAX_EXPONENT and exponent.q <= MAX_EXPONENT
        if exponent.is_number and not small:
            raise self.error(f"exponent too large or not a plain number (at most {MAX_EXPONENT} in size)")
        return Pow(base, exponent)

    def group_or_token(self) -> Expr:
        """``{expr}``, or one letter / digit / name as TeX allows after ^ and _."""
        if self.at("{"):
            return self.group()
        token = self.peek()
        if token is not None and token.kind == "number" and len(token.value) > 1:
            self.next()  # x^12 is x^{1}2 in TeX; we read the whole number, and reject the ambiguity
            raise self.error(f"write a multi-digit exponent in braces: ^{{{token.value}}}")
        item = self.primary()
        if isinstance(item, _DerivativeOperator):
            raise self.error("a derivative operator in an exponent")
        return item

    def group(self) -> Expr:
        self.expect("{")
        inner = self.expr()
        self.expect("}")
        return inner

    def sub(self, tokens: list[Token]) -> Parser:
        parser = Parser(tokens, self.names, tokens[0].line if tokens else self.line)
        parser.depth = self.depth
        return parser

    def primary(self) -> Expr | _DerivativeOperator:
        self.enter()
        try:
            return self._primary()
        finally:
            self.depth -= 1

    def _primary(self) -> Expr | _DerivativeOperator:
        token = self.next()
        if token.kind == "number":
            return Rational(token.value) if "." in token.value else Integer(token.value)
        if token.kind in ("(", "["):
            inner = self.expr()
            self.expect(")" if token.kind == "(" else "]")
            return inner
        if token.kind == "{":
            inner = self.expr()
            self.expect("}")
            return inner
        if token.kind == "letter":
            if token.value == "e" and self.at("^") and not self.is_name("e"):
                self.next()
                return self.exponential(self.group_or_token())
            return self.named(token.value)
        if token.kind != "command":
            raise InputError(f"line {token.line}: unexpected '{token.describe()}'")
        command = token.value
        if command in GREEK:
            return self.named(command)
        if command in HATS:
            return self.hatted()
        if command in FRACTIONS:
            return self.fraction()
        if command == "sum":
            return self.summation()
        if command in ("log", "ln"):
            return log(self.argument())
        if command == "exp":
            return self.exponential(self.argument())
        if command == "delta":
            return self.delta()
        if command == "left":
            opener = self.next()
            if opener.kind not in ("(", "["):
                raise InputError(f"line {opener.line}: \\left must be followed by ( or [")
            inner = self.expr()
            self.expect("command", "right")
            self.expect(")" if opener.kind == "(" else "]")
            return inner
        raise InputError(f"line {token.line}: the construct \\{command} is not supported here")

    def argument(self) -> Expr:
        """The argument of \\log or \\exp: a parenthesized expression, or one factor (\\log s_i)."""
        item = self.factor()
        if isinstance(item, _DerivativeOperator):
            raise self.error("a derivative operator as a function argument")
        return item

    def exponential(self, argument: Expr) -> Expr:
        if argument.is_number and not (argument.is_Rational and abs(argument) <= MAX_EXP_ARGUMENT):
            raise self.error(f"exponent of e too large (at most {MAX_EXP_ARGUMENT})")
        return exp(argument)

    # Names, subscripts and the named constructs ------------------------------------------------------------

    def is_name(self, name: str) -> bool:
        names = self.names
        return (
            any(
                name in table
                for table in (names.vectors, names.indices, names.scalars, names.defined_vectors, names.defined_scalars)
            )
            or name == names.length_name
        )

    def index_value(self, token: Token) -> Expr:
        if token.kind == "letter" and token.value in self.names.indices:
            return self.names.indices[token.value]
        if token.kind == "number" and "." not in token.value:
            value = int(token.value)
            n = self.names.n
            top = int(n) if isinstance(n, Integer) else 1  # at symbolic n, only 1 is surely in range
            if not 1 <= value <= top:
                raise InputError(f"line {token.line}: index {value} is outside 1..{self.names.length_name}")
            return Integer(value)
        raise InputError(
            f"line {token.line}: '{token.describe()}' is not an index; declare it under indices (known: "
            + ", ".join(sorted(self.names.indices))
            + ")"
        )

    def named(self, name: str) -> Expr:
        names = self.names
        line = self.tokens[self.position - 1].line
        subscript = self.subscript_tokens()
        shown = display_name(name)
        if not self.is_name(name):
            known = ", ".join(display_name(k) for k in names.known())
            raise InputError(f"line {line}: unknown symbol {shown}; declare it in the front matter (known: {known})")
        if name in names.vectors or name in names.defined_vectors:
            base = names.vectors.get(name) or names.defined_vectors[name]
            if subscript is None or len(subscript) != 1:
                raise InputError(f"line {line}: vector {shown} needs exactly one index, as in {shown}_i")
            return Indexed(base, self.index_value(subscript[0]))
        if subscript is not None:
            raise InputError(f"line {line}: {shown} takes no subscript (it is not declared as a vector)")
        for table in (names.indices, names.scalars, names.defined_scalars):
            if name in table:
                return table[name]
        if name == names.length_name:
            return names.n
        known = ", ".join(display_name(k) for k in names.known())
        raise InputError(f"line {line}: unknown symbol {shown}; declare it in the front matter (known: {known})")

    def hatted(self) -> Expr:
        inner = self.raw_group()
        if not inner or inner[0].kind not in ("letter", "command"):
            raise self.error("\\hat{...} must hold one letter")
        name = inner[0].value + "hat"
        if len(inner) == 1:
            return self.named(name)
        if len(inner) >= 3 and inner[1].kind == "_" and not self.at("_"):  # \hat{y_i}, as seed 002 writes it
            self.tokens[self.position : self.position] = inner[1:]
            return self.named(name)
        raise self.error("\\hat{...} must hold one letter")

    def delta(self) -> Expr:
        subscript = self.subscript_tokens()
        if subscript is None or len(subscript) != 2:
            raise self.error("\\delta needs two indices, as in \\delta_{ik}")
        return KroneckerDelta(self.index_value(subscript[0]), self.index_value(subscript[1]))

    def fraction(self) -> Expr | _DerivativeOperator:
        numerator = self.raw_group()
        denominator = self.raw_group()
        if numerator and numerator[0].kind == "command" and numerator[0].value == "partial":
            return self.derivative(numerator[1:], denominator)
        top, bottom = self.sub(numerator).parse(), self.sub(denominator).parse()
        return Mul(top, Pow(bottom, -1))

    def derivative(self, numerator: list[Token], denominator: list[Token]) -> Expr | _DerivativeOperator:
        if numerator and numerator[0].kind == "^":
            raise self.error("higher derivatives (\\partial^2) are not supported")
        if not denominator or denominator[0].kind != "command" or denominator[0].value != "partial":
            raise self.error("a derivative's denominator must be \\partial followed by a variable")
        variable = self.sub(denominator[1:]).parse()
        if (
            not (isinstance(variable, Indexed) and variable.base in self.names.vectors.values())
            and variable not in self.names.scalars.values()
        ):
            raise self.error("differentiate by an entry of a declared vector (z_k) or a declared scalar")
        if not numerator:
            return _DerivativeOperator(variable)
        return Derivative(self.sub(numerator).parse(), variable)

    def summation(self) -> Expr:
        below = self.subscript_tokens()
        above: Expr | None = None
        if self.at("^"):
            self.next()
            above = self.group_or_token()
        if below is None:
            raise self.error("a sum needs its index, as in \\sum_{j=1}^{n} or \\sum_{j \\neq i}")
        if above is not None and above != self.names.n:
            raise self.error(f"sums run up to {self.names.length_name}; found another upper bound")
        variable = self.index_value(below[0])
        if not isinstance(variable, Symbol):
            raise self.error("a sum's index must be a declared index letter")
        rest = below[1:]
        sign = -1 if self.at("-") and bool(self.next()) else 1
        if not self.starts_factor():
            raise self.error("a sum needs a summand")
        body = self.term() * sign
        if not rest:
            return Sum(body, (variable, 1, self.names.n))
        relation = rest[0]
        if relation.kind == "=" and len(rest) == 2 and rest[1].kind == "number" and rest[1].value == "1":
            return Sum(body, (variable, 1, self.names.n))
        if relation.kind == "command" and relation.value in ("neq", "ne") and len(rest) == 2:
            excluded = self.index_value(rest[1])
            return SumExcept(body, (variable, 1, self.names.n), excluded)
        raise self.error("a sum's subscript must be j, j=1 or j \\neq i")


def parse_expression(tokens: list[Token], names: Names, line: int) -> Expr:
    """One expression from its tokens (``line`` is used when there are none)."""
    return Parser(tokens, names, line).parse()
