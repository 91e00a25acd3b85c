"""Sets the page says its entries lie in, however it spells them, wherever it says so: ``$y_i \\in \\lbrace 0,
1 \\rbrace$``, ``\\(y_j \\in \\{0, 1\\}\\ \\forall j\\)``, ``$\\mathbf{y} \\in \\{0, 1\\}^n$``, ``$1 > p_i > 0$``,
``$p_i \\in ]0, 1[$``, ``$w_{ij} > 0$``, ``$y_1 \\in \\{0, 1\\}$`` (weighed at every entry), in a heading, a quote or
below the display. A backstop of the counterexample's: such a
statement never proves anything, it only keeps a refutation whose counterexample breaks it from being reported
(``derive.report.unrefuted``), since a counterexample must satisfy what the page states. Only statements about a
vector's or an array's entries are taken page-wide (a scalar's are weighed where they stand,
``prose_conditions``), and only memberships and bounds, never an equation (``y_i = 1`` is a case)."""

from __future__ import annotations

import re

from sympy import Basic, Indexed

from derive.errors import InputError
from derive.read.frontmatter import Entry
from derive.read.names import Names
from derive.read.prose_domains import as_domain
from derive.read.stated_domains import stated_domain

#: Spellings made the one ``as_domain`` reads: TeX's other braces and relations, a range written ]a, b[, the
#: positive reals, and what closes a statement about every entry (``\\ \\forall i``, ``, i = 1, \\dots, n``).
_SPELLINGS = (
    (r"\\left\s*\\\{|\\lbrace\b", r"\\{"),
    (r"\\right\s*\\\}|\\rbrace\b", r"\\}"),
    (r"\\left\s*([(\[])|\\right\s*([)\]])", r"\1\2"),
    (r"\\lt\b", "<"),
    (r"\\gt\b", ">"),
    (r"\\geqslant\b", r"\\geq"),
    (r"\\leqslant\b", r"\\leq"),
    (r"\]\s*([^\[\]]+?)\s*\[\s*$", r"(\1)"),
    (r"\\mathbb\s*\{\s*R\s*\}\s*(?:_\s*\{\s*>\s*0\s*\}|_\s*\+|\^\s*\+|_\s*\{\s*\+\s*\})", r"(0, \\infty)"),
    (r"\\mathbb\s*\{\s*R\s*\}\s*_\s*\{\s*\\geq?\s*0\s*\}", r"[0, \\infty)"),
    (r"\\in\s*\\mathcal\s*\{\s*[A-Z]\s*\}\s*=", r"\\in"),
    (r"(?:\\[ ,;]|\\q?quad|~|,)*\s*(?:\\forall\s*[a-z]|\\text\s*\{\s*for all\s*\}\s*[a-z])\s*$", ""),
    (r",\s*[a-z]\s*=\s*1\s*,\s*(?:\\[lc]?dots|\.\.\.)\s*,\s*[A-Za-z]\s*$", ""),
)
#: ``1 > p_i > 0``, ``1 \\ge p_i \\ge 0``: a range written downwards.
_DOWNWARDS = re.compile(r"^\s*(?P<high>-?\d+)\s*(?P<a>>|\\geq?)\s*(?P<name>.+?)\s*(?P<b>>|\\geq?)\s*(?P<low>-?\d+)\s*$")
#: A whole vector in a product of sets, ``\\mathbf{y} \\in \\{0, 1\\}^n``, ``p \\in (0, 1)^n``: each entry in the set.
_WHOLE = re.compile(
    r"^\s*(?:\\(?:mathbf|boldsymbol|bm)\s*\{\s*(?P<bold>[A-Za-z])\s*\}|(?P<plain>[A-Za-z]))\s*\\in\s*"
    r"(?P<set>\\\{.*\\\}|[\[(][^\[\]()]*[\])])\s*\^\s*\{?\s*[A-Za-z0-9]+\s*\}?\s*[.,]?\s*$"
)
#: The inline math of a page, written with dollars or TeX's parentheses.
_INLINE = re.compile(r"(?<![\\$])\$([^$]+)\$(?!\$)|\\\((.+?)\\\)")


def _spelled(math: str, index: str) -> str:
    """``math`` in the spelling ``as_domain`` reads; a whole vector's set as its entry ``index``'s."""
    for pattern, replacement in _SPELLINGS:
        math = re.sub(pattern, replacement, math)
    downwards = _DOWNWARDS.match(math)
    if downwards is not None:
        left = "<" if downwards.group("b") == ">" else "\\leq"
        right = "<" if downwards.group("a") == ">" else "\\leq"
        math = f"{downwards.group('low')} {left} {downwards.group('name')} {right} {downwards.group('high')}"
    whole = _WHOLE.match(math)
    if whole is not None:
        math = f"{whole.group('bold') or whole.group('plain')}_{index} \\in {whole.group('set')}"
    return math


def stated_sets(text: str, names: Names) -> list[tuple[int, str, Basic]]:
    """Each statement of the page (see the module) on every entry of a vector or an array of the page, or on one
    entry: its line, as written, and read."""
    index = next(iter(names.indices), "i")
    found: list[tuple[int, str, Basic]] = []
    fenced = False
    for number, line in enumerate(text.split("\n"), start=1):
        if line.lstrip().startswith(("```", "~~~")):
            fenced = not fenced
        for match in [] if fenced else _INLINE.finditer(line):
            spelled = _spelled(match.group(1) or match.group(2), index)
            shown = as_domain(re.sub(r"_\s*\{?\s*\d\s*\}?(?=\s*\\in|\s*[<>\\])", f"_{index}", spelled, count=1))
            relation = _read(shown, number, names, index) if shown is not None and "=" not in spelled else None
            if shown is not None and relation is not None:
                found.append((number, shown, relation))
    return found


def _read(shown: str, line: int, names: Names, index: str) -> Basic | None:
    """The statement read, about an entry of a vector or an array of the page, its index any letter."""
    for attempt in (shown, re.sub(r"_\s*\{?\s*([a-z])\s*\}?(?=\s*\\in|\s*[<>\\])", f"_{index}", shown, count=1)):
        try:
            domain = stated_domain(Entry(attempt, line), names)
        except InputError:
            continue
        relation = domain.relation if domain is not None else None
        free = [] if relation is None else list(relation.atoms(Indexed))
        bases = {*names.vectors.values(), *names.arrays.values()}
        if len(free) == 1 and free[0].base in bases:
            return relation
    return None


__all__ = ["stated_sets"]
