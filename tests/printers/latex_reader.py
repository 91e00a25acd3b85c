"""A reader of the LaTeX our printer writes, for tests only: TeX read back into SymPy with the usual conventions.

Juxtaposition and \\cdot multiply and bind tighter than + and −; a leading − negates the product after it;
\\sum takes the product after it; ^ binds tightest; e^{x} is the exponential. Every name (z_{i}, \\hat{y}_{k},
\\delta_{ik}, w_{ij}) is one opaque symbol named by its TeX. It knows nothing of the printer: a missing bracket
reads as a different expression.
"""

from __future__ import annotations

import re

from sympy import (
    Basic,
    Derivative,
    E,
    Eq,
    Float,
    Integer,
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

TOKEN = re.compile(r"\s*(\\[A-Za-z]+|\\[{}\\,:;! ]|\d+(?:\.\d+)?|[A-Za-z]|[{}()\[\]^_+\-=,&<>'|])")
FUNCTIONS = {r"\log": log, r"\tanh": tanh, "relu": relu, r"\max": Max}
RELATIONS = {"=": Eq, r"\neq": Ne, "<": StrictLessThan, ">": StrictGreaterThan}
#: Tokens that end a product.
STOP = {"+", "-", "}", r"\right", ")", "]", "=", ",", "&", r"\\", r"\neq", r"\leq", "<", ">", r"\end", ""}


class ReadError(ValueError):
    """The text is not LaTeX this reader knows."""


def tokens(text: str) -> list[str]:
    out, at = [], 0
    while at < len(text.rstrip()):
        match = TOKEN.match(text, at)
        if match is None:
            raise ReadError(f"cannot read {text[at:]!r} in {text!r}")
        if match.group(1) not in (r"\,", r"\:", r"\;", r"\!", "\\ "):
            out.append(match.group(1))
        at = match.end()
    return out


class Reader:
    def __init__(self, text: str) -> None:
        self.text = text
        self.tokens = tokens(text)
        self.at = 0

    def peek(self, ahead: int = 0) -> str:
        at = self.at + ahead
        return self.tokens[at] if at < len(self.tokens) else ""

    def take(self, expected: str | None = None) -> str:
        token = self.peek()
        if expected is not None and token != expected:
            raise ReadError(f"expected {expected!r}, found {token!r} at {self.at} in {self.text!r}")
        self.at += 1
        return token

    def read(self) -> Basic:
        expr = self.relation()
        if self.peek():
            raise ReadError(f"left over {self.tokens[self.at :]} in {self.text!r}")
        return expr

    def relation(self) -> Basic:
        left = self.expression()
        if self.peek() in RELATIONS:
            return RELATIONS[self.take()](left, self.expression(), evaluate=False)
        return left

    def expression(self) -> Basic:
        total = self.signed()
        while self.peek() in ("+", "-"):
            plus = self.take() == "+"
            term = self.signed()
            total = total + term if plus else total - term
        return total

    def signed(self) -> Basic:
        if self.peek() == "-":
            self.take()
            return -self.product()
        return self.product()

    def product(self) -> Basic:
        factors = [self.power()]
        while self.peek() not in STOP:
            if self.peek() == r"\cdot":
                self.take()
            factors.append(self.power())
        return Mul(*factors)

    def power(self) -> Basic:
        base = self.primary()
        if self.peek() == "^":
            self.take()
            return base ** self.group()
        return base

    def group(self) -> Basic:
        """A TeX argument: {…} or one token."""
        if self.peek() == "{":
            self.take()
            inner = self.relation()
            self.take("}")
            return inner
        token = self.take()
        if token.isdigit():
            return Integer(token)
        return Symbol(token)

    def raw_group(self) -> str:
        """The TeX of a {…} argument, unread."""
        self.take("{")
        depth, parts = 1, []
        while True:
            token = self.take()
            depth += {"{": 1, "}": -1}.get(token, 0)
            if depth == 0:
                return " ".join(parts)
            parts.append(token)

    def bracketed(self) -> Basic:
        self.take(r"\left")
        opening = self.take()
        inner = self.relation()
        self.take(r"\right")
        self.take({"(": ")", "[": "]"}[opening])
        return inner

    def name(self, head: str) -> Basic:
        """A letter or a Greek or accented letter, with its subscript: one opaque symbol named by its TeX."""
        if head in (r"\hat", r"\tilde"):
            head = f"{head}{{{self.raw_group()}}}"
        text = head
        if self.peek() == "_":
            self.take()
            text += "_{" + self.raw_group().replace(" ", "") + "}"
        if text == "e":
            return E
        return Symbol(text)

    def primary(self) -> Basic:
        token = self.peek()
        if token == "{":
            return self.group()
        if token == r"\left":
            return self.bracketed()
        self.take()
        if re.fullmatch(r"\d+(\.\d+)?", token):
            return Float(token) if "." in token else Integer(token)
        if token == r"\frac":
            return self.fraction()
        if token == r"\sum":
            return self.sum()
        if token == r"\sqrt":
            return sqrt(self.group())
        if token in FUNCTIONS or token == r"\operatorname":
            name = self.raw_group().replace(" ", "") if token == r"\operatorname" else token
            function = FUNCTIONS[name]
            exponent = None
            if self.peek() == "^":  # \tanh^{2}{\left(x \right)}
                self.take()
                exponent = self.group()
            if self.peek() == "{":  # \log{\left(x \right)}
                self.take("{")
                args = [self.bracketed()]
                self.take("}")
            elif self.peek() == r"\left":
                self.take(r"\left")
                self.take("(")
                args = [self.relation()]
                while self.peek() == ",":
                    self.take()
                    args.append(self.relation())
                self.take(r"\right")
                self.take(")")
            else:
                args = [self.power()]
            return function(*args) if exponent is None else function(*args) ** exponent
        if token == r"\begin":
            return self.cases()
        if re.fullmatch(r"[A-Za-z]|\\[A-Za-z]+", token):
            return self.name(token)
        raise ReadError(f"unexpected {token!r} in {self.text!r}")

    def fraction(self) -> Basic:
        if self.peek(1) == r"\partial":
            return self.derivative()
        numerator = self.group()
        return numerator / self.group()

    def derivative(self) -> Basic:
        self.take("{")
        self.take(r"\partial")
        inner = None
        if self.peek() == "^":
            self.take()
            self.group()
        if self.peek() == r"\log":
            self.take()
            inner = log(self.name(self.take()))
        elif self.peek() != "}":
            inner = self.name(self.take())
        self.take("}")
        self.take("{")
        wrt: list[tuple[Basic, int]] = []
        while self.peek() == r"\partial":
            self.take()
            variable = self.name(self.take())
            count = 1
            if self.peek() == "^":
                self.take()
                count = int(self.group())  # type: ignore[call-overload]
            wrt.append((variable, count))
        self.take("}")
        if inner is None:
            inner = self.bracketed()
        return Derivative(inner, *wrt)

    def sum(self) -> Basic:
        self.take("_")
        self.take("{")
        if self.peek() == r"\substack":  # \sum_{\substack{1 \leq i \leq 2\\1 \leq j \leq 3}}
            self.take()
            self.take("{")
            limits = []
            while True:
                low = self.expression()
                self.take(r"\leq")
                index = self.name(self.take())
                self.take(r"\leq")
                limits.append((index, low, self.expression()))
                if self.take() == "}":
                    break
            self.take("}")
            return Sum(self.product(), *limits)
        variable = self.name(self.take())
        if self.peek() == r"\neq":
            self.take()
            excluded = self.expression()
            self.take("}")
            body = self.product()
            return Mul(Symbol(f"SumExcept({variable},{excluded})"), body, evaluate=False)
        self.take("=")
        low = self.expression()
        self.take("}")
        self.take("^")
        high = self.group()
        return Sum(self.product(), (variable, low, high))

    def cases(self) -> Basic:
        self.raw_group()  # {cases}
        pieces = []
        while self.peek() != r"\end":
            value = self.expression()
            self.take("&")
            self.take(r"\text")
            word = self.raw_group()
            condition = True if word == "o t h e r w i s e" else self.relation()
            pieces.append((value, condition))
            if self.peek() == r"\\":
                self.take()
        self.take(r"\end")
        self.raw_group()
        return Piecewise(*pieces)


def read_latex(text: str) -> Basic:
    """The expression that ``text`` denotes, each name one symbol (e is Euler's number)."""
    return Reader(text).read()
