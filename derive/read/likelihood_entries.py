"""A likelihood written with a bar, as derivations of logistic regression write it: ``P(y_i \\mid \\mathbf{x}_i;
\\mathbf{w}) = \\hat{p}_i^{y_i} (1 - \\hat{p}_i)^{1 - y_i}``, then ``-\\sum_i \\log P(y_i \\mid \\mathbf{x}_i;
\\mathbf{w})``. Where the page defines such a form (a formula that opens with it, then '='), every occurrence of
that form, with its index letter or another, is the entry ``P_{i}`` of one name, and the text is rewritten so (each
line's length kept). Left as written, and refused where read: a form the page never defines (``P(y | X, w)``, the
whole data's), and every form of a letter the page also writes otherwise (P alone, P_j, P(z))."""

from __future__ import annotations

import re

#: A letter applied to a conditioned argument list on one line: P(y_i | x_i; w), its first argument an entry y_i.
_FORM = re.compile(
    r"(?<![\\A-Za-z_^])([A-Za-z])\s*\(\s*([A-Za-z])\s*_\s*(?:\{\s*([a-z])\s*\}|([a-z]))"
    r"\s*(\||\\mid(?![A-Za-z]))([^()\n$]*)\)"
)


def _key(match: re.Match[str]) -> tuple[str, str, str]:
    """What a form writes, its index aside: the letter, the first argument's letter, and the conditions with the
    index's subscripts written ``_{#}`` (x_i and x_{i} alike; x_j, another index, kept)."""
    index = match.group(3) or match.group(4)
    rest = re.sub(r"\s+", "", match.group(6))
    rest = re.sub(r"_\{?" + index + r"\}?(?![A-Za-z0-9])", "_{#}", rest)
    return match.group(1), match.group(2), rest


def _index(match: re.Match[str]) -> str:
    return match.group(3) or match.group(4)


def _defines(text: str, match: re.Match[str]) -> bool:
    """Whether the form opens a formula and is followed by '=' (or ':=') and a body that writes its first argument,
    y_i: the page defines it there, as a function of the outcome (p^{y_i}(1 - p)^{1 - y_i}). A body without y_i
    (``= \\sigma(w x_i)`` "when $y_i = 1$") is the probability of one outcome, no definition of the form."""
    before = text[: match.start()].rsplit("\n", 1)[-1]
    opens = re.search(r"(?:^|\$\$?|\\\[|\\\()\s*$", before) is not None
    equals = re.match(r"\s*(?::=|=(?!=))", text[match.end() :])
    if not opens or equals is None:
        return False
    body = re.split(r"\$|\\\]|\\\)|\\end\{", text[match.end() + equals.end() :], maxsplit=1)[0]
    written = rf"(?<![\\A-Za-z]){match.group(2)}\s*_\s*\{{?\s*{_index(match)}(?![A-Za-z0-9])"
    return re.search(written, body) is not None


#: Where a page writes math: displays and inline formulas, by every delimiter the reader knows.
_MATH = re.compile(
    r"\$\$.*?\$\$|(?<!\\)\$[^$\n]+\$|\\\[.*?\\\]|\\\(.*?\\\)|\\begin\{(\w+\*?)\}.*?\\end\{\1\}|^```+\s*math\b.*?^```+",
    re.S | re.M,
)
#: Code that is no math: a fence of another language, where a form or the letter means nothing to the page.
_CODE = re.compile(r"^(```+|~~~+)(?!\s*math\b).*?^\1", re.S | re.M)


def _spans(text: str) -> list[tuple[int, int]]:
    """Where ``text`` holds math, code fences set apart."""
    plain = _CODE.sub(lambda m: " " * len(m.group(0)), text)
    return [(m.start(), m.end()) for m in _MATH.finditer(plain)]


def likelihood_entries(text: str) -> tuple[str, str]:
    """``text`` with each form the page defines written as an entry of its letter, and a line for the report ("" when
    nothing was read so)."""
    spans = _spans(text)
    forms = [m for m in _FORM.finditer(text) if any(a <= m.start() < b for a, b in spans)]  # in math, no code
    defined = {_key(m) for m in forms if _defines(text, m)}
    notes: list[str] = []
    for letter in sorted({key[0] for key in defined}):
        mine = [m for m in forms if m.group(1) == letter]
        keys = {_key(m) for m in mine}
        if len(keys) != 1 or _written_otherwise(text, spans, letter, len(mine)):
            continue  # P(y_i | x_i; w) beside P(y | X, w), or P written alone: which P is not for derive to say
        for match in reversed(mine):
            entry = f"{letter}_{{{_index(match)}}}"
            text = text[: match.start()] + entry.ljust(match.end() - match.start()) + text[match.end() :]
        line = text.count("\n", 0, mine[0].start()) + 1
        notes.append(
            f"line {line}: {mine[0].group(0)} read as the entry {letter}_{_index(mine[0])} of a name of its own"
        )
    return text, "; ".join(notes)


def _written_otherwise(text: str, spans: list[tuple[int, int]], letter: str, forms: int) -> bool:
    """Whether ``letter`` stands in the page's math other than in its ``forms`` conditioned forms."""
    alone = re.compile(r"(?<![\\A-Za-z_^])" + letter + r"(?![A-Za-z])")
    return sum(len(alone.findall(text, a, b)) for a, b in spans) != forms
