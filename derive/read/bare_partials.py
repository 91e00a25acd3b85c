"""``\\dfrac{\\partial}{o_k}``, a README's ∂ over a variable with the ∂ of the denominator left out: ∂ over o_k means
nothing else, so it is read as ∂/∂o_k, and the report says so (the page shows the one, derive checks the other).
And ``\\frac{df}{dx}(x)``, a derivative before its own variable in parentheses: at x, or times x?"""

from __future__ import annotations

from derive.read.latex_lexer import Token
from derive.read.names import Names


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


__all__ = ["at_variable", "bare_partial_words", "note_bare_partial"]
