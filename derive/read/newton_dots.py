"""Newton's dot on a function of the page: ``\\dot{FL}(p)``, the rate of FL(p) as p changes, is FL'(p) ṗ.

An answer on the focal loss writes its gradient so: ``\\dot{FL}(p) = \\dot p [\\gamma (1-p)^{\\gamma-1} \\log(p) - …]``,
beside FL(p) := −(1 − p)^γ log(p). ``\\dot p``, the rate of p itself, is a quantity of its own (the name ṗ, as
``\\hat y`` is ŷ). ``\\dot{F}(p)``, F a function the page defines of one variable and applied to one name, is by the
chain rule F'(p) ṗ, and its tokens are rewritten so; the report says it. ``\\dot{F}`` of anything else is left as
it is written (a name of its own, refused where it is applied and nowhere defined).
"""

from __future__ import annotations

from sympy import Symbol

from derive.errors import InputError
from derive.read.latex_lexer import Token
from derive.read.names import GREEK, Names, display_name


def _name_end(tokens: list[Token], at: int) -> int | None:
    """The index past ``\\dot``'s argument starting at ``at``: a braced group of letters, or one letter."""
    if at < len(tokens) and tokens[at].kind == "letter":
        return at + 1
    if at >= len(tokens) or tokens[at].kind != "{":
        return None
    end = at + 1
    while end < len(tokens) and tokens[end].kind == "letter":
        end += 1
    return end + 1 if end > at + 1 and end < len(tokens) and tokens[end].kind == "}" else None


def _one_name(token: Token) -> bool:
    return token.kind == "letter" or (token.kind == "command" and token.value in GREEK)


def newton_dots(tokens: list[Token], names: Names) -> list[Token]:
    """The tokens with each ``\\dot{F}(x)``, F a one-variable function of the page and x one name, as
    ``F'(x) \\dot{x}``."""
    out: list[Token] = []
    at = 0
    while at < len(tokens):
        token = tokens[at]
        end = _name_end(tokens, at + 1) if token.kind == "command" and token.value == "dot" else None
        call = tokens[end : end + 3] if end is not None else []
        if end is None or [t.kind for t in call] != ["(", call[1].kind if call else "", ")"] or not _one_name(call[1]):
            _refuse_rate_of_defined(tokens[at + 1 : end] if end is not None else [], names)
            out.append(token)
            at += 1
            continue
        letters = [t for t in tokens[at + 1 : end] if t.kind == "letter"]
        name = "".join(t.value for t in letters)
        function = names.functions.get(name)
        if function is None or len(function.parameters) != 1 or f"{name}dot" in names.functions:
            out.append(token)
            at += 1
            continue
        argument, closing = call[1], call[2]
        where = (argument.line, argument.start, argument.end)
        # one name token spanning \dot{FL}(p) as written (a side's text is the page's from its first token to its
        # last): FL'(p), never F times L'(p)
        named = Token("letter", name, letters[0].line, token.start, letters[-1].end, token.gap)
        out += [
            named,
            Token("'", "'", *where),
            *call,
            Token("command", "dot", *where, " "),
            Token("{", "{", *where),
            argument,
            Token("}", "}", closing.line, closing.start, closing.end),
        ]
        names.newton.setdefault((name, argument.describe()), token.line)
        rate = f"{argument.value}dot"  # ṗ, a real number of its own, though the page may write it nowhere else
        if rate not in names.known():
            names.scalars[rate] = Symbol(rate, real=True)
            names.undeclared.add(rate)
        at = end + 3
    return out


def _refuse_rate_of_defined(argument: list[Token], names: Names) -> None:
    """``\\dot{x}`` with x a quantity the page defines (x = t³): the rate of that x, which changes as what it is made
    of does, or a number of its own? (A probe's d/dt (t ẋ) = ẋ was proven, ẋ a constant.) Refused, naming both."""
    letters = [t for t in argument if t.kind not in ("{", "}")]
    name = letters[0].value if len(letters) == 1 and _one_name(letters[0]) else ""
    if name and (name in names.defined_scalars or name in names.defined_vectors or name in names.functions):
        shown = display_name(name)
        raise InputError(
            f"line {letters[0].line}: \\dot{{{shown}}} with {shown} defined on the page can be read two "
            f"ways: the rate of the page's {shown} (\\frac{{d{shown}}}{{dt}}), or a number of its own"
        )


def newton_words(names: Names) -> tuple[str, ...]:
    """The report's lines: "\\dot{FL}(p) read as FL'(p) \\dot{p}, Newton's dot: its rate as p changes (line 10)"."""
    return tuple(
        f"\\dot{{{display_name(name)}}}({argument}) read as {display_name(name)}'({argument}) \\dot{{{argument}}}, "
        f"Newton's dot: its rate as {argument} changes (line {line})"
        for (name, argument), line in sorted(names.newton.items(), key=lambda item: item[1])
    )


__all__ = ["newton_dots", "newton_words"]
