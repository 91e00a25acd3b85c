"""A function's parameters set apart by a semicolon, as lecture notes write a model: ``C(x; w_1, b_1)``,
``f(x; \\theta)``, ``P(y \\mid x; w)``. The semicolon separates the data from the parameters; the function is one
of all of them, so it is read as the comma it stands for, in the display's text (one character for one, so that
every position holds). A semicolon anywhere else (``\\;`` a space, one between formulas) is left as written."""

from __future__ import annotations

import re

#: What may stand right before a function's opening parenthesis (``\\left`` and spaces taken off): a letter, or
#: a name in a font (``\\mathcal{C}(``, ``\\operatorname{f}(``); never a command that applies nothing (``\\mid (``).
_NAMED = re.compile(r"(?:[A-Za-z]|\\(?:math[a-z]+|operatorname|bm|boldsymbol|text|hat|tilde|bar)\s*\{[^{}]*\})$")
_NO_FUNCTION = re.compile(
    r"\\(?:left|right|mid|cdot|times|quad|qquad|sum|prod|frac|sqrt|in|le|ge|leq|geq|neq|to|mapsto|partial|nabla)$"
)
_LEFT = re.compile(r"\s*(?:\\left\s*)?$")


def parameter_semicolons(text: str) -> str:
    """``text`` with each semicolon at the top level of a function's parentheses made a comma."""
    chars = list(text)
    stack: list[bool] = []  # for each open bracket: whether it opened a function's arguments
    for at, char in enumerate(text):
        if char in "([{" and (at == 0 or text[at - 1] != "\\"):
            before = _LEFT.sub("", text[max(0, at - 40) : at])
            stack.append(char == "(" and _NAMED.search(before) is not None and not _NO_FUNCTION.search(before))
        elif char in ")]}" and (at == 0 or text[at - 1] != "\\") and stack:
            stack.pop()
        elif char == ";" and text[at - 1 : at] != "\\" and stack and stack[-1]:
            chars[at] = ","
    return "".join(chars)
