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
from collections.abc import Iterable

from sympy import Basic, Symbol

from derive.errors import InputError
from derive.read.find import Unchecked
from derive.read.latex_lexer import Token, group_end, tokenize
from derive.read.links import Link
from derive.read.names import Names
from derive.read.page_definitions import PageDefinition
from derive.read.shapes import Shaped

#: How a page states the convention.
_STATED = re.compile(
    r"\bEinstein\b|summation convention|\b(?:sum|summation)s? (?:is|are) implied|\bimplied (?:sum|summation)"
    r"|\b(?:repeated\s+(?:ind(?:ex|ices)|subscripts?)|ind(?:ex|ices)\s+(?:that\s+(?:is|are)\s+)?repeated)\b"
    r"[^.]{0,60}?\bsumm?ed\b|\bsumm?ed\s+over\s+(?:the\s+|any\s+)?repeated"
    r"|\bthere(?:'s|’s|\s+is)\s+an?\s+(?:implicit\s+|implied\s+|hidden\s+)?(?:sum|summation)\s+(?:in|over)\b",
    re.I,
)


def einstein_links(
    links: list[Link], text: str, names: Names, unchecked: list[Unchecked], defined: Iterable[PageDefinition] = ()
) -> list[Link]:
    """The links, less those whose sides' free indices differ on a page that states Einstein's convention, and those
    that use a definition (head, body) with an index repeated in a term (``L = x_i x_i``: a sum, or x_i²)."""
    stated = _STATED.search(text)
    if stated is None:
        return links
    line = text.count("\n", 0, stated.start()) + 1
    indices = {symbol for symbol in names.indices.values() if isinstance(symbol, Symbol)}
    letters = {str(index) for index in indices}
    direct, summed = _summed_names(defined, letters)
    kept = []
    for link in links:
        uses = sorted(summed & (_words(link.lhs_latex) | _words(link.rhs_latex)))
        if uses:
            unchecked.append(
                Unchecked(
                    link.line,
                    f"unreadable: the page states Einstein's convention (line {line}), and {uses[0]} is defined "
                    f"with an index repeated in a term (in {', '.join(sorted(direct))}): a sum left unwritten, or a "
                    "value for every index; write the sum",
                )
            )
            continue
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


def _words(latex: str) -> set[str]:
    """The letters and commands ``latex`` writes (empty where it does not tokenize)."""
    try:
        return {t.value for t in tokenize(latex) if t.kind in ("letter", "command")}
    except InputError:
        return set()


def _summed_names(defined: Iterable[PageDefinition], letters: set[str]) -> tuple[set[str], set[str]]:
    """The heads' names whose definitions repeat an index in a term; those and the names defined through them."""
    definitions = [(_head_name(d.head), d.body) for d in defined]
    direct = {name for name, body in definitions if name and _repeated(body, letters)}
    summed = set(direct)
    grown = True
    while grown:
        more = {name for name, body in definitions if name and name not in summed and summed & _words(body)}
        summed |= more
        grown = bool(more)
    return direct, summed


def _head_name(head: str) -> str:
    """The name a definition's head writes first (``L``, ``\\ell`` for ``\\ell_i``)."""
    try:
        tokens = tokenize(head)
    except InputError:
        return ""
    return next((t.value for t in tokens if t.kind in ("letter", "command") and t.value not in _STYLES), "")


#: Commands that style a name rather than name it.
_STYLES = {"mathbf", "boldsymbol", "bm", "hat", "tilde", "bar", "mathrm", "mathcal", "vec", "operatorname"}


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
    depth, bars = 0, 0
    for token in tokens:
        depth += {"{": 1, "(": 1, "[": 1, "}": -1, ")": -1, "]": -1}.get(token.kind, 0)
        if token.kind == "|" or token.value in ("lvert", "rvert", "vert"):  # |x_i - 1|: a group of its own
            bars = 1 - bars  # bars pair up in turn: |a - b| |c - d|
        if token.kind in ("+", "-") and depth == 0 and bars == 0 and terms[-1] and not _operator(terms[-1][-1]):
            terms.append([])
        else:
            terms[-1].append(token)
    return terms


def _operator(token: Token) -> bool:
    """Whether a sign after ``token`` is unary (``x_i \\cdot -x_i`` is one term)."""
    return token.kind in ("*", "/", "^", "_", "=", "+", "-") or (
        token.kind == "command" and token.value in ("cdot", "times", "div", "ast")
    )


__all__ = ["einstein_links"]
