"""What a setting of its own does not see (``derive.read.scopes``): a definition of a name the setting defines anew,
blanked where it stands above the setting, and the formulas there that restate the old meaning ("Plug in …: Loss
= …"), which would otherwise read as a second definition beside the setting's own."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from derive.errors import InputError
from derive.read.find import Redefinition
from derive.read.latex_lexer import Token, tokenize

if TYPE_CHECKING:
    from derive.read.document import Document


def _offsets(lines: Sequence[str]) -> list[int]:
    at, offsets = 0, []
    for line in lines:
        offsets.append(at)
        at += len(line) + 1
    return offsets


#: What sets two formulas side by side apart: a comma, a row's end or the words "and", with the space after it.
_APART = re.compile(
    r"[ \t]*(?:,|\\\\(?![A-Za-z])|\\q?quad|\\text\{\s*,?\s*and\s*\})"
    r"(?:[ \t~\n,]|\\\\(?![A-Za-z])|\\q?quad|\\[,;:! ]|\\hspace\{[^}]*\}|\\text\{\s*,?\s*and\s*\})*"
)


def blank(text: str, line: int, head: str, body: str | None) -> str | None:
    """``text`` with the definition of ``head`` on 1-based ``line`` blanked (up to ``body``'s end, else to the
    inline formula's closing ``$``), its ``$`` delimiters too when it is the whole inline formula; None when it
    is not found where it stands."""
    lines = text.split("\n")
    if not 1 <= line <= len(lines):
        return None
    start_of = _offsets(lines)[line - 1]
    labelled = r"(?:\s*(?:\\left\s*)?\([^()$]*\))?"  # ℓ_i(𝐰) = …: a value written with what it depends on
    name = re.sub(r"\s*\([^()]*\)\s*$", "", head.strip())  # J(w) beside J(w, b) = … on that line: its definition
    found = re.compile(r"(?<![A-Za-z\\])" + re.escape(name) + labelled + r"\s*&?\s*(?::=|=)").search(text, start_of)
    if found is None or text.count("\n", start_of, found.start()) > 0:
        return None
    begin = found.start()
    end = text.find(body.strip(), found.end()) if body is not None else -1
    if end >= 0 and ("$" in text[found.end() : end] or "\n\n" in text[found.end() : end]):
        end = -1  # the body found in another formula (a line blanked before): not this one's
    if end >= 0 and body is not None:
        end += len(body.strip())
    else:  # inline, or a body the reader rewrote (p(k|x) as p_k): to the formula's end, where it defines that alone
        end = text.find("$", found.end())
        if end < 0 or "\n\n" in text[found.end() : end] or (body is not None and _more(text[found.end() : end])):
            return None
    left = begin
    while left > 0 and text[left - 1] in " \t":
        left -= 1
    right = end
    while right < len(text) and text[right] in " \t.,":
        right += 1
    inline = left > 0 and text[left - 1] == "$" and (left < 2 or text[left - 2] != "$")
    if inline and right < len(text) and text[right] == "$" and text[right + 1 : right + 2] != "$":
        begin, end = left - 1, right + 1
    apart = _APART.match(text, end)  # z = x^2, \\qquad y = 2x: the separator goes with z, y = 2x stays a display
    end = apart.end() if apart is not None and text[apart.end() : apart.end() + 1] not in ("$", "\n", "") else end
    opens, closes = text[:begin].rstrip(), text[end:].lstrip()
    if opens.endswith("$$") and closes.startswith("$$"):  # the display's whole formula: its delimiters go too, or
        begin, end = len(opens) - 2, len(text) - len(closes) + 2  # the lines between, left blank, would end it
    return text[:begin] + "".join(c if c == "\n" else " " for c in text[begin:end]) + text[end:]


def _more(rest: str) -> bool:
    """Whether what follows a definition's '=' in its formula holds more than its body: another '=' outside braces
    (not a sum's k=1), a row's end, a wide space or words."""
    depth = 0
    for at, char in enumerate(rest):
        depth += {"{": 1, "}": -1}.get(char, 0)
        if depth == 0 and (char in "=&" or rest.startswith("\\\\", at)):
            return True
    return re.search(r"\\(?:quad|qquad|text)\b", rest) is not None


def restatements(whole: Document, head: str, start: int, lines: Sequence[str]) -> dict[tuple[int, str], str | None]:
    """The formulas above line ``start`` that open with ``head`` (a claim about the old meaning, "Loss = 1/n Σ (wX_i +
    b − y_i)²" below its definition, a chain or inline, read or not): each one's line and head, and a chain's last
    side (None: to the formula's end); blanked in the setting's view, where the first of them would otherwise read
    as the name's definition beside the setting's own."""
    last: dict[int, tuple[int, str | None]] = {}
    for link in (k for k in whole.links if k.line < start):
        if link.chain in last or (link.position == 1 and link.lhs_latex.strip() == head.strip()):
            last[link.chain] = (last.get(link.chain, (link.line, ""))[0], link.rhs_latex)
    found: dict[tuple[int, str], str | None] = {(line, head): body for line, body in last.values()}
    opens = re.compile(r"(?<![A-Za-z\\])" + re.escape(head.strip()) + r"\s*=")
    shown = False  # inside a $$ display
    for number, line in enumerate(lines[: start - 1], start=1):
        for match in opens.finditer(line):
            before = line[: match.start()]
            inline = (before.count("$") - 2 * before.count("$$")) % 2 == 1
            if inline or (shown and before.count("$$") % 2 == 0) or before.count("$$") % 2 == 1:
                found.setdefault((number, head), None)
        shown ^= line.count("$$") % 2 == 1
    return found


#: A display set apart: ``$$ … $$``.
_SHOWN = re.compile(r"\$\$(.+?)\$\$", re.S)


def without_old_claims(text: str, start: int, keep: set[int], uses: Callable[[str], bool]) -> str:
    """``text`` with each display that closes above line ``start``, writes a letter the setting defines anew
    (``uses``) and defines nothing (none of its lines in ``keep``) blanked: a claim about the old meaning (∂z/∂x
    above z, x defined anew), which would otherwise make the new definitions values at a point
    (``evaluated_values``) or the old shapes the new letters'."""
    starts = _offsets(text.split("\n"))
    limit = starts[start - 1] if start - 1 < len(starts) else len(text)

    def blanked(shown: re.Match[str]) -> str:
        first = text.count("\n", 0, shown.start()) + 1
        lines = set(range(first, first + shown.group(0).count("\n") + 1))
        if shown.end() > limit or lines & keep or not uses(shown.group(1)):
            return shown.group(0)
        return "".join(c if c == "\n" else " " for c in shown.group(0))

    return _SHOWN.sub(blanked, text)


#: The math of a stretch of the page: $$…$$, $…$, \\[…\\], \\(…\\), any environment and a fence of math.
_MATH = re.compile(
    r"\$\$(?P<a>.+?)\$\$|\$(?P<b>[^$]+)\$|\\\[(?P<c>.+?)\\\]|\\\((?P<d>.+?)\\\)"
    r"|(?P<e>\\begin\{(?P<env>[A-Za-z]+\*?)\}.+?\\end\{(?P=env)\})|(?:```|~~~)\s*math\b(?P<f>.+?)(?:```|~~~)",
    re.S,
)
_GROUPS = ("a", "b", "c", "d", "e", "f")


def math_of(text: str) -> list[str]:
    """The formulas of ``text``, their delimiters dropped."""
    return [formula for _, formula in formulas_at(text.split("\n"), 1, text.count("\n") + 2)]


def formulas_at(lines: Sequence[str], first: int, end: int) -> list[tuple[int, str]]:
    """The formulas of lines [first, end) (1-based), displays set apart on lines of their own too, each with the
    line its math starts on."""
    stretch = "\n".join(lines[first - 1 : end - 1])
    found = []
    for match in _MATH.finditer(stretch):
        group = next(g for g in _GROUPS if match.group(g) is not None)
        formula = match.group(group)
        at = match.start(group) + len(formula) - len(formula.lstrip())
        found.append((first + stretch.count("\n", 0, at), formula))
    return found


def writes_euler(lines: Sequence[str], again: Redefinition) -> bool:
    """Whether the formula that defines a name anew writes e alone (SLP3's $L = ce$ beside e = a + d): Euler's
    number or the page's e, which ``euler_name`` refuses in displays; such a definition is not read anew."""
    line = lines[again.again - 1] if again.again <= len(lines) else ""
    for math in re.findall(r"(?<![\\$])\$([^$]+)\$", line):
        try:
            tokens = tokenize(math)
        except InputError:
            return True
        bare = [t for k, t in enumerate(tokens) if t.kind == "letter" and t.value == "e" and not _raised(tokens, k)]
        if again.head in math and bare:
            return True
    return False


def _raised(tokens: list[Token], at: int) -> bool:
    """Whether the token at ``at`` takes a superscript or a subscript (e^{x}, e_i): not e alone."""
    return at + 1 < len(tokens) and tokens[at + 1].kind in ("^", "_")


#: Words beside a restatement that say it keeps the old meaning ("We do not change the quantity $$z = 3y$$ of Part
#: 1: it keeps its value"): then it is no definition of the setting's own, and what writes it is refused.
KEPT = re.compile(
    r"\b(?:old|unchanged|keeps?|kept|still|change|of\s+part|above|before|earlier|previous\w*|retain\w*|original\w*"
    r"|recall\w*|same|first\s+part|carr(?:y|ied)|from\s+part|as\s+in)\b",
    re.I,
)


def states(formula: str, head: str, body: str) -> bool:
    """Whether a formula (spaces dropped) is ``head`` ``body`` (head ends with "="), or a chain from head to body,
    or one that starts with ``head`` ``body``."""
    chain = formula.startswith(head) and (formula.endswith("=" + body) or formula.startswith(head + body + "="))
    return formula == head + body or chain  # p̂_i = σ(z_i) = 1/(1 + e^{-z_i}): restated, then worked out


__all__ = ["KEPT", "blank", "formulas_at", "math_of", "restatements", "states", "without_old_claims", "writes_euler"]
