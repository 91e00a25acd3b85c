"""Einstein's summation convention, which a page may state in its prose ("in Einstein notation the sum is implied by
the repeated indices", CS224d write-ups): there a repeated index is summed, unwritten. derive reads only sums written
out, so on such a page a link whose two sides have different free indices reads two ways (a sum the page leaves
implied, or a claim for every value of the index, as derive reads it) and is refused, naming both; it was refuted as
the dropped sum it would be on any other page. So is a link with an index repeated in one term outside a written
sum (``-y_i \\delta_{ik} + y_i \\hat{y}_k = -y_k + …``, summed there, free as derive reads it), unless its two
sides are one expression written with the same repeated indices, which no convention can tell apart. The indices
are counted in the page's text, term by term, never in SymPy's form of it (which makes ``\\delta_{ii}`` 1)."""

from __future__ import annotations

import re
from collections import Counter

from sympy import Basic, Symbol

from derive.errors import InputError
from derive.read.find import Unchecked
from derive.read.latex_lexer import Token, group_end, tokenize
from derive.read.links import Link
from derive.read.names import Names
from derive.read.shapes import Shaped

#: How a page states the convention.
_STATED = re.compile(
    r"\bEinstein\b|summation convention|\b(?:sum|summation)s? (?:is|are) implied|\bimplied (?:sum|summation)", re.I
)


def einstein_links(links: list[Link], text: str, names: Names, unchecked: list[Unchecked]) -> list[Link]:
    """The links, less those whose sides' free indices differ on a page that states Einstein's convention."""
    stated = _STATED.search(text)
    if stated is None:
        return links
    line = text.count("\n", 0, stated.start()) + 1
    indices = {symbol for symbol in names.indices.values() if isinstance(symbol, Symbol)}
    letters = {str(index) for index in indices}
    kept = []
    for link in links:
        differ = (_free(link.lhs) ^ _free(link.rhs)) & indices
        left, right = (_repeated(latex, letters) for latex in (link.lhs_latex, link.rhs_latex))
        repeated = set() if link.lhs == link.rhs and left == right else left | right  # one expression: either way
        if not differ and not repeated:
            kept.append(link)
            continue
        shown = ", ".join(sorted(str(symbol) for symbol in differ or repeated))
        verb = "is" if len(differ or repeated) == 1 else "are"
        where = f"{verb} free on one side only" if differ else f"{verb} repeated in a term"
        unchecked.append(
            Unchecked(
                link.line,
                f"unreadable: the page states Einstein's convention (line {line}), and {shown} {where}: a repeated "
                "index summed unwritten, or a claim for every value of it; write the sum",
            )
        )
    return kept


def _free(expr: object) -> set[Basic]:
    core = expr.entry if isinstance(expr, Shaped) else expr
    return set(core.free_symbols) if isinstance(core, Basic) else set()


def _repeated(latex: str, indices: set[str]) -> set[str]:
    """The indices written twice or more in one term of ``latex`` (a side as the page writes it), in a script or
    not, outside the sums written in that term: summed by the convention, free as derive reads them. Read from the
    page's text, not from SymPy's form, which has already made ``\\delta_{ii}`` 1 and ``x_i x_i`` a square (the
    link was read from this text, so it tokenizes)."""
    try:
        tokens = tokenize(latex)
    except InputError:  # pragma: no cover - read once already
        return set(indices)
    found: set[str] = set()
    for term in _terms(tokens):
        counts: Counter[str] = Counter()
        bound: set[str] = set()
        at = 0
        while at < len(term):
            token = term[at]
            if token.kind == "command" and token.value in ("sum", "prod"):  # its scripts: its own index, bounds
                while at + 1 < len(term) and term[at + 1].kind in ("_", "^"):
                    end = group_end(term, at + 2) if at + 2 < len(term) and term[at + 2].kind == "{" else at + 2
                    bound.update(t.value for t in term[at + 2 : end + 1] if t.kind == "letter")
                    at = end
            elif token.kind == "letter" and token.value in indices:  # y_i, and i itself (\delta{ik} is δ·i·k)
                counts[token.value] += 1
            at += 1
        found |= {letter for letter, count in counts.items() if count > 1 and letter not in bound}
    return found


def _terms(tokens: list[Token]) -> list[list[Token]]:
    """``tokens`` split at each '+' or '-' outside every group and bracket."""
    terms: list[list[Token]] = [[]]
    depth = 0
    for token in tokens:
        depth += {"{": 1, "(": 1, "[": 1, "}": -1, ")": -1, "]": -1}.get(token.kind, 0)
        if token.kind in ("+", "-") and depth == 0:
            terms.append([])
        else:
            terms[-1].append(token)
    return terms


__all__ = ["einstein_links"]
