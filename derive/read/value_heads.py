"""A value defined with the arguments it depends on, one of them a function's value: a notes page's cross-entropy
``H(Y, \\sigma(A)) = - \\sum_{i=1}^{C} Y_i \\log(\\sigma(A_i))``, then ``\\frac{\\partial H}{\\partial A_i}``. The list
only says what H is of (as ``H(Y, A) = …`` does, read as the value H): H is the page's one value, at its own Y and
σ(A). It had been refused as a list in parentheses, and every display using H with it. Where the page writes the
name with that list alone (bare elsewhere, never with another list) and defines it so, the list is blanked, its
columns kept, and the report says so; written with two lists (H(Y, σ(A)) beside H(A_1, Y_1)) it is left as it was."""

from __future__ import annotations

import re

#: A name in a list: a letter or a command, perhaps in bold or under an accent.
_NAME = r"(?:\\(?:mathbf|boldsymbol|bm|hat|tilde|bar|vec)\s*\{\s*\\?[A-Za-z]+\s*\}|\\?[A-Za-z]+)"
#: A function's value in a list: ``\\sigma(A)``, ``\\text{softmax}(\\mathbf{z})``.
_APPLIED = rf"(?:\\(?:text|mathrm|operatorname)\s*\{{\s*[A-Za-z]+\s*\}}|\\?[A-Za-z]+)\s*\(\s*{_NAME}\s*\)"
_ITEM = rf"\s*(?:{_APPLIED}|{_NAME})\s*"
#: A name applied to a list (group ``name``, ``list``; the list's parentheses with ``\\left``/``\\right`` too).
_HEAD = re.compile(
    r"(?P<name>(?<![A-Za-z\\])[A-DF-Za-df-z](?![A-Za-z])|\\mathcal\s*\{\s*[A-Z]\s*\}|\\[A-Z][a-z]+)"
    r"(?P<list>\s*(?:\\left\s*)?\((?P<args>(?:[^()]|\([^()]*\))*)(?:\\right\s*)?\))"
)


def drop_value_lists(text: str) -> tuple[str, str]:
    """``text`` with each list blanked as the module says, and a line for the report ("" when none is)."""
    uses: dict[str, list[re.Match[str]]] = {}
    for match in _HEAD.finditer(text):
        uses.setdefault(re.sub(r"\s+", "", match.group("name")), []).append(match)
    cuts: list[tuple[int, int]] = []
    said = []
    for matches in uses.values():
        lists = {re.sub(r"\s+", "", m.group("args")) for m in matches}
        args = _split(matches[0]["args"])
        if len(lists) != 1 or len(args) < 2 or not all(re.fullmatch(_ITEM, a) for a in args):
            continue
        if not any(re.fullmatch(_APPLIED, a.strip()) for a in args):
            continue  # f(x, y) of names alone: a function of its own, read as the page defines one
        if not any(re.match(r"\s*&?\s*=(?!=)", text[m.end() :]) for m in matches):
            continue
        cuts += [(m.start("list"), m.end("list")) for m in matches]
        said.append(f"{matches[0].group('name')}({matches[0].group('args').strip()})")
    if not cuts:
        return text, ""
    for start, end in sorted(cuts, reverse=True):
        text = text[:start] + re.sub(r"[^\n]", " ", text[start:end]) + text[end:]
    return text, f"{', '.join(said)} read as one value, at the page's own arguments: the list says what it depends on"


def _split(args: str) -> list[str]:
    """The items of a list, split at its commas outside parentheses."""
    items, depth, start = [], 0, 0
    for at, char in enumerate(args):
        depth += {"(": 1, ")": -1}.get(char, 0)
        if char == "," and depth == 0:
            items.append(args[start:at])
            start = at + 1
    return [*items, args[start:]]


__all__ = ["drop_value_lists"]
