"""Parameters after a semicolon, as Goodfellow writes an objective: ``J(\\boldsymbol{w}; \\boldsymbol{X},
\\boldsymbol{y})`` is J as a function of w, the data X, y after ';' held fixed.

The fixed data are not variables of the page's claims, so the list after ';' is dropped (blanked, to keep every
column where it was) and ``J(w; X, y)`` is read as ``J(w)``. Only where that is sound: every list after ';' the
page writes for one function is the same, and no parameter of it stands anywhere else on the page (a page that
differentiates by X, or writes X on its own, keeps the list, and is refused as before).
"""

from __future__ import annotations

import re

_APPLIED = re.compile(
    r"(?P<head>\\(?:tilde|hat|bar|mathcal|mathbf|boldsymbol)\s*\{\s*\\?[A-Za-z]+\s*\}|\\?[A-Za-z]+)\s*"
    r"(?P<open>\(|\\left\s*\()(?P<args>[^;()$\n]+)(?P<fixed>;[^;()$\n]+)(?P<close>\)|\\right\s*\))"
)


#: Functions of a number alone: a list after ';' in theirs holds no data to fix (``\\exp(a; b)`` is no exp(a)).
_ELEMENTARY = frozenset(f"\\{name}" for name in ("exp", "log", "ln", "sin", "cos", "tan", "tanh", "sqrt", "max", "min"))


def _shown(text: str) -> str:
    return " ".join(text.split())


def fixed_parameters(text: str) -> tuple[str, str]:
    """``text`` with each list after ';' in a function's arguments blanked where that is sound, and a line for the
    report saying so ("" where nothing was)."""
    matches = [m for m in _APPLIED.finditer(text) if m.group("head") not in _ELEMENTARY]  # \\exp(a; b): no data
    lists: dict[str, set[str]] = {}
    for match in matches:
        lists.setdefault(_shown(match.group("head")), set()).add(_shown(match.group("fixed")))
    blanked = text
    for match in matches:
        blanked = blanked[: match.start("fixed")] + " " * len(match.group("fixed")) + blanked[match.end("fixed") :]
    read: list[str] = []
    kept: set[str] = set()
    for head, fixed in lists.items():
        parameters = [p.strip() for p in next(iter(fixed))[1:].split(",")]
        alone = any(re.search(rf"(?<![A-Za-z\\]){re.escape(p)}(?![A-Za-z])", blanked) for p in parameters)
        if len(fixed) != 1 or alone or not all(parameters):
            kept.add(head)  # two lists for one function, or a parameter written elsewhere: not fixed data
            continue
        read.append(f"{head}(…; {', '.join(parameters)})")
    if not read:
        return text, ""
    out = text
    for match in reversed(matches):
        if _shown(match.group("head")) not in kept:  # J(w) and the blanks after it: every column kept
            closed = match.group("close") + " " * len(match.group("fixed"))
            out = out[: match.start("fixed")] + closed + out[match.end("close") :]
    return out, "the data after ';' held fixed, the function read of what is before it: " + "; ".join(sorted(read))


__all__ = ["fixed_parameters"]
