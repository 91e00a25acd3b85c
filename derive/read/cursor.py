"""A cursor over LaTeX tokens: look ahead, consume, expect, and fail with the line of the token at hand."""

from __future__ import annotations

from derive.errors import InputError
from derive.read.latex_lexer import Token


class Cursor:
    """Position in a token list, with a nesting depth bounded by ``max_depth``."""

    def __init__(self, tokens: list[Token], line: int, max_depth: int) -> None:
        self.tokens = tokens
        self.position = 0
        self.depth = 0
        self.max_depth = max_depth
        self.line = line

    def peek(self, ahead: int = 0) -> Token | None:
        index = self.position + ahead
        return self.tokens[index] if index < len(self.tokens) else None

    def next(self) -> Token:
        token = self.peek()
        if token is None:
            raise self.error("the formula ends too early")
        self.position += 1
        return token

    def at(self, kind: str, value: str | None = None) -> bool:
        token = self.peek()
        return token is not None and token.kind == kind and (value is None or token.value == value)

    def expect(self, kind: str, value: str | None = None) -> Token:
        token = self.peek()
        if token is None or token.kind != kind or (value is not None and token.value != value):
            found = "the end of the formula" if token is None else f"'{token.describe()}'"
            wanted = value if value is not None else kind
            if wanted == ")" and token is not None and token.kind == ",":  # f(w, x) with f no function of the page
                raise self.error(
                    "a list in parentheses, (a, b), reads only as the arguments of a function the page defines: "
                    "define it (f(a, b): …), or write what the list stands for"
                )
            if wanted == ")" and (token is None or (token.kind, token.value) == ("command", "right")):
                raise self.error("a '(' is never closed: add its ')'")  # \\right: a group's end the page never wrote
            raise self.error(f"expected '{wanted}' but found {found}")
        self.position += 1
        return token

    def error(self, message: str) -> InputError:
        token = self.peek()
        line = token.line if token is not None else (self.tokens[-1].line if self.tokens else self.line)
        return InputError(f"line {line}: {message}")

    def enter(self) -> None:
        self.depth += 1
        if self.depth > self.max_depth:
            raise self.error(f"formula nested too deeply (more than {self.max_depth} levels)")

    def raw_group(self) -> list[Token]:
        """The tokens inside a balanced ``{...}``."""
        self.expect("{")
        start, level = self.position, 1
        while True:
            token = self.next()
            if token.kind == "{":
                level += 1
            elif token.kind == "}":
                level -= 1
                if level == 0:
                    return self.tokens[start : self.position - 1]
            if level > self.max_depth:
                raise self.error(f"braces nested too deeply (more than {self.max_depth} levels)")

    def argument_tokens(self) -> list[Token]:
        """A macro argument as TeX takes it: a braced group's tokens, or one token (one digit of a number:
        ``\\frac12`` is ``\\frac{1}{2}``)."""
        if self.at("{"):
            return self.raw_group()
        token = self.next()
        if token.kind == "number" and len(token.value) > 1:
            rest = Token(token.kind, token.value[1:], token.line, token.start + 1, token.end, "")
            self.tokens.insert(self.position, rest)
            return [Token(token.kind, token.value[0], token.line, token.start, token.start + 1, token.gap)]
        if token.kind in ("}", ")", "]", "^", "_", "&", "newline", "="):
            raise self.error(f"a command's argument cannot be '{token.describe()}'")
        return [token]

    def subscript_tokens(self) -> list[Token] | None:
        if not self.at("_"):
            return None
        self.next()
        if self.at("{"):
            return [t for t in self.raw_group() if t.kind != ","]
        token = self.next()
        if token.kind == "number" and len(token.value) > 1:  # TeX takes one digit: z_12 shows z₁2
            raise InputError(
                f"line {token.line}: _{token.value} can be read two ways (TeX lowers only the first digit): "
                f"one index _{{{token.value}}}, or a product _{token.value[0]} \\cdot {token.value[1:]}"
            )
        return [token]


def argument_end(tokens: list[Token], at: int) -> int | None:
    """The end of the script argument at ``at`` (one token or a braced group), or None."""
    if at >= len(tokens):
        return None
    if tokens[at].kind != "{":
        return at + 1 if tokens[at].kind not in ("}", "^", "_") else None
    level = 0
    for end in range(at, len(tokens)):
        level += {"{": 1, "}": -1}.get(tokens[end].kind, 0)
        if level == 0:
            return end + 1
    return None


def script_end(tokens: list[Token], at: int) -> int:
    """The index past a superscript that starts at ``at`` (``^{-1}``, ``^2``), or ``at`` when there is none."""
    if at >= len(tokens) or tokens[at].kind != "^" or at + 1 >= len(tokens):
        return at
    if tokens[at + 1].kind != "{":
        return at + 2
    level = 0
    for end in range(at + 1, len(tokens)):
        level += {"{": 1, "}": -1}.get(tokens[end].kind, 0)
        if level == 0:
            return end + 1
    return len(tokens)
