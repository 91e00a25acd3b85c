"""How far a derivative operator written before its operand reaches: ``\\frac{d}{dx} x^2 + 3x`` is the derivative
of x² plus 3x to TeX's grammar, and of the whole sum to a reader who wrote it so; the two differ, so the sign after
the operand is refused unless another operator starts the next term (``\\frac{d}{dx} a + \\frac{d}{dx} b``)."""

from __future__ import annotations

from derive.errors import InputError
from derive.read.cursor import script_end
from derive.read.latex_lexer import Token


def operator_at(tokens: list[Token], at: int) -> bool:
    """Whether a derivative operator starts at ``at``: ``\\frac{d}{dx}``, ``\\frac{\\partial}{\\partial x}``,
    ``{\\partial \\over \\partial x}``, ``\\partial_x``, ``\\nabla_w``."""
    run = tokens[at : at + 4]
    values = [t.value for t in run]
    if len(run) == 4 and run[0].kind == "command" and values[0] in ("frac", "dfrac", "tfrac") and run[1].kind == "{":
        return values[2] in ("d", "partial") and run[3].kind == "}"
    if len(run) >= 3 and run[0].kind == "{" and values[1] in ("d", "partial") and values[2] == "over":
        return True
    return len(run) >= 2 and run[0].kind == "command" and values[0] in ("partial", "nabla") and run[1].kind == "_"


def _bounded(operand: list[Token]) -> bool:
    """Whether the operand is one bracketed group, with its scripts: ``(x^2 + x)``, ``\\left[ … \\right]^2``."""
    if not operand or operand[0].kind not in ("(", "[", "command") or operand[0].value not in ("(", "[", "left"):
        return False
    level = 0
    for at, token in enumerate(operand):
        level += {"(": 1, "[": 1, "{": 1, ")": -1, "]": -1, "}": -1}.get(token.kind, 0)
        if level == 0 and at > 0 and token.kind in (")", "]"):
            return script_end(operand, at + 1) == len(operand)
    return False


def _named(operand: list[Token], variable: str) -> bool:
    """Whether the operand is a name other than the variable, with subscripts and one argument group at most:
    ``\\nabla_w J(w) + \\lambda w``, ``\\partial_w L + …``: the operator applies to the named quantity."""
    if not operand or operand[0].kind not in ("letter", "command") or operand[0].value in variable.split():
        return False
    at = 1
    if at < len(operand) and operand[at].kind == "_":  # L_i, W_{jk}: one subscript, braced or one token
        at += 2
        if operand[at - 1].kind == "{":
            level = 1
            while at < len(operand) and level:
                level += {"{": 1, "}": -1}.get(operand[at].kind, 0)
                at += 1
    return at == len(operand) or _bounded(operand[at:])


def refuse_reach_past_sign(tokens: list[Token], start: int, at: int, variable: str = "") -> None:
    """Refuse an operator whose operand, ``tokens[start:at]``, ends on a ``+`` or ``−`` that no other operator
    follows, unless the operand is one bracketed group (``\\frac{d}{dx}(x^2) - 2x``: the brackets bound it)."""
    signed = at < len(tokens) - 1 and tokens[at].kind in ("+", "-")
    operand = tokens[start:at]
    if signed and not operator_at(tokens, at + 1) and not _bounded(operand) and not _named(operand, variable):
        raise InputError(
            f"line {tokens[at].line}: a derivative operator before a sum can be read two ways: the derivative "
            "of the first term alone, written (\\frac{d}{dx} a) + b, or of the whole sum, \\frac{d}{dx}(a + b)"
        )


__all__ = ["operator_at", "refuse_reach_past_sign"]
