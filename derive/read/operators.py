"""Derivative operators a page names, declared in its front matter: ``D_j: \\frac{\\partial}{\\partial a_j}``.

Notes write ``D_j S_i`` for ∂S_i/∂a_j; with nothing declared that reads two ways (the operator, or the product
of an entry D_j and S_i) and is refused. Declared, ``D_j`` with any index stands for the operator written out,
with that index in place of j, as a macro would: what follows it is read exactly as after the written operator.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from derive.errors import InputError
from derive.read.frontmatter import Entry, FrontMatter
from derive.read.latex_lexer import Token, tokenize

_KEY = re.compile(r"\s*(?P<name>[A-Za-z])\s*_\s*(?:\{\s*(?P<braced>[A-Za-z])\s*\}|(?P<bare>[A-Za-z]))\s*")
_FRACTION = ("command", "{", "command", "}", "{", "command")  # \frac{\partial}{\partial …}


@dataclass(frozen=True)
class Operator:
    """``D_j``: the letter D, its parameter j, and the operator's tokens (``\\frac{\\partial}{\\partial a_j}``)."""

    name: str
    parameter: str
    body: tuple[Token, ...]
    text: str
    line: int

    def describe(self) -> str:
        """For the report: how ``D_j`` was read."""
        return (
            f"{self.name}_{self.parameter} read as the derivative operator {self.text.strip()} "
            f"(line {self.line}), with each index in place of {self.parameter}"
        )


def _bare_operator(tokens: list[Token]) -> bool:
    """``\\frac{\\partial}{\\partial x}`` or ``\\frac{\\partial}{\\partial a_j}``: a derivative with no numerator."""
    shape = tuple(t.kind for t in tokens[: len(_FRACTION)])
    if shape != _FRACTION or tokens[0].value not in ("frac", "dfrac", "tfrac"):
        return False
    if tokens[2].value != "partial" or tokens[5].value != "partial" or tokens[-1].kind != "}":
        return False
    level = 0
    for token in tokens[4:-1]:  # the denominator's group closes only at the end
        level += {"{": 1, "}": -1}.get(token.kind, 0)
        if level == 0:
            return False
    return len(tokens) > len(_FRACTION) + 1


def take_operators(front: FrontMatter) -> tuple[FrontMatter, tuple[Operator, ...]]:
    """The front matter without its operator definitions (``D_j: \\frac{\\partial}{\\partial a_j}``), and them."""
    kept: list[tuple[Entry, Entry]] = []
    found: list[Operator] = []
    for key, value in front.define:
        match = _KEY.fullmatch(key.text)
        tokens = tokenize(value.text, value.line) if match is not None else []
        if match is None or not _bare_operator(tokens):
            kept.append((key, value))
            continue
        parameter = match.group("braced") or match.group("bare")
        taken = [
            e
            for e in (*front.vectors, *front.arrays, *front.scalars, *front.indices)
            if e.text.strip() == key.text.strip()[0]
        ]
        if taken or match.group("name") == front.length:
            raise InputError(
                f"line {key.line}: {match.group('name')} is declared twice: as an operator "
                f"({key.text.strip()}) and as a name of the page"
            )
        if not any(t.kind == "letter" and t.value == parameter for t in tokens):
            raise InputError(
                f"line {key.line}: the operator {key.text.strip()} does not use its index {parameter}: write "
                f"the variable it differentiates by with it, as in \\frac{{\\partial}}{{\\partial a_{parameter}}}"
            )
        found.append(Operator(match.group("name"), parameter, tuple(tokens), value.text, key.line))
    return dataclasses.replace(front, define=tuple(kept)), tuple(found)


def apply_operators(tokens: list[Token], operators: tuple[Operator, ...]) -> list[Token]:
    """``tokens`` with each ``D_k`` (``D_{k}``, ``D_1``) of a declared operator written out, its index in place."""
    if not operators:
        return tokens
    table = {operator.name: operator for operator in operators}
    out: list[Token] = []
    at = 0
    while at < len(tokens):
        token = tokens[at]
        operator = table.get(token.value) if token.kind == "letter" else None
        if operator is None or at + 2 >= len(tokens) or tokens[at + 1].kind != "_":
            out.append(token)
            at += 1
            continue
        argument, end = _argument(tokens, at + 2)
        for part in operator.body:
            placed = dataclasses.replace(part, line=token.line, start=token.start, end=tokens[end - 1].end)
            if part.kind == "letter" and part.value == operator.parameter:
                out.extend(argument)
            else:
                out.append(placed)
        at = end
    return out


def _argument(tokens: list[Token], at: int) -> tuple[list[Token], int]:
    """The subscript at ``at``: one token, or a braced group (kept braced), and where it ends."""
    if tokens[at].kind != "{":
        return [tokens[at]], at + 1
    level = 0
    for end in range(at, len(tokens)):
        level += {"{": 1, "}": -1}.get(tokens[end].kind, 0)
        if level == 0:
            return tokens[at : end + 1], end + 1
    raise InputError(f"line {tokens[at].line}: a subscript is not closed")
