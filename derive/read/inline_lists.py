"""Several definitions in one inline formula, set apart by commas: ``$g_i = e^{a_i}, h_i = \\sum_k e^{a_k}$`` (a
note's quotient rule). Each is a formula of its own, as the sentence reads them; before, the whole was "unexpected
','" and both names went undefined. Only where every part opens with a name and an equals sign
and no part gives a plain number: ``$a = 1, b = 2$`` is a pair of values the prose states as conditions, read
whole; ``$i = 1, \\dots, K$`` and ``$f(a, b) = 0$`` stay one formula too."""

from __future__ import annotations

import re

#: A part's head: one name, perhaps with scripts or arguments, then ``=``.
_HEAD = re.compile(r"^\s*(?:\\[A-Za-z]+\s*\{[^{}=]*\}|\\[A-Za-z]+|[A-Za-z])(?:\s*[_^]\s*(?:\{[^{}=]*\}|\w))*"
                   r"\s*(?:\([^()=]*\))?\s*=(?!=)")  # fmt: skip
_OPENING, _CLOSING = "({[", ")}]"
#: A part whose body is a number alone: a value (``a = 1``), not a definition.
_NUMBER = re.compile(r"=\s*[-+]?\s*\d+(?:\.\d+)?(?:\s*/\s*\d+)?\s*$")


def _top_level_commas(formula: str) -> list[int]:
    """The positions of the commas outside any bracket or group (``\\{`` and ``\\}`` count as characters)."""
    depth, found, at = 0, [], 0
    while at < len(formula):
        char = formula[at]
        if char == "\\":
            at += 2  # \{, \}, \, and commands: no bracket of the formula's structure
            continue
        depth += (char in _OPENING) - (char in _CLOSING)
        if char == "," and depth == 0:
            found.append(at)
        at += 1
    return found


def inline_parts(formula: str) -> list[str]:
    """``formula`` split at its top-level commas where every part is a definition's head and body, else whole."""
    cuts = _top_level_commas(formula)
    if not cuts:
        return [formula]
    parts = [formula[a + 1 : b] for a, b in zip([-1, *cuts], [*cuts, len(formula)], strict=True)]
    if all(_HEAD.match(part) for part in parts) and not any(_NUMBER.search(part) for part in parts):
        return [part.strip() for part in parts]
    return [formula]


__all__ = ["inline_parts"]
