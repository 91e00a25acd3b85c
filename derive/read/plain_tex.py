"""Plain TeX's alignments, which MathJax reads as LaTeX's: ``\\eqalign{a & = b \\cr & = c \\cr}`` is an aligned
display, ``\\cases{p_i(1 - p_i) & if $k = i$; \\cr -p_k p_i & if $k \\neq i$. \\cr}`` a cases environment (its
second column is text in plain TeX: the words ``if`` and ``otherwise`` and the math between dollars are the
condition). Written as LaTeX writes them, every rule about aligned rows and cases holds for them; before, such a
display was "a '$' inside math" or "the construct \\cr is not supported"."""

from __future__ import annotations

import re

_OPENING = re.compile(r"\\(eqalign|cases)\s*\{")
_CONDITION = re.compile(r"^\s*(?:(?P<if>if)\s*\$(?P<math>[^$]*)\$|(?P<otherwise>otherwise))\s*[.,;]?\s*$", re.I)


def _closing(text: str, opened: int) -> int | None:
    """The index of the brace that closes the group opened at ``opened`` (None if it never closes)."""
    depth = 0
    for at in range(opened, len(text)):
        if text[at] == "\\":
            continue
        if text[at] == "{" and (at == 0 or text[at - 1] != "\\"):
            depth += 1
        elif text[at] == "}" and (at == 0 or text[at - 1] != "\\"):
            depth -= 1
            if depth == 0:
                return at
    return None


def _case_row(row: str) -> str | None:
    """A row of plain TeX's \\cases as LaTeX's cases writes it (``p_i & \\text{if } k = i``), or None where its
    text column is no condition derive can tell (the display is then left as it is)."""
    value, amp, condition = row.partition("&")
    if not amp:
        return None
    said = _CONDITION.match(condition)
    if said is None:
        return None
    lines = "\n" * row.count("\n")  # the row's lines kept: each link keeps its line
    if said["otherwise"]:
        return f"{value.strip()} & \\text{{otherwise}}{lines}"
    return f"{value.strip()} & \\text{{if }} {said['math'].strip()}{lines}"


def plain_alignments(text: str) -> str:
    """``text`` (a display) with each ``\\eqalign{…}`` and ``\\cases{…}`` written as LaTeX's environment."""
    while match := _OPENING.search(text):
        end = _closing(text, match.end() - 1)
        if end is None:
            return text
        parts = re.split(r"\\cr\b", text[match.end() : end])
        rows = [row for row in parts if row.strip()]
        rest = "\n" * sum(row.count("\n") for row in parts if not row.strip())  # the lines of empty rows, kept
        if match[1] == "eqalign":
            body, environment = " \\\\".join(rows), "aligned"
        else:
            cases = [_case_row(row) for row in rows]
            if None in cases:
                return text
            body, environment = " \\\\".join(c for c in cases if c), "cases"
        text = f"{text[: match.start()]}\\begin{{{environment}}} {body}{rest} \\end{{{environment}}}{text[end + 1 :]}"
    return text


__all__ = ["plain_alignments"]
