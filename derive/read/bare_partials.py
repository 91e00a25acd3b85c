"""``\\dfrac{\\partial}{o_k}``, a README's ∂ over a variable with the ∂ of the denominator left out: ∂ over o_k means
nothing else, so it is read as ∂/∂o_k, and the report says so (the page shows the one, derive checks the other).
And ``\\frac{df}{dx}(x)``, a derivative before its own variable in parentheses: at x, or times x? So is
``\\frac{df}{dx}(3)``, f a function of the page, before anything in parentheses."""

from __future__ import annotations

from derive.read.latex_lexer import Token
from derive.read.latex_parser import ambiguous
from derive.read.names import Names, display_name


def note_bare_partial(names: Names, denominator: list[Token]) -> None:
    """Record, for the report, the variable of a ∂ whose denominator has no ∂ of its own, at its first line."""
    shown = "".join(t.describe() + (" " if t.kind == "command" and n.kind == "letter" else "") for t, n in
                    zip(denominator, [*denominator[1:], denominator[-1]], strict=True))  # fmt: skip
    names.bare_partials.setdefault(shown, denominator[0].line)


def bare_partial_words(names: Names) -> tuple[str, ...]:
    """The report's lines: "\\frac{\\partial}{o_k} read as \\frac{\\partial}{\\partial o_k}, the \\partial of its
    denominator left out (line 44)"."""
    return tuple(
        f"\\frac{{\\partial}}{{{by}}} read as \\frac{{\\partial}}{{\\partial {by}}}, the \\partial of its denominator "
        f"left out (line {line})"
        for by, line in sorted(names.bare_partials.items(), key=lambda item: item[1])
    )


def at_variable(ahead: list[Token], variable: list[Token]) -> bool:
    """Whether ``ahead`` opens with the derivative's variable in parentheses, ``(x)`` or ``\\left(x\\right)`` after
    df/dx."""
    ahead = [t for t in ahead[: len(variable) + 4] if not (t.kind == "command" and t.value in ("left", "right"))]
    inner = [t.value for t in ahead[1 : len(variable) + 1]]
    closed = len(ahead) > len(variable) + 1 and ahead[len(variable) + 1].kind == ")"
    return bool(ahead) and ahead[0].kind == "(" and closed and inner == [t.value for t in variable]


_CLOSES = {"}": "{", ")": "(", "]": "["}


def unwrapped(before: list[Token], ahead: list[Token]) -> list[Token]:
    """What follows a derivative once the brackets that hold it alone are closed: ``\\left(\\frac{df}{dx}\\right)(3)``,
    ``{df \\over dx}(3)`` and ``(\\frac{df}{dx})(3)`` are each df/dx before (3)."""
    while ahead and before:
        right = ahead[0].kind == "command" and ahead[0].value == "right" and len(ahead) > 1
        close = ahead[1] if right else ahead[0]
        opened = _CLOSES.get(close.kind if close.kind != "command" else close.value)  # \right\}: a brace too
        left = len(before) > 1 and before[-2].kind == "command" and before[-2].value == "left"
        if opened is None or opened not in (before[-1].kind, before[-1].value) or right != left:
            break
        ahead, before = ahead[2 if right else 1 :], before[: -2 if left else -1]
    if len(ahead) > 1 and ahead[0].kind == "{" and ahead[1].kind in ("(", "["):  # \frac{df}{dx}{(3)}
        return ahead[1:]
    return ahead


def refuse_evaluated(ahead: list[Token], numerator: list[Token], variable: list[Token], names: Names,
                     before: list[Token] | None = None) -> None:  # fmt: skip
    """A derivative before parentheses that read two ways: its own variable's, ``\\frac{df}{dx}(x)``, or anything
    after a function of the page's, ``\\frac{df}{dx}(3)`` (a probe proved df/dx(3) = 6x for f(x) = x²): at it, or
    times it? Before a value's derivative (dL/dz (a − y)) parentheses stay a product. Brackets that hold the
    derivative alone are looked through (``{df \\over dx}(3)`` had been proven 6x)."""
    ahead = unwrapped(before or [], ahead)
    if numerator and at_variable(ahead, variable):
        raise ambiguous(numerator[0], "∂A/∂x(x)", "the derivative at x", "the derivative times x")
    opens = bool(ahead) and (ahead[0].kind in ("(", "[") or (ahead[0].value == "left" and len(ahead) > 1))
    name = numerator[0].value if numerator and numerator[0].kind in ("letter", "command") else ""
    if opens and (name in names.functions or name in names.generic):
        shown = display_name(name)
        raise ambiguous(numerator[0], f"d{shown}/d…(…) with {shown} a function",
                        "the derivative at what the parentheses hold", "the derivative times it")  # fmt: skip


__all__ = ["at_variable", "bare_partial_words", "note_bare_partial", "refuse_evaluated", "unwrapped"]
