"""A reader of the plain notation, for tests only: the text the terminal shows, read back into SymPy.

It reads what a person reads, with the usual conventions and nothing else: · and / bind tighter than + and −, and
group from the left; ^ binds tightest and groups from the right; a leading − negates the product after it; Σ_{…}
takes the product after it; e is Euler's number. Every name (z_i, ŷ_k, δ_ik, w_ij) is one opaque symbol. It
knows nothing of the printer, so a missing bracket reads as a different expression.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from sympy import (
    Basic,
    Derivative,
    E,
    Eq,
    Float,
    Function,
    GreaterThan,
    Integer,
    LessThan,
    Max,
    Mul,
    Ne,
    Piecewise,
    StrictGreaterThan,
    StrictLessThan,
    Sum,
    Symbol,
    log,
    sqrt,
    tanh,
)

from derive.model.activations import relu

NAME = r"[^\W\d_]+′?(?:_[A-Za-z0-9]+(?:,[A-Za-z0-9]+)*)?"
TOKEN = re.compile(
    rf"""\s*(?:
      (?P<derivative>∂(?:\^(?P<order>\d+))?(?:\ log\ (?P<logof>{NAME})|(?P<of>{NAME}))?/(?P<wrt>(?:∂{NAME}(?:\^\d+)?)+))
    | (?P<sum>Σ_\{{(?P<limits>[^{{}}]*)\}})
    | (?P<number>\d+(?:\.\d+)?)
    | (?P<name>{NAME})
    | (?P<op>[-+·/^(),=≠<>≤≥;{{}}])
    )""",
    re.VERBOSE,
)
FUNCTIONS: dict[str, Callable[..., Basic]] = {"sqrt": sqrt, "log": log, "tanh": tanh, "Max": Max, "relu": relu}
RELATIONS = {"=": Eq, "≠": Ne, "<": StrictLessThan, ">": StrictGreaterThan, "≤": LessThan, "≥": GreaterThan}
#: Binding powers: how tightly each infix operator holds its operands.
INFIX = {"+": 10, "-": 10, "·": 20, "/": 20, "^": 30}
PREFIX = 15  # a leading − or a Σ takes the whole product after it, and stops at + and −


@dataclass
class Token:
    kind: str
    text: str
    match: re.Match[str] | None = None


class ReadError(ValueError):
    """The text is not plain notation."""


def tokens(text: str) -> list[Token]:
    out = []
    at = 0
    while at < len(text.rstrip()):
        match = TOKEN.match(text, at)
        if match is None or match.end() == at:
            raise ReadError(f"cannot read {text[at:]!r} in {text!r}")
        kind = match.lastgroup or ""
        if kind not in ("derivative", "sum", "number", "name", "op"):  # the last named group may be an inner one
            kind = next(k for k in ("derivative", "sum", "number", "name", "op") if match.group(k) is not None)
        out.append(Token(kind, match.group(kind), match))
        at = match.end()
    out.append(Token("end", ""))
    return out


def symbol(name: str) -> Basic:
    return E if name == "e" else Symbol(name)


class Reader:
    def __init__(self, text: str) -> None:
        self.text = text
        self.tokens = tokens(text)
        self.at = 0

    def peek(self) -> Token:
        return self.tokens[self.at]

    def take(self, text: str | None = None) -> Token:
        token = self.tokens[self.at]
        if text is not None and token.text != text:
            raise ReadError(f"expected {text!r}, found {token.text!r} in {self.text!r}")
        self.at += 1
        return token

    def read(self) -> Basic:
        expr = self.relation()
        if self.peek().kind != "end":
            raise ReadError(f"left over {self.peek().text!r} in {self.text!r}")
        return expr

    def relation(self) -> Basic:
        left = self.expression(0)
        if self.peek().text in RELATIONS:
            relation = RELATIONS[self.take().text]
            return relation(left, self.expression(0), evaluate=False)
        return left

    def expression(self, power: int) -> Basic:
        left = self.prefix()
        while True:
            op = self.peek().text if self.peek().kind == "op" else ""
            strength = INFIX.get(op, -1)
            if strength <= power:
                return left
            self.take()
            if op == "^":
                right = self.expression(strength - 1)  # right-associative
                left = left**right
            else:
                right = self.expression(strength)
                left = {"+": left + right, "-": left - right, "·": left * right, "/": left / right}[op]

    def prefix(self) -> Basic:
        token = self.take()
        if token.text == "-" and token.kind == "op":
            return -self.expression(PREFIX)
        if token.kind == "number":
            return Float(token.text) if "." in token.text else Integer(token.text)
        if token.kind == "sum":
            return self.sum(token.text[3:-1])
        if token.kind == "derivative":
            return self.derivative(token)
        if token.kind == "name":
            if self.peek().text == "(" and self.text[self.tokens[self.at].match.start()] == "(":  # type: ignore[union-attr]
                return self.call(token.text)
            return symbol(token.text)
        if token.text == "(":
            inner = self.relation()
            self.take(")")
            return inner
        if token.text == "{":
            return self.piecewise()
        raise ReadError(f"unexpected {token.text!r} in {self.text!r}")

    def call(self, name: str) -> Basic:
        self.take("(")
        args = [self.relation()]
        while self.peek().text == ",":
            self.take()
            args.append(self.relation())
        self.take(")")
        return FUNCTIONS.get(name, Function(name))(*args)

    def sum(self, limits: str) -> Basic:
        body = self.expression(PREFIX)
        if "≠" in limits:  # a sum that leaves one value out: a symbol of its own times the summand
            return Mul(Symbol(f"Σ_{{{limits}}}"), body, evaluate=False)
        bounds = []
        for part in limits.split(", "):
            variable, span = part.split("=", 1)
            low, high = span.split("..")
            bounds.append((Symbol(variable), Reader(low).read(), Reader(high).read()))
        return Sum(body, *bounds)

    def derivative(self, token: Token) -> Basic:
        match = token.match
        assert match is not None
        wrt = []
        for part in match.group("wrt").split("∂")[1:]:
            name, _, count = part.partition("^")
            wrt.append((Symbol(name), int(count or 1)))
        if match.group("logof"):
            return Derivative(log(Symbol(match.group("logof"))), *wrt)
        if match.group("of"):
            return Derivative(symbol(match.group("of")), *wrt)
        self.take("(")
        inner = self.relation()
        self.take(")")
        return Derivative(inner, *wrt)

    def piecewise(self) -> Basic:
        pieces = []
        while True:
            value = self.expression(0)
            word = self.take()
            if word.text == "otherwise":
                pieces.append((value, True))
            elif word.text == "if":
                pieces.append((value, self.relation()))
            else:
                raise ReadError(f"expected 'if' or 'otherwise' in {self.text!r}")
            if self.take().text == "}":
                return Piecewise(*pieces)


def read_plain(text: str) -> Basic:
    """The expression that ``text`` denotes, each name one symbol (e is Euler's number)."""
    return Reader(text).read()
