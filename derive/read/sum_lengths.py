"""The lengths a page sums each vector up to, read from its text before anything else: a vector summed up to d in
one place (``\\sum_{j=0}^{d-1} x_j^2``, ``x_1 + x_2 + \\dots + x_d``) and up to m in another has a length that reads
two ways. The reader learns a vector's length from the sums it reads (``latex_sums.learn_lengths``), and a sum it
could not read (one from 0 in a definition refused) taught nothing: Σ_{j=1}^m x_j = A was proven with A = Σ_j x_j
read up to m (a probe). Such a vector starts contested, refused wherever it is summed (``latex_sums``). So are the
vectors the page counts from 0, whose numbered entries read two ways (``zero_counts``)."""

from __future__ import annotations

import re

from derive.read.names import ACCENTS

#: A sum with an index, a lower bound 0 or 1 and an upper bound, then what it sums up to the end of its formula.
_SUM = re.compile(
    r"\\sum\s*_\s*\{\s*([a-z])\s*=\s*([01])\s*\}\s*\^\s*(\{[^{}$]*\}|[A-Za-z0-9])(?P<summand>[^$]*?)(?=\$|\\\\|&|=|$)"
)
#: A letter in bold (or with an arrow), a name of its own: \mathbf{y}_i is a batch's row i, no entry of y.
_BOLD = re.compile(r"\\(?:mathbf|boldsymbol|bm|vec|hat|bar|tilde)\s*\{?\s*[A-Za-z]\s*\}?")
#: Entries written out up to a length: ``x_1 + x_2 + \\dots + x_d`` (d the length).
_WRITTEN = re.compile(
    r"([A-Za-z])_\{?\s*1\s*\}?\s*\+[^$=]*?\\[lc]?dots\s*\+\s*\1\s*_\s*\{?\s*([A-Za-z][A-Za-z0-9+-]*)\s*\}?"
)


def _length(base: str, upper: str) -> str:
    """The number of entries a sum from ``base`` up to ``upper`` runs over: from 0 to d − 1, d; from 1 to d, d; ""
    for one from 0 to another bound."""
    upper = re.sub(r"\s+", "", upper.strip("{}"))
    if base == "0":  # from 0 to N: N + 1 entries, a count the reader refuses on its own ("a length less 1")
        return upper[:-2] if upper.endswith("-1") else ""
    return upper


def contested_lengths(body: str) -> dict[str, str]:
    """Each vector the page sums up to two lengths, with both ("d|m"), as ``Names.learned`` marks one contested; a
    number is no length of its own (Σ_{i=1}^{3} beside Σ_{k=1}^{K}: a worked example at K = 3, seed 002)."""
    lengths: dict[str, list[str]] = {}
    for match in _SUM.finditer(body):
        above = re.sub(rf"^\{{\s*{match.group(1)}\s*=", "{", match.group(3))  # ^{i=N}: the index named again
        index, length = match.group(1), _length(match.group(2), above)
        entry = rf"(?<![A-Za-z\\])([A-Za-z])\s*_\s*\{{?\s*{index}\s*\}}?(?![A-Za-z0-9])"  # x_j, x_{j}
        plain = _BOLD.sub(" ", match["summand"])  # \mathbf{y}_i: a row of a batch, another name than y's entries
        for letter in re.findall(entry, plain):
            lengths.setdefault(letter, []).append(length)
    for match in _WRITTEN.finditer(body):
        lengths.setdefault(match.group(1), []).append(match.group(2))
    symbolic = {name: {length for length in found if re.search(r"[A-Za-z]", length)} for name, found in lengths.items()}
    return {name: "|".join(sorted(found)) for name, found in symbolic.items() if len(found) > 1}  # 3: a worked example


#: A name as a script may follow it: an accented or bold letter (groups 1, 2), a command (3), a letter (4); a
#: superscript may stand between it and its subscript (``w^{(A,B)}_i``).
_NAME = (
    r"(?:\\([A-Za-z]+)\s*\{\s*([A-Za-z])\s*\}|\\([A-Za-z]+)|(?<![A-Za-z\\])([A-Za-z]))"
    r"\s*(?:\^\s*(?:\{[^{}]*\}|\\?[A-Za-z0-9]+)\s*)?"
)
#: A sum from 0: ``\\sum_{i=0}``, ``\\sum\\limits_{i = 0}``, ``\\Sigma_{i=0}`` (group 1 its index).
_FROM_ZERO = re.compile(
    r"\\(?:sum|Sigma)\s*(?:\\(?:limits|nolimits|displaystyle)\s*)*(?:\^\s*(?:\{[^{}]*\}|\\?[A-Za-z0-9]+)\s*)?"
    r"_\s*\{\s*([A-Za-z])\s*=\s*0\s*\}"
)
#: Where a display (or a row of one, or a paragraph) ends: what a sum's index reaches no further than.
_END = re.compile(r"\$\$|\\\]|\\end\s*\{|\n\s*\n")


def _names(match: re.Match[str]) -> set[str]:
    """The names a ``_NAME`` match may be: \\hat{y} is "yhat" (and y, conservatively), \\theta "theta"."""
    accent, letter, command, plain = match.groups()[:4]
    if letter:
        return {letter, letter + ACCENTS.get(accent, accent)}
    return {command or plain}


def zero_based(body: str) -> frozenset[str] | None:
    """The names of the vectors ``body`` counts from 0 (``zero_counts``): those a sum from 0 indexes in its display,
    those written with the entry 0, and those a definition of one of them is made of; None where the page's sums
    from 0 are none this scan finds."""
    found: set[str] = set()
    if not _FROM_ZERO.search(body):
        return None  # a sum from 0 derive reads that this scan misses (a macro's): every vector, as one reads them
    for match in _FROM_ZERO.finditer(body):
        end = _END.search(body, match.end())
        span = body[match.end() : end.start() if end is not None else len(body)]
        index = match.group(1)
        for entry in re.finditer(_NAME + rf"_\s*\{{?\s*{index}(?![A-Za-z0-9])", span):
            found |= _names(entry)
    for entry in re.finditer(_NAME + r"_\s*\{?\s*0(?![0-9.])", body):
        found |= _names(entry)
    grown = bool(found)
    while grown:  # p_i = e^{z_i}/…, p counted from 0: z as p is
        grown = False
        for head in re.finditer(_NAME + r"_\s*\{?\s*([a-z])\s*\}?\s*&?\s*=(?!=)", body):
            if not _names(head) & found:
                continue
            end = _END.search(body, head.end())
            span = body[head.end() : end.start() if end is not None else len(body)]
            made = {name for entry in re.finditer(_NAME + r"_", span) for name in _names(entry)}
            grown = grown or not made <= found
            found |= made
    return frozenset(found)


__all__ = ["contested_lengths", "zero_based"]
